package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.Caller;
import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import clinic.ivr.Twiml;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.Recording;
import clinic.ivr.line.Office;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spreadsheets staff download: the messages and the calls of a range of the clinic's days. */
class ExportTest {

    /** 9:50 AM, Wednesday March 4 in New York. */
    static final Instant WEDNESDAY = Instant.parse("2026-03-04T14:50:00Z");

    static void message(Office office, String sid, String caller, Instant at, String words) {
        office.messages().record(Message.recorded(new Recording(sid, "https://api.twilio.com/r/" + sid, 31, "completed"),
                "CA" + sid, caller, "en", "faq-start", at));
        office.messages().record(Message.transcribed(sid, "CA" + sid, null, null, words, "completed", at));
    }

    @Test
    void messagesOfTheDaysAskedForInTheClinicsTimeWithNumbersStaffCanDialAndNoFormulas() throws Exception {
        Office office = TestLine.office(TestLine.OPEN);
        message(office, "RE1", "+12125550147", WEDNESDAY, "=HYPERLINK(\"http://evil.example\",\"Call me\")");
        message(office, "RE2", "+447700900123", WEDNESDAY.plus(Duration.ofHours(10)), "Hola, llámenme, por favor");
        message(office, "RE3", "+13105550199", WEDNESDAY.minus(Duration.ofDays(1)), "Yesterday's");
        long id = office.messages().list().stream().filter(m -> m.recordingSid().equals("RE1")).findFirst().orElseThrow().id();
        office.messages().markCalledBack(id, WEDNESDAY.plus(Duration.ofHours(1)), "+AL");
        office.messages().note(id, "-left a voicemail");
        try (TestLine line = TestLine.start(office)) {
            HttpResponse<String> r = StaffRequests.get(line, "/staff/export/messages.csv?from=2026-03-04&to=2026-03-04",
                    TestLine.STAFF_PASSWORD, null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(r.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"messages-2026-03-04-to-2026-03-04.csv\"");
            List<String> lines = List.of(r.body().split("\r\n"));
            assertThat(lines.get(0)).isEqualTo("\uFEFFReceived,Caller,Status,Called back,Called back by,Was listening to,"
                    + "Language,Seconds,Transcription,Notes,Message");
            assertThat(lines).hasSize(3);
            assertThat(lines.get(1)).isEqualTo("2026-03-04 09:50,212-555-0147,called back,2026-03-04 10:50,'+AL,"
                    + "How to get started,en,31,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Call me\"\")\",'-left a voicemail,"
                    + id);
            assertThat(lines.get(2)).as("7:50 PM is still Wednesday in New York, Thursday in UTC")
                    .startsWith("2026-03-04 19:50,'+447700900123,new,").contains("\"Hola, llámenme, por favor\"");
        }
    }

    @Test
    void callsOfTheDaysWithHowTheyEndedAndWhatTheCallerHeardInPlainWords() throws Exception {
        Office office = TestLine.office(WEDNESDAY);
        try (RecordedLine recorded = new RecordedLine(office)) {
            TestLine line = recorded.line;
            Caller ana = new Caller(line.twilio(), "CA1", "+12125550147");
            ana.press(ana.press(ana.calls(), "3"), "2");
            ana.hangsUp(70);
            recorded.written();
            HttpResponse<String> csv = StaffRequests.get(line, "/staff/export/calls.csv?from=2026-03-04&to=2026-03-05",
                    TestLine.STAFF_PASSWORD, null);
            List<String> lines = List.of(csv.body().split("\r\n"));
            assertThat(lines.get(0)).isEqualTo("\uFEFFStarted,Ended,Seconds,Language,Slower speech,Caller,How it ended,"
                    + "Where,Heard,Call");
            assertThat(lines.get(1)).isEqualTo("2026-03-04 09:50,2026-03-04 09:50,70,en,no,'+1******0147,"
                    + "Listened to an answer and hung up,Whether it hurts,General questions > Common questions > Whether it hurts,CA1");
            assertThat(csv.body()).doesNotContain("2125550147");
        }
    }

    @Test
    void eachStepOfACallToTheFrontDeskIsNamedOnceInPlainWords() throws Exception {
        Office office = TestLine.office(WEDNESDAY);
        try (RecordedLine recorded = new RecordedLine(office)) {
            TestLine line = recorded.line;
            Caller ana = new Caller(line.twilio(), "CA1", "+12125550147");
            ana.desk(ana.press(ana.calls(), "0"), true);
            ana.hangsUp(90);
            Caller ben = new Caller(line.twilio(), "CA2", "+12125550148");
            Twiml offer = ben.desk(ben.press(ben.calls(), "0"), false);
            ben.leavesMessage(ben.press(offer, "1"), "RE2", 12);
            ben.hangsUp(80);
            Caller cy = new Caller(line.twilio(), "CA3", "+12125550149");
            Twiml main = cy.calls();
            cy.says(main, "how much does a session cost");
            cy.says(main, "where is the clinic");
            cy.hangsUp(40);
            recorded.written();
            String csv = StaffRequests.get(line, "/staff/export/calls.csv?from=2026-03-04&to=2026-03-04",
                    TestLine.STAFF_PASSWORD, null).body();
            List<String> lines = List.of(csv.split("\r\n"));
            assertThat(lines).hasSize(4);
            assertThat(lines.get(1)).isEqualTo("2026-03-04 09:50,2026-03-04 09:50,90,en,no,'+1******0147,Reached the front"
                    + " desk,General questions,General questions > the front desk rang > goodbye,CA1");
            assertThat(lines.get(2)).isEqualTo("2026-03-04 09:50,2026-03-04 09:50,80,en,no,'+1******0148,Left a message,"
                    + "General questions,General questions > the front desk rang > the offer to leave a message > recording a"
                    + " message > message left,CA2");
            assertThat(lines.get(3)).as("the questions only the desk answers, in the words of the menu")
                    .isEqualTo("2026-03-04 09:50,2026-03-04 09:50,40,en,no,'+1******0149,Hung up in a menu,General questions,"
                    + "\"General questions > a question for the front desk (costs, insurance, appointments) > how to get to the"
                    + " clinic\",CA3");
        }
    }

    @Test
    void aRangeThatIsNoRangeGetsAnAnswerInPlainWords() throws Exception {
        try (TestLine line = TestLine.start()) {
            for (String query : List.of("", "?from=2026-03-04", "?from=yesterday&to=today", "?from=2026-03-05&to=2026-03-04",
                    "?from=2024-01-01&to=2026-03-04")) {
                HttpResponse<String> r = StaffRequests.get(line, "/staff/export/calls.csv" + query, TestLine.STAFF_PASSWORD, null);
                assertThat(r.statusCode()).as(query).isEqualTo(400);
                assertThat(r.body()).startsWith("Please give the first and the last day as dates");
            }
            assertThat(StaffRequests.get(line, "/staff/export/calls.csv?from=2026-03-04&to=2026-03-04", null, null)
                    .statusCode()).as("behind the staff password").isEqualTo(401);
            assertThat(StaffRequests.get(line, "/staff/export/other.csv?from=2026-03-04&to=2026-03-04",
                    TestLine.STAFF_PASSWORD, null).statusCode()).isEqualTo(404);
        }
    }
}
