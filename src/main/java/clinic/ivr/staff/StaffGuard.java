package clinic.ivr.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff pages' door: HTTP Basic (user {@code staff}, STAFF_PASSWORD), no password no page. Behind
 * an https proxy a page asked over http is redirected to https, and https answers carry HSTS, so the
 * password never travels in clear twice. Wrong passwords are throttled per client ({@link LoginThrottle})
 * and logged with the client's address masked.
 */
public final class StaffGuard {

    private static final Logger LOG = LoggerFactory.getLogger(StaffGuard.class);
    static final String HSTS = "max-age=31536000";

    private final Optional<StaffPassword> password;
    private final LoginThrottle throttle;

    /** @param password STAFF_PASSWORD, if set */
    public StaffGuard(Optional<String> password) {
        this(password, new LoginThrottle(Clock.systemUTC()));
    }

    public StaffGuard(Optional<String> password, LoginThrottle throttle) {
        this.password = password.map(StaffPassword::new);
        this.throttle = throttle;
    }

    /**
     * True when the request may see the page; otherwise the refusal is already sent: 404 when staff
     * pages are off, a redirect to https behind an https proxy, 429 while the client must wait after too
     * many wrong passwords, 401 asking for the password when it is missing or wrong.
     */
    public boolean admits(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (password.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        String proto = first(request.getHeader("X-Forwarded-Proto"));
        if ("http".equalsIgnoreCase(proto)) {
            response.setStatus(308); // keeps the method: a form posted over http is posted again over https
            response.setHeader("Location", httpsUrl(request));
            return false;
        }
        if ("https".equalsIgnoreCase(proto) || request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String client = client(request);
        Optional<Duration> wait = throttle.waitFor(client);
        if (wait.isPresent()) {
            tooMany(response, wait.get());
            return false;
        }
        String authorization = request.getHeader("Authorization");
        if (password.get().accepts(authorization)) {
            throttle.succeeded(client);
            return true;
        }
        if (authorization != null) {
            Optional<Duration> nowWait = throttle.failed(client);
            LOG.warn("staff page {} refused: wrong user or password, from {}{}", request.getRequestURI(),
                    masked(client), nowWait.map(w -> "; it must now wait " + w.toSeconds() + " s").orElse(""));
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"clinic staff\", charset=\"UTF-8\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return false;
    }

    /** Written here: an error page of the line says its status only, and staff should read why in plain words. */
    private static void tooMany(HttpServletResponse response, Duration wait) throws IOException {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
        response.setStatus(429);
        StaffPageServlet.write(response, "text/plain", "Too many wrong passwords: please wait before trying again.\n");
    }

    /** The same address, path and query over https; the host as the proxy received it. */
    private static String httpsUrl(HttpServletRequest request) {
        String host = first(request.getHeader("X-Forwarded-Host"));
        if (host == null) {
            host = request.getHeader("Host") == null ? request.getServerName() : request.getHeader("Host");
        }
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return "https://" + host + request.getRequestURI() + query;
    }

    /**
     * Who is knocking: the address the nearest proxy saw (the last X-Forwarded-For entry, which the
     * client cannot forge behind one proxy), else the connecting address.
     */
    static String client(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].trim();
        }
        return request.getRemoteAddr();
    }

    /** An address in the logs: enough to tell clients apart, not to identify one ("203.0.113.*"). */
    static String masked(String address) {
        if (address == null || address.isBlank()) {
            return "-";
        }
        int dot = address.lastIndexOf('.');
        if (dot > 0 && address.indexOf(':') < 0) {
            return address.substring(0, dot) + ".*";
        }
        String[] groups = address.split(":");
        return groups.length > 3 ? groups[0] + ":" + groups[1] + ":" + groups[2] + ":*" : "*";
    }

    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).trim();
    }
}
