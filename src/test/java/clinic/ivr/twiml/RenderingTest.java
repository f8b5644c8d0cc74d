package clinic.ivr.twiml;

import clinic.ivr.checks.Rehearsal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.PromptsCopy;
import clinic.ivr.TestLine;
import clinic.ivr.Twiml;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.Prompts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Every answer the shipped prompts can give, rendered and read the way Twilio reads it. */
class RenderingTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);

    @Test
    void everyAnswerOfTheShippedPromptsIsTwimlTwilioPlaysAsMeant() {
        assertEquals(List.of(), Rehearsal.problems(SHIPPED));
        assertTrue(Rehearsal.steps(SHIPPED).size() > 100, "both languages, both paces, every menu, topic and part");
    }

    @Test
    void everyAnswerParsesWithAResponseRootAndOnlySpeechInsideGather() throws Exception {
        for (Map.Entry<String, Step> entry : Rehearsal.steps(SHIPPED).entrySet()) {
            Twiml twiml = Twiml.parse(TwimlRenderer.render(SHIPPED, entry.getValue()));
            assertEquals("Response", twiml.root().getTagName(), entry.getKey());
            for (Element gather : twiml.all("Gather")) {
                for (Node child = gather.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element e) {
                        assertTrue(Set.of("Say", "Play", "Pause").contains(e.getTagName()),
                                entry.getKey() + ": <" + e.getTagName() + "> inside <Gather>");
                    }
                }
                assertTrue(Integer.parseInt(gather.getAttribute("timeout")) >= 3, entry.getKey());
                if (entry.getValue() instanceof Step.Whisper) {
                    // staff accept with a key: speech would let the noise of a room accept for them
                    assertEquals("dtmf", gather.getAttribute("input"), entry.getKey());
                    continue;
                }
                assertEquals("dtmf speech", gather.getAttribute("input"), entry.getKey());
                assertFalse(gather.getAttribute("hints").isBlank(), entry.getKey());
            }
        }
    }

    @Test
    void everySayNamesANeuralVoiceAndTheLanguageOfTheCall() throws Exception {
        for (Map.Entry<String, Step> entry : Rehearsal.steps(SHIPPED).entrySet()) {
            Step step = entry.getValue();
            if (step instanceof Step.Connect) {
                continue; // the staff member accepted: nothing is said, the caller is put through
            }
            String expected = step.state().language().equals("es") ? "es-US" : "en-US";
            List<Element> says = Twiml.parse(TwimlRenderer.render(SHIPPED, step)).all("Say");
            assertFalse(says.isEmpty(), entry.getKey());
            long inCallLanguage = says.stream().filter(s -> s.getAttribute("language").equals(expected)).count();
            for (Element say : says) {
                assertTrue(say.getAttribute("voice").endsWith("-Neural"), entry.getKey());
                assertTrue(say.getAttribute("language").matches("(en|es)-US"), entry.getKey());
            }
            // only the offer of the other language is said in the other language
            assertTrue(says.size() - inCallLanguage <= 1, entry.getKey());
        }
    }

    @Test
    void slowPaceWrapsEverySayInProsody() throws Exception {
        for (Map.Entry<String, Step> entry : Rehearsal.steps(SHIPPED).entrySet()) {
            Twiml twiml = Twiml.parse(TwimlRenderer.render(SHIPPED, entry.getValue()));
            int prosody = twiml.all("prosody").size();
            if (entry.getValue().state().slow() && !(entry.getValue() instanceof Step.Whisper)) {
                assertEquals(twiml.all("Say").size(), prosody, entry.getKey());
                twiml.all("prosody").forEach(p -> assertEquals(TwimlRenderer.SLOW_RATE, p.getAttribute("rate")));
            } else {
                assertEquals(0, prosody, entry.getKey());
            }
        }
    }

    @Test
    void staffTextWithAmpersandsAnglesAndQuotesStillMakesValidTwiml(@TempDir Path dir) throws Exception {
        PromptsCopy.of(dir);
        PromptsCopy.replace(dir.resolve("clinic.yaml"), "name: Gramercy Physical Therapy", "name: \"Smith & Jones <PT> \\\"Care\\\"\"");
        PromptsCopy.replace(dir.resolve("en/line.txt"), "Thank you for calling ${clinic.name}.",
                "Thank you for calling ${clinic.name}. Q&A: 1 < 2 > 0, \"quoted\" & 'single' ]]> \u0001done.");
        Prompts prompts = TestLine.load(dir);
        assertEquals(List.of(), Rehearsal.problems(prompts));
        Twiml first = Twiml.parse(TwimlRenderer.render(prompts, prompts.flow().start()));
        assertTrue(first.spoken().contains(
                "Thank you for calling Smith & Jones <PT> \"Care\". Q&A: 1 < 2 > 0, \"quoted\" & 'single' ]]> done."),
                first.spoken());
    }

    @Test
    void phoneNumbersAreReadAsTelephoneNumbers() throws Exception {
        Step start = Rehearsal.steps(SHIPPED).entrySet().stream()
                .filter(e -> e.getKey().startsWith("en faq-start part"))
                .map(Map.Entry::getValue)
                .filter(step -> render(step).contains("say-as"))
                .findFirst().orElseThrow();
        Twiml missed = Twiml.parse(render(start));
        Element number = missed.all("say-as").get(0);
        assertEquals("telephone", number.getAttribute("interpret-as"));
        assertEquals("212-598-5913", number.getTextContent());
    }

    private static String render(Step step) {
        try {
            return TwimlRenderer.render(SHIPPED, step);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theMainMenuOffersTheOtherLanguageInItsOwnVoice() throws Exception {
        Twiml english = Twiml.parse(TwimlRenderer.render(SHIPPED, SHIPPED.flow().start()));
        Element offer = english.all("Say").stream()
                .filter(s -> s.getAttribute("language").equals("es-US")).findFirst().orElseThrow();
        assertEquals("Para español, oprima 8.", offer.getTextContent());
        assertEquals("Polly.Lupe-Neural", offer.getAttribute("voice"));
    }
}
