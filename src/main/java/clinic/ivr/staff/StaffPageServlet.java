package clinic.ivr.staff;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every staff page does before its own work: the security headers (no caching, no framing, styles
 * only from this site), the door ({@link StaffGuard}), and a plain 503 when the page itself fails. A new
 * staff page extends this and writes its HTML with {@link HtmlPages}.
 */
public abstract class StaffPageServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(StaffPageServlet.class);
    /** Nothing from elsewhere: this site's styles, its one script, its fetches and its recordings. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self';"
            + " connect-src 'self'; media-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final transient StaffGuard guard;

    protected StaffPageServlet(StaffGuard guard) {
        this.guard = guard;
    }

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
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

    /** The client asked for JSON rather than a page. */
    protected static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return a.contains("application/json") && !a.contains("text/html");
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
