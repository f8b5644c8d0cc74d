package clinic.ivr.staff;

import static clinic.ivr.StaffRequests.get;
import static clinic.ivr.StaffRequests.post;
import static clinic.ivr.StaffRequests.token;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.Recording;
import clinic.ivr.line.Office;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The messages page as staff use it on a busy week: pages of 25, the filters and the search kept from
 * link to link, what each message says about itself, what the page says after each form, and JSON.
 */
class MessagesListTest {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSION = Pattern.compile("id=\"message-(\\d+)\" data-version=\"([0-9a-f-]+)\"");

    /** A message received {@code minutesAgo} before the office's now, its words already transcribed. */
    static void message(Office office, String sid, String caller, String language, int minutesAgo, String words) {
        Instant at = office.clock().instant().minusSeconds(60L * minutesAgo);
        office.messages().record(Message.recorded(new Recording(sid, "https://api.twilio.com/r/" + sid, 20, "completed"),
                "CA" + sid, caller, language, "faq-start", at));
        if (words != null) {
            office.messages().record(Message.transcribed(sid, "CA" + sid, null, null, words, "completed", at));
        }
    }

    static long id(Office office, String sid) {
        return office.messages().list().stream().filter(m -> sid.equals(m.recordingSid())).findFirst().orElseThrow().id();
    }

    static String html(TestLine line, String path) throws Exception {
        HttpResponse<String> r = get(line, path, TestLine.STAFF_PASSWORD, "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    /** Thirty messages a minute apart, the newest first; three of them called back. */
    static Office busyWeek() {
        Office office = TestLine.office(TestLine.OPEN);
        for (int i = 0; i < 30; i++) {
            message(office, "RE" + i, "+1212555" + (1000 + i), "en", 30 - i, i == 7 ? "Ana here, about my back" : "Hello " + i);
        }
        for (int i : new int[] {1, 2, 3}) {
            office.messages().markCalledBack(id(office, "RE" + i), TestLine.OPEN, "AL");
        }
        return office;
    }

    @Test
    void aLongListComesInPagesWithLinksThatKeepTheFilterAndTheSearch() throws Exception {
        try (TestLine line = TestLine.start(busyWeek())) {
            String first = html(line, "/staff/messages");
            assertThat(first).contains("<title>(27 new) Messages for the front desk")
                    .contains("27 new messages wait for a call back; the oldest since Wednesday, March 4, 2026 at 9:30 AM.")
                    .contains("Page 1 of 2: 30 messages, newest first.")
                    .contains("<a href=\"/staff/messages?page=2\" rel=\"next\">Older messages</a>")
                    .doesNotContain("rel=\"prev\"")
                    .contains("<a href=\"/staff/messages\" aria-current=\"page\">All</a>")
                    .contains("<a href=\"/staff/messages?show=new\">New</a>")
                    .contains("<a href=\"/staff/messages?show=called-back\">Called back</a>")
                    .contains("data-refresh-seconds=\"30\"")
                    .contains("Message from <a href=\"tel:+12125551029\">+12125551029</a>")
                    .as("the oldest is on the next page").doesNotContain("+12125551000<");
            assertThat(first.indexOf("+12125551029")).as("newest first").isLessThan(first.indexOf("+12125551028"));

            String second = html(line, "/staff/messages?page=2");
            assertThat(second).contains("Page 2 of 2: 30 messages, newest first.")
                    .contains("<a href=\"/staff/messages\" rel=\"prev\">Newer messages</a>")
                    .doesNotContain("rel=\"next\"")
                    .contains("+12125551000<").contains("name=\"page\" value=\"2\"");

            String fresh = html(line, "/staff/messages?show=new&q=ana");
            assertThat(fresh).contains("1 message match “ana”, newest first.")
                    .contains("<a href=\"/staff/messages?show=new&amp;q=ana\" aria-current=\"page\">New</a>")
                    .contains("<a href=\"/staff/messages?q=ana\">All</a>")
                    .contains("<input type=\"hidden\" name=\"show\" value=\"new\">")
                    .contains("value=\"ana\"").contains("Ana here, about my back");

            String called = html(line, "/staff/messages?show=called-back&page=x");
            assertThat(called).contains("3 messages, newest first.").contains("By AL on Wednesday, March 4, 2026 at 10:00 AM")
                    .contains("Undo: not called back");
            assertThat(html(line, "/staff/messages?q=nobody+said+this")).contains("No messages match.");

            JsonNode page = json(get(line, "/staff/messages?page=2", TestLine.STAFF_PASSWORD, "application/json"));
            assertThat(page.get("total").asInt()).isEqualTo(30);
            assertThat(page.get("page").asInt()).isEqualTo(2);
            assertThat(page.get("pages").asInt()).isEqualTo(2);
            assertThat(page.get("newCount").asInt()).isEqualTo(27);
            assertThat(page.get("oldestNew").asText()).isEqualTo("2026-03-04T14:30:00Z");
            assertThat(page.get("messages")).hasSize(5);
        }
    }

    @Test
    void eachMessageSaysWhatStaffNeedToCallBackAndWhyThereAreNoWordsWhenThereAreNone() throws Exception {
        Office office = TestLine.office(TestLine.OPEN);
        message(office, "RE1", null, "en", 5, null);
        message(office, "RE2", "anonymous", "es", 4, null);
        message(office, "RE3", "+12125550147", "en", 3, null);
        office.messages().record(Message.transcribed("RE3", "CA3", null, null, null, "failed", TestLine.OPEN));
        message(office, "RE4", "+12125550148", "en", 2, null);
        try (TestLine line = TestLine.start(office)) {
            String html = html(line, "/staff/messages");
            assertThat(article(html, id(office, "RE2"))).contains("Not transcribed: only English messages are.");
            assertThat(article(html, id(office, "RE4"))).contains("Not transcribed yet: the words usually arrive");
            assertThat(article(html, id(office, "RE3"))).contains("Twilio could not transcribe this message");
            String asked = html(line, "/staff/messages?name-needed=" + id(office, "RE4"));
            assertThat(article(asked, id(office, "RE4"))).contains("class=\"error\"");
            assertThat(article(asked, id(office, "RE3"))).as("only next to the message the form was for")
                    .doesNotContain("class=\"error\"");
            assertThat(html(line, "/staff/messages?show=called-back&name-needed=" + id(office, "RE4")))
                    .as("no summary of a form not on the page").doesNotContain("id=\"problems\"");
            assertThat(html).contains("Message from an unknown number</h2>")
                    .contains("Message from anonymous</h2>").doesNotContain("tel:anonymous")
                    .contains("; 20 seconds, in Spanish</dd>").contains("; 20 seconds, in English</dd>")
                    .contains("Not transcribed: only English messages are. Please listen to it.")
                    .contains("Twilio could not transcribe this message: please listen to it.")
                    .contains("Not transcribed yet: the words usually arrive within a few minutes.")
                    .contains("<time datetime=\"2026-03-04T14:55:00Z\">Wednesday, March 4, 2026 at 9:55 AM</time>")
                    .contains("4 new messages wait for a call back; the oldest since Wednesday, March 4, 2026 at 9:55 AM.");
        }
    }

    @Test
    void afterEachFormThePageSaysWhatWasDoneAndARefreshingPageSeesTheMessageChanged() throws Exception {
        Office office = TestLine.office(TestLine.OPEN);
        message(office, "RE1", "+12125550147", "en", 10, "Please call me");
        long id = id(office, "RE1");
        try (TestLine line = TestLine.start(office)) {
            String before = html(line, "/staff/messages");
            assertThat(before).contains("1 new message waits for a call back, since Wednesday, March 4, 2026 at 9:50 AM.")
                    .contains("<title>(1 new) Messages");
            String token = token(before);
            String version = version(before, id);

            HttpResponse<String> marked = post(line, "/staff/messages/" + id + "/called-back",
                    "token=" + token + "&name=Ana+L&show=all&q=&page=1", line.baseUrl());
            assertThat(marked.headers().firstValue("Location")).hasValue("/staff/messages?called-back=" + id);
            String after = html(line, "/staff/messages?called-back=" + id);
            assertThat(after).contains("Marked the message from +12125550147 as called back by Ana L.")
                    .contains("<form method=\"post\" action=\"/staff/messages/" + id + "/new\">")
                    .contains("No message waits for a call back.").contains("<title>Messages for the front desk");
            assertThat(version(after, id)).as("a refreshing page sees the change").isNotEqualTo(version);

            post(line, "/staff/messages/" + id + "/new", "token=" + token + "&page=2", line.baseUrl());
            assertThat(html(line, "/staff/messages?undone=" + id))
                    .contains("The message from +12125550147 is new again: not called back.");
            assertThat(html(line, "/staff/messages?undone=" + id + "&called-back=x&name-needed=y"))
                    .as("only ids are read back").doesNotContain("class=\"error\"");

            String noted = html(line, "/staff/messages?noted=" + id);
            assertThat(noted).contains("Saved the notes on the message from +12125550147.").contains("Add a note");
            assertThat(html(line, "/staff/messages?noted=424242")).doesNotContain("id=\"notice\"");
            assertThat(html(line, "/staff/messages?page=1&show=new")).contains("+12125550147").doesNotContain("id=\"notice\"");
        }
    }

    /** What the page says of one message. */
    static String article(String html, long id) {
        int start = html.indexOf("id=\"message-" + id + "\"");
        assertThat(start).as("message " + id).isNotNegative();
        return html.substring(start, html.indexOf("</article>", start));
    }

    static String version(String html, long id) {
        Matcher m = VERSION.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(String.valueOf(id))) {
                return m.group(2);
            }
        }
        throw new AssertionError("no message " + id + " on the page");
    }

    @Test
    void theNameStaffCalledBackUnderIsFilledInOnTheirNextVisitAndSentOnlyOverHttpsBehindAProxy() throws Exception {
        Office office = TestLine.office(TestLine.OPEN);
        message(office, "RE1", "+12125550147", "en", 10, "Hi");
        message(office, "RE2", "+12125550148", "en", 9, "Hi");
        try (TestLine line = TestLine.start(office)) {
            String token = token(html(line, "/staff/messages"));
            HttpResponse<String> marked = StaffRequests.HTTP.send(HttpRequest.newBuilder(URI.create(line.baseUrl()
                            + "/staff/messages/" + id(office, "RE1") + "/called-back"))
                    .header("Authorization", StaffRequests.basic("staff", TestLine.STAFF_PASSWORD))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://ivr.example.com")
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "ivr.example.com")
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&name=Ana+López")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(marked.statusCode()).isEqualTo(303);
            assertThat(marked.headers().firstValue("Set-Cookie").orElseThrow()).contains("staff-name=Ana+L%C3%B3pez")
                    .contains("Max-Age=7776000").contains("Secure");

            HttpResponse<String> next = StaffRequests.HTTP.send(HttpRequest.newBuilder(URI.create(line.baseUrl()
                            + "/staff/messages"))
                    .header("Authorization", StaffRequests.basic("staff", TestLine.STAFF_PASSWORD))
                    .header("Cookie", "other=1; staff-name=Ana+L%C3%B3pez").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(next.body()).contains("name=\"name\" value=\"Ana López\"");
            assertThat(html(line, "/staff/messages")).as("a browser without the cookie").contains("name=\"name\" value=\"\"");
        }
    }

    @Test
    void aScriptMarksAndNotesWithJsonAndHearsBackTheMessage() throws Exception {
        Office office = TestLine.office(TestLine.OPEN);
        message(office, "RE1", "+12125550147", "en", 10, "Hi");
        long id = id(office, "RE1");
        try (TestLine line = TestLine.start(office)) {
            String token = token(html(line, "/staff/messages"));
            JsonNode marked = json(postJson(line, "/staff/messages/" + id + "/called-back", "token=" + token + "&name=+AL+"));
            assertThat(marked.get("status").asText()).isEqualTo("called-back");
            assertThat(marked.get("calledBackBy").asText()).isEqualTo("AL");
            assertThat(marked.get("calledBackAt").asText()).isEqualTo("2026-03-04T15:00:00Z");

            JsonNode noted = json(postJson(line, "/staff/messages/" + id + "/notes", "token=" + token + "&notes=Voicemail"));
            assertThat(noted.get("notes").asText()).isEqualTo("Voicemail");
            JsonNode undone = json(postJson(line, "/staff/messages/" + id + "/new", "token=" + token));
            assertThat(undone.get("status").asText()).isEqualTo("new");
            assertThat(undone.get("notes").asText()).isEqualTo("Voicemail");

            JsonNode nameless = json(postJson(line, "/staff/messages/" + id + "/called-back", "token=" + token));
            assertThat(nameless.get("status").asText()).as("a script may mark without a name").isEqualTo("called-back");
            assertThat(postJson(line, "/staff/messages/99999/notes", "token=" + token).statusCode()).isEqualTo(404);
        }
    }

    static HttpResponse<String> postJson(TestLine line, String path, String body) throws Exception {
        return StaffRequests.HTTP.send(HttpRequest.newBuilder(URI.create(line.baseUrl() + path))
                .header("Authorization", StaffRequests.basic("staff", TestLine.STAFF_PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", line.baseUrl())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void addressesThatNameNoMessageOrNoActionAreNotFound() throws Exception {
        Office office = TestLine.office(TestLine.OPEN);
        message(office, "RE1", "+12125550147", "en", 10, "Hi");
        long id = id(office, "RE1");
        try (TestLine line = TestLine.start(office)) {
            String token = token(html(line, "/staff/messages"));
            for (String path : new String[] {"/staff/messages/" + id, "/staff/messages/" + id + "/audio/x",
                    "/staff/messages/99999/audio", "/staff/messages/abc/audio"}) {
                assertThat(get(line, path, TestLine.STAFF_PASSWORD, null).statusCode()).as(path).isEqualTo(404);
            }
            for (String path : new String[] {"/staff/messages", "/staff/messages/" + id + "/delete",
                    "/staff/messages/abc/called-back"}) {
                assertThat(post(line, path, "token=" + token + "&name=AL", line.baseUrl()).statusCode()).as(path)
                        .isEqualTo(404);
            }
            assertThat(office.messages().find(id).orElseThrow().status()).isEqualTo(Message.Status.NEW);
            HttpResponse<String> json = get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "application/json, text/html");
            assertThat(json.headers().firstValue("Content-Type").orElse("")).as("a browser asking for both gets the page")
                    .startsWith("text/html");
            assertThat(json.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(json.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(json.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(json.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'none'").contains("frame-ancestors 'none'");
        }
    }
}
