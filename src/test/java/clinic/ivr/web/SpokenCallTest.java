package clinic.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import clinic.ivr.flow.Routes;
import clinic.ivr.twiml.TwimlChecker;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Callers who speak, over real HTTP with signed Twilio-shaped requests: at every menu and after
 * every answer of both languages, their own words reach what they meant.
 */
class SpokenCallTest {

    static final TwimlChecker CHECKER = new TwimlChecker(Routes.ACTIONS);
    static TestLine line;
    static TwilioClient twilio;

    @BeforeAll
    static void start() throws Exception {
        line = TestLine.start();
        twilio = line.twilio();
    }

    @AfterAll
    static void stop() throws Exception {
        line.close();
    }

    static Twiml post(String pathAndQuery, Map<String, String> input) throws Exception {
        HttpResponse<String> response = twilio.post(pathAndQuery, TwilioClient.withInput(input));
        assertEquals(200, response.statusCode(), pathAndQuery);
        assertEquals(List.of(), CHECKER.check(response.body()), pathAndQuery);
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
            assertTrue(say(at, "is it gonna hurt").spoken().contains("Manual traction is gentle, and it should not hurt."),
                    where);
            assertTrue(say(at, "what time do you guys close").spoken().contains("Our usual hours are Monday to Friday,"
                    + " 8 AM to 7 PM."), where);
            Twiml desk = say(at, "does my insurance cover this");
            assertTrue(desk.spoken().startsWith("The front desk can answer that. Do you want me to put you through to the"
                    + " front desk? Say yes, or press 1."), where + ": " + desk.spoken());
            assertTrue(say(desk, "yes").has("Dial"), "yes puts the caller through from " + where);
            assertTrue(say(at, "operator").has("Dial"), where);
            Twiml nonsense = say(at, "purple monkey dishwasher");
            assertTrue(nonsense.spoken().startsWith("I'm not sure I understood. You can ask a question, such as \"what"
                    + " are your hours?\", or press a key."), where + ": " + nonsense.spoken());
        }
    }

    @Test
    void atEveryMenuAndAfterEveryAnswerSpanishCallersReachWhatTheyAskFor() throws Exception {
        for (Twiml at : everyPlace("es")) {
            String where = at.action();
            assertEquals("es-US", at.gather().getAttribute("language"), where);
            assertTrue(say(at, "tengo osteoporosis").spoken().contains("La tracción no es para todos."), where);
            assertTrue(say(at, "dónde queda la clínica").spoken().startsWith("La recepción le puede dar las indicaciones"
                    + " para llegar."), where);
            assertTrue(say(at, "quiero hablar con una persona").has("Dial"), where);
            assertTrue(say(at, "english please").spoken().startsWith("If this is a medical emergency"), where);
        }
    }

    @Test
    void aDoubtfulPhraseAsksOneQuestionWhoseAnswerRidesInTheSignedUrl() throws Exception {
        Twiml main = post("/voice", Map.of());
        Twiml asked = say(main, "stretch pain");
        assertTrue(asked.action().contains("ask="), asked.action());
        assertEquals("Do you want to hear whether it hurts? Say yes, or press 1.", asked.spoken());
        assertTrue(asked.spoken().endsWith("Say yes, or press 1."), asked.spoken());
        Twiml yes = post(asked.action(), Map.of("Digits", "1"));
        assertTrue(yes.spoken().contains("Manual traction is gentle, and it should not hurt."), yes.spoken());
        assertFalse(yes.action().contains("ask="), "the question is settled");
        Twiml no = post(asked.action(), Map.of("Digits", "2"));
        assertTrue(no.spoken().startsWith("Para español, oprima 8. For what traction therapy is, press 1."), no.spoken());
        assertTrue(no.action().contains("node=main"), no.action());
    }

    @Test
    void everyGatherListensWithThePhoneModelTheLanguageAndHintsWithinTwiliosLimits() throws Exception {
        for (String language : List.of("en", "es")) {
            for (Twiml at : everyPlace(language)) {
                var gather = at.gather();
                assertEquals("phone_call", gather.getAttribute("speechModel"));
                assertTrue(gather.getAttribute("speechTimeout").matches("[0-9]+"), "no auto with a speech model");
                assertEquals(language + "-US", gather.getAttribute("language"));
                String[] hints = gather.getAttribute("hints").split(",");
                assertTrue(hints.length > 50 && hints.length <= 500, hints.length + " hints");
                for (String hint : hints) {
                    assertTrue(hint.strip().length() <= 100, hint);
                }
            }
        }
    }
}
