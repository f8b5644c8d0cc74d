package clinic.ivr.twiml;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.PromptsCopy;
import clinic.ivr.TestLine;
import clinic.ivr.Twiml;
import clinic.ivr.checks.Rehearsal;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.flow.CallState;
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
        assertThat(Rehearsal.problems(SHIPPED)).isEqualTo(List.of());
        assertThat(Rehearsal.steps(SHIPPED).size()).as("both languages, both paces, every menu, topic and part").isGreaterThan(100);
    }

    /** Said first when the call has just gone on in the other language, whose welcome the caller never heard. */
    @Test
    void aLeadOrARecordingWithTheNoticeFirstSaysTheEmergencyNoticeBeforeAnythingElse() throws Exception {
        CallState spanish = CallState.start("es");
        PhoneNumber caller = PhoneNumber.of("+12125550147");
        String notice = "Si tiene una emergencia médica";
        assertThat(spoken(new Step.Voicemail(spanish, caller, true))).startsWith(notice).contains("Después del tono");
        assertThat(spoken(new Step.Voicemail(spanish, caller))).startsWith("Después del tono").doesNotContain(notice);
        Step.Confirm asked = new Step.Confirm(spanish.asking(CallState.FRONT_DESK), new Step.Lead(Step.Lead.Kind.ASK_THE_DESK, "", true));
        assertThat(spoken(asked)).startsWith(notice).contains("La recepción le puede contestar eso");
        assertThat(spoken(new Step.Confirm(spanish.asking(CallState.FRONT_DESK), Step.Lead.of(Step.Lead.Kind.ASK_THE_DESK))))
                .startsWith("La recepción le puede contestar eso");
    }

    private static String spoken(Step step) throws Exception {
        return Twiml.parse(TwimlRenderer.render(SHIPPED, step)).spoken();
    }

    @Test
    void everyAnswerParsesWithAResponseRootAndOnlySpeechInsideGather() throws Exception {
        for (Map.Entry<String, Step> entry : Rehearsal.steps(SHIPPED).entrySet()) {
            Twiml twiml = Twiml.parse(TwimlRenderer.render(SHIPPED, entry.getValue()));
            assertThat(twiml.root().getTagName()).as(entry.getKey()).isEqualTo("Response");
            for (Element gather : twiml.all("Gather")) {
                for (Node child = gather.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element e) {
                        assertThat(Set.of("Say", "Play", "Pause")).as(entry.getKey() + ": <" + e.getTagName() + "> inside <Gather>").contains(e.getTagName());
                    }
                }
                assertThat(Integer.parseInt(gather.getAttribute("timeout"))).as(entry.getKey()).isGreaterThanOrEqualTo(3);
                if (entry.getValue() instanceof Step.Whisper) {
                    // staff accept with a key: speech would let the noise of a room accept for them
                    assertThat(gather.getAttribute("input")).as(entry.getKey()).isEqualTo("dtmf");
                    continue;
                }
                assertThat(gather.getAttribute("input")).as(entry.getKey()).isEqualTo("dtmf speech");
                assertThat(gather.getAttribute("hints")).as(entry.getKey()).isNotBlank();
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
            assertThat(says).as(entry.getKey()).isNotEmpty();
            long inCallLanguage = says.stream().filter(s -> s.getAttribute("language").equals(expected)).count();
            for (Element say : says) {
                assertThat(say.getAttribute("voice")).as(entry.getKey()).endsWith("-Neural");
                assertThat(say.getAttribute("language").matches("(en|es)-US")).as(entry.getKey()).isTrue();
            }
            // only the offer of the other language is said in the other language
            assertThat(says.size() - inCallLanguage).as(entry.getKey()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void slowPaceWrapsEverySayInProsody() throws Exception {
        for (Map.Entry<String, Step> entry : Rehearsal.steps(SHIPPED).entrySet()) {
            Twiml twiml = Twiml.parse(TwimlRenderer.render(SHIPPED, entry.getValue()));
            int prosody = twiml.all("prosody").size();
            if (entry.getValue().state().slow() && !(entry.getValue() instanceof Step.Whisper)) {
                assertThat(prosody).as(entry.getKey()).isEqualTo(twiml.all("Say").size());
                twiml.all("prosody").forEach(p -> assertThat(p.getAttribute("rate")).isEqualTo(TwimlRenderer.SLOW_RATE));
            } else {
                assertThat(prosody).as(entry.getKey()).isZero();
            }
        }
    }

    @Test
    void staffTextWithAmpersandsAnglesAndQuotesStillMakesValidTwiml(@TempDir Path dir) throws Exception {
        PromptsCopy.of(dir);
        PromptsCopy.replace(dir.resolve("clinic.yaml"), "name: Gramercy Physical Therapy", "name: \"Smith & Jones <PT> \\\"Care\\\"\"");
        PromptsCopy.replace(dir.resolve("en/line.txt"), "Thank you for calling ${clinic.name}.",
                "Thank you for calling ${clinic.name}. Q&A: 1 < 2 > 0, \"quoted\" & 'single' ]]> \u0001done.");
        PromptsCopy.replace(dir.resolve("en/desk.txt"), "message, leave a message,", "message, Q&A <desk> \"now\" 'please',");
        Prompts prompts = TestLine.load(dir);
        assertThat(Rehearsal.problems(prompts)).isEqualTo(List.of());
        Twiml first = Twiml.parse(TwimlRenderer.render(prompts, prompts.flow().start()));
        assertThat(first.spoken()).as(first.spoken()).contains(
                "Thank you for calling Smith & Jones <PT> \"Care\". Q&A: 1 < 2 > 0, \"quoted\" & 'single' ]]> done.");
        // the hints are escaped once when the prompts load, and read back as staff wrote them
        assertThat(first.all("Gather").get(0).getAttribute("hints")).isEqualTo(prompts.wording("en").hints())
                .contains(", Q&A <desk> \"now\" 'please', ");
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
        assertThat(number.getAttribute("interpret-as")).isEqualTo("telephone");
        assertThat(number.getTextContent()).isEqualTo("212-598-5913");
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
        assertThat(offer.getTextContent()).isEqualTo("Para español, oprima 8.");
        assertThat(offer.getAttribute("voice")).isEqualTo("Polly.Lupe-Neural");
    }
}
