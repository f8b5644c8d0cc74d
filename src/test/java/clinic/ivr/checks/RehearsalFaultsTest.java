package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.prompts.EditedPrompts;
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
}
