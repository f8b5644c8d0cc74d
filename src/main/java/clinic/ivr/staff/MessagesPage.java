package clinic.ivr.staff;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.MessageQuery;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.store.MessageStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The staff's list of callers' messages, a page of {@link MessageQuery#PAGE_SIZE} at a time, newest
 * first: an accessible HTML page (a heading per message, its player, the topic in the words callers
 * hear, notes, who called back and when, works with the keyboard alone, a screen reader and a phone)
 * or JSON.
 */
public final class MessagesPage {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** What staff just did, said at the top of the page (and to screen readers), with an undo when it has one. */
    public record Notice(String text, Optional<Long> undo) {}

    /** A field staff must fill in again: which message's, and why, in plain words. */
    public record Mistake(long messageId, String field, String text) {}

    private final HtmlPages pages;
    private final ClinicView clinic;
    private final RecordingPlayer player;
    private final int refreshSeconds;

    /** @param refreshSeconds how often an open page looks for new messages */
    public MessagesPage(HtmlPages pages, ClinicView clinic, RecordingPlayer player, int refreshSeconds) {
        this.pages = pages;
        this.clinic = clinic;
        this.player = player;
        this.refreshSeconds = refreshSeconds;
    }

    /**
     * @param token     the form token for this page
     * @param staffName the name staff last called back under, to fill in again (not in a refused form)
     */
    public String html(MessageQuery.Found found, MessageStore.Unanswered unanswered, String token,
                       Optional<Notice> notice, Optional<Mistake> mistake, String staffName) {
        MessageQuery query = found.query();
        Set<String> copied = player.copied(found.messages().stream().map(Message::recordingSid).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        Optional<Message> refused = Optional.empty();
        for (Message m : found.messages()) {
            Optional<Mistake> its = mistake.filter(x -> x.messageId() == m.id());
            rows.add(row(m, copied.contains(m.recordingSid()), its, staffName));
            refused = its.isPresent() ? Optional.of(m) : refused;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        // a form refused on a message of this page: a summary at the top leads to its field, which says why too
        model.put("problems", refused.map(m -> List.of(Map.of("href", "#" + mistake.get().field() + "-" + m.id(),
                "text", mistake.get().text()))).orElse(List.of()));
        model.put("refusedCaller", refused.map(MessagesPage::caller).orElse(""));
        model.put("clinic", clinic.name());
        model.put("messages", rows);
        model.put("fresh", String.valueOf(unanswered.count()));
        model.put("oldest", unanswered.oldest().map(clinic::when).orElse(""));
        model.put("token", token);
        model.put("notice", notice.map(Notice::text).orElse(""));
        model.put("undo", notice.flatMap(Notice::undo).map(String::valueOf).orElse(""));
        model.put("zone", clinic.zoneName());
        model.putAll(ExportServlet.defaults(clinic));
        model.put("refreshSeconds", String.valueOf(refreshSeconds));
        model.put("show", query.show().code());
        model.put("search", query.search());
        model.put("total", String.valueOf(found.total()));
        model.put("page", String.valueOf(query.page()));
        model.put("pages", String.valueOf(found.pages()));
        model.put("here", link(query));
        model.put("newer", query.page() > 1 ? link(query.onPage(query.page() - 1)) : "");
        model.put("older", query.page() < found.pages() ? link(query.onPage(query.page() + 1)) : "");
        List<Map<String, Object>> filters = new ArrayList<>();
        for (MessageQuery.Show show : MessageQuery.Show.values()) {
            filters.add(Map.of("label", label(show), "href", link(new MessageQuery(show, query.search(), 1)),
                    "current", show == query.show()));
        }
        model.put("filters", filters);
        return pages.page("messages.ftlh", HtmlPages.Page.MESSAGES, model);
    }

    private Map<String, Object> row(Message m, boolean copied, Optional<Mistake> mistake, String staffName) {
        Map<String, Object> row = new LinkedHashMap<>();
        String caller = caller(m);
        row.put("id", String.valueOf(m.id()));
        row.put("caller", caller);
        row.put("tel", PhoneNumber.of(m.caller()).isDialable() ? m.caller() : "");
        row.put("received", clinic.when(m.receivedAt()));
        row.put("receivedIso", m.receivedAt() == null ? "" : m.receivedAt().toString());
        row.put("seconds", m.seconds() == null ? "" : String.valueOf(m.seconds()));
        row.put("language", language(m.language()));
        row.put("topic", clinic.named(m.topic()));
        row.put("transcription", m.transcription() == null ? "" : m.transcription());
        row.put("transcriptionNote", transcriptionNote(m));
        Optional<String> noPlayer = player.whyNoPlayer(m, copied);
        row.put("audio", noPlayer.isPresent() ? "" : MessagesServlet.MESSAGES + "/" + m.id() + "/audio");
        row.put("noPlayer", noPlayer.orElse(""));
        row.put("calledBack", m.status() == Message.Status.CALLED_BACK);
        row.put("calledBackAt", clinic.when(m.calledBackAt()));
        row.put("calledBackBy", m.calledBackBy() == null ? "" : m.calledBackBy());
        row.put("notes", m.notes() == null ? "" : m.notes());
        row.put("nameErrors", mistake.filter(x -> x.field().equals("name")).map(Mistake::text).stream().toList());
        // the name filled in: the one last called back under, but where it was refused, what was sent (no name)
        row.put("name", mistake.isPresent() ? "" : staffName);
        // what a refreshing page compares to know the message changed (called back, words arrived, a note)
        row.put("version", Integer.toHexString(Objects.hash(m.status(), m.calledBackBy(), m.transcription(),
                m.transcriptionStatus(), m.notes(), noPlayer.isPresent())));
        return row;
    }

    /** The page's address for a query: only what differs from the first page of all messages. */
    static String link(MessageQuery query) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        if (query.show() != MessageQuery.Show.ALL) {
            q.add("show=" + query.show().code());
        }
        if (!query.search().isEmpty()) {
            q.add("q=" + URLEncoder.encode(query.search(), StandardCharsets.UTF_8));
        }
        if (query.page() > 1) {
            q.add("page=" + query.page());
        }
        return MessagesServlet.MESSAGES + q;
    }

    private static String label(MessageQuery.Show show) {
        return switch (show) {
            case ALL -> "All";
            case NEW -> "New";
            case CALLED_BACK -> "Called back";
        };
    }

    /** A page of messages, with how many match and how many wait for a call back. */
    public String json(MessageQuery.Found found, MessageStore.Unanswered unanswered) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messages", found.messages());
        body.put("total", found.total());
        body.put("page", found.query().page());
        body.put("pages", found.pages());
        body.put("newCount", unanswered.count());
        body.put("oldestNew", unanswered.oldest().map(Instant::toString).orElse(null));
        return json(body);
    }

    public String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String caller(Message m) {
        return m.caller() == null ? "an unknown number" : m.caller();
    }

    private static String language(String code) {
        return code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(Locale.US);
    }

    private static String transcriptionNote(Message m) {
        if (m.transcription() != null) {
            return "";
        }
        if ("failed".equals(m.transcriptionStatus())) {
            return "Twilio could not transcribe this message: please listen to it.";
        }
        if (m.language() != null && !m.language().equals("en")) {
            return "Not transcribed: only English messages are. Please listen to it.";
        }
        return "Not transcribed yet: the words usually arrive within a few minutes.";
    }
}
