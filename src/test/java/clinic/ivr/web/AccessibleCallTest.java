package clinic.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Routes;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.twiml.TwimlChecker;
import clinic.ivr.twiml.TwimlRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** A call at the caller's pace: slower speech and more time last the whole call, in both languages. */
class AccessibleCallTest {

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

    static Twiml call(String path, Map<String, String> input) throws Exception {
        var response = twilio.post(path, TwilioClient.withInput(input));
        assertEquals(200, response.statusCode(), path);
        assertEquals(List.of(), new TwimlChecker(Routes.ACTIONS).check(response.body()), path);
        return Twiml.parse(response.body());
    }

    static Twiml press(Twiml at, String key) throws Exception {
        return call(at.action(), Map.of("Digits", key));
    }

    static void assertSlow(Twiml answer, String where) {
        for (Element say : answer.all("Say")) {
            List<Element> prosody = new ArrayList<>();
            for (var n = say.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals("prosody")) {
                    prosody.add(e);
                }
            }
            assertEquals(1, prosody.size(), where + ": every Say is slower");
            assertEquals(TwimlRenderer.SLOW_RATE, prosody.get(0).getAttribute("rate"), where);
        }
    }

    static int timeout(Twiml answer) {
        return Integer.parseInt(answer.gather().getAttribute("timeout"));
    }

    @Test
    void menusWaitAtLeastEightSeconds() throws Exception {
        Twiml main = call("/voice", Map.of());
        assertTrue(timeout(main) >= 8);
        assertTrue(timeout(press(main, "3")) >= 8);
    }

    @Test
    void slowerSpeechAndExtraTimeAreCarriedThroughEveryStepOfTheCall() throws Exception {
        Twiml main = call("/voice", Map.of());
        Twiml slow = press(main, "7");
        assertTrue(slow.spoken().startsWith("All right. I will speak more slowly."), slow.spoken());
        assertTrue(slow.spoken().contains("To go back to normal speed, press 7."), slow.spoken());
        Twiml patient = call(slow.redirect(), Map.of()); // silence: more time from now on
        int longer = timeout(patient);
        assertTrue(longer > timeout(main));

        Twiml faq = press(patient, "3");
        Twiml answer = press(faq, "3");
        Twiml backToFaq = press(answer, "1");
        Twiml mainAgain = press(backToFaq, "9");
        Twiml part1 = press(mainAgain, "2");
        Twiml part2 = press(part1, "#");
        for (Twiml step : List.of(patient, faq, answer, backToFaq, mainAgain, part2)) {
            assertSlow(step, step.action());
            assertTrue(step.action().contains("pace=slow"), step.action());
            assertTrue(timeout(step) >= longer, step.action() + " keeps the extra time");
        }
        Twiml desk = press(mainAgain, "0");
        assertSlow(desk, "front desk");
        String dialAction = desk.all("Dial").get(0).getAttribute("action");
        Twiml afterDesk = call(dialAction, Map.of("DialCallStatus", "no-answer"));
        assertSlow(afterDesk, "after the front desk");
        Twiml menuAgain = press(afterDesk, "9");
        assertSlow(menuAgain, "back at the main menu");
        Twiml spanish = press(menuAgain, "8");
        assertSlow(spanish, "after switching to Spanish");
        Twiml normal = press(spanish, "7");
        assertTrue(normal.spoken().startsWith("Muy bien. Vuelvo a la velocidad normal."), normal.spoken());
        assertTrue(normal.all("prosody").isEmpty());
    }

    @Test
    void askingForARepeatTwiceInARowSlowsTheLineDown() throws Exception {
        Twiml faq = press(call("/voice", Map.of()), "3");
        Twiml once = press(faq, "*");
        assertTrue(once.all("prosody").isEmpty());
        assertTrue(once.spoken().startsWith("For how soon it helps, press 1."), "no apology, just again");
        Twiml twice = call(once.action(), Map.of("SpeechResult", "say that again", "Confidence", "0.9"));
        assertTrue(twice.spoken().startsWith("All right. I will speak more slowly."), twice.spoken());
        assertSlow(twice, "after two repeats");
        assertSlow(press(twice, "2"), "the next answer");
    }

    @Test
    void theSlowerWordWorksInBothLanguages() throws Exception {
        assertSlow(call("/voice/menu?node=faq&lang=en", Map.of("SpeechResult", "Slow down please", "Confidence", "0.8")), "en");
        assertSlow(call("/voice/menu?node=faq&lang=es", Map.of("SpeechResult", "Más despacio, por favor", "Confidence", "0.8")), "es");
    }

    @Test
    void theSpanishTreeMirrorsTheEnglishOneKeyForKey() throws Exception {
        Prompts prompts = line.prompts().get();
        for (String menu : prompts.tree().menus()) {
            Twiml en = call("/voice/menu?node=" + menu + "&lang=en", Map.of("Digits", "*"));
            Twiml es = call("/voice/menu?node=" + menu + "&lang=es", Map.of("Digits", "*"));
            assertEquals(keys(en.spoken(), "press"), keys(es.spoken(), "oprima"), menu);
            List<String> options = prompts.tree().options(menu).stream().map(PhoneTree.Option::key).toList();
            assertTrue(keys(en.spoken(), "press").containsAll(options), menu);
            assertTrue(keys(en.spoken(), "press").containsAll(List.of("0", "star")), menu);
        }
        for (String topic : prompts.tree().topics()) {
            Twiml en = call("/voice/menu?node=" + topic + "&lang=en&part=99", Map.of("Digits", "*"));
            Twiml es = call("/voice/menu?node=" + topic + "&lang=es&part=99", Map.of("Digits", "*"));
            assertEquals(keys(en.spoken(), "press"), keys(es.spoken(), "oprima"), topic);
        }
    }

    /** The keys a menu offers, in the order it says them: "press 4", "oprima asterisco" → 4, star. */
    static List<String> keys(String spoken, String verb) {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile(verb + " (?:la tecla de )?(\\d|star|asterisco|pound|numeral)").matcher(spoken);
        while (m.find()) {
            keys.add(switch (m.group(1)) {
                case "asterisco" -> "star";
                case "numeral" -> "pound";
                default -> m.group(1);
            });
        }
        return keys;
    }
}
