package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.prompts.EditedPrompts;
import clinic.ivr.prompts.Problem;
import org.junit.jupiter.api.Test;

/**
 * The example phrases callers are matched against, and every language saying what the others say: each
 * mistake on the line where staff typed it.
 */
class ExamplesAndLanguagesTest {

    final EditedPrompts prompts = new EditedPrompts();

    Findings examples() {
        Findings findings = new Findings();
        new ExamplesCheck().check(prompts.load(), findings);
        return findings;
    }

    Findings languages() {
        Findings findings = new Findings();
        new LanguageCheck().check(prompts.load(), findings);
        return findings;
    }

    @Test
    void theShippedExamplesAndLanguagesPass() {
        assertThat(examples().errors()).isEmpty();
        assertThat(examples().warnings()).isEmpty();
        assertThat(languages().errors()).isEmpty();
        assertThat(languages().warnings()).isEmpty();
    }

    @Test
    void aPhraseOfTwoPlacesIsNamedWithBoth() {
        prompts.edit("en/faq.txt", "[faq-painful.words]\nwill it hurt\n", "[faq-painful.words]\nwill it hurt\nopening hours\n");
        assertThat(examples().errors()).extracting(Problem::toString)
                .containsExactly(painfulAsHours("opening hours", "opening hours"));
    }

    /** The error for a phrase of [faq-painful.words] that is, to the line, one of [hours.words]. */
    private String painfulAsHours(String phrase, String asWrittenInHours) {
        return "prompts/en/faq.txt line " + prompts.lineOf("en/faq.txt", phrase) + ": \"" + phrase
                + "\" in [faq-painful.words] is the same, to the line, as an example of [hours.words]"
                + " (prompts/en/hours.txt line " + prompts.lineOf("en/hours.txt", asWrittenInHours) + "); a caller who"
                + " says it could mean either. Keep it in one of them, or add words that tell them apart.";
    }

    @Test
    void aPhraseRepeatedInOnePlaceIsNoConflict() {
        prompts.edit("en/faq.txt", "[faq-painful.words]\nwill it hurt\n", "[faq-painful.words]\nwill it hurt\nthe painful\n");
        assertThat(examples().errors()).isEmpty();
    }

    @Test
    void aPhraseOfOnlyLittleWordsIsMatchedAsSaid() {
        prompts.edit("en/faq.txt", "[faq-painful.words]\nwill it hurt\n", "[faq-painful.words]\nwill it hurt\nis it\n");
        assertThat(examples().warnings()).isEmpty();
        assertThat(examples().errors()).isEmpty();
    }

    @Test
    void theSameLittleWordsInTwoPlacesAreAConflict() {
        prompts.edit("en/faq.txt", "[faq-painful.words]\nwill it hurt\n", "[faq-painful.words]\nwill it hurt\nis that it\n");
        prompts.edit("en/hours.txt", "[hours.words]\n", "[hours.words]\nIs that it?\n");
        assertThat(examples().errors()).extracting(Problem::toString)
                .containsExactly(painfulAsHours("is that it", "Is that it?"));
    }

    /** A thank-you is recognized as written, never matched: only the same words as written are a conflict. */
    @Test
    void aThankYouIsComparedAsWritten() {
        prompts.edit("en/line.txt", "[words.thanks]\n", "[words.thanks]\nthat helps me\n");
        prompts.edit("en/line.txt", "[words.front-desk]\n", "[words.front-desk]\nhelp me\n");
        assertThat(examples().errors()).as("\"that helps me\" is no \"help me\" as written").isEmpty();
        prompts.edit("en/line.txt", "[words.thanks]\n", "[words.thanks]\nsorry\n");
        assertThat(examples().errors()).extracting(Problem::toString).singleElement().asString()
                .contains("\"sorry\" in [words.thanks]", "[words.repeat]");
    }

    @Test
    void aPhraseWithNoWordsCanMatchNothing() {
        prompts.edit("en/faq.txt", "[faq-painful.words]\nwill it hurt\n", "[faq-painful.words]\nwill it hurt\n?!\n");
        int line = prompts.lineOf("en/faq.txt", "?!");
        assertThat(examples().warnings()).extracting(Problem::toString).containsExactly("prompts/en/faq.txt line " + line
                + ": \"?!\" in [faq-painful.words] has no words; it can match nothing. Write what the caller says, or"
                + " remove it.");
        assertThat(examples().errors()).isEmpty();
    }

    @Test
    void theOtherLanguagesWordsMayBeTheSameInBothLines() {
        prompts.edit("es/line.txt", "[words.language]\n", "[words.language]\nEnglish please\n");
        assertThat(examples().errors()).isEmpty();
    }

    @Test
    void anAnswerWithFewerPartsIsAdviceNamingBothFiles() {
        prompts.edit("en/faq.txt", "Others notice a change within 4 to 6 sessions.\n",
                "Others notice a change within 4 to 6 sessions.\n---\n");
        int en = prompts.lineOf("en/faq.txt", "[faq-results]") + 1;
        int es = prompts.lineOf("es/faq.txt", "[faq-results]") + 1;
        assertThat(languages().warnings()).extracting(Problem::toString).containsExactly("prompts/es/faq.txt line " + es
                + ": [faq-results] has 1 part here and 2 in prompts/en/faq.txt line " + en + "; check that nothing is"
                + " missing (a line with only --- starts a new part).");
        prompts.edit("es/faq.txt", "Otras notan un cambio en 4 a 6 sesiones.\n", "Otras notan un cambio en 4 a 6 sesiones.\n---\n");
        prompts.edit("en/faq.txt", "after the first session.\n", "after the first session.\n---\n");
        assertThat(languages().warnings()).extracting(Problem::toString).singleElement().asString()
                .contains("[faq-results] has 2 parts here and 3 in");
    }

    @Test
    void anEntryOneLanguageLacksIsNamedInItsOwnFile() {
        prompts.edit("en/faq.txt", "[faq.back]", "[faq]\nHere are the questions people ask most.\n\n[faq.back]");
        int line = prompts.lineOf("en/faq.txt", "[faq]") + 1;
        assertThat(languages().errors()).extracting(Problem::toString).containsExactly("prompts/es/faq.txt: the entry"
                + " [faq] is missing; prompts/en/faq.txt line " + line + " has it: copy it here and translate it.");
    }

    @Test
    void aSubmenusWordsAndTheHoursWordsAreExamplesToo() {
        prompts.edit("en/faq.txt", "[faq.words]\n", "[faq.words]\nwill it hurt\n");
        assertThat(examples().errors()).extracting(Problem::message).anyMatch(m -> m.startsWith("\"will it hurt\" in"
                + " [faq-painful.words] is the same, to the line, as an example of [faq.words]"));

        EditedPrompts noHoursKey = new EditedPrompts().edit("menus.yaml", "  5: hours\n", "")
                .edit("en/hours.txt", "[hours.words]\n", "[hours.words]\nwill it hurt\n");
        Findings findings = new Findings();
        new ExamplesCheck().check(noHoursKey.load(), findings);
        assertThat(findings.errors()).extracting(Problem::message).anyMatch(m -> m.startsWith("\"will it hurt\" in"
                + " [hours.words] is the same, to the line, as an example of [faq-painful.words]"));
    }

    @Test
    void anEntryInAFileTheOtherLanguageLacksIsNamedForItsFolder() {
        prompts.write("en/more.txt", "[faq]\nHere are the questions people ask most.\n");
        assertThat(languages().errors()).extracting(Problem::toString).containsExactly("prompts/es: the entry [faq] is"
                + " missing; prompts/en/more.txt line 2 has it: copy it here and translate it.");
    }
}
