package clinic.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import clinic.ivr.desk.TextMessages;
import clinic.ivr.line.Office;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** After an answer, 6 texts the caller the address, hours and booking link; Twilio's API is mocked. */
class TextFollowUpTest {

    @TempDir
    static Path prompts;

    static TestLine line(TextMessages texts) throws Exception {
        if (!java.nio.file.Files.exists(prompts.resolve("clinic.yaml"))) {
            PromptsCopy.withTextDetails(prompts);
        }
        return TestLine.start(TestLine.load(prompts),
                new Office(Clock.fixed(TestLine.OPEN, ZoneOffset.UTC), TestLine.memoryStore(), texts));
    }

    static TextMessages texts(TextMessages.Outcome outcome) {
        TextMessages texts = mock(TextMessages.class);
        when(texts.available()).thenReturn(true);
        when(texts.send(anyString(), anyString())).thenReturn(outcome);
        return texts;
    }

    @Test
    void sentTheCallerHearsSoAndGetsTheAddressHoursAndBookingLink() throws Exception {
        TextMessages texts = texts(TextMessages.Outcome.SENT);
        try (TestLine line = line(texts)) {
            Twiml answer = FrontDeskCallTest.post(line, "/voice/menu?node=faq&lang=en", Map.of("Digits", "2"));
            assertTrue(answer.spoken().contains("To get our address, hours and booking link by text message, press 6."),
                    answer.spoken());
            Twiml sent = FrontDeskCallTest.post(line, answer.action(), Map.of("Digits", "6"));
            assertTrue(sent.spoken().startsWith("I have sent you a text message with our address, hours and booking link."),
                    sent.spoken());
            ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
            verify(texts).send(eq(TwilioClient.CALLER), body.capture());
            assertEquals("""
                    Gramercy Physical Therapy
                    20 Example Street, New York, NY 10003
                    Open Monday to Friday, 8 AM to 7 PM.
                    Book online: https://clinic.example/book
                    Call us: 212-598-5913""", body.getValue());
        }
    }

    @Test
    void inSpanishTheTextIsInSpanish() throws Exception {
        TextMessages texts = texts(TextMessages.Outcome.SENT);
        try (TestLine line = line(texts)) {
            Twiml sent = FrontDeskCallTest.post(line, "/voice/menu?node=faq-painful&lang=es", Map.of("Digits", "6"));
            assertTrue(sent.spoken().startsWith("Le envié un mensaje de texto"), sent.spoken());
            ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
            verify(texts).send(eq(TwilioClient.CALLER), body.capture());
            assertTrue(body.getValue().contains("Abrimos de lunes a viernes, de 8 de la mañana a 7 de la noche."),
                    body.getValue());
        }
    }

    @Test
    void failedTheCallerHearsTheAddressInsteadAndTheCallGoesOn() throws Exception {
        try (TestLine line = line(texts(TextMessages.Outcome.FAILED))) {
            Twiml failed = FrontDeskCallTest.post(line, "/voice/menu?node=faq-painful&lang=en", Map.of("Digits", "6"));
            assertTrue(failed.spoken().startsWith("Sorry, the text message could not be sent. Our address is"
                    + " 20 Example Street, New York, NY 10003."), failed.spoken());
            assertTrue(failed.has("Gather"), "the caller is back in the menu");
        }
    }

    @Test
    void aSenderThatThrowsIsAFailureNotABrokenCall() throws Exception {
        TextMessages texts = mock(TextMessages.class);
        when(texts.available()).thenReturn(true);
        when(texts.send(anyString(), anyString())).thenThrow(new IllegalStateException("Twilio is down"));
        try (TestLine line = line(texts)) {
            Twiml failed = FrontDeskCallTest.post(line, "/voice/menu?node=faq-painful&lang=en", Map.of("Digits", "6"));
            assertTrue(failed.spoken().startsWith("Sorry, the text message could not be sent."), failed.spoken());
        }
    }

    @Test
    void notConfiguredNoTextIsOfferedAndSixIsNotAChoice() throws Exception {
        TextMessages texts = mock(TextMessages.class);
        when(texts.available()).thenReturn(false);
        try (TestLine line = line(texts)) {
            Twiml answer = FrontDeskCallTest.post(line, "/voice/menu?node=faq&lang=en", Map.of("Digits", "2"));
            assertFalse(answer.spoken().contains("text message"), answer.spoken());
            Twiml six = FrontDeskCallTest.post(line, answer.action(), Map.of("Digits", "6"));
            assertTrue(six.spoken().startsWith("Sorry, 6 is not one of the choices."), six.spoken());
            verify(texts, never()).send(anyString(), anyString());
        }
    }

    @Test
    void aHiddenNumberIsNotOfferedAText() throws Exception {
        TextMessages texts = texts(TextMessages.Outcome.SENT);
        try (TestLine line = line(texts)) {
            Map<String, String> form = TwilioClient.withInput(Map.of("Digits", "2", "From", "anonymous"));
            Twiml answer = Twiml.parse(line.twilio().post("/voice/menu?node=faq&lang=en", form).body());
            assertFalse(answer.spoken().contains("text message"), answer.spoken());
            verify(texts, never()).send(anyString(), anyString());
        }
    }

    @Test
    void withoutTheAddressAndBookingLinkNoTextIsOffered() throws Exception {
        TextMessages texts = texts(TextMessages.Outcome.SENT);
        try (TestLine line = TestLine.start(TestLine.load(TestLine.SHIPPED_PROMPTS),
                new Office(Clock.fixed(TestLine.OPEN, ZoneOffset.UTC), TestLine.memoryStore(), texts))) {
            Twiml answer = FrontDeskCallTest.post(line, "/voice/menu?node=faq&lang=en", Map.of("Digits", "2"));
            assertFalse(answer.spoken().contains("text message"), answer.spoken());
            Twiml six = FrontDeskCallTest.post(line, answer.action(), Map.of("Digits", "6"));
            assertTrue(six.spoken().startsWith("Sorry, 6 is not one of the choices."), six.spoken());
            verify(texts, never()).send(anyString(), anyString());
        }
    }
}
