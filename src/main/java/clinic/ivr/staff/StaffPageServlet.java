package clinic.ivr.staff;

import clinic.ivr.web.Forms;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every staff page does before its own work: the security headers (no caching, no framing, styles
 * and scripts only from this site), the door ({@link StaffGuard}), forms accepted only from this site's
 * own pages ({@link #form}), and a plain 503 when the page itself fails. A new staff page extends this
 * and writes its HTML with {@link HtmlPages}.
 */
public abstract class StaffPageServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(StaffPageServlet.class);
    /** Nothing from elsewhere: this site's styles, its scripts, its fetches and its recordings. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self';"
            + " connect-src 'self'; media-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** Every staff answer's headers: never kept by a cache or a proxy, never sniffed, nothing from elsewhere. */
    static final Map<String, String> HEADERS = Map.of("Cache-Control", "no-store", "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin", "Content-Security-Policy", CONTENT_SECURITY_POLICY);

    private final transient StaffGuard guard;
    private final transient CsrfTokens tokens;
    /** PUBLIC_BASE_URL, when set: the site's own origin. */
    private final transient Optional<String> publicBaseUrl;
    private final transient RefusedFormPage refused;

    /** A page with no forms. */
    protected StaffPageServlet(StaffGuard guard) {
        this(guard, null, Optional.empty(), null);
    }

    /**
     * A page whose forms post back to this site.
     *
     * @param tokens        the forms' tokens
     * @param publicBaseUrl PUBLIC_BASE_URL, when set: the site's own origin
     * @param refused       the answer to a form refused
     */
    protected StaffPageServlet(StaffGuard guard, CsrfTokens tokens, Optional<String> publicBaseUrl,
                               RefusedFormPage refused) {
        this.guard = guard;
        this.tokens = tokens;
        this.publicBaseUrl = publicBaseUrl;
        this.refused = refused;
    }

    /** A fresh token for a form on the page. */
    protected String token() {
        return tokens.issue();
    }

    /**
     * The posted form, only when it came from a page of this site (its Origin, or lacking one its Referer)
     * with a valid token in its body (a token in the URL is never read), and reads within these limits;
     * empty otherwise, and the refusal (403, a page saying nothing was saved) is sent.
     */
    protected Optional<Map<String, String>> form(HttpServletRequest request, HttpServletResponse response,
                                                 int maxFields, int maxBytes) throws IOException {
        return form(request, response, maxFields, maxBytes, null);
    }

    /**
     * As {@link #form}, but a form from a page of this site whose token has only expired (the page was left
     * open longer than {@link CsrfTokens#VALID_FOR}) goes to {@code expired}, which must act on nothing and
     * may show the typing back with a fresh token, so that a long edit is never lost.
     */
    protected Optional<Map<String, String>> form(HttpServletRequest request, HttpServletResponse response,
                                                 int maxFields, int maxBytes, ExpiredForm expired) throws IOException {
        Map<String, String> form = null;
        if (Forms.isForm(request.getContentType()) && request.getContentLengthLong() <= maxBytes) {
            try {
                form = Forms.body(request, maxFields, maxBytes);
            } catch (Forms.Unreadable e) {
                form = null;
            }
        }
        if (expired != null && form != null && sameOrigin(request) && !tokens.valid(form.get("token"))
                && tokens.ours(form.get("token"))) {
            LOG.info("staff form {} posted from a page open too long: nothing done, the typing shown again",
                    request.getRequestURI());
            expired.show(form);
            return Optional.empty();
        }
        if (form == null || !sameOrigin(request) || !tokens.valid(form.get("token"))) {
            LOG.warn("staff form {} refused: not posted from this site's page", request.getRequestURI());
            refused.send(request, response);
            return Optional.empty();
        }
        return Optional.of(form);
    }

    /** Shows a form posted with an expired token back to staff, acting on nothing. */
    @FunctionalInterface
    protected interface ExpiredForm {
        void show(Map<String, String> form) throws IOException;
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
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port < 0 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HEADERS.forEach(response::setHeader);
        if (!guard.admits(request, response)) {
            return;
        }
        try {
            super.service(request, response);
        } catch (RuntimeException | ServletException e) {
            LOG.error("staff page {} failed: {}", request.getRequestURI(), e.toString());
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    /**
     * After a form did its work: the browser goes to this page of the site with GET (303). Never with a #fragment:
     * browsers do not apply autofocus on a page addressed with one, so the keyboard focus would not reach what asks
     * for it (the notice of what was done, a summary of problems).
     */
    protected static void seeOther(HttpServletResponse response, String location) {
        if (location.contains("#")) {
            throw new IllegalArgumentException("a fragment would keep the focus from the page's notice: " + location);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    /** The client asked for JSON rather than a page. */
    protected static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return a.contains("application/json") && !a.contains("text/html");
    }

    /**
     * Answers {@code status} with the staff page {@code page} makes to a browser (a client that takes HTML); anything
     * else (the messages as JSON, the player, a spreadsheet, curl) gets the line's plain status.
     */
    static void sendPage(HttpServletRequest request, HttpServletResponse response, int status, Supplier<String> page)
            throws IOException {
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/html")) {
            response.sendError(status);
            return;
        }
        response.setStatus(status);
        write(response, "text/html", page.get());
    }

    /** @param type such as "text/html"; the body is sent as UTF-8 */
    protected static void write(HttpServletResponse response, String type, String body) throws IOException {
        write(response, type + "; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
    }

    protected static void write(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
