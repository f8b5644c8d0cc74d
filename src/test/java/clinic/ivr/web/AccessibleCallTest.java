package clinic.ivr.web;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineExtension;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/** A call at the caller's pace: slower speech and more time last the whole call, in both languages. */
class AccessibleCallTest {

    @RegisterExtension
    static final LineExtension LINE = new LineExtension();

    static Twiml call(String path, Map<String, String> input) throws Exception {
        var response = LINE.twilio().post(path, TwilioClient.withInput(input));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(new TwimlChecker(Routes.ACTIONS).check(response.body())).as(path).isEqualTo(List.of());
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
            assertThat(prosody.size()).as(where + ": every Say is slower").isOne();
            assertThat(prosody.get(0).getAttribute("rate")).as(where).isEqualTo(TwimlRenderer.SLOW_RATE);
        }
    }

    static int timeout(Twiml answer) {
        return Integer.parseInt(answer.gather().getAttribute("timeout"));
    }

    @Test
    void menusWaitAtLeastEightSeconds() throws Exception {
        Twiml main = call("/voice", Map.of());
        assertThat(timeout(main)).isGreaterThanOrEqualTo(8);
        assertThat(timeout(press(main, "3"))).isGreaterThanOrEqualTo(8);
    }

    @Test
    void slowerSpeechAndExtraTimeAreCarriedThroughEveryStepOfTheCall() throws Exception {
        Twiml main = call("/voice", Map.of());
        Twiml slow = press(main, "7");
        assertThat(slow.spoken()).as(slow.spoken()).startsWith("All right. I will speak more slowly.");
        assertThat(slow.spoken()).as(slow.spoken()).contains("To go back to normal speed, press 7.");
        Twiml patient = call(slow.redirect(), Map.of()); // silence: more time from now on
        int longer = timeout(patient);
        assertThat(longer).isGreaterThan(timeout(main));

        Twiml faq = press(patient, "3");
        Twiml answer = press(faq, "3");
        Twiml backToFaq = press(answer, "1");
        Twiml mainAgain = press(backToFaq, "9");
        Twiml part1 = press(mainAgain, "2");
        Twiml part2 = press(part1, "#");
        for (Twiml step : List.of(patient, faq, answer, backToFaq, mainAgain, part2)) {
            assertSlow(step, step.action());
            assertThat(step.action()).as(step.action()).contains("pace=slow");
            assertThat(timeout(step)).as(step.action() + " keeps the extra time").isGreaterThanOrEqualTo(longer);
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
        assertThat(normal.spoken()).as(normal.spoken()).startsWith("Muy bien. Vuelvo a la velocidad normal.");
        assertThat(normal.all("prosody")).isEmpty();
    }

    @Test
    void askingForARepeatTwiceInARowSlowsTheLineDown() throws Exception {
        Twiml faq = press(call("/voice", Map.of()), "3");
        Twiml once = press(faq, "*");
        assertThat(once.all("prosody")).isEmpty();
        assertThat(once.spoken()).as("no apology, just again").startsWith("For how soon it helps, press 1.");
        Twiml twice = call(once.action(), Map.of("SpeechResult", "say that again", "Confidence", "0.9"));
        assertThat(twice.spoken()).as(twice.spoken()).startsWith("All right. I will speak more slowly.");
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
        Prompts prompts = LINE.line().prompts().get();
        for (String menu : prompts.tree().menus()) {
            Twiml en = call("/voice/menu?node=" + menu + "&lang=en", Map.of("Digits", "*"));
            Twiml es = call("/voice/menu?node=" + menu + "&lang=es", Map.of("Digits", "*"));
            assertThat(keys(es.spoken(), "oprima")).as(menu).isEqualTo(keys(en.spoken(), "press"));
            List<String> options = prompts.tree().options(menu).stream().map(PhoneTree.Option::key).toList();
            assertThat(keys(en.spoken(), "press").containsAll(options)).as(menu).isTrue();
            assertThat(keys(en.spoken(), "press").containsAll(List.of("0", "star"))).as(menu).isTrue();
        }
        for (String topic : prompts.tree().topics()) {
            Twiml en = call("/voice/menu?node=" + topic + "&lang=en&part=99", Map.of("Digits", "*"));
            Twiml es = call("/voice/menu?node=" + topic + "&lang=es&part=99", Map.of("Digits", "*"));
            assertThat(keys(es.spoken(), "oprima")).as(topic).isEqualTo(keys(en.spoken(), "press"));
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
