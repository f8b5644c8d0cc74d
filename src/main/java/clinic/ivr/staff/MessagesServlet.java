package clinic.ivr.staff;

import clinic.ivr.desk.Message;
import clinic.ivr.store.MessageStore;
import clinic.ivr.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages page: {@code GET /staff/messages} (HTML, or JSON for Accept: application/json) and
 * {@code POST /staff/messages/{id}/called-back}. Behind the {@link StaffGuard}; a form post must come
 * from this site (Origin) and carry a page's token in its body (never in the URL, which proxies and
 * browsers keep in their logs and history). Transport only.
 */
public final class MessagesServlet extends StaffPageServlet {

    public static final String MESSAGES = HtmlPages.Page.MESSAGES.path();
    private static final Pattern CALLED_BACK = Pattern.compile("/staff/messages/([0-9]{1,18})/called-back");
    private static final Logger LOG = LoggerFactory.getLogger(MessagesServlet.class);

    private final transient CsrfTokens tokens;
    private final transient MessageStore messages;
    private final transient MessagesPage page;
    private final transient Supplier<ZoneId> zone;
    private final transient Clock clock;
    /** PUBLIC_BASE_URL, when set: the site's own origin. */
    private final transient Optional<String> publicBaseUrl;

    /** A form body is a token and little else. */
    private static final int MAX_FORM_BYTES = 4096;
    private static final int MAX_FORM_FIELDS = 20;

    public MessagesServlet(StaffGuard guard, CsrfTokens tokens, MessageStore messages, MessagesPage page,
                        Supplier<ZoneId> zone, Clock clock, Optional<String> publicBaseUrl) {
        super(guard);
        this.tokens = tokens;
        this.messages = messages;
        this.page = page;
        this.zone = zone;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!MESSAGES.equals(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<Message> list = messages.list();
        if (wantsJson(request)) {
            write(response, "application/json", page.json(list));
            return;
        }
        Optional<String> notice = Optional.ofNullable(request.getParameter("called-back"))
                .filter(id -> id.matches("[0-9]{1,18}"))
                .flatMap(id -> list.stream().filter(m -> String.valueOf(m.id()).equals(id)).findFirst())
                .map(m -> "Marked the message from " + (m.caller() == null ? "an unknown number" : m.caller())
                        + " as called back.");
        write(response, "text/html", page.html(list, tokens.issue(), notice, zone.get()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = CALLED_BACK.matcher(request.getRequestURI());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!sameOrigin(request) || !tokens.valid(formToken(request))) {
            LOG.warn("staff form {} refused: not posted from this site's page", request.getRequestURI());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long id = Long.parseLong(m.group(1));
        if (!messages.markCalledBack(id, clock.instant())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LOG.info("message {} marked called back", id);
        if (wantsJson(request)) {
            write(response, "application/json", page.json(messages.find(id).orElseThrow()));
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", MESSAGES + "?called-back=" + id + "#message-" + id);
    }

    /** The token from the posted form only: a token in the query string is not read at all. */
    private static String formToken(HttpServletRequest request) throws IOException {
        if (!Forms.isForm(request.getContentType()) || request.getContentLengthLong() > MAX_FORM_BYTES) {
            return null;
        }
        try {
            return Forms.body(request, MAX_FORM_FIELDS, MAX_FORM_BYTES).get("token");
        } catch (Forms.Unreadable e) {
            return null;
        }
    }

    /** The form came from a page of this site: its Origin (or, lacking one, its Referer) is ours. */
    private boolean sameOrigin(HttpServletRequest request) {
        // behind a proxy, Jetty has rebuilt the request's URL from its forwarded headers
        String ours = origin(publicBaseUrl.orElseGet(() -> request.getRequestURL().toString()));
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            String referer = request.getHeader("Referer");
            return referer != null && ours != null && ours.equals(origin(referer));
        }
        return ours != null && ours.equals(origin(origin));
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase();
            int port = uri.getPort();
            boolean defaultPort = port < 0 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
            return scheme + "://" + uri.getHost().toLowerCase() + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
