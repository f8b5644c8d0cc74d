package clinic.ivr.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import clinic.ivr.OnTheLine;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.store.MessageStore;
import clinic.ivr.store.StoreException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The message store down (its database gone): callers still hear every answer, never a 5xx. */
class StoreDownTest {

    private static MessageStore down() {
        MessageStore store = mock(MessageStore.class);
        StoreException gone = new StoreException("the database is not answering", new SQLException("Connection refused"));
        doThrow(gone).when(store).record(any());
        when(store.list()).thenThrow(gone);
        when(store.find(any(Long.class))).thenThrow(gone);
        when(store.markCalledBack(any(Long.class), any())).thenThrow(gone);
        return store;
    }

    @Test
    void aCallerLeavesAMessageWhileTheStoreIsDownAndHearsTheLineToTheEnd() throws Exception {
        Office office = new Office(Clock.fixed(TestLine.CLOSED, ZoneOffset.UTC), down(), TextMessages.NONE);
        try (TestLine line = TestLine.start(office)) {
            TwilioClient twilio = line.twilio();
            Twiml menu = answer(twilio.post("/voice", TwilioClient.callForm()), false);
            Twiml closed = answer(twilio.post(menu.action(), TwilioClient.withInput(Map.of("Digits", "0"))), false);
            Twiml record = answer(twilio.post(closed.action(), TwilioClient.withInput(Map.of("Digits", "1"))), false);
            assertTrue(record.has("Record"), record::xml);

            String action = record.all("Record").get(0).getAttribute("action");
            Twiml thanks = answer(twilio.post(action, TwilioClient.withInput(Map.of("RecordingSid", "RE200",
                    "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE200",
                    "RecordingDuration", "17"))), true);

            assertTrue(thanks.spoken().contains("Thank you"), thanks::spoken);
        }
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

            assertTrue(pain.spoken().contains("should not hurt"), pain::spoken);
            assertTrue(desk.has("Dial"), desk::xml);
        }
    }

    private static Twiml answer(HttpResponse<String> response, boolean endAllowed) {
        assertEquals(200, response.statusCode(), response::body);
        OnTheLine.revealsNothing(response.body());
        return OnTheLine.keepsCaller(response.body(), endAllowed);
    }
}
