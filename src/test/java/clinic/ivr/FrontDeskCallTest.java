package clinic.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.line.Office;
import clinic.ivr.store.Database;
import clinic.ivr.store.DurableMessages;
import clinic.ivr.store.Journal;
import clinic.ivr.store.SqlMessageStore;
import clinic.ivr.twiml.TwimlChecker;
import clinic.ivr.flow.Routes;
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
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of(), CHECKER.check(r.body()), r.body());
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
            assertEquals("true", d.getAttribute("answerOnBridge"));
            assertEquals(TwilioClient.LINE_NUMBER, d.getAttribute("callerId"), "staff see the clinic's line");
            assertEquals("20", d.getAttribute("timeout"));
            Element number = dial.all("Number").get(0);
            assertEquals("+12125985913", number.getTextContent().trim());

            Twiml whisper = post(line, number.getAttribute("url"), Map.of());
            assertEquals("Phone line caller, asking about frequently asked questions. Press any key to accept.",
                    whisper.spoken());
            assertEquals("1", whisper.gather().getAttribute("numDigits"));
            assertTrue(whisper.has("Hangup"), "no key: hang up, so a personal voicemail cannot take the call");
            Twiml accepted = post(line, whisper.action(), Map.of("Digits", "1"));
            assertEquals("Response", accepted.root().getTagName());
            assertEquals(0, accepted.root().getChildNodes().getLength(), "an empty answer puts the caller through");
        }
    }

    @Test
    void aSpanishCallerIsAnnouncedToStaffInEnglish() throws Exception {
        try (TestLine line = TestLine.start()) {
            Twiml whisper = post(line, "/voice/whisper?node=main&lang=es", Map.of());
            assertEquals("Phone line caller, asking about general questions. Press any key to accept."
                    + " The caller speaks Spanish.", whisper.spoken());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-answer", "busy", "failed"})
    void whenNoOneAnswersTheCallerHearsAnApologyAndCanLeaveAMessage(String status) throws Exception {
        try (TestLine line = TestLine.start()) {
            Twiml missed = post(line, "/voice/front-desk?node=faq&lang=en", Map.of("DialCallStatus", status));
            assertTrue(missed.spoken().startsWith("Sorry, no one at the front desk could answer."), missed.spoken());
            assertTrue(missed.spoken().contains("To leave a message for the front desk, press 1."));
            assertTrue(missed.spoken().contains("To try the front desk again, press 0."));
            assertTrue(post(line, missed.action(), Map.of("Digits", "0")).has("Dial"));
            assertTrue(post(line, missed.action(), Map.of("Digits", "1")).has("Record"));
        }
    }

    @Test
    void aStaffVoicemailThatPickedUpDoesNotCountAsAnAnswer() throws Exception {
        try (TestLine line = TestLine.start()) {
            Twiml notBridged = post(line, "/voice/front-desk?node=main&lang=en",
                    Map.of("DialCallStatus", "completed", "DialBridged", "false"));
            assertTrue(notBridged.spoken().contains("To leave a message"), notBridged.spoken());
            Twiml talked = post(line, "/voice/front-desk?node=main&lang=en",
                    Map.of("DialCallStatus", "completed", "DialBridged", "true", "DialCallDuration", "95"));
            assertTrue(talked.has("Hangup"));
            assertTrue(talked.spoken().contains("Goodbye"), talked.spoken());
        }
    }

    @Test
    void closedOnSundayTheCallerLeavesAMessageThatIsStoredOnceWithItsTranscription() throws Exception {
        Office office = TestLine.office(TestLine.CLOSED);
        try (TestLine line = TestLine.start(office)) {
            Twiml closed = post(line, "/voice/menu?node=main&lang=en", Map.of("Digits", "0"));
            assertFalse(closed.has("Dial"), "never ring an empty desk");
            assertTrue(closed.spoken().startsWith("Our front desk is closed right now. We are closed today."
                    + " We open again tomorrow at 8 AM."), closed.spoken());
            assertFalse(closed.spoken().contains("try the front desk again"));

            Twiml record = post(line, closed.action(), Map.of("Digits", "1"));
            assertTrue(record.spoken().contains("say your name, your phone number, and the best time to call you back"));
            Element r = record.all("Record").get(0);
            assertEquals("true", r.getAttribute("playBeep"));
            assertEquals("true", r.getAttribute("transcribe"));
            assertEquals("120", r.getAttribute("maxLength"));

            String status = r.getAttribute("recordingStatusCallback");
            for (int i = 0; i < 3; i++) { // Twilio retries
                assertEquals(204, recordingStatus(line, status, "RE100", 21, "completed"));
            }
            Twiml thanks = post(line, r.getAttribute("action"), recording("RE100", 21));
            assertTrue(thanks.spoken().contains("Thank you. Your message is saved for the front desk."
                    + " We will call you back tomorrow."), thanks.spoken());
            assertTrue(thanks.has("Hangup"));
            assertEquals(1, office.messages().list().size());

            assertEquals(204, transcription(line, r.getAttribute("transcribeCallback"), "RE100",
                    "Hi, this is Ana Lopez, 212 555 0147, mornings are best."));
            List<Message> messages = office.messages().list();
            assertEquals(1, messages.size());
            Message m = messages.get(0);
            assertEquals(TwilioClient.CALLER, m.caller());
            assertEquals(21, m.seconds());
            assertEquals("Hi, this is Ana Lopez, 212 555 0147, mornings are best.", m.transcription());
            assertEquals(TestLine.CLOSED, m.receivedAt());
        }
    }

    @Test
    void aCallerWhoHangsUpAfterSpeakingStillLeavesTheMessage() throws Exception {
        Office office = TestLine.office(TestLine.CLOSED);
        try (TestLine line = TestLine.start(office)) {
            Twiml record = post(line, "/voice/desk?node=faq&lang=es", Map.of("Digits", "1"));
            Element r = record.all("Record").get(0);
            assertFalse(r.hasAttribute("transcribe"), "Twilio transcribes English only");
            // the caller hung up: only the recording status callback comes
            assertEquals(204, recordingStatus(line, r.getAttribute("recordingStatusCallback"), "RE200", 9, "completed"));
            Message m = office.messages().list().get(0);
            assertEquals(TwilioClient.CALLER, m.caller(), "the caller's number travels in the callback's URL");
            assertEquals("es", m.language());
            assertEquals("faq", m.topic());
        }
    }

    @Test
    void silenceIsNotStoredAndTheCallerIsOfferedToTryAgain() throws Exception {
        Office office = TestLine.office(TestLine.CLOSED);
        try (TestLine line = TestLine.start(office)) {
            Twiml record = post(line, "/voice/desk?node=main&lang=en", Map.of("Digits", "1"));
            Element r = record.all("Record").get(0);
            assertEquals(204, recordingStatus(line, r.getAttribute("recordingStatusCallback"), "RE300", 0, "completed"));
            assertEquals(204, recordingStatus(line, r.getAttribute("recordingStatusCallback"), "RE301", 12, "absent"));
            // nothing recorded: Twilio skips the action and follows the Redirect
            Twiml again = post(line, record.redirect(), Map.of());
            assertTrue(again.spoken().startsWith("Sorry, I did not hear a message."), again.spoken());
            assertTrue(again.spoken().contains("press 1"));
            Twiml tooShort = post(line, r.getAttribute("action"), recording("RE302", 1));
            assertTrue(tooShort.spoken().startsWith("Sorry, I did not hear a message."));
            assertEquals(List.of(), office.messages().list());
        }
    }

    @Test
    void callbacksWithoutTwiliosSignatureAreRefused() throws Exception {
        Office office = TestLine.office(TestLine.CLOSED);
        try (TestLine line = TestLine.start(office)) {
            Map<String, String> form = TwilioClient.withInput(recording("RE400", 30));
            assertEquals(403, line.twilio().send(line.baseUrl() + "/voice/recording?node=main&lang=en&caller=%2B1",
                    form, null).statusCode());
            assertEquals(403, line.twilio().send(line.baseUrl() + "/voice/transcription?node=main&lang=en",
                    form, "bm90IGEgc2lnbmF0dXJl").statusCode());
            assertEquals(List.of(), office.messages().list());
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
            HttpResponse<String> list = StaffPagesTest.get(line, "/staff/messages", TestLine.STAFF_PASSWORD, "application/json");
            assertEquals(200, list.statusCode());
            assertTrue(list.body().contains("\"recordingSid\":\"RE500\""), list.body());
        } finally {
            second.close();
        }
    }
}
