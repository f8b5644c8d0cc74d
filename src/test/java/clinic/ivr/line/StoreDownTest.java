package clinic.ivr.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import clinic.ivr.OnTheLine;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.flow.Routes;
import clinic.ivr.store.DurableMessages;
import clinic.ivr.store.Journal;
import clinic.ivr.store.MessageStore;
import clinic.ivr.store.StoreException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The message store down (its database gone): callers still hear every answer, never a 5xx; a
 * message goes to the journal, and when even that fails the caller hears the truth and Twilio a 503.
 */
class StoreDownTest {

    private static MessageStore down() {
        MessageStore store = mock(MessageStore.class);
        StoreException gone = new StoreException("the database is not answering", new SQLException("Connection refused"));
        doThrow(gone).when(store).record(any());
        when(store.list()).thenThrow(gone);
        when(store.find(any(Long.class))).thenThrow(gone);
        when(store.markCalledBack(any(Long.class), any(), any())).thenThrow(gone);
        return store;
    }

    @Test
    void aCallerLeavesAMessageWhileTheStoreIsDownAndItIsKeptInTheJournal(@TempDir Path data) throws Exception {
        DurableMessages messages = new DurableMessages(down(), new Journal(data));
        Office office = new Office(Clock.fixed(TestLine.CLOSED, ZoneOffset.UTC), messages, TextMessages.NONE);
        try (TestLine line = TestLine.start(office)) {
            Twiml record = toTheBeep(line.twilio());
            Twiml thanks = answer(line.twilio().post(record.all("Record").get(0).getAttribute("action"),
                    recording("RE200")), true);

            assertThat(thanks.spoken()).as(thanks::spoken).contains("Thank you. Your message is saved");
            assertThat(line.twilio().post(record.all("Record").get(0).getAttribute("recordingStatusCallback"),
                    recording("RE200")).statusCode()).as("kept in the journal on disk: Twilio need not send it again").isEqualTo(204);
            assertThat(messages.waiting()).as("what each callback knew, merged by RecordingSid once stored").isEqualTo(2);
        }
    }

    @Test
    void whenTheMessageCannotBeKeptAtAllTheCallerHearsSoAndTwilioIsAskedToSendItAgain(@TempDir Path data)
            throws Exception {
        Path notAFolder = data.resolve("full");
        Files.writeString(notAFolder, "a journal cannot be written under a file, as on a full or read-only disk");
        Office office = new Office(Clock.fixed(TestLine.CLOSED, ZoneOffset.UTC),
                new DurableMessages(down(), new Journal(notAFolder)), TextMessages.NONE);
        try (TestLine line = TestLine.start(office)) {
            Twiml record = toTheBeep(line.twilio());
            Element verb = record.all("Record").get(0);
            Twiml sorry = answer(line.twilio().post(verb.getAttribute("action"), recording("RE201")), false);

            assertThat(sorry.spoken()).as(sorry::spoken).startsWith("I am sorry, I could not save your message.");
            assertThat(sorry.spoken()).as(sorry::spoken).doesNotContain("saved for the front desk");
            assertThat(sorry.spoken()).as(sorry::spoken).contains("To leave a message for the front desk, press 1.");
            Twiml again = answer(line.twilio().post(sorry.action(), TwilioClient.withInput(Map.of("Digits", "1"))), false);
            assertThat(again.has("Record")).as("pressing 1 records the message again: " + again.xml()).isTrue();

            for (String callback : new String[] {verb.getAttribute("recordingStatusCallback"),
                    verb.getAttribute("transcribeCallback")}) {
                assertThat(callback).as(callback).endsWith(Routes.RETRIES);
                Map<String, String> form = recording("RE201");
                form.put("TranscriptionText", "Please call me back");
                form.put("TranscriptionStatus", "completed");
                assertThat(line.twilio().post(callback, form).statusCode()).as(callback).isEqualTo(503);
            }
            assertThat(verb.getAttribute("action")).as(verb.getAttribute("action")).endsWith(Routes.RETRIES);
        }
    }

    /** A call on a Sunday: the desk is closed, 0 then 1, the Record verb. */
    private static Twiml toTheBeep(TwilioClient twilio) throws Exception {
        Twiml menu = answer(twilio.post("/voice", TwilioClient.callForm()), false);
        Twiml closed = answer(twilio.post(menu.action(), TwilioClient.withInput(Map.of("Digits", "0"))), false);
        Twiml record = answer(twilio.post(closed.action(), TwilioClient.withInput(Map.of("Digits", "1"))), false);
        assertThat(record.has("Record")).as(record::xml).isTrue();
        return record;
    }

    private static Map<String, String> recording(String sid) {
        Map<String, String> form = TwilioClient.withInput(Map.of("RecordingSid", sid,
                "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + sid,
                "RecordingDuration", "17", "RecordingStatus", "completed"));
        return form;
    }

    @Test
    void menusAndAnswersDoNotNeedTheStore() throws Exception {
        Office office = new Office(Clock.fixed(TestLine.OPEN, ZoneOffset.UTC), down(), TextMessages.NONE);
        try (TestLine line = TestLine.start(office)) {
            TwilioClient twilio = line.twilio();
            Twiml faq = answer(twilio.post("/voice/menu?node=main&lang=en",
                    TwilioClient.withInput(Map.of("Digits", "3"))), false);
            Twiml pain = answer(twilio.post(faq.action(), TwilioClient.withInput(Map.of("Digits", "2"))), false);
            Twiml desk = answer(twilio.post(pain.action(), TwilioClient.withInput(Map.of("Digits", "0"))), false);

            assertThat(pain.spoken()).as(pain::spoken).contains("should not hurt");
            assertThat(desk.has("Dial")).as(desk::xml).isTrue();
        }
    }

    private static Twiml answer(HttpResponse<String> response, boolean endAllowed) {
        assertThat(response.statusCode()).as(response::body).isEqualTo(200);
        OnTheLine.revealsNothing(response.body());
        return OnTheLine.keepsCaller(response.body(), endAllowed);
    }
}
