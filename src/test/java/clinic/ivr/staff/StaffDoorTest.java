package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.MovingClock;
import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The staff pages' door, piece by piece: the password check, the wrong-password throttle, the forms' tokens. */
class StaffDoorTest {

    static final Instant NOW = TestLine.OPEN;
    static final byte[] SECRET = "a random secret of thirty-two b!".getBytes(StandardCharsets.UTF_8);

    @Test
    void onlyUserStaffWithTheExactPasswordIsLetIn() {
        StaffPassword password = new StaffPassword("s3cret pass");
        assertThat(password.accepts(StaffRequests.basic("staff", "s3cret pass"))).isTrue();
        assertThat(password.accepts("basic " + Base64.getEncoder().encodeToString("staff:s3cret pass".getBytes(
                StandardCharsets.UTF_8)) + " ")).as("the scheme in any case, spaces around the credentials").isTrue();
        assertThat(password.accepts(StaffRequests.basic("Staff", "s3cret pass"))).isFalse();
        assertThat(password.accepts(StaffRequests.basic("staff", "s3cret pas"))).isFalse();
        assertThat(password.accepts(StaffRequests.basic("staff", "s3cret pass "))).isFalse();
        assertThat(password.accepts(null)).isFalse();
        assertThat(password.accepts("")).isFalse();
        assertThat(password.accepts("Bearer " + Base64.getEncoder().encodeToString("staff:s3cret pass".getBytes(
                StandardCharsets.UTF_8)))).isFalse();
        assertThat(password.accepts("Basic not*base64!")).isFalse();
        assertThat(new StaffPassword("pässwörd").accepts(StaffRequests.basic("staff", "pässwörd"))).as("UTF-8").isTrue();
    }

    @Test
    void guessesOlderThanAMinuteNoLongerCount() {
        MovingClock clock = new MovingClock(NOW);
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FAILURES - 1; i++) {
            assertThat(throttle.failed("203.0.113.9")).isEmpty();
        }
        clock.advance(LoginThrottle.WINDOW);
        assertThat(throttle.failed("203.0.113.9")).as("the nine before are a minute old").isEmpty();
        assertThat(throttle.waitFor("203.0.113.9")).isEmpty();
        for (int i = 0; i < LoginThrottle.FAILURES - 2; i++) {
            assertThat(throttle.failed("203.0.113.9")).isEmpty();
        }
        assertThat(throttle.failed("203.0.113.9")).hasValue(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("203.0.113.9")).hasValue(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("198.51.100.7")).as("another client").isEmpty();
        clock.advance(Duration.ofSeconds(45));
        assertThat(throttle.waitFor("203.0.113.9")).hasValue(Duration.ofSeconds(15));
        clock.advance(Duration.ofSeconds(15));
        assertThat(throttle.waitFor("203.0.113.9")).as("the wait is over").isEmpty();
    }

    @Test
    void theWaitDoublesUpToAnHour() {
        MovingClock clock = new MovingClock(NOW);
        LoginThrottle throttle = new LoginThrottle(clock);
        long[] minutes = {1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60, 60, 60};
        for (long expected : minutes) {
            Duration wait = Duration.ZERO;
            for (int i = 0; i < LoginThrottle.FAILURES; i++) {
                wait = throttle.failed("203.0.113.9").orElse(Duration.ZERO);
            }
            assertThat(wait).isEqualTo(Duration.ofMinutes(expected));
            clock.advance(wait);
        }
    }

    @Test
    void aFloodOfAddressesCannotFillTheMemoryNorFreeAGuesserMadeToWait() {
        MovingClock clock = new MovingClock(NOW);
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FAILURES; i++) {
            throttle.failed("203.0.113.9");
        }
        assertThat(throttle.waitFor("203.0.113.9")).isPresent();
        for (int i = 0; i < 3 * LoginThrottle.MAX_CLIENTS; i++) {
            throttle.failed("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }
        assertThat(throttle.waitFor("203.0.113.9")).as("still waiting after the flood").isPresent();

        clock.advance(LoginThrottle.FORGET_AFTER.plusMinutes(1));
        for (int i = 0; i < LoginThrottle.MAX_CLIENTS; i++) {
            throttle.failed("172.16." + (i >> 8) + "." + (i & 255));
        }
        for (int i = 0; i < LoginThrottle.FAILURES - 1; i++) {
            throttle.failed("203.0.113.9");
        }
        assertThat(throttle.failed("203.0.113.9")).as("a day later the guesser starts afresh: a minute, not two")
                .hasValue(Duration.ofMinutes(1));
    }

    @Test
    void tokensFromElsewhereFromTheFutureOrBrokenAreRefusedAndAnExpiredOneIsStillKnownAsOurs() {
        MovingClock clock = new MovingClock(NOW);
        CsrfTokens tokens = new CsrfTokens(() -> SECRET, clock);
        String token = tokens.issue();
        assertThat(token).matches("\\d+\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
        assertThat(tokens.issue()).as("a fresh token on every page").isNotEqualTo(token);
        assertThat(tokens.valid(token)).isTrue();
        assertThat(tokens.ours(token)).isTrue();

        clock.set(NOW.minusSeconds(60));
        assertThat(tokens.valid(token)).as("a clock a minute behind the other instance's").isTrue();
        clock.set(NOW.minusSeconds(61));
        assertThat(tokens.valid(token)).isFalse();
        clock.set(NOW.plus(CsrfTokens.VALID_FOR));
        assertThat(tokens.valid(token)).isTrue();
        clock.set(NOW.plus(CsrfTokens.VALID_FOR).plusSeconds(1));
        assertThat(tokens.valid(token)).isFalse();
        assertThat(tokens.ours(token)).as("expired, but ours: a page left open").isTrue();

        clock.set(NOW);
        CsrfTokens elsewhere = new CsrfTokens(() -> "another secret, another database".getBytes(StandardCharsets.UTF_8),
                clock);
        assertThat(elsewhere.valid(token)).isFalse();
        assertThat(elsewhere.ours(token)).isFalse();
        String body = token.substring(0, token.lastIndexOf('.'));
        String signature = token.substring(token.lastIndexOf('.') + 1);
        for (String broken : new String[] {null, "", "abc", ".x.y", body, body + ".", body + ".***",
                (NOW.getEpochSecond() + 1) + body.substring(body.indexOf('.')) + "." + signature,
                "x" + token, token.replace('.', ',')}) {
            assertThat(tokens.valid(broken)).as(String.valueOf(broken)).isFalse();
            assertThat(tokens.ours(broken)).as(String.valueOf(broken)).isFalse();
        }
    }

    @Test
    void theSecretIsAskedForOnceNotOnEveryToken() {
        int[] asked = {0};
        CsrfTokens tokens = new CsrfTokens(() -> {
            asked[0]++;
            return SECRET;
        }, new MovingClock(NOW));
        for (int i = 0; i < 5; i++) {
            assertThat(tokens.valid(tokens.issue())).isTrue();
        }
        assertThat(asked[0]).isEqualTo(1);
    }

    @Test
    void addressesInTheLogsAreMaskedEnoughToTellClientsApartNotToIdentifyOne() {
        assertThat(StaffGuard.masked("203.0.113.9")).isEqualTo("203.0.113.*");
        assertThat(StaffGuard.masked("2001:db8:85a3:8d3:1319:8a2e:370:7348")).isEqualTo("2001:db8:85a3:*");
        assertThat(StaffGuard.masked("2001:db8::1")).isEqualTo("2001:db8::*");
        assertThat(StaffGuard.masked("::1")).isEqualTo("*");
        assertThat(StaffGuard.masked("localhost")).isEqualTo("*");
        assertThat(StaffGuard.masked(" ")).isEqualTo("-");
        assertThat(StaffGuard.masked(null)).isEqualTo("-");
    }
}
