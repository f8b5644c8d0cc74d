package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.prompts.EditedPrompts;
import clinic.ivr.prompts.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The settings as callers would hear them, and special days that have passed, on the staff's own lines. */
class SettingsCheckTest {

    final EditedPrompts prompts = new EditedPrompts();
    final Findings findings = new Findings();

    @Test
    void theShippedSettingsPass() {
        new SettingsCheck().check(prompts.load(), findings);
        new SettingsCheck().checkDays(prompts.load(), LocalDate.of(2026, 3, 4), findings);
        assertThat(findings.errors()).isEmpty();
    }

    @Test
    void aNoteAfterAValueIsNamedOnItsLineWithWhatIsLeft() {
        int line = prompts.lineOf("clinic.yaml", "name: Gramercy");
        prompts.edit("clinic.yaml", "name: Gramercy Physical Therapy", "name: Gramercy Physical Therapy #2");
        new SettingsCheck().check(prompts.load(), findings);
        assertThat(findings.errors()).extracting(Problem::toString).containsExactly("prompts/clinic.yaml line " + line
                + ": the words after \"#\" on this line are a note, not part of the value: name is only \"Gramercy"
                + " Physical Therapy\". Put the whole value in quotes to keep the #, or move the note to a line of its own.");
    }

    @Test
    void aHashInAQuotedNameIsSaidAsASymbol() {
        prompts.edit("clinic.yaml", "name: Gramercy Physical Therapy", "name: \"Gramercy #1 Physical Therapy\"");
        new SettingsCheck().check(prompts.load(), findings);
        assertThat(findings.errors()).extracting(Problem::toString).containsExactly("prompts/clinic.yaml line "
                + prompts.lineOf("clinic.yaml", "name: \"Gramercy") + ": \"#\" in the clinic's name is read out as a symbol:"
                + " write the word callers should hear, such as \"number\".");
    }

    @Test
    void aSpecialDayIsPassedTheDayAfterNotOnTheDay() {
        int line = prompts.lineOf("clinic.yaml", "2026-12-24:");
        new SettingsCheck().checkDays(prompts.load(), LocalDate.of(2026, 12, 24), findings);
        assertThat(findings.errors()).isEmpty();
        new SettingsCheck().checkDays(prompts.load(), LocalDate.of(2026, 12, 25), findings);
        assertThat(findings.errors()).extracting(Problem::toString).containsExactly("prompts/clinic.yaml line " + line
                + ": the special day 2026-12-24 has already passed (today is 2026-12-25): check the year, or remove this day.");
    }

    @Test
    void aHashInTheAddressIsSaidAsASymbolAndTheSameFindingIsListedOnce() {
        prompts.edit("clinic.yaml", "# address: \"Street, New York, NY ZIP\"", "address: \"20 Example Street #4\"");
        new SettingsCheck().check(prompts.load(), findings);
        new SettingsCheck().check(prompts.load(), findings);
        assertThat(findings.errors()).extracting(Problem::toString).containsExactly("prompts/clinic.yaml line "
                + prompts.lineOf("clinic.yaml", "address: \"20") + ": \"#\" in the clinic's address is read out as a symbol:"
                + " write the word callers should hear, such as \"number\".");
        assertThat(findings.warnings()).isEmpty();
    }
}
