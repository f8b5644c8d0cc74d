package clinic.ivr.web;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineExtension;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import clinic.ivr.flow.Routes;
import clinic.ivr.twiml.TwimlChecker;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Callers who speak, over real HTTP with signed Twilio-shaped requests: at every menu and after
 * every answer of both languages, their own words reach what they meant.
 */
class SpokenCallTest {

    static final TwimlChecker CHECKER = new TwimlChecker(Routes.ACTIONS);
    @RegisterExtension
    static final LineExtension LINE = new LineExtension();

    static Twiml post(String pathAndQuery, Map<String, String> input) throws Exception {
        HttpResponse<String> response = LINE.twilio().post(pathAndQuery, TwilioClient.withInput(input));
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(CHECKER.check(response.body())).as(pathAndQuery).isEqualTo(List.of());
        return Twiml.parse(response.body());
    }

    static Twiml say(Twiml at, String words) throws Exception {
        return post(at.action(), Map.of("SpeechResult", words, "Confidence", "0.83"));
    }

    /** Every place a caller can stand in a language: each menu and the last part of each answer. */
    static List<Twiml> everyPlace(String language) throws Exception {
        List<Twiml> places = new ArrayList<>();
        Twiml main = post("/voice/menu?node=main&lang=" + language, Map.of("Digits", "*"));
        places.add(main);
        for (String key : List.of("1", "2", "4", "5")) {
            places.add(last(post(main.action(), Map.of("Digits", key))));
        }
        Twiml faq = post(main.action(), Map.of("Digits", "3"));
        places.add(faq);
        for (String key : List.of("1", "2", "3", "4", "5")) {
            places.add(last(post(faq.action(), Map.of("Digits", key))));
        }
        return places;
    }

    /** The last part of an answer, where the caller is offered what next. */
    static Twiml last(Twiml answer) throws Exception {
        Twiml at = answer;
        while (at.action().equals(at.redirect()) && at.gather().getAttribute("timeout").equals("3")) {
            at = post(at.action(), Map.of("Digits", "#"));
        }
        return at;
    }

    @Test
    void atEveryMenuAndAfterEveryAnswerEnglishCallersReachWhatTheyAskFor() throws Exception {
        for (Twiml at : everyPlace("en")) {
            String where = at.action();
            assertThat(say(at, "is it gonna hurt").spoken()).as(where).contains("Manual traction is gentle, and it should not hurt.");
            assertThat(say(at, "what time do you guys close").spoken()).as(where).contains("Our usual hours are Monday to Friday,"
                    + " 8 AM to 7 PM.");
            Twiml desk = say(at, "does my insurance cover this");
            assertThat(desk.spoken()).as(where + ": " + desk.spoken()).startsWith("The front desk can answer that. Do you want me to put you through to the"
                    + " front desk? Say yes, or press 1.");
            assertThat(say(desk, "yes").has("Dial")).as("yes puts the caller through from " + where).isTrue();
            assertThat(say(at, "operator").has("Dial")).as(where).isTrue();
            Twiml nonsense = say(at, "purple monkey dishwasher");
            assertThat(nonsense.spoken()).as(where + ": " + nonsense.spoken()).startsWith("I'm not sure I understood. You can ask a question, such as \"what"
                    + " are your hours?\", or press a key.");
        }
    }

    @Test
    void atEveryMenuAndAfterEveryAnswerSpanishCallersReachWhatTheyAskFor() throws Exception {
        for (Twiml at : everyPlace("es")) {
            String where = at.action();
            assertThat(at.gather().getAttribute("language")).as(where).isEqualTo("es-US");
            assertThat(say(at, "tengo osteoporosis").spoken()).as(where).contains("La tracción no es para todos.");
            assertThat(say(at, "dónde queda la clínica").spoken()).as(where).startsWith("La recepción le puede dar las indicaciones"
                    + " para llegar.");
            assertThat(say(at, "quiero hablar con una persona").has("Dial")).as(where).isTrue();
            assertThat(say(at, "english please").spoken()).as(where).startsWith("If this is a medical emergency");
        }
    }

    @Test
    void aDoubtfulPhraseAsksOneQuestionWhoseAnswerRidesInTheSignedUrl() throws Exception {
        Twiml main = post("/voice", Map.of());
        Twiml asked = say(main, "stretch pain");
        assertThat(asked.action()).as(asked.action()).contains("ask=");
        assertThat(asked.spoken()).isEqualTo("Do you want to hear whether it hurts? Say yes, or press 1.");
        assertThat(asked.spoken()).as(asked.spoken()).endsWith("Say yes, or press 1.");
        Twiml yes = post(asked.action(), Map.of("Digits", "1"));
        assertThat(yes.spoken()).as(yes.spoken()).contains("Manual traction is gentle, and it should not hurt.");
        assertThat(yes.action()).as("the question is settled").doesNotContain("ask=");
        Twiml no = post(asked.action(), Map.of("Digits", "2"));
        assertThat(no.spoken()).as(no.spoken()).startsWith("Para español, oprima 8. For what traction therapy is, press 1.");
        assertThat(no.action()).as(no.action()).contains("node=main");
    }

    @Test
    void everyGatherListensWithThePhoneModelTheLanguageAndHintsWithinTwiliosLimits() throws Exception {
        for (String language : List.of("en", "es")) {
            for (Twiml at : everyPlace(language)) {
                var gather = at.gather();
                assertThat(gather.getAttribute("speechModel")).isEqualTo("phone_call");
                assertThat(gather.getAttribute("speechTimeout").matches("[0-9]+")).as("no auto with a speech model").isTrue();
                assertThat(gather.getAttribute("language")).isEqualTo(language + "-US");
                String[] hints = gather.getAttribute("hints").split(",");
                assertThat(hints.length).as("hints").isBetween(51, 500);
                for (String hint : hints) {
                    assertThat(hint.strip().length()).as(hint).isLessThanOrEqualTo(100);
                }
            }
        }
    }
}
