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

    private final transient MessageStore messages;
    private final transient MessagesPage page;
    private final transient Supplier<ZoneId> zone;
    private final transient Clock clock;

    /** A form body is a token and little else. */
    private static final int MAX_FORM_BYTES = 4096;
    private static final int MAX_FORM_FIELDS = 20;

    public MessagesServlet(StaffGuard guard, CsrfTokens tokens, MessageStore messages, MessagesPage page,
                        Supplier<ZoneId> zone, Clock clock, Optional<String> publicBaseUrl) {
        super(guard, tokens, publicBaseUrl);
        this.messages = messages;
        this.page = page;
        this.zone = zone;
        this.clock = clock;
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
        write(response, "text/html", page.html(list, token(), notice, zone.get()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = CALLED_BACK.matcher(request.getRequestURI());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (form(request, response, MAX_FORM_FIELDS, MAX_FORM_BYTES).isEmpty()) {
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
}
