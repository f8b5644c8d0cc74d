package clinic.ivr.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** HTTP Basic for the staff's pages: user {@code staff}, password STAFF_PASSWORD; no password, no page. */
public final class StaffGuard {

    public static final String USER = "staff";

    private final Optional<byte[]> expected;

    /** @param password STAFF_PASSWORD, if set */
    public StaffGuard(Optional<String> password) {
        this.expected = password.map(p -> (USER + ":" + p).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * True when the request may see the page; otherwise the refusal is already sent: 404 when staff
     * pages are off, 401 asking for the password when it is missing or wrong.
     */
    public boolean admits(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (expected.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                byte[] given = Base64.getDecoder().decode(header.substring(6).trim());
                // constant time: the comparison does not tell how much of the password was right
                if (MessageDigest.isEqual(given, expected.get())) {
                    return true;
                }
            } catch (IllegalArgumentException notBase64) {
                // refused below
            }
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"clinic staff\", charset=\"UTF-8\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return false;
    }
}
