package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.flow.Routes;
import clinic.ivr.line.Office;
import clinic.ivr.store.Database;
import clinic.ivr.store.DurableMessages;
import clinic.ivr.store.Journal;
import clinic.ivr.store.SqlMessageStore;
import clinic.ivr.twiml.TwimlChecker;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** Calls to the real server over HTTP: the front desk open and closed, Dial outcomes, messages left. */
class FrontDeskCallTest {

    static final TwimlChecker CHECKER = new TwimlChecker(Routes.ACTIONS);

    @TempDir
    Path dataDir;

    static Twiml post(TestLine line, String path, Map<String, String> extra) throws Exception {
        HttpResponse<String> r = line.twilio().post(path, TwilioClient.withInput(extra));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(CHECKER.check(r.body())).as(r.body()).isEqualTo(List.of());
        return Twiml.parse(r.body());
    }

    static Map<String, String> recording(String sid, int seconds) {
        return Map.of("RecordingSid", sid, "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + sid,
                "RecordingDuration", String.valueOf(seconds));
    }

    /** The recording status callback: no From, the caller is in its URL. */
    static int recordingStatus(TestLine line, String callbackUrl, String sid, int seconds, String status) throws Exception {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        form.put("CallSid", TwilioClient.CALL_SID);
        form.put("RecordingSid", sid);
        form.put("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + sid);
        form.put("RecordingDuration", String.valueOf(seconds));
        form.put("RecordingStatus", status);
        form.put("RecordingChannels", "1");
        form.put("RecordingSource", "RecordVerb");
        return line.twilio().post(callbackUrl, form).statusCode();
    }

    static int transcription(TestLine line, String callbackUrl, String sid, String text) throws Exception {
        return line.twilio().post(callbackUrl, TwilioClient.withInput(Map.of("RecordingSid", sid,
                "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + sid,
                "TranscriptionSid", "TR" + sid, "TranscriptionText", text, "TranscriptionStatus", "completed",
                "TranscriptionUrl", "https://api.twilio.com/tr"))).statusCode();
    }

    static String attr(Twiml twiml, String tag, String attribute) {
        return twiml.all(tag).get(0).getAttribute(attribute);
    }

    @Test
    void whenOpenZeroRingsTheDeskAndTheStaffMemberHearsTheTopicAndAccepts() throws Exception {
        try (TestLine line = TestLine.start()) {
            Twiml faq = post(line, "/voice/menu?node=main&lang=en", Map.of("Digits", "3"));
            Twiml dial = post(line, faq.action(), Map.of("Digits", "0"));
            Element d = dial.all("Dial").get(0);
            assertThat(d.getAttribute("answerOnBridge")).isEqualTo("true");
            assertThat(d.getAttribute("callerId")).as("staff see the clinic's line").isEqualTo(TwilioClient.LINE_NUMBER);
            assertThat(d.getAttribute("timeout")).isEqualTo("20");
            Element number = dial.all("Number").get(0);
            assertThat(number.getTextContent().trim()).isEqualTo("+12125985913");

            Twiml whisper = post(line, number.getAttribute("url"), Map.of());
            assertThat(whisper.spoken()).isEqualTo("Phone line caller, asking about frequently asked questions. Press any key to accept.");
            assertThat(whisper.gather().getAttribute("numDigits")).isEqualTo("1");
            assertThat(whisper.has("Hangup")).as("no key: hang up, so a personal voicemail cannot take the call").isTrue();
            Twiml accepted = post(line, whisper.action(), Map.of("Digits", "1"));
            assertThat(accepted.root().getTagName()).isEqualTo("Response");
            assertThat(accepted.root().getChildNodes().getLength()).as("an empty answer puts the caller through").isZero();
        }
    }

    @Test
    void aSpanishCallerIsAnnouncedToStaffInEnglish() throws Exception {
        try (TestLine line = TestLine.start()) {
            Twiml whisper = post(line, "/voice/whisper?node=main&lang=es", Map.of());
            assertThat(whisper.spoken()).isEqualTo("Phone line caller, asking about general questions. Press any key to accept."
                    + " The caller speaks Spanish.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-answer", "busy", "failed"})
    void whenNoOneAnswersTheCallerHearsAnApologyAndCanLeaveAMessage(String status) throws Exception {
        try (TestLine line = TestLine.start()) {
            Twiml missed = post(line, "/voice/front-desk?node=faq&lang=en", Map.of("DialCallStatus", status));
            assertThat(missed.spoken()).as(missed.spoken()).startsWith("Sorry, no one at the front desk could answer.");
            assertThat(missed.spoken()).contains("To leave a message for the front desk, press 1.");
            assertThat(missed.spoken()).contains("To try the front desk again, press 0.");
            assertThat(post(line, missed.action(), Map.of("Digits", "0")).has("Dial")).isTrue();
            assertThat(post(line, missed.action(), Map.of("Digits", "1")).has("Record")).isTrue();
        }
    }

    @Test
    void aStaffVoicemailThatPickedUpDoesNotCountAsAnAnswer() throws Exception {
        try (TestLine line = TestLine.start()) {
            Twiml notBridged = post(line, "/voice/front-desk?node=main&lang=en",
                    Map.of("DialCallStatus", "completed", "DialBridged", "false"));
            assertThat(notBridged.spoken()).as(notBridged.spoken()).contains("To leave a message");
            Twiml talked = post(line, "/voice/front-desk?node=main&lang=en",
                    Map.of("DialCallStatus", "completed", "DialBridged", "true", "DialCallDuration", "95"));
            assertThat(talked.has("Hangup")).isTrue();
            assertThat(talked.spoken()).as(talked.spoken()).contains("Goodbye");
        }
    }

    @Test
    void closedOnSundayTheCallerLeavesAMessageThatIsStoredOnceWithItsTranscription() throws Exception {
        Office office = TestLine.office(TestLine.CLOSED);
        try (TestLine line = TestLine.start(office)) {
            Twiml closed = post(line, "/voice/menu?node=main&lang=en", Map.of("Digits", "0"));
            assertThat(closed.has("Dial")).as("never ring an empty desk").isFalse();
            assertThat(closed.spoken()).as(closed.spoken()).startsWith("Our front desk is closed right now. We are closed today."
                    + " We open again tomorrow at 8 AM.");
            assertThat(closed.spoken()).doesNotContain("try the front desk again");

            Twiml record = post(line, closed.action(), Map.of("Digits", "1"));
            assertThat(record.spoken()).contains("say your name, your phone number, and the best time to call you back");
            Element r = record.all("Record").get(0);
            assertThat(r.getAttribute("playBeep")).isEqualTo("true");
            assertThat(r.getAttribute("transcribe")).isEqualTo("true");
            assertThat(r.getAttribute("maxLength")).isEqualTo("120");

            String status = r.getAttribute("recordingStatusCallback");
            for (int i = 0; i < 3; i++) { // Twilio retries
                assertThat(recordingStatus(line, status, "RE100", 21, "completed")).isEqualTo(204);
            }
            Twiml thanks = post(line, r.getAttribute("action"), recording("RE100", 21));
            assertThat(thanks.spoken()).as(thanks.spoken()).contains("Thank you. Your message is saved for the front desk."
                    + " We will call you back tomorrow.");
            assertThat(thanks.has("Hangup")).isTrue();
            assertThat(office.messages().list()).hasSize(1);

            assertThat(transcription(line, r.getAttribute("transcribeCallback"), "RE100",
                    "Hi, this is Ana Lopez, 212 555 0147, mornings are best.")).isEqualTo(204);
            List<Message> messages = office.messages().list();
            assertThat(messages).hasSize(1);
            Message m = messages.get(0);
            assertThat(m.caller()).isEqualTo(TwilioClient.CALLER);
            assertThat(m.seconds()).isEqualTo(21);
            assertThat(m.transcription()).isEqualTo("Hi, this is Ana Lopez, 212 555 0147, mornings are best.");
            assertThat(m.receivedAt()).isEqualTo(TestLine.CLOSED);
        }
    }

    @Test
    void aCallerWhoHangsUpAfterSpeakingStillLeavesTheMessage() throws Exception {
        Office office = TestLine.office(TestLine.CLOSED);
        try (TestLine line = TestLine.start(office)) {
            Twiml record = post(line, "/voice/desk?node=faq&lang=es", Map.of("Digits", "1"));
            Element r = record.all("Record").get(0);
            assertThat(r.hasAttribute("transcribe")).as("Twilio transcribes English only").isFalse();
            // the caller hung up: only the recording status callback comes
            assertThat(recordingStatus(line, r.getAttribute("recordingStatusCallback"), "RE200", 9, "completed")).isEqualTo(204);
            Message m = office.messages().list().get(0);
            assertThat(m.caller()).as("the caller's number travels in the callback's URL").isEqualTo(TwilioClient.CALLER);
            assertThat(m.language()).isEqualTo("es");
            assertThat(m.topic()).isEqualTo("faq");
        }
    }

    @Test
    void silenceIsNotStoredAndTheCallerIsOfferedToTryAgain() throws Exception {
        Office office = TestLine.office(TestLine.CLOSED);
        try (TestLine line = TestLine.start(office)) {
            Twiml record = post(line, "/voice/desk?node=main&lang=en", Map.of("Digits", "1"));
            Element r = record.all("Record").get(0);
            assertThat(recordingStatus(line, r.getAttribute("recordingStatusCallback"), "RE300", 0, "completed")).isEqualTo(204);
            assertThat(recordingStatus(line, r.getAttribute("recordingStatusCallback"), "RE301", 12, "absent")).isEqualTo(204);
            // nothing recorded: Twilio skips the action and follows the Redirect
            Twiml again = post(line, record.redirect(), Map.of());
            assertThat(again.spoken()).as(again.spoken()).startsWith("Sorry, I did not hear a message.");
            assertThat(again.spoken()).contains("press 1");
            Twiml tooShort = post(line, r.getAttribute("action"), recording("RE302", 1));
            assertThat(tooShort.spoken()).startsWith("Sorry, I did not hear a message.");
            assertThat(office.messages().list()).isEqualTo(List.of());
        }
    }

    @Test
    void callbacksWithoutTwiliosSignatureAreRefused() throws Exception {
        Office office = TestLine.office(TestLine.CLOSED);
        try (TestLine line = TestLine.start(office)) {
            Map<String, String> form = TwilioClient.withInput(recording("RE400", 30));
            assertThat(line.twilio().send(line.baseUrl() + "/voice/recording?node=main&lang=en&caller=%2B1",
                    form, null).statusCode()).isEqualTo(403);
            assertThat(line.twilio().send(line.baseUrl() + "/voice/transcription?node=main&lang=en",
                    form, "bm90IGEgc2lnbmF0dXJl").statusCode()).isEqualTo(403);
            assertThat(office.messages().list()).isEqualTo(List.of());
        }
    }

    @Test
    void messagesSurviveARestartOfTheServer() throws Exception {
        Clock sunday = Clock.fixed(TestLine.CLOSED, ZoneOffset.UTC);
        DurableMessages first = new DurableMessages(new SqlMessageStore(Database.embedded(dataDir)), new Journal(dataDir));
        try (TestLine line = TestLine.start(new Office(sunday, first, TextMessages.NONE))) {
            Twiml record = post(line, "/voice/desk?node=main&lang=en", Map.of("Digits", "1"));
            post(line, record.all("Record").get(0).getAttribute("action"), recording("RE500", 33));
        }
        first.close();

        DurableMessages second = new DurableMessages(new SqlMessageStore(Database.embedded(dataDir)), new Journal(dataDir));
        try (TestLine line = TestLine.start(new Office(sunday, second, TextMessages.NONE))) {
            HttpResponse<String> list = StaffRequests.get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "application/json");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).as(list.body()).contains("\"recordingSid\":\"RE500\"");
        } finally {
            second.close();
        }
    }
}
