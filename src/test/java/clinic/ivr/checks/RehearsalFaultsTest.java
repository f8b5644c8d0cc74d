package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.prompts.EditedPrompts;
import clinic.ivr.twiml.TwimlRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the rehearsal finds that Twilio or a carrier would not deliver as meant, and where staff fix it. */
class RehearsalFaultsTest {

    final EditedPrompts prompts = new EditedPrompts();

    @Test
    void aTextMessageLongerThanCarriersTakeIsAFaultInItsWords() {
        prompts.edit("en/desk.txt", "[text-message]\n${clinic.name}\n", "[text-message]\n${clinic.name} " + "and more ".repeat(180) + "\n");
        List<Rehearsal.Fault> faults = Rehearsal.faults(prompts.load());
        assertThat(faults).singleElement().satisfies(fault -> {
            assertThat(fault.step()).isEqualTo("en text message");
            assertThat(fault.message()).matches("it has 1,?\\d{3} characters; write one of at most 1600\\.");
            assertThat(fault.words()).hasValueSatisfying(where -> assertThat(where.file()).isEqualTo("prompts/en/desk.txt"));
            assertThat(fault.toString()).startsWith("en text message: it has ");
        });
    }

    @Test
    void twimlTwilioWouldNotPlayIsAFaultOfEachAnswerThatGivesIt() {
        prompts.edit("templates/goodbye.ftlx", "<Hangup/>", "<Hangupp/>");
        List<Rehearsal.Fault> faults = Rehearsal.faults(prompts.load());
        assertThat(faults).extracting(Rehearsal.Fault::step).contains("en goodbye", "es slow goodbye",
                "en message taken (monday)").allSatisfy(step -> assertThat(step).matches(".* (goodbye|message taken .*)"));
        assertThat(faults).allSatisfy(fault -> {
            assertThat(fault.template()).isEqualTo("goodbye.ftlx");
            assertThat(fault.message()).isEqualTo("<Hangupp> is not a TwiML verb this line uses");
            assertThat(fault.words()).isEmpty();
        });
        assertThat(Rehearsal.problems(prompts.load())).contains("en goodbye: <Hangupp> is not a TwiML verb this line uses");
    }

    @Test
    void aMenuThatLeavesACallerTooLittleTimeIsAFaultOfEveryMenu() {
        prompts.edit("templates/menu.ftlx", "timeout=\"${gather.timeout}\"", "timeout=\"5\"");
        List<Rehearsal.Fault> faults = Rehearsal.faults(prompts.load());
        assertThat(faults).extracting(Rehearsal.Fault::step).contains("en main (none)", "es slow faq (silence)",
                "en hours (none, day 1)", "en message offer (none)").doesNotContain("en confirm (faq)");
        assertThat(faults).allSatisfy(fault -> {
            assertThat(fault.template()).isEqualTo("menu.ftlx");
            assertThat(fault.message()).startsWith("the line waits only 5 seconds for a choice");
        });
    }

    @Test
    void aTemplateThatFailsOtherwiseIsAFaultWithItsLine() {
        prompts.edit("templates/goodbye.ftlx", "<Hangup/>", "<Hangup/>${1 / 0}");
        List<Rehearsal.Fault> faults = Rehearsal.faults(prompts.load());
        assertThat(faults).isNotEmpty().allSatisfy(fault -> {
            assertThat(fault.step()).matches(".* (goodbye|message taken .*)");
            assertThat(fault.template()).isEqualTo("goodbye.ftlx");
            assertThat(fault.line()).isEqualTo(prompts.lineOf("templates/goodbye.ftlx", "${1 / 0}"));
            assertThat(fault.message()).startsWith("the templates cannot render it: ").doesNotContain("\n");
        });
    }

    @Test
    void aTextMessageOfSixteenHundredCharactersIsSent() {
        String shipped = TwimlRenderer.textMessage(prompts.load(), "en");
        int room = Rehearsal.MAX_TEXT_CHARACTERS - shipped.length() - 1;
        prompts.edit("en/desk.txt", "[text-message]\n${clinic.name}\n", "[text-message]\n${clinic.name} " + "x".repeat(room) + "\n");
        assertThat(TwimlRenderer.textMessage(prompts.load(), "en")).hasSize(Rehearsal.MAX_TEXT_CHARACTERS);
        assertThat(Rehearsal.faults(prompts.load())).isEmpty();
    }
}
