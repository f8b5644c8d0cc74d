package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import clinic.ivr.desk.TextMessages;
import clinic.ivr.line.Office;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/**
 * After an answer, 6 texts the caller the address, hours and booking link, and asking for it in words does
 * anywhere; Twilio's API is mocked.
 */
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
            assertThat(answer.spoken()).as(answer.spoken()).contains("To get our address, hours and booking link by text message, press 6.");
            Twiml sent = FrontDeskCallTest.post(line, answer.action(), Map.of("Digits", "6"));
            assertThat(sent.spoken()).as(sent.spoken()).startsWith("I have sent you a text message with our address, hours and booking link.");
            ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
            verify(texts).send(eq(TwilioClient.CALLER), body.capture());
            assertThat(body.getValue()).isEqualTo("""
                    Gramercy Physical Therapy
                    20 Example Street, New York, NY 10003
                    Open Monday to Friday, 8 AM to 7 PM.
                    Book online: https://clinic.example/book
                    Call us: 212-598-5913""");
        }
    }

    @Test
    void askedForInWordsAtTheMainMenuTheTextIsSentAndTheMenuGoesOn() throws Exception {
        TextMessages texts = texts(TextMessages.Outcome.SENT);
        try (TestLine line = line(texts)) {
            Twiml sent = FrontDeskCallTest.post(line, "/voice/menu?node=main&lang=en",
                    Map.of("SpeechResult", "can you text me the address", "Confidence", "0.9"));
            assertThat(sent.spoken()).as(sent.spoken()).startsWith("I have sent you a text message with our address")
                    .contains("For what traction therapy is, press 1.");
            verify(texts).send(eq(TwilioClient.CALLER), anyString());
        }
    }

    @Test
    void inSpanishTheTextIsInSpanish() throws Exception {
        TextMessages texts = texts(TextMessages.Outcome.SENT);
        try (TestLine line = line(texts)) {
            Twiml sent = FrontDeskCallTest.post(line, "/voice/menu?node=faq-painful&lang=es", Map.of("Digits", "6"));
            assertThat(sent.spoken()).as(sent.spoken()).startsWith("Le envié un mensaje de texto");
            ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
            verify(texts).send(eq(TwilioClient.CALLER), body.capture());
            assertThat(body.getValue()).as(body.getValue()).contains("Abrimos de lunes a viernes, de 8 de la mañana a 7 de la noche.");
        }
    }

    @Test
    void failedTheCallerHearsTheAddressInsteadAndTheCallGoesOn() throws Exception {
        try (TestLine line = line(texts(TextMessages.Outcome.FAILED))) {
            Twiml failed = FrontDeskCallTest.post(line, "/voice/menu?node=faq-painful&lang=en", Map.of("Digits", "6"));
            assertThat(failed.spoken()).as(failed.spoken()).startsWith("Sorry, the text message could not be sent. Our address is"
                    + " 20 Example Street, New York, NY 10003.");
            assertThat(failed.has("Gather")).as("the caller is back in the menu").isTrue();
        }
    }

    @Test
    void aSenderThatThrowsIsAFailureNotABrokenCall() throws Exception {
        TextMessages texts = mock(TextMessages.class);
        when(texts.available()).thenReturn(true);
        when(texts.send(anyString(), anyString())).thenThrow(new IllegalStateException("Twilio is down"));
        try (TestLine line = line(texts)) {
            Twiml failed = FrontDeskCallTest.post(line, "/voice/menu?node=faq-painful&lang=en", Map.of("Digits", "6"));
            assertThat(failed.spoken()).as(failed.spoken()).startsWith("Sorry, the text message could not be sent.");
        }
    }

    @Test
    void notConfiguredNoTextIsOfferedAndSixIsNotAChoice() throws Exception {
        TextMessages texts = mock(TextMessages.class);
        when(texts.available()).thenReturn(false);
        try (TestLine line = line(texts)) {
            Twiml answer = FrontDeskCallTest.post(line, "/voice/menu?node=faq&lang=en", Map.of("Digits", "2"));
            assertThat(answer.spoken()).as(answer.spoken()).doesNotContain("text message");
            Twiml six = FrontDeskCallTest.post(line, answer.action(), Map.of("Digits", "6"));
            assertThat(six.spoken()).as(six.spoken()).startsWith("Sorry, 6 is not one of the choices.");
            verify(texts, never()).send(anyString(), anyString());
        }
    }

    @Test
    void aHiddenNumberIsNotOfferedAText() throws Exception {
        TextMessages texts = texts(TextMessages.Outcome.SENT);
        try (TestLine line = line(texts)) {
            Map<String, String> form = TwilioClient.withInput(Map.of("Digits", "2", "From", "anonymous"));
            Twiml answer = Twiml.parse(line.twilio().post("/voice/menu?node=faq&lang=en", form).body());
            assertThat(answer.spoken()).as(answer.spoken()).doesNotContain("text message");
            verify(texts, never()).send(anyString(), anyString());
        }
    }

    @Test
    void withoutTheAddressAndBookingLinkNoTextIsOffered() throws Exception {
        TextMessages texts = texts(TextMessages.Outcome.SENT);
        try (TestLine line = TestLine.start(TestLine.load(TestLine.SHIPPED_PROMPTS),
                new Office(Clock.fixed(TestLine.OPEN, ZoneOffset.UTC), TestLine.memoryStore(), texts))) {
            Twiml answer = FrontDeskCallTest.post(line, "/voice/menu?node=faq&lang=en", Map.of("Digits", "2"));
            assertThat(answer.spoken()).as(answer.spoken()).doesNotContain("text message");
            Twiml six = FrontDeskCallTest.post(line, answer.action(), Map.of("Digits", "6"));
            assertThat(six.spoken()).as(six.spoken()).startsWith("Sorry, 6 is not one of the choices.");
            verify(texts, never()).send(anyString(), anyString());
        }
    }
}
