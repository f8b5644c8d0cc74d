package clinic.ivr.staff;

import static clinic.ivr.StaffRequests.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.line.Office;
import clinic.ivr.store.MessageStore;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which posted forms the staff pages act on: only a form from one of this site's own pages (its Origin,
 * or lacking one its Referer, behind PUBLIC_BASE_URL too), form-encoded, within its size; and a page that
 * fails answers a plain 503.
 */
class StaffFormsTest {

    /** Marks the office's one message called back with these headers; the status the line answered. */
    static int markCalledBack(TestLine line, Office office, String contentType, String body, Map<String, String> headers)
            throws Exception {
        long id = office.messages().list().get(0).id();
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(line.baseUrl() + "/staff/messages/" + id + "/called-back"))
                .header("Authorization", StaffRequests.basic("staff", TestLine.STAFF_PASSWORD))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(r::header);
        return StaffRequests.HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static String token(TestLine line) throws Exception {
        return StaffRequests.token(get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "text/html").body());
    }

    static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void withoutAnOriginTheRefererMustBeAPageOfThisSite() throws Exception {
        Office office = StaffPagesTest.withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.start(office)) {
            String body = "token=" + token(line) + "&name=AL";
            assertThat(markCalledBack(line, office, FORM, body, Map.of("Referer", "https://evil.example/staff/messages")))
                    .isEqualTo(403);
            assertThat(markCalledBack(line, office, FORM, body, Map.of("Referer", "not a url at all")))
                    .isEqualTo(403);
            assertThat(markCalledBack(line, office, FORM, body, Map.of("Origin", " ", "Referer", "/staff/messages")))
                    .as("a relative Referer names no site").isEqualTo(403);
            assertThat(markCalledBack(line, office, FORM, body, Map.of("Origin", "null"))).isEqualTo(403);
            assertThat(office.messages().list().get(0).status()).isEqualTo(Message.Status.NEW);
            assertThat(markCalledBack(line, office, FORM, body, Map.of("Referer", line.baseUrl()
                    + "/staff/messages?show=new"))).isEqualTo(303);
            assertThat(office.messages().list().get(0).status()).isEqualTo(Message.Status.CALLED_BACK);
        }
    }

    @Test
    void behindPublicBaseUrlOnlyThatOriginIsOursWhateverItsCaseOrDefaultPort() throws Exception {
        Office office = StaffPagesTest.withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.with().office(office).publicBaseUrl("https://ivr.example.com").start()) {
            String body = "token=" + token(line) + "&name=AL";
            assertThat(markCalledBack(line, office, FORM, body, Map.of("Origin", line.baseUrl())))
                    .as("the address behind the proxy is not the site").isEqualTo(403);
            assertThat(markCalledBack(line, office, FORM, body, Map.of("Origin", "http://ivr.example.com")))
                    .as("another scheme").isEqualTo(403);
            assertThat(markCalledBack(line, office, FORM, body, Map.of("Origin", "https://ivr.example.com:8443")))
                    .as("another port").isEqualTo(403);
            assertThat(markCalledBack(line, office, FORM, body, Map.of("Origin", "https://IVR.Example.com:443")))
                    .isEqualTo(303);
        }
        try (TestLine line = TestLine.with().office(office).publicBaseUrl("http://ivr.example.com:80/").start()) {
            long id = office.messages().list().get(0).id();
            office.messages().markNew(id);
            assertThat(markCalledBack(line, office, FORM, "token=" + token(line) + "&name=AL",
                    Map.of("Origin", "http://ivr.example.com"))).isEqualTo(303);
        }
    }

    /**
     * Staff who open the pages at another address than PUBLIC_BASE_URL (the host's own name) and send a form get a
     * page that says nothing was saved and where the staff pages are, not a bare 403; other clients the plain status.
     */
    @Test
    void aRefusedFormTellsStaffNothingWasSavedAndWhereTheStaffPagesAre() throws Exception {
        Office office = StaffPagesTest.withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.with().office(office).publicBaseUrl("https://ivr.example.com/").start()) {
            long id = office.messages().list().get(0).id();
            HttpRequest.Builder browser = HttpRequest.newBuilder(URI.create(line.baseUrl() + "/staff/messages/" + id
                            + "/called-back"))
                    .header("Authorization", StaffRequests.basic("staff", TestLine.STAFF_PASSWORD))
                    .header("Content-Type", FORM).header("Origin", line.baseUrl()).header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + token(line) + "&name=AL"));
            HttpResponse<String> page = StaffRequests.HTTP.send(browser.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).contains("<title>Not saved", "<h1>Nothing was saved</h1>",
                    "<a href=\"https://ivr.example.com/staff\">https://ivr.example.com/staff</a>", "Back button");
            assertThat(office.messages().list().get(0).status()).isEqualTo(Message.Status.NEW);
            assertThat(markCalledBack(line, office, FORM, "token=x&name=AL", Map.of("Origin", "https://ivr.example.com")))
                    .as("a client that takes no page gets the plain status").isEqualTo(403);
        }
    }

    @Test
    void onlyAFormEncodedBodyWithinItsSizeIsRead() throws Exception {
        Office office = StaffPagesTest.withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.start(office)) {
            String token = token(line);
            Map<String, String> ours = Map.of("Origin", line.baseUrl());
            assertThat(markCalledBack(line, office, "text/plain", "token=" + token + "&name=AL", ours)).isEqualTo(403);
            assertThat(markCalledBack(line, office, FORM, "token=" + token + "&name=AL&notes=" + "x".repeat(17 * 1024), ours))
                    .isEqualTo(403);
            assertThat(markCalledBack(line, office, FORM, "token=" + token + "&name=%ZZ", ours)).isEqualTo(403);
            assertThat(office.messages().list().get(0).status()).isEqualTo(Message.Status.NEW);
            assertThat(markCalledBack(line, office, FORM + "; charset=UTF-8", "token=" + token + "&name=AL", ours))
                    .isEqualTo(303);
        }
    }

    @Test
    void aPageWhoseStoreFailsAnswersAPlain503AndShowsNothing() throws Exception {
        MessageStore failing = mock(MessageStore.class, invocation -> {
            throw new IllegalStateException("the database is down");
        });
        Office office = new Office(Clock.fixed(TestLine.OPEN, ZoneOffset.UTC), failing, TextMessages.NONE);
        try (TestLine line = TestLine.start(office)) {
            for (String page : new String[] {"/staff/messages", "/staff", "/staff/export/messages.csv?from=2026-03-01&to=2026-03-04"}) {
                HttpResponse<String> r = get(line, page, TestLine.STAFF_PASSWORD, "text/html");
                assertThat(r.statusCode()).as(page).isEqualTo(503);
                assertThat(r.body()).as(page).doesNotContain("database is down");
                assertThat(r.headers().firstValue("Cache-Control")).as(page).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
            }
        }
    }
}
