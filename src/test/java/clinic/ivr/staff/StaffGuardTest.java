package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The staff pages' door over HTTP: who counts as a guesser, and the way to https behind a proxy. */
class StaffGuardTest {

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
