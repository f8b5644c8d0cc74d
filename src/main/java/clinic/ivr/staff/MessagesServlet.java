package clinic.ivr.staff;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.MessageQuery;
import clinic.ivr.store.MessageStore;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages page: {@code GET /staff/messages} (HTML, or JSON for Accept: application/json) with
 * {@code show}, {@code q} and {@code page}; a message's sound at {@code GET /staff/messages/{id}/audio};
 * and the forms {@code POST /staff/messages/{id}/called-back} (with the caller-backer's name),
 * {@code .../new} (the undo) and {@code .../notes}, accepted only from this site's pages ({@link StaffPageServlet#form}). Transport only.
 */
public final class MessagesServlet extends StaffPageServlet {

    public static final String MESSAGES = HtmlPages.Page.MESSAGES.path();
    private static final Pattern AUDIO = Pattern.compile("/staff/messages/([0-9]{1,18})/audio");
    private static final Pattern ACTION = Pattern.compile("/staff/messages/([0-9]{1,18})/(called-back|new|notes)");
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    /** The cookie that remembers who called back last on this browser, to fill the name in next time. */
    static final String NAME_COOKIE = "staff-name";
    private static final Logger LOG = LoggerFactory.getLogger(MessagesServlet.class);

    /** A form is a token, a name and a note at most. */
    private static final int MAX_FORM_BYTES = 16 * 1024;
    private static final int MAX_FORM_FIELDS = 20;

    private final transient MessageStore messages;
    private final transient MessagesPage page;
    private final transient RecordingPlayer player;
    private final transient Clock clock;
    private final transient NotFoundPage notFound;

    public MessagesServlet(StaffGuard guard, CsrfTokens tokens, Optional<String> publicBaseUrl, MessageStore messages,
                           MessagesPage page, RecordingPlayer player, Clock clock, NotFoundPage notFound,
                           RefusedFormPage refused) {
        super(guard, tokens, publicBaseUrl, refused);
        this.messages = messages;
        this.page = page;
        this.player = player;
        this.clock = clock;
        this.notFound = notFound;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher audio = AUDIO.matcher(request.getRequestURI());
        if (audio.matches()) {
            Optional<Message> message = messages.find(Long.parseLong(audio.group(1)));
            if (message.isEmpty()) {
                notFound.send(request, response);
                return;
            }
            player.play(message.get(), request, response);
            return;
        }
        if (!MESSAGES.equals(request.getRequestURI())) {
            notFound.send(request, response);
            return;
        }
        Map<String, String> params = params(request);
        MessageQuery query = query(params);
        MessageQuery.Found found = messages.search(query);
        MessageStore.Unanswered unanswered = messages.unanswered();
        if (wantsJson(request)) {
            write(response, "application/json", page.json(found, unanswered));
            return;
        }
        write(response, "text/html", page.html(found, unanswered, token(), notice(params), mistake(params),
                staffName(request)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = ACTION.matcher(request.getRequestURI());
        if (!m.matches()) {
            notFound.send(request, response);
            return;
        }
        Optional<Map<String, String>> posted = form(request, response, MAX_FORM_FIELDS, MAX_FORM_BYTES);
        if (posted.isEmpty()) {
            return;
        }
        Map<String, String> form = posted.get();
        long id = Long.parseLong(m.group(1));
        String action = m.group(2);
        String name = form.getOrDefault("name", "").strip();
        if (action.equals("called-back") && name.isEmpty() && !wantsJson(request)) {
            back(response, form, "name-needed=" + id);
            return;
        }
        boolean found = switch (action) {
            case "called-back" -> messages.markCalledBack(id, clock.instant(), name);
            case "new" -> messages.markNew(id);
            default -> messages.note(id, form.getOrDefault("notes", ""));
        };
        if (!found) {
            notFound.send(request, response);
            return;
        }
        LOG.info("message {}: {}", id, action.equals("notes") ? "notes saved" : "marked " + action);
        if (wantsJson(request)) {
            write(response, "application/json", page.json(messages.find(id).orElseThrow()));
            return;
        }
        if (action.equals("called-back")) {
            remember(request, response, name);
        }
        back(response, form, (action.equals("notes") ? "noted" : action.equals("new") ? "undone" : "called-back")
                + "=" + id);
    }

    /**
     * Back to the list the form was posted from (its show, q and page fields: the address is rebuilt, never
     * taken from the form), saying what was done ({@link #seeOther}: no #fragment).
     */
    private static void back(HttpServletResponse response, Map<String, String> form, String said) {
        String list = MessagesPage.link(query(form));
        seeOther(response, list + (list.contains("?") ? "&" : "?") + said);
    }

    /** The page's query parameters, each name's first value. */
    private static Map<String, String> params(HttpServletRequest request) {
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values.length == 0 ? "" : values[0]));
        return params;
    }

    private static MessageQuery query(Map<String, String> params) {
        int pageNumber = 1;
        String p = params.getOrDefault("page", "1");
        if (p.matches("[0-9]{1,6}")) {
            pageNumber = Integer.parseInt(p);
        }
        return new MessageQuery(MessageQuery.Show.of(params.get("show")), params.getOrDefault("q", ""), pageNumber);
    }

    /** What was just done, from the address the form sent staff back to. */
    private Optional<MessagesPage.Notice> notice(Map<String, String> params) {
        for (String done : new String[] {"called-back", "undone", "noted"}) {
            Optional<Message> m = id(params, done).flatMap(messages::find);
            if (m.isPresent()) {
                String caller = MessagesPage.caller(m.get());
                return Optional.of(switch (done) {
                    case "called-back" -> new MessagesPage.Notice("Marked the message from " + caller + " as called back"
                            + (m.get().calledBackBy() == null ? "." : " by " + m.get().calledBackBy() + "."),
                            Optional.of(m.get().id()));
                    case "undone" -> new MessagesPage.Notice("The message from " + caller
                            + " is new again: not called back.", Optional.empty());
                    default -> new MessagesPage.Notice("Saved the notes on the message from " + caller + ".",
                            Optional.empty());
                });
            }
        }
        return Optional.empty();
    }

    private static Optional<MessagesPage.Mistake> mistake(Map<String, String> params) {
        return id(params, "name-needed").map(id -> new MessagesPage.Mistake(id, "name",
                "Please write your name or initials, so others know who called back."));
    }

    private static Optional<Long> id(Map<String, String> params, String name) {
        return Optional.ofNullable(params.get(name)).filter(v -> ID.matcher(v).matches()).map(Long::parseLong);
    }

    /** The name this browser last called back under. */
    private static String staffName(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? "" : Arrays.stream(cookies).filter(c -> NAME_COOKIE.equals(c.getName())).findFirst()
                .map(c -> Message.cut(URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8), Message.NAME_CHARS))
                .orElse("");
    }

    private static void remember(HttpServletRequest request, HttpServletResponse response, String name) {
        Cookie cookie = new Cookie(NAME_COOKIE, URLEncoder.encode(name, StandardCharsets.UTF_8));
        cookie.setPath("/staff");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(90).toSeconds());
        cookie.setSecure(request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
