package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A verdict on a prompts set, and where each problem is shown to staff. */
class ValidationTest {

    static final Problem ERROR = new Problem("prompts/clinic.yaml", 7, "the clinic's name is empty.");

    @Test
    void aVersionAnswersCallsOnlyWhenItLoadedWithoutErrors() {
        Prompts version = new EditedPrompts().load();
        assertThat(new Validation(Optional.of(version), List.of(), List.of(ERROR)).ok()).as("warnings only").isTrue();
        assertThat(new Validation(Optional.of(version), List.of(ERROR), List.of()).ok()).isFalse();
        Validation failed = Validation.failed(List.of(ERROR));
        assertThat(failed.ok()).isFalse();
        assertThat(failed.prompts()).isEmpty();
        assertThat(failed.errors()).containsExactly(ERROR);
        assertThat(failed.warnings()).isEmpty();
    }

    @Test
    void aProblemIsShownWithItsFileAndLineWhenItHasOne() {
        assertThat(ERROR).hasToString("prompts/clinic.yaml line 7: the clinic's name is empty.");
        assertThat(new Problem("prompts/menus.yaml", 0, "this file is missing.")).hasToString("prompts/menus.yaml: this file"
                + " is missing.");
        assertThat(new Source("prompts/en/line.txt", 14).problem("too long")).isEqualTo(new Problem("prompts/en/line.txt", 14,
                "too long"));
        assertThat(new Source("prompts/en/line.txt", 14)).hasToString("prompts/en/line.txt line 14");
        assertThat(new WrittenLine("prompts/en/line.txt", 3, "Hi &").problem("symbol")).isEqualTo(new Problem(
                "prompts/en/line.txt", 3, "symbol"));
    }
}
