package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.MovingClock;
import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import clinic.ivr.desk.Message;
import clinic.ivr.line.Office;
import clinic.ivr.store.Database;
import clinic.ivr.store.SharedSecrets;
import clinic.ivr.store.SqlMessageStore;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff pages against someone trying to get in: guessing (through proxies too), forging forms, listening on http. */
class StaffSecurityTest {

    /** Wrong passwords a client may give in a minute before it must wait. */
    static final int FAILURES = 10;

    @TempDir
    Path temp;

    /** The messages as JSON, asked for with this password (none when null) and these headers. */
    static HttpResponse<String> get(TestLine line, String password, Map<String, String> headers) throws Exception {
        Map<String, String> json = new HashMap<>(headers);
        json.put("Accept", "application/json");
        return get(line, "/staff/messages", password, json);
    }

    @Test
    void tenWrongPasswordsAMinuteThenTheClientWaitsEvenWithTheRightOne() throws Exception {
        try (TestLine line = TestLine.start(StaffPagesTest.withMessage(TestLine.OPEN))) {
            for (int i = 0; i < FAILURES; i++) {
                assertThat(get(line, "guess-" + i + "-of-many", Map.of()).statusCode()).as("guess " + i).isEqualTo(401);
            }
            HttpResponse<String> blocked = get(line, TestLine.STAFF_PASSWORD, Map.of());
            assertThat(blocked.statusCode()).as("the right password waits too: a guesser learns nothing").isEqualTo(429);
            long retryAfter = Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter > 0 && retryAfter <= 60).as("Retry-After " + retryAfter).isTrue();
            assertThat(blocked.body()).as(blocked.body()).doesNotContain("Ana");

            // another client (behind the same proxy, its own address) is not held back
            assertThat(get(line, TestLine.STAFF_PASSWORD, Map.of("X-Forwarded-For", "198.51.100.7")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void eachWaitIsLongerThanTheOneBefore() {
        MovingClock clock = new MovingClock(TestLine.OPEN);
        LoginThrottle throttle = new LoginThrottle(clock);
        Duration previous = Duration.ZERO;
        for (int round = 0; round < 4; round++) {
            Duration wait = Duration.ZERO;
            for (int i = 0; i < FAILURES; i++) {
                assertThat(throttle.waitFor("203.0.113.9")).as("round " + round + " guess " + i).isEmpty();
                wait = throttle.failed("203.0.113.9").orElse(Duration.ZERO);
            }
            assertThat(wait.compareTo(previous)).as("round " + round + ": " + wait + " after " + previous).isGreaterThan(0);
            assertThat(throttle.waitFor("203.0.113.9").orElseThrow()).isEqualTo(wait);
            previous = wait;
            clock.advance(wait);
        }
        assertThat(previous).isEqualTo(Duration.ofMinutes(8));
        throttle.succeeded("203.0.113.9");
        assertThat(throttle.waitFor("203.0.113.9")).isEmpty();
    }

    @Test
    void behindAnHttpsProxyPlainHttpIsRedirectedAndHttpsGetsHsts() throws Exception {
        try (TestLine line = TestLine.start(StaffPagesTest.withMessage(TestLine.OPEN))) {
            HttpResponse<String> http = get(line, TestLine.STAFF_PASSWORD,
                    Map.of("X-Forwarded-Proto", "http", "X-Forwarded-Host", "ivr.example.com"));
            assertThat(http.statusCode()).isEqualTo(308);
            assertThat(http.headers().firstValue("Location").orElseThrow()).isEqualTo("https://ivr.example.com/staff/messages");
            assertThat(http.body()).as("nothing of a message over http").doesNotContain("Ana");

            HttpResponse<String> https = get(line, TestLine.STAFF_PASSWORD, Map.of("X-Forwarded-Proto", "https"));
            assertThat(https.statusCode()).isEqualTo(200);
            assertThat(https.headers().firstValue("Strict-Transport-Security").orElseThrow()).isEqualTo("max-age=31536000");
            HttpResponse<String> wrong = get(line, "wrong password!", Map.of("X-Forwarded-Proto", "https"));
            assertThat(wrong.headers().firstValue("Strict-Transport-Security")).as("a refusal over https too").isPresent();
        }
    }

    @Test
    void formTokensAreSignedWithARandomSecretNotThePassword() throws Exception {
        Instant now = TestLine.OPEN;
        byte[] secret;
        byte[] elsewhere;
        try (SqlMessageStore here = new SqlMessageStore(Database.embedded(temp));
             SqlMessageStore there = new SqlMessageStore(Database.embedded(temp.resolve("other")))) {
            secret = new SharedSecrets(here.pool()).get("staff-forms");
            assertThat(MessageDigest.isEqual(secret, new SharedSecrets(here.pool()).get("staff-forms"))).as("made once, the same on every ask").isTrue();
            elsewhere = new SharedSecrets(there.pool()).get("staff-forms");
        }
        byte[] fromPassword = MessageDigest.getInstance("SHA-256")
                .digest(("clinic-ivr staff form\u0000" + TestLine.STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(MessageDigest.isEqual(secret, fromPassword)).isFalse();
        assertThat(secret.length).isEqualTo(32);
        assertThat(MessageDigest.isEqual(secret, elsewhere)).as("each database makes its own").isFalse();

        MovingClock clock = new MovingClock(now);
        CsrfTokens tokens = new CsrfTokens(() -> secret, clock);
        String token = tokens.issue();
        assertThat(tokens.valid(token)).isTrue();
        assertThat(new CsrfTokens(() -> fromPassword, clock).valid(token)).as("a key from the password does not sign it").isFalse();
        clock.set(now.plus(CsrfTokens.VALID_FOR).minusSeconds(1));
        assertThat(tokens.valid(token)).isTrue();
        clock.set(now.plus(CsrfTokens.VALID_FOR).plusSeconds(1));
        assertThat(tokens.valid(token)).as("expired").isFalse();
    }

    @Test
    void aTokenInTheQueryStringIsRefusedOnlyTheFormBodyCounts() throws Exception {
        Office office = StaffPagesTest.withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.start(office)) {
            long id = office.messages().list().get(0).id();
            String token = StaffRequests.token(StaffRequests.get(line, "/staff/messages", TestLine.STAFF_PASSWORD,
                    "text/html").body());
            String path = "/staff/messages/" + id + "/called-back";

            assertThat(StaffRequests.post(line, path + "?token=" + token, "", line.baseUrl()).statusCode()).isEqualTo(403);
            assertThat(office.messages().find(id).orElseThrow().status()).isEqualTo(Message.Status.NEW);
            assertThat(StaffRequests.post(line, path, "token=" + token + "&name=AL", line.baseUrl()).statusCode()).isEqualTo(303);
        }
    }

    @Test
    void twoLinesOnOneDatabaseAcceptEachOthersForms() throws Exception {
        Database shared = new Database("jdbc:h2:mem:shared-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        SqlMessageStore store = new SqlMessageStore(shared);
        store.record(Message.transcribed("RE7", "CA7", "+12125550147", null, "Hi", "completed", TestLine.OPEN));
        Office office = new Office(Clock.fixed(TestLine.OPEN, ZoneOffset.UTC), store, clinic.ivr.desk.TextMessages.NONE);
        try (TestLine first = TestLine.start(office); TestLine second = TestLine.start(office)) {
            long id = store.list().get(0).id();
            String token = StaffRequests.token(StaffRequests.get(first, "/staff/messages", TestLine.STAFF_PASSWORD,
                    "text/html").body());
            HttpResponse<String> done = StaffRequests.post(second, "/staff/messages/" + id + "/called-back",
                    "token=" + token + "&name=AL", second.baseUrl());
            assertThat(done.statusCode()).as("a page from one instance, posted to the other behind a balancer").isEqualTo(303);
        }
        assertThat(store.find(store.list().get(0).id()).orElseThrow().status()).isNotEqualTo(Message.Status.NEW);
    }

    static HttpResponse<String> get(TestLine line, String path, String password, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(line.baseUrl() + path));
        if (password != null) {
            r.header("Authorization", StaffRequests.basic("staff", password));
        }
        headers.forEach(r::header);
        return StaffRequests.HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBrowserAskingWithoutAPasswordIsNotAGuesser() throws Exception {
        try (TestLine line = TestLine.start()) {
            for (int i = 0; i < 2 * LoginThrottle.FAILURES; i++) {
                assertThat(get(line, "/staff/messages", null, Map.of()).statusCode()).isEqualTo(401);
            }
            assertThat(get(line, "/staff/messages", TestLine.STAFF_PASSWORD, Map.of()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theClientIsTheAddressTheNearestProxySawNotWhatTheClientClaims() throws Exception {
        try (TestLine line = TestLine.start()) {
            for (int i = 0; i < LoginThrottle.FAILURES; i++) {
                assertThat(get(line, "/staff", "guess " + i, Map.of("X-Forwarded-For", "10.0.0." + i + ", 198.51.100.7"))
                        .statusCode()).isEqualTo(401);
            }
            HttpResponse<String> blocked = get(line, "/staff", TestLine.STAFF_PASSWORD,
                    Map.of("X-Forwarded-For", "192.0.2.1, 198.51.100.7"));
            assertThat(blocked.statusCode()).as("a new first hop is the same client").isEqualTo(429);
            assertThat(blocked.headers().firstValue("Retry-After")).hasValueSatisfying(s ->
                    assertThat(Integer.parseInt(s)).isBetween(1, 60));
            assertThat(blocked.body()).as("why, in plain words").isEqualTo("Too many wrong passwords: please wait before trying"
                    + " again.\n");
            assertThat(blocked.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(get(line, "/staff", TestLine.STAFF_PASSWORD, Map.of("X-Forwarded-For", "198.51.100.7, 192.0.2.1"))
                    .statusCode()).isEqualTo(200);
            assertThat(get(line, "/staff", TestLine.STAFF_PASSWORD, Map.of()).statusCode())
                    .as("the proxy's own address").isEqualTo(200);
        }
    }

    @Test
    void overHttpBehindAProxyTheSamePageAndQueryAreAskedOverHttpsOnTheHostAskedFor() throws Exception {
        try (TestLine line = TestLine.start()) {
            HttpResponse<String> page = get(line, "/staff/messages?show=new&q=ana", TestLine.STAFF_PASSWORD,
                    Map.of("X-Forwarded-Proto", "http"));
            assertThat(page.statusCode()).isEqualTo(308);
            assertThat(page.headers().firstValue("Location")).hasValue("https://127.0.0.1:" + line.port()
                    + "/staff/messages?show=new&q=ana");
            assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
            HttpResponse<String> hops = get(line, "/staff", null, Map.of("X-Forwarded-Proto", "HTTP, https",
                    "X-Forwarded-Host", "ivr.example.com, inner.example"));
            assertThat(hops.statusCode()).as("the first hop is what the caller's browser used").isEqualTo(308);
            assertThat(hops.headers().firstValue("Location")).hasValue("https://ivr.example.com/staff");
            HttpResponse<String> https = get(line, "/staff", null, Map.of("X-Forwarded-Proto", "https, http"));
            assertThat(https.statusCode()).isEqualTo(401);
            assertThat(https.headers().firstValue("Strict-Transport-Security")).hasValue(StaffGuard.HSTS);
            assertThat(get(line, "/staff", null, Map.of("X-Forwarded-Proto", " ")).headers()
                    .firstValue("Strict-Transport-Security")).as("plain http, no proxy: no HSTS").isEmpty();
        }
    }
}
