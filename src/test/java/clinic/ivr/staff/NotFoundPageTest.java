package clinic.ivr.staff;

import static clinic.ivr.StaffRequests.get;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineExtension;
import clinic.ivr.PromptsCopy;
import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A staff address that leads nowhere: a staff page with the way back for a browser, the plain status for the rest. */
class NotFoundPageTest {

    /** What a browser asks for when staff follow a link or type an address. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** The shipped line with one message, from Ana. */
    @RegisterExtension
    static final LineExtension LINES = new LineExtension(TestLine.with().office(StaffPagesTest.withMessage(TestLine.OPEN)));

    @TempDir
    Path temp;

    @Test
    void aMistypedOrStaleStaffAddressGetsAStaffPageWithTheWayBack() throws Exception {
        TestLine line = LINES.line();
        for (String path : List.of("/staff/mesages", "/staff/export", "/staff/messages/nope/extra",
                "/staff/messages/99999/audio", "/staff/export/people.csv", "/staff/")) {
            HttpResponse<String> r = get(line, path, TestLine.STAFF_PASSWORD, BROWSER);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue("text/html;charset=utf-8");
            assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(StaffPageServlet.CONTENT_SECURITY_POLICY);
            assertThat(r.body()).as(path)
                    .contains("<html lang=\"en\">")
                    .contains("<title>Page not found – Gramercy Physical Therapy</title>")
                    .contains("<nav class=\"pages\" aria-label=\"Staff pages\">")
                    .contains("<h1>Page not found</h1>")
                    .contains("There is no staff page at <code>" + path + "</code>.")
                    .contains("<li><a href=\"/staff\">Dashboard</a></li>")
                    .contains("<li><a href=\"/staff/messages\">Messages</a></li>")
                    .as("no page of the navigation is the current one").doesNotContain("aria-current")
                    .as("the phone words pages are off on this line").doesNotContain("/staff/prompts");
        }
    }

    @Test
    void theAddressAskedForIsShownAsTextNeverAsMarkup() throws Exception {
        HttpResponse<String> r = get(LINES.line(), "/staff/%3Cscript%3Ealert(1)%3C/script%3E",
                TestLine.STAFF_PASSWORD, BROWSER);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("<code>/staff/&lt;script&gt;alert(1)&lt;/script&gt;</code>")
                .doesNotContain("<script>");
    }

    @Test
    void withoutThePasswordAnUnknownAddressIsRefusedLikeAnyStaffPage() throws Exception {
        TestLine line = LINES.line();
        HttpResponse<String> unknown = get(line, "/staff/mesages", null, BROWSER);
        HttpResponse<String> known = get(line, "/staff/messages", null, BROWSER);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).isEqualTo(known.headers().firstValue("WWW-Authenticate"));
        assertThat(unknown.body()).as("nothing tells what exists").isEqualTo(known.body()).doesNotContain("not found");
        assertThat(get(line, "/staff/mesages", "wrong", BROWSER).statusCode()).isEqualTo(401);
    }

    @Test
    void scriptsPlayersAndCurlKeepThePlainStatus() throws Exception {
        TestLine line = LINES.line();
        for (String accept : new String[] {null, "application/json", "audio/*", "*/*"}) {
            for (String path : List.of("/staff/mesages", "/staff/messages/99999/audio")) {
                HttpResponse<String> r = get(line, path, TestLine.STAFF_PASSWORD, accept);
                assertThat(r.statusCode()).as(path + " " + accept).isEqualTo(404);
                assertThat(r.headers().firstValue("Content-Type")).as(path + " " + accept)
                        .hasValue("text/plain;charset=utf-8");
                assertThat(r.body()).as(path + " " + accept).isEqualTo("404 Not Found\n");
            }
        }
    }

    @Test
    void aFormPostedToAMessageNoLongerThereGetsThePageToo() throws Exception {
        TestLine line = LINES.line();
        String token = StaffRequests.token(get(line, "/staff/messages", TestLine.STAFF_PASSWORD, BROWSER).body());
        HttpResponse<String> r = StaffRequests.HTTP.send(HttpRequest.newBuilder(
                        URI.create(line.baseUrl() + "/staff/messages/99999/called-back"))
                .header("Authorization", StaffRequests.basic("staff", TestLine.STAFF_PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", line.baseUrl())
                .header("Accept", BROWSER)
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&name=AL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("<h1>Page not found</h1>")
                .contains("<code>/staff/messages/99999/called-back</code>");
    }

    @Test
    void withThePhoneWordsPagesAnUnknownVersionGetsThePageAndItLinksToThem() throws Exception {
        TestLine line = LINES.start(TestLine.with().promptsFolder(PromptsCopy.of(temp)));
        for (String path : List.of("/staff/prompts?version=999999", "/staff/prompts/history/999999",
                "/staff/prompts/scrpit")) {
            HttpResponse<String> r = get(line, path, TestLine.STAFF_PASSWORD, BROWSER);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains("<h1>Page not found</h1>")
                    .contains("There is no staff page at <code>" + path + "</code>.")
                    .contains("<li><a href=\"/staff/prompts\">Phone words</a></li>");
        }
    }

    @Test
    void withoutAStaffPasswordAnUnknownStaffAddressIsThePlainStatus() throws Exception {
        TestLine line = LINES.start(TestLine.with().noStaffPassword());
        for (String path : List.of("/staff/mesages", "/staff/messages/nope")) {
            HttpResponse<String> r = get(line, path, TestLine.STAFF_PASSWORD, BROWSER);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue("text/plain;charset=utf-8");
            assertThat(r.body()).as(path).isEqualTo("404 Not Found\n");
        }
    }

    @Test
    void twilioNeverGetsAPageForAnUnknownWebhook() throws Exception {
        HttpResponse<String> signed = LINES.twilio().post("/voice/nope", TwilioClient.callForm());
        assertThat(signed.headers().firstValue("Content-Type").orElse("")).as("TwiML, the safe answer").startsWith("text/xml");
        assertThat(signed.body()).contains("<Response>").contains("<Dial").doesNotContain("<html");
        for (String path : List.of("/voice/nope", "/nope", "/stafff")) {
            HttpResponse<String> r = get(LINES.line(), path, TestLine.STAFF_PASSWORD, BROWSER);
            assertThat(r.statusCode()).as(path).isGreaterThanOrEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).doesNotContain("html");
            assertThat(r.body()).as(path).doesNotContain("<");
        }
    }
}
