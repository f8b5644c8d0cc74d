package clinic.ivr.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** HTTP Basic credentials for the staff pages: user "staff" and STAFF_PASSWORD, compared in constant time. */
public final class StaffPassword {

    public static final String USER = "staff";

    private final byte[] expected;

    public StaffPassword(String password) {
        this.expected = digest(USER + ":" + password);
    }

    /** Whether an Authorization header carries the right user and password. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        // digests of equal length: the comparison takes the same time whatever was typed
        return MessageDigest.isEqual(expected, digest(decoded));
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
