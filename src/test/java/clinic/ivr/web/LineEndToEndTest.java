package clinic.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Routes;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Wording;
import clinic.ivr.twiml.TwimlChecker;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls placed over real HTTP against the real server, with signed Twilio-shaped requests:
 * what a caller hears and what each key does, in every menu of both languages.
 */
class LineEndToEndTest {

    static final TwimlChecker CHECKER = new TwimlChecker(Routes.ACTIONS);

    static TestLine line;
    static TwilioClient twilio;
    static Prompts prompts;

    @BeforeAll
    static void start() throws Exception {
        line = TestLine.start();
        twilio = line.twilio();
        prompts = line.prompts().get();
    }

    @AfterAll
    static void stop() throws Exception {
        line.close();
    }

    /** Posts as Twilio would, checks the answer is TwiML Twilio plays as meant, and parses it. */
    static Twiml call(String pathAndQuery, Map<String, String> input) throws Exception {
        HttpResponse<String> response = twilio.post(pathAndQuery, TwilioClient.withInput(input));
        assertEquals(200, response.statusCode(), pathAndQuery);
        assertEquals("text/xml;charset=utf-8", response.headers().firstValue("Content-Type").orElse("")
                .toLowerCase().replace(" ", ""), pathAndQuery);
        assertFalse(response.headers().firstValue("Server").isPresent(), "no server version header");
        assertEquals(List.of(), CHECKER.check(response.body()), pathAndQuery);
        return Twiml.parse(response.body());
    }

    static Twiml press(Twiml at, String key) throws Exception {
        return call(at.action(), Map.of("Digits", key));
    }

    /** Where an action URL leaves the caller: the menu or topic, its part and the language. */
    static String place(String action) {
        return action.replaceAll("&(wait|miss|star|pace)=[^&]*", "");
    }

    static String say(String language, String entry) {
        return prompts.wording(language).say(entry).plainText();
    }

    @Test
    void theFirstAnswerIsTheEmergencyNoticeTheWelcomeThenTheMainMenu() throws Exception {
        Twiml first = call("/voice", Map.of());
        String spoken = first.spoken();
        assertTrue(spoken.startsWith("If this is a medical emergency, hang up and dial 911."), spoken);
        assertTrue(spoken.contains("Thank you for calling Gramercy Physical Therapy."), spoken);
        assertTrue(spoken.contains("Para español, oprima 8."), spoken);
        assertTrue(spoken.contains("For what traction therapy is, press 1."), spoken);
        assertTrue(spoken.contains("For common questions, press 3."), spoken);
        assertTrue(spoken.contains("For our hours, press 5."), spoken);
        assertTrue(spoken.contains("You can also just ask your question."), spoken);
        assertTrue(spoken.contains("To talk to the front desk, press 0."), spoken);
        assertTrue(spoken.contains("To hear this again, press star."), spoken);
        assertEquals(first.action(), first.redirect(), "silence asks the same menu again");
    }

    @Test
    void everyMenuAndAnswerOfBothLanguagesCanBeReachedAndEveryKeyAnswers() throws Exception {
        Set<String> heard = new HashSet<>();
        Deque<Twiml> toVisit = new ArrayDeque<>();
        Twiml english = call("/voice", Map.of());
        toVisit.add(english);
        toVisit.add(press(english, "8"));
        Set<String> visited = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Twiml at = toVisit.poll();
            if (!visited.add(place(at.action()))) {
                continue;
            }
            heard.add(at.spoken());
            for (String key : List.of("1", "2", "3", "4", "5", "#")) {
                Twiml next = press(at, key);
                if (next.has("Gather") && !place(next.action()).equals(place(at.action()))) {
                    toVisit.add(next);
                }
            }
            assertTrue(press(at, "0").has("Dial"), "0 reaches the front desk from " + at.action());
            assertEquals(place(at.action()), place(press(at, "*").action()), "star repeats " + at.action());
            assertTrue(press(at, "9").action().contains("node=main&"), "9 goes to the main menu from " + at.action());
        }
        String all = String.join("\n", heard);
        for (String language : List.of("en", "es")) {
            for (String topic : prompts.tree().topics()) {
                for (var part : prompts.wording(language).parts(topic)) {
                    assertTrue(all.contains(part.plainText()), language + " " + topic + " was never heard: " + part);
                }
            }
            for (String menu : prompts.tree().menus()) {
                for (PhoneTree.Option option : prompts.tree().options(menu)) {
                    assertTrue(all.contains(prompts.wording(language).option(menu, option.key()).plainText()),
                            language + " " + menu + " option " + option.key());
                }
            }
        }
    }

    @Test
    void theFaqMenuOffersEachQuestionAndEachAnswerOffersWhatNext() throws Exception {
        Twiml faq = press(call("/voice", Map.of()), "3");
        String menu = faq.spoken();
        assertTrue(menu.startsWith("For how soon it helps, press 1."), menu);
        assertTrue(menu.contains("For whether it hurts, press 2."), menu);
        assertTrue(menu.contains("For the main menu, press 9."), menu);
        Twiml painful = press(faq, "2");
        String answer = painful.spoken();
        assertTrue(answer.contains("Manual traction is gentle, and it should not hurt."), answer);
        assertTrue(answer.contains("For another question, press 1."), answer);
        assertTrue(answer.contains("To hear this again, press star."), answer);
        assertTrue(answer.contains("To talk to the front desk, press 0."), answer);
        assertTrue(press(painful, "1").spoken().startsWith("For how soon it helps, press 1."));
    }

    @Test
    void aLongAnswerComesInPartsThatGoOnByThemselves() throws Exception {
        Twiml part1 = press(call("/voice", Map.of()), "1");
        assertTrue(part1.spoken().startsWith(say("en", Wording.SKIP_OPTION)), part1.spoken());
        Twiml part2 = call(part1.redirect(), Map.of());
        assertTrue(part2.spoken().startsWith("How is it different from a traction machine?"), part2.spoken());
        Twiml part3 = press(part2, "#");
        assertTrue(part3.spoken().startsWith("How is it different from other manual therapy?"), part3.spoken());
    }

    @Test
    void anInvalidKeyIsNamedThenSilenceThreeTimesReachesTheFrontDesk() throws Exception {
        Twiml faq = press(call("/voice", Map.of()), "3");
        Twiml wrong = press(faq, "7");
        assertTrue(wrong.spoken().startsWith("Sorry, 7 is not one of the choices."), wrong.spoken());
        Twiml silent = call(wrong.redirect(), Map.of());
        assertTrue(silent.spoken().startsWith(say("en", Wording.SILENCE)), silent.spoken());
        assertFalse(silent.spoken().contains(say("en", Wording.REPEAT_OPTION)), "the reprompt is shorter");
        int before = Integer.parseInt(wrong.gather().getAttribute("timeout"));
        assertTrue(Integer.parseInt(silent.gather().getAttribute("timeout")) > before, "more time after silence");
        Twiml desk = call(silent.redirect(), Map.of());
        assertTrue(desk.spoken().startsWith(say("en", Wording.AFTER_MISSES)), desk.spoken());
        assertEquals("+12125985913", desk.dialled());
    }

    @Test
    void theFrontDeskIsDialledAndItsOutcomeHandled() throws Exception {
        Twiml desk = call("/voice/menu?node=faq&lang=en", Map.of("SpeechResult", "representative", "Confidence", "0.87"));
        assertEquals("+12125985913", desk.dialled());
        String action = desk.all("Dial").get(0).getAttribute("action");
        assertTrue(Integer.parseInt(desk.all("Dial").get(0).getAttribute("timeout")) >= 5);
        for (String status : List.of("no-answer", "busy", "failed")) {
            Twiml missed = call(action, Map.of("DialCallStatus", status));
            assertTrue(missed.spoken().startsWith("Sorry, no one at the front desk could answer. To leave a message for"
                    + " the front desk, press 1. To try the front desk again, press 0."), missed.spoken());
            assertTrue(press(missed, "0").has("Dial"));
            assertTrue(press(missed, "1").has("Record"), "a message instead");
            assertTrue(missed.spoken().contains("For the main menu, press 9."), "information again");
        }
        Twiml done = call(action, Map.of("DialCallStatus", "completed"));
        assertTrue(done.spoken().contains("Goodbye."), done.spoken());
        assertTrue(done.has("Hangup"));
    }

    @Test
    void theLineNeverDialsTheNumberThatWasCalled() throws Exception {
        Twiml loop = call("/voice/menu?node=main&lang=en", Map.of("Digits", "0", "To", "+12125985913",
                "Called", "+12125985913"));
        assertFalse(loop.has("Dial"));
        assertTrue(loop.spoken().startsWith(say("en", Wording.FRONT_DESK_UNAVAILABLE)), loop.spoken());
    }

    @Test
    void theSpanishLineHasTheSameKeysInSpanish() throws Exception {
        Twiml spanish = press(call("/voice", Map.of()), "8");
        assertTrue(spanish.spoken().startsWith("Si tiene una emergencia médica, cuelgue y marque el 911."
                + " Gracias por llamar a Gramercy Physical Therapy. For English, press 8."), spanish.spoken());
        assertTrue(spanish.spoken().contains("Para saber qué es la tracción, oprima 1."), spanish.spoken());
        assertEquals("es-US", spanish.gather().getAttribute("language"));
        Twiml wrong = press(press(spanish, "3"), "6");
        assertTrue(wrong.spoken().startsWith("Lo siento, el 6 no es una de las opciones."), wrong.spoken());
        Twiml english = call(spanish.action(), Map.of("SpeechResult", "English", "Confidence", "0.8"));
        assertTrue(english.spoken().contains("For what traction therapy is, press 1."), english.spoken());
    }

    @Test
    void everyActionRouteAnswers() throws Exception {
        for (String route : Routes.ANSWERS) {
            assertEquals(200, twilio.post(route, TwilioClient.callForm()).statusCode(), route);
        }
        for (String route : Routes.CALLBACKS) {
            assertEquals(204, twilio.post(route, TwilioClient.callForm()).statusCode(), route);
        }
        assertEquals(204, twilio.post(Routes.STATUS, TwilioClient.withInput(Map.of("CallStatus", "completed"))).statusCode());
    }

    @Test
    void theFallbackApologisesAndPutsTheCallerThrough() throws Exception {
        Twiml fallback = call(Routes.FALLBACK, Map.of());
        assertTrue(fallback.spoken().startsWith("If this is a medical emergency, hang up and dial 911."
                + " Sorry, our phone menu has a problem."), fallback.spoken());
        assertEquals("+12125985913", fallback.dialled());
    }

    @Test
    void healthSaysOkWithThePromptsVersion() throws Exception {
        HttpResponse<String> health = twilio.get("/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
        assertTrue(health.body().contains(prompts.version()), health.body());
    }

    @Test
    void onlyPostReachesTheVoiceWebhooks() throws Exception {
        HttpResponse<String> get = twilio.get("/voice");
        assertEquals(405, get.statusCode());
        assertFalse(get.headers().firstValue("Server").isPresent());
    }

    @Test
    void aTemplateThatFailsWhileAnsweringStillGivesTheCallerTheFrontDesk(@TempDir Path dir) throws Exception {
        clinic.ivr.PromptsCopy.of(dir);
        Path menu = dir.resolve("templates/menu.ftlx");
        Files.writeString(menu, Files.readString(menu).replace("${gather.timeout}", "${gather.no_such_value}"));
        try (TestLine broken = TestLine.start(TestLine.load(dir))) {
            HttpResponse<String> answer = broken.twilio().post("/voice", TwilioClient.callForm());
            assertEquals(200, answer.statusCode());
            Twiml fallback = Twiml.parse(answer.body());
            assertTrue(fallback.spoken().startsWith("If this is a medical emergency, hang up and dial 911."
                    + " Sorry, our phone menu has a problem."), fallback.spoken());
            assertEquals("+12125985913", fallback.dialled());
        }
    }
}
