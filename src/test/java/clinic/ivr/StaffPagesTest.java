package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.Recording;
import clinic.ivr.line.LineHealth;
import clinic.ivr.line.Office;
import clinic.ivr.line.PhoneLine;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.web.LineServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The staff's list of messages: password, JSON and HTML, marking a message called back safely. */
class StaffPagesTest {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(TestLine line, String path, String password, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(line.baseUrl() + path)).GET();
        if (password != null) {
            r.header("Authorization", basic("staff", password));
        }
        if (accept != null) {
            r.header("Accept", accept);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(TestLine line, String path, String body, String origin) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(line.baseUrl() + path))
                .header("Authorization", basic("staff", TestLine.STAFF_PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            r.header("Origin", origin);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Office withMessage(Instant now) {
        Office office = TestLine.office(now);
        office.messages().record(Message.recorded(new Recording("RE1", "https://api.twilio.com/Recordings/RE1", 25,
                "completed"), "CA1", "+12125550147", "en", "faq-painful", now.minusSeconds(600)));
        office.messages().record(Message.transcribed("RE1", "CA1", null, null,
                "Hello, this is Ana <Lopez>, please call me back.", "completed", now));
        return office;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "wrong", "correct horse battery stapl", "correct horse battery staple "})
    void aWrongPasswordIsRefusedWithAChallenge(String password) throws Exception {
        try (TestLine line = TestLine.start(withMessage(TestLine.OPEN))) {
            HttpResponse<String> r = get(line, "/staff/messages", password, "application/json");
            assertEquals(401, r.statusCode());
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
            assertTrue(!r.body().contains("Ana"), "nothing of a message leaks");
        }
    }

    @Test
    void noPasswordAndTheWrongUserAreRefusedToo() throws Exception {
        try (TestLine line = TestLine.start(withMessage(TestLine.OPEN))) {
            assertEquals(401, get(line, "/staff/messages", null, null).statusCode());
            HttpResponse<String> wrongUser = HTTP.send(HttpRequest.newBuilder(URI.create(line.baseUrl() + "/staff/messages"))
                    .header("Authorization", basic("admin", TestLine.STAFF_PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, wrongUser.statusCode());
        }
    }

    @Test
    void withoutAStaffPasswordTheStaffPagesAreOff() throws Exception {
        Office office = withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.with().office(office).noStaffPassword().start()) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(line.baseUrl() + "/staff/messages"))
                            .header("Authorization", basic("staff", TestLine.STAFF_PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode());
        }
    }

    @Test
    void jsonListsTheMessageWithItsTranscription() throws Exception {
        try (TestLine line = TestLine.start(withMessage(TestLine.OPEN))) {
            HttpResponse<String> r = get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "application/json");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(r.body().contains("\"caller\":\"+12125550147\""), r.body());
            assertTrue(r.body().contains("\"transcription\":\"Hello, this is Ana <Lopez>, please call me back.\""));
            assertTrue(r.body().contains("\"status\":\"new\""));
        }
    }

    @Test
    void theHtmlPageIsReadableAndEscapesWhatCallersSaid() throws Exception {
        try (TestLine line = TestLine.start(withMessage(TestLine.OPEN))) {
            HttpResponse<String> r = get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "text/html");
            assertEquals(200, r.statusCode());
            String html = r.body();
            assertTrue(html.contains("<html lang=\"en\">"));
            assertTrue(html.contains("<h1>Messages for the front desk</h1>"));
            assertTrue(html.contains("Ana &lt;Lopez&gt;"), "a caller's words are text, never markup");
            assertTrue(html.contains("<a href=\"tel:+12125550147\">+12125550147</a>"));
            assertTrue(html.contains("href=\"https://api.twilio.com/Recordings/RE1.mp3\""));
            assertTrue(html.contains("Wednesday, March 4, 2026 at 9:50 AM"), "times in the clinic's time zone");
            assertTrue(html.contains("Mark as called back"));
        }
    }

    @Test
    void everyStaffPageHasTheSharedLayoutAndItsStylesheetFromThisSite() throws Exception {
        try (TestLine line = TestLine.start(withMessage(TestLine.OPEN))) {
            HttpResponse<String> page = get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "text/html");

            assertThat(page.body())
                    .contains("<a class=\"skip\" href=\"#main\">Skip to the main content</a>")
                    .contains("<nav class=\"pages\" aria-label=\"Staff pages\">")
                    .contains("<a href=\"/staff/messages\" aria-current=\"page\">Messages</a>")
                    .contains("<main id=\"main\" tabindex=\"-1\">")
                    .contains("<link rel=\"stylesheet\" href=\"/staff/staff.css\">")
                    .doesNotContain("<style")
                    .as("pages not served yet are not offered").doesNotContain("/staff/prompts");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("style-src 'self'").doesNotContain("unsafe-inline"));

            HttpResponse<String> css = get(line, "/staff/staff.css", TestLine.STAFF_PASSWORD, null);
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
            assertThat(css.body()).contains("ol.messages").contains("@media print");
            assertThat(get(line, "/staff/staff.css", null, null).statusCode()).as("behind the password too").isEqualTo(401);
        }
    }

    static String token(String html) {
        Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    @Test
    void markingCalledBackNeedsThePagesTokenAndThisSitesOrigin() throws Exception {
        Office office = withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.start(office)) {
            long id = office.messages().list().get(0).id();
            String token = token(get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "text/html").body());
            String path = "/staff/messages/" + id + "/called-back";

            assertEquals(403, post(line, path, "token=forged", line.baseUrl()).statusCode());
            assertEquals(403, post(line, path, "token=" + token, "https://evil.example").statusCode());
            assertEquals(403, post(line, path, "token=" + token, null).statusCode());
            assertEquals(Message.Status.NEW, office.messages().find(id).orElseThrow().status());

            HttpResponse<String> done = post(line, path, "token=" + token, line.baseUrl());
            assertEquals(303, done.statusCode());
            assertEquals("/staff/messages?called-back=" + id + "#message-" + id,
                    done.headers().firstValue("Location").orElseThrow());
            Message m = office.messages().find(id).orElseThrow();
            assertEquals(Message.Status.CALLED_BACK, m.status());
            assertNotNull(m.calledBackAt());

            String after = get(line, "/staff/messages?called-back=" + id, TestLine.STAFF_PASSWORD, "text/html").body();
            assertTrue(after.contains("Marked the message from +12125550147 as called back."), after);
            assertTrue(!after.contains("Mark as called back<"), "no button for a message already called back");
            assertEquals(404, post(line, "/staff/messages/424242/called-back", "token=" + token, line.baseUrl()).statusCode());
        }
    }
}
