package clinic.ivr.web;

import clinic.ivr.staff.StaffPassword;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The staff pages' HTTP Basic check (user {@code staff}, STAFF_PASSWORD); no password, no page. */
public final class StaffGuard {

    private static final Logger LOG = LoggerFactory.getLogger(StaffGuard.class);

    private final Optional<StaffPassword> password;

    /** @param password STAFF_PASSWORD, if set */
    public StaffGuard(Optional<String> password) {
        this.password = password.map(StaffPassword::new);
    }

    /**
     * True when the request may see the page; otherwise the refusal is already sent: 404 when staff
     * pages are off, 401 asking for the password when it is missing or wrong.
     */
    public boolean admits(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (password.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        if (password.get().accepts(request.getHeader("Authorization"))) {
            return true;
        }
        if (request.getHeader("Authorization") != null) {
            LOG.warn("staff page {} refused: wrong user or password", request.getRequestURI());
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"clinic staff\", charset=\"UTF-8\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return false;
    }
}
