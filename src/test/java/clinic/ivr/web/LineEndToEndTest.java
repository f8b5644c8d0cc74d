package clinic.ivr.web;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineExtension;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Routes;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls placed over real HTTP against the real server, with signed Twilio-shaped requests:
 * what a caller hears and what each key does, in every menu of both languages.
 */
class LineEndToEndTest {

    static final TwimlChecker CHECKER = new TwimlChecker(Routes.ACTIONS);

    @RegisterExtension
    static final LineExtension LINE = new LineExtension();
    static final Prompts prompts = TestLine.shipped();

    /** Posts as Twilio would, checks the answer is TwiML Twilio plays as meant, and parses it. */
    static Twiml call(String pathAndQuery, Map<String, String> input) throws Exception {
        HttpResponse<String> response = LINE.twilio().post(pathAndQuery, TwilioClient.withInput(input));
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")
                .toLowerCase().replace(" ", "")).as(pathAndQuery).isEqualTo("text/xml;charset=utf-8");
        assertThat(response.headers().firstValue("Server")).as("no server version header").isEmpty();
        assertThat(CHECKER.check(response.body())).as(pathAndQuery).isEqualTo(List.of());
        return Twiml.parse(response.body());
    }

    static Twiml press(Twiml at, String key) throws Exception {
        return call(at.action(), Map.of("Digits", key));
    }

    /** Where an action URL leaves the caller: the menu or topic, its part and the language. */
    static String place(String action) {
        return action.replaceAll("&(wait|miss|star|pace)=[^&]*", "");
    }

    static String say(String language, EntryName entry) {
        return prompts.wording(language).say(entry).plainText();
    }

    @Test
    void theFirstAnswerIsTheEmergencyNoticeTheWelcomeThenTheMainMenu() throws Exception {
        Twiml first = call("/voice", Map.of());
        String spoken = first.spoken();
        assertThat(spoken).as(spoken).startsWith("If this is a medical emergency, hang up and dial 911.");
        assertThat(spoken).as(spoken).contains("Thank you for calling Gramercy Physical Therapy.");
        assertThat(spoken).as(spoken).contains("Para español, oprima 8.");
        assertThat(spoken).as(spoken).contains("For what traction therapy is, press 1.");
        assertThat(spoken).as(spoken).contains("For common questions, press 3.");
        assertThat(spoken).as(spoken).contains("For our hours, press 5.");
        assertThat(spoken).as(spoken).contains("You can also just ask your question.");
        assertThat(spoken).as(spoken).contains("To talk to the front desk, press 0.");
        assertThat(spoken).as(spoken).contains("To hear this again, press star.");
        assertThat(first.redirect()).as("silence asks the same menu again").isEqualTo(first.action());
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
            assertThat(press(at, "0").has("Dial")).as("0 reaches the front desk from " + at.action()).isTrue();
            assertThat(place(press(at, "*").action())).as("star repeats " + at.action()).isEqualTo(place(at.action()));
            assertThat(press(at, "9").action()).as("9 goes to the main menu from " + at.action()).contains("node=main&");
        }
        String all = String.join("\n", heard);
        for (String language : List.of("en", "es")) {
            for (String topic : prompts.tree().topics()) {
                for (var part : prompts.wording(language).parts(EntryName.passage(topic))) {
                    assertThat(all).as(language + " " + topic + " was never heard: " + part).contains(part.plainText());
                }
            }
            for (String menu : prompts.tree().menus()) {
                for (PhoneTree.Option option : prompts.tree().options(menu)) {
                    assertThat(all).as(language + " " + menu + " option " + option.key()).contains(prompts.wording(language).option(menu, option.key()).plainText());
                }
            }
        }
    }

    @Test
    void theFaqMenuOffersEachQuestionAndEachAnswerOffersWhatNext() throws Exception {
        Twiml faq = press(call("/voice", Map.of()), "3");
        String menu = faq.spoken();
        assertThat(menu).as(menu).startsWith("For how soon it helps, press 1.");
        assertThat(menu).as(menu).contains("For whether it hurts, press 2.");
        assertThat(menu).as(menu).contains("For the main menu, press 9.");
        Twiml painful = press(faq, "2");
        String answer = painful.spoken();
        assertThat(answer).as(answer).contains("Manual traction is gentle, and it should not hurt.");
        assertThat(answer).as(answer).contains("For another question, press 1.");
        assertThat(answer).as(answer).contains("To hear this again, press star.");
        assertThat(answer).as(answer).contains("To talk to the front desk, press 0.");
        assertThat(press(painful, "1").spoken()).startsWith("For how soon it helps, press 1.");
    }

    @Test
    void aLongAnswerComesInPartsThatGoOnByThemselves() throws Exception {
        Twiml part1 = press(call("/voice", Map.of()), "1");
        assertThat(part1.spoken()).as(part1.spoken()).startsWith(say("en", FixedEntry.SKIP_OPTION));
        Twiml part2 = call(part1.redirect(), Map.of());
        assertThat(part2.spoken()).as(part2.spoken()).startsWith("How is it different from a traction machine?");
        Twiml part3 = press(part2, "#");
        assertThat(part3.spoken()).as(part3.spoken()).startsWith("How is it different from other manual therapy?");
    }

    @Test
    void anInvalidKeyIsNamedThenSilenceThreeTimesReachesTheFrontDesk() throws Exception {
        Twiml faq = press(call("/voice", Map.of()), "3");
        Twiml wrong = press(faq, "7");
        assertThat(wrong.spoken()).as(wrong.spoken()).startsWith("Sorry, 7 is not one of the choices.");
        Twiml silent = call(wrong.redirect(), Map.of());
        assertThat(silent.spoken()).as(silent.spoken()).startsWith(say("en", FixedEntry.SILENCE));
        assertThat(silent.spoken()).as("the reprompt is shorter").doesNotContain(say("en", FixedEntry.REPEAT_OPTION));
        int before = Integer.parseInt(wrong.gather().getAttribute("timeout"));
        assertThat(Integer.parseInt(silent.gather().getAttribute("timeout"))).as("more time after silence").isGreaterThan(before);
        Twiml desk = call(silent.redirect(), Map.of());
        assertThat(desk.spoken()).as(desk.spoken()).startsWith(say("en", FixedEntry.AFTER_MISSES));
        assertThat(desk.dialled()).isEqualTo("+12125985913");
    }

    @Test
    void theFrontDeskIsDialledAndItsOutcomeHandled() throws Exception {
        Twiml desk = call("/voice/menu?node=faq&lang=en", Map.of("SpeechResult", "representative", "Confidence", "0.87"));
        assertThat(desk.dialled()).isEqualTo("+12125985913");
        String action = desk.all("Dial").get(0).getAttribute("action");
        assertThat(Integer.parseInt(desk.all("Dial").get(0).getAttribute("timeout"))).isGreaterThanOrEqualTo(5);
        for (String status : List.of("no-answer", "busy", "failed")) {
            Twiml missed = call(action, Map.of("DialCallStatus", status));
            assertThat(missed.spoken()).as(missed.spoken()).startsWith("Sorry, no one at the front desk could answer. To leave a message for"
                    + " the front desk, press 1. To try the front desk again, press 0.");
            assertThat(press(missed, "0").has("Dial")).isTrue();
            assertThat(press(missed, "1").has("Record")).as("a message instead").isTrue();
            assertThat(missed.spoken()).as("information again").contains("For the main menu, press 9.");
        }
        Twiml done = call(action, Map.of("DialCallStatus", "completed"));
        assertThat(done.spoken()).as(done.spoken()).contains("Goodbye.");
        assertThat(done.has("Hangup")).isTrue();
    }

    @Test
    void theLineNeverDialsTheNumberThatWasCalled() throws Exception {
        Twiml loop = call("/voice/menu?node=main&lang=en", Map.of("Digits", "0", "To", "+12125985913",
                "Called", "+12125985913"));
        assertThat(loop.has("Dial")).isFalse();
        assertThat(loop.spoken()).as(loop.spoken()).startsWith(say("en", FixedEntry.FRONT_DESK_UNAVAILABLE));
    }

    @Test
    void theSpanishLineHasTheSameKeysInSpanish() throws Exception {
        Twiml spanish = press(call("/voice", Map.of()), "8");
        assertThat(spanish.spoken()).as(spanish.spoken()).startsWith("Si tiene una emergencia médica, cuelgue y marque el 911."
                + " Gracias por llamar a Gramercy Physical Therapy. For English, press 8.");
        assertThat(spanish.spoken()).as(spanish.spoken()).contains("Para saber qué es la tracción, oprima 1.");
        assertThat(spanish.gather().getAttribute("language")).isEqualTo("es-US");
        Twiml wrong = press(press(spanish, "3"), "6");
        assertThat(wrong.spoken()).as(wrong.spoken()).startsWith("Lo siento, el 6 no es una de las opciones.");
        Twiml english = call(spanish.action(), Map.of("SpeechResult", "English", "Confidence", "0.8"));
        assertThat(english.spoken()).as(english.spoken()).contains("For what traction therapy is, press 1.");
    }

    @Test
    void everyActionRouteAnswers() throws Exception {
        for (String route : Routes.ANSWERS) {
            assertThat(LINE.twilio().post(route, TwilioClient.callForm()).statusCode()).as(route).isEqualTo(200);
        }
        for (String route : Routes.CALLBACKS) {
            assertThat(LINE.twilio().post(route, TwilioClient.callForm()).statusCode()).as(route).isEqualTo(204);
        }
        assertThat(LINE.twilio().post(Routes.STATUS, TwilioClient.withInput(Map.of("CallStatus", "completed"))).statusCode()).isEqualTo(204);
    }

    @Test
    void theFallbackApologisesAndPutsTheCallerThrough() throws Exception {
        Twiml fallback = call(Routes.FALLBACK, Map.of());
        assertThat(fallback.spoken()).as(fallback.spoken()).startsWith("If this is a medical emergency, hang up and dial 911."
                + " Sorry, our phone menu has a problem.");
        assertThat(fallback.dialled()).isEqualTo("+12125985913");
    }

    @Test
    void healthSaysOkWithThePromptsVersion() throws Exception {
        HttpResponse<String> health = LINE.twilio().get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).as(health.body()).contains("\"status\":\"ok\"");
        assertThat(health.body()).as(health.body()).contains(prompts.version());
    }

    @Test
    void onlyPostReachesTheVoiceWebhooks() throws Exception {
        HttpResponse<String> get = LINE.twilio().get("/voice");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Server")).isNotPresent();
    }

    @Test
    void aTemplateThatFailsWhileAnsweringStillGivesTheCallerTheFrontDesk(@TempDir Path dir) throws Exception {
        clinic.ivr.PromptsCopy.of(dir);
        Path menu = dir.resolve("templates/menu.ftlx");
        Files.writeString(menu, Files.readString(menu).replace("${gather.timeout}", "${gather.no_such_value}"));
        try (TestLine broken = TestLine.start(TestLine.load(dir))) {
            HttpResponse<String> answer = broken.twilio().post("/voice", TwilioClient.callForm());
            assertThat(answer.statusCode()).isEqualTo(200);
            Twiml fallback = Twiml.parse(answer.body());
            assertThat(fallback.spoken()).as(fallback.spoken()).startsWith("If this is a medical emergency, hang up and dial 911."
                    + " Sorry, our phone menu has a problem.");
            assertThat(fallback.dialled()).isEqualTo("+12125985913");
        }
    }
}
