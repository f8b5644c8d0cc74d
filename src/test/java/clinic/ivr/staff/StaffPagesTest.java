package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static clinic.ivr.StaffRequests.get;
import static clinic.ivr.StaffRequests.post;
import static clinic.ivr.StaffRequests.token;

import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.Recording;
import clinic.ivr.line.Office;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The staff's list of messages: password, JSON and HTML, marking a message called back safely. */
public class StaffPagesTest {

    /** The shipped line's office at {@code now} with one transcribed message from Ana. */
    public static Office withMessage(Instant now) {
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
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic realm=");
            assertThat(r.body()).as("nothing of a message leaks").doesNotContain("Ana");
        }
    }

    @Test
    void noPasswordAndTheWrongUserAreRefusedToo() throws Exception {
        try (TestLine line = TestLine.start(withMessage(TestLine.OPEN))) {
            assertThat(get(line, "/staff/messages", null, null).statusCode()).isEqualTo(401);
            HttpResponse<String> wrongUser = StaffRequests.HTTP.send(HttpRequest.newBuilder(URI.create(line.baseUrl() + "/staff/messages"))
                    .header("Authorization", StaffRequests.basic("admin", TestLine.STAFF_PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(wrongUser.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void withoutAStaffPasswordTheStaffPagesAreOff() throws Exception {
        Office office = withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.with().office(office).noStaffPassword().start()) {
            HttpResponse<String> r = StaffRequests.HTTP.send(HttpRequest.newBuilder(URI.create(line.baseUrl() + "/staff/messages"))
                            .header("Authorization", StaffRequests.basic("staff", TestLine.STAFF_PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void jsonListsTheMessageWithItsTranscription() throws Exception {
        try (TestLine line = TestLine.start(withMessage(TestLine.OPEN))) {
            HttpResponse<String> r = get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "application/json");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(r.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-store");
            assertThat(r.body()).as(r.body()).contains("\"caller\":\"+12125550147\"");
            assertThat(r.body()).contains("\"transcription\":\"Hello, this is Ana <Lopez>, please call me back.\"");
            assertThat(r.body()).contains("\"status\":\"new\"");
        }
    }

    @Test
    void theHtmlPageIsReadableAndEscapesWhatCallersSaid() throws Exception {
        try (TestLine line = TestLine.start(withMessage(TestLine.OPEN))) {
            HttpResponse<String> r = get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "text/html");
            assertThat(r.statusCode()).isEqualTo(200);
            String html = r.body();
            assertThat(html)
                    .contains("<html lang=\"en\">")
                    .contains("<h1>Messages for the front desk</h1>");
            assertThat(html).as("a caller's words are text, never markup").contains("Ana &lt;Lopez&gt;");
            assertThat(html)
                    .contains("<a href=\"tel:+12125550147\">+12125550147</a>")
                    .as("never a link to Twilio: the line serves the sound itself").doesNotContain("api.twilio.com")
                    .as("without Twilio credentials, the page says why there is no player")
                    .contains("No player: the line has no Twilio credentials")
                    .as("the topic in the words callers hear, not its name in the files")
                    .contains("<dt>Was listening to</dt><dd>Whether it hurts</dd>").doesNotContain("faq-painful");
            assertThat(html).as("times in the clinic's time zone").contains("Wednesday, March 4, 2026 at 9:50 AM");
            assertThat(html).contains("Mark as called back");
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

    @Test
    void markingCalledBackNeedsThePagesTokenAndThisSitesOrigin() throws Exception {
        Office office = withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.start(office)) {
            long id = office.messages().list().get(0).id();
            String token = token(get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "text/html").body());
            String path = "/staff/messages/" + id + "/called-back";

            assertThat(post(line, path, "token=forged&name=AL", line.baseUrl()).statusCode()).isEqualTo(403);
            assertThat(post(line, path, "token=" + token + "&name=AL", "https://evil.example").statusCode()).isEqualTo(403);
            assertThat(post(line, path, "token=" + token + "&name=AL", null).statusCode()).isEqualTo(403);
            assertThat(office.messages().find(id).orElseThrow().status()).isEqualTo(Message.Status.NEW);

            HttpResponse<String> done = post(line, path, "token=" + token + "&name=Ana+L&show=new&q=ana&page=1",
                    line.baseUrl());
            assertThat(done.statusCode()).isEqualTo(303);
            assertThat(done.headers().firstValue("Location").orElseThrow())
                    .as("back to the list the form came from").isEqualTo("/staff/messages?show=new&q=ana&called-back=" + id);
            assertThat(done.headers().firstValue("Set-Cookie").orElseThrow())
                    .as("the name is remembered for next time, for the staff pages only")
                    .contains("staff-name=Ana+L").contains("Path=/staff").contains("HttpOnly").contains("SameSite=Strict")
                    .as("over plain http the browser could not send it back if it were Secure").doesNotContain("Secure");
            Message m = office.messages().find(id).orElseThrow();
            assertThat(m.status()).isEqualTo(Message.Status.CALLED_BACK);
            assertThat(m.calledBackAt()).isEqualTo(TestLine.OPEN);
            assertThat(m.calledBackBy()).isEqualTo("Ana L");

            String after = get(line, "/staff/messages?called-back=" + id, TestLine.STAFF_PASSWORD, "text/html").body();
            assertThat(after).as(after).contains("Marked the message from +12125550147 as called back by Ana L.")
                    .contains("By Ana L on Wednesday, March 4, 2026 at 10:00 AM")
                    .contains("action=\"/staff/messages/" + id + "/new\"");
            assertThat(after).as("no button for a message already called back").doesNotContain("Mark as called back<");
            assertThat(post(line, "/staff/messages/424242/called-back", "token=" + token + "&name=AL", line.baseUrl())
                    .statusCode()).isEqualTo(404);
        }
    }

    @Test
    void withoutANameTheMessageStaysNewAndThePageAsksForOneNextToTheButton() throws Exception {
        Office office = withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.start(office)) {
            long id = office.messages().list().get(0).id();
            String token = token(get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "text/html").body());

            HttpResponse<String> r = post(line, "/staff/messages/" + id + "/called-back", "token=" + token + "&name=+++",
                    line.baseUrl());
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(office.messages().find(id).orElseThrow().status()).isEqualTo(Message.Status.NEW);
            String page = get(line, r.headers().firstValue("Location").orElseThrow(),
                    TestLine.STAFF_PASSWORD, "text/html").body();
            assertThat(page).as(page).contains("<h2>The message from +12125550147 was not marked as called back</h2>")
                    .contains("<a href=\"#name-" + id + "\">Please write your name or initials")
                    .contains("<ul class=\"error\" id=\"err-name-" + id + "\"><li>Please write your name or initials")
                    .contains("aria-invalid=\"true\" aria-describedby=\"err-name-" + id + "\"");
        }
    }

    @Test
    void undoMakesTheMessageNewAgainAndNotesAreKept() throws Exception {
        Office office = withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.start(office)) {
            long id = office.messages().list().get(0).id();
            String token = token(get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "text/html").body());
            post(line, "/staff/messages/" + id + "/called-back", "token=" + token + "&name=AL", line.baseUrl());

            HttpResponse<String> undone = post(line, "/staff/messages/" + id + "/new", "token=" + token, line.baseUrl());
            assertThat(undone.statusCode()).isEqualTo(303);
            Message m = office.messages().find(id).orElseThrow();
            assertThat(m.status()).isEqualTo(Message.Status.NEW);
            assertThat(m.calledBackAt()).isNull();
            assertThat(m.calledBackBy()).isNull();

            HttpResponse<String> noted = post(line, "/staff/messages/" + id + "/notes",
                    "token=" + token + "&notes=Left+a+voicemail+%3Cb%3Etwice%3C%2Fb%3E", line.baseUrl());
            assertThat(noted.statusCode()).isEqualTo(303);
            assertThat(office.messages().find(id).orElseThrow().notes()).isEqualTo("Left a voicemail <b>twice</b>");
            String page = get(line, "/staff/messages?noted=" + id, TestLine.STAFF_PASSWORD, "text/html").body();
            assertThat(page).contains("Saved the notes on the message from +12125550147.")
                    .contains("Left a voicemail &lt;b&gt;twice&lt;/b&gt;</textarea>");
        }
    }
}
