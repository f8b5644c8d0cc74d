package clinic.ivr.staff;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that prove a "mark as called back" form came from a staff page this line served: a fresh
 * token on every page, signed with a random secret (never derived from the staff password, so a token
 * tells nothing about it) that every instance shares through the database, and valid for
 * {@link #VALID_FOR}.
 */
public final class CsrfTokens {

    /** Long enough to read the page and call a patient back, short enough that a leaked token soon dies. */
    public static final Duration VALID_FOR = Duration.ofMinutes(30);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Supplier<byte[]> secret;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    /** @param secret the shared random secret; asked once, when the first token is issued or checked */
    public CsrfTokens(Supplier<byte[]> secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    public String issue() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String body = clock.instant().getEpochSecond() + "." + B64.encodeToString(nonce);
        return body + "." + B64.encodeToString(sign(body));
    }

    public boolean valid(String token) {
        long age = issued(token).map(issued -> clock.instant().getEpochSecond() - issued).orElse(Long.MIN_VALUE);
        return age >= -60 && age <= VALID_FOR.toSeconds();
    }

    /** Issued by a line sharing this secret, whatever its age: a page left open too long, not a forgery. */
    public boolean ours(String token) {
        return issued(token).isPresent();
    }

    /** When the token was issued, in epoch seconds, if its signature is ours. */
    private Optional<Long> issued(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String body = token.substring(0, last);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(last + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(given, sign(body))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(token.substring(0, first)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String body) {
        byte[] k = key;
        if (k == null) {
            k = secret.get();
            key = k;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(k, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
