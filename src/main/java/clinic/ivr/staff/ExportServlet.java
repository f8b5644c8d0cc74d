package clinic.ivr.staff;

import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.store.CallFigures;
import clinic.ivr.store.MessageStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code GET /staff/export/messages.csv} and {@code /staff/export/calls.csv} with {@code from} and
 * {@code to} (days in the clinic's time zone, both included): the messages or the calls of those days as
 * a spreadsheet ({@link Csv}). Numbers stay usable: a US number is written as staff dial it
 * (212-555-0147), which no spreadsheet reads as a formula.
 */
public final class ExportServlet extends StaffPageServlet {

    public static final String PATH = "/staff/export";
    static final String MESSAGES = PATH + "/messages.csv";
    static final String CALLS = PATH + "/calls.csv";
    /** A year at most in one file. */
    static final int MAX_DAYS = 366;
    /** The days offered at first: the last thirty. */
    static final int DEFAULT_DAYS = 30;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> MESSAGE_COLUMNS = List.of("Received", "Caller", "Status", "Called back",
            "Called back by", "Was listening to", "Language", "Seconds", "Transcription", "Notes", "Message");
    private static final List<String> CALL_COLUMNS = List.of("Started", "Ended", "Seconds", "Language",
            "Slower speech", "Caller", "How it ended", "Where", "Heard", "Call");

    private final transient MessageStore messages;
    private final transient CallFigures calls;
    private final transient ClinicView clinic;
    private final transient NotFoundPage notFound;

    public ExportServlet(StaffGuard guard, MessageStore messages, CallFigures calls, ClinicView clinic,
                         NotFoundPage notFound) {
        super(guard);
        this.messages = messages;
        this.calls = calls;
        this.clinic = clinic;
        this.notFound = notFound;
    }

    /** What an export form offers at first: the last {@link #DEFAULT_DAYS} days, today included. */
    static Map<String, Object> defaults(ClinicView clinic) {
        LocalDate today = clinic.today();
        return Map.of("exportFrom", today.minusDays(DEFAULT_DAYS - 1).toString(), "exportTo", today.toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!path.equals(MESSAGES) && !path.equals(CALLS)) {
            notFound.send(request, response);
            return;
        }
        Optional<LocalDate> from = day(request.getParameter("from"));
        Optional<LocalDate> to = day(request.getParameter("to"));
        if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())
                || from.get().plusDays(MAX_DAYS).isBefore(to.get())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            write(response, "text/plain", "Please give the first and the last day as dates, such as 2026-03-01 and"
                    + " 2026-03-31, the last not before the first, and at most " + MAX_DAYS + " days apart.\n");
            return;
        }
        ZoneId zone = clinic.zone();
        Instant start = from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get().plusDays(1).atStartOfDay(zone).toInstant();
        String days = "-" + from.get() + "-to-" + to.get() + ".csv";
        if (path.equals(MESSAGES)) {
            messages(start, end, zone, new Download(response, "messages" + days, MESSAGE_COLUMNS));
        } else {
            calls(start, end, zone, new Download(response, "calls" + days, CALL_COLUMNS));
        }
    }

    private void messages(Instant start, Instant end, ZoneId zone, Download download) {
        messages.eachReceivedBetween(start, end, m -> download.accept(List.of(local(m.receivedAt(), zone),
                m.caller() == null ? "" : PhoneNumber.of(m.caller()).spoken(),
                m.status() == Message.Status.CALLED_BACK ? "called back" : "new", local(m.calledBackAt(), zone),
                text(m.calledBackBy()), clinic.named(m.topic()), text(m.language()),
                m.seconds() == null ? "" : String.valueOf(m.seconds()), text(m.transcription()), text(m.notes()),
                String.valueOf(m.id()))));
        download.start();
    }

    private void calls(Instant start, Instant end, ZoneId zone, Download download) {
        calls.eachBetween(start, end, c -> download.accept(List.of(local(c.started(), zone), local(c.ended(), zone),
                c.seconds() == null ? "" : String.valueOf(c.seconds()), text(c.language()), c.slow() ? "yes" : "no",
                text(c.caller()), CallEnding.of(text(c.ending())).map(CallEnding::words).orElse(""),
                clinic.named(c.place()), heard(c.steps()), c.callSid())));
        download.start();
    }

    /**
     * A spreadsheet sent row by row as the store gives them. Nothing is sent before the first row (or the end
     * of an empty one), so a store that fails at once still gets the staff its error page, not a broken file.
     */
    private static final class Download implements Consumer<List<String>> {

        private final HttpServletResponse response;
        private final String file;
        private final List<String> header;
        private Csv csv;

        Download(HttpServletResponse response, String file, List<String> header) {
            this.response = response;
            this.file = file;
            this.header = header;
        }

        @Override
        public void accept(List<String> cells) {
            start().row(cells);
        }

        /** The file, its headers and header row sent at the first call. */
        Csv start() {
            if (csv == null) {
                response.setContentType("text/csv; header=present; charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
                try {
                    csv = new Csv(response.getWriter(), header);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return csv;
        }
    }

    /** What the caller heard, in order, in plain words: "General questions > Common questions > Whether it hurts". */
    private String heard(List<CallFigures.Heard> steps) {
        List<String> said = new ArrayList<>();
        for (CallFigures.Heard h : steps) {
            String words = switch (h.step()) {
                case "front-desk" -> "the front desk rang";
                case "message-offer" -> "the offer to leave a message";
                case "voicemail" -> "recording a message";
                case "message-taken" -> "message left";
                case "goodbye" -> "goodbye";
                case PhoneTree.ASK_THE_DESK, PhoneTree.DIRECTIONS -> clinic.named(h.step()).toLowerCase(Locale.ROOT);
                default -> clinic.named(h.node());
            };
            if (!words.isEmpty() && (said.isEmpty() || !said.get(said.size() - 1).equals(words))) {
                said.add(words);
            }
        }
        return said.stream().collect(Collectors.joining(" > "));
    }

    private static String local(Instant at, ZoneId zone) {
        return at == null ? "" : LOCAL.format(at.atZone(zone));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static Optional<LocalDate> day(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
