package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.prompts.EditedPrompts;
import clinic.ivr.prompts.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The key map as callers hear it: each sentence that offers a key says what the key does first and the
 * key last, in the language's own words for numbers and pound.
 */
class KeyMapCheckTest {

    static final String AS_THE_OPTIONS_DO = ", as the options do: \"For what traction therapy is, press 1.\"";

    final EditedPrompts prompts = new EditedPrompts();

    Findings check() {
        Findings findings = new Findings();
        new KeyMapCheck().check(prompts.load(), findings);
        return findings;
    }

    List<String> errors() {
        return check().errors().stream().map(Problem::toString).toList();
    }

    /** Where a problem with an entry is shown: the first line of its words, under its name. */
    String under(String file, String entry) {
        return "prompts/" + file + " line " + (prompts.lineOf(file, entry) + 1) + ": ";
    }

    @Test
    void theShippedKeyMapPasses() {
        Findings findings = check();
        assertThat(findings.errors()).isEmpty();
        assertThat(findings.warnings()).isEmpty();
    }

    @Test
    void aSentenceThatNeverSaysItsKeyIsNamedWithTheKeyAndWhatItDoes() {
        prompts.edit("en/line.txt", "To talk to the front desk, press 0.", "To talk to the front desk, stay on the line.");
        assertThat(errors()).containsExactly(under("en/line.txt", "[front-desk-option]") + "[front-desk-option] does not say"
                + " its key, 0, which callers press for the front desk. End the sentence with the key" + AS_THE_OPTIONS_DO);
    }

    @Test
    void aSentenceThatSaysTheKeyFirstIsRefused() {
        prompts.edit("en/line.txt", "For the main menu, press 9.", "Press 9 for the main menu.");
        assertThat(errors()).containsExactly(under("en/line.txt", "[main-menu-option]") + "[main-menu-option] says the key"
                + " before what it does (\"Press 9 for the main menu.\"). Say what the key does first and the key last"
                + AS_THE_OPTIONS_DO);
    }

    @Test
    void twoWordsMayFollowTheKeyButNotMore() {
        prompts.edit("en/line.txt", "For the main menu, press 9.", "For the main menu, press 9 right now.");
        assertThat(errors()).isEmpty();
        prompts.edit("en/line.txt", "press 9 right now.", "press 9 and then wait a moment.");
        assertThat(errors()).singleElement().asString().contains("[main-menu-option] says the key before what it does");
    }

    @Test
    void aNumberMayBeSaidAsAWord() {
        prompts.edit("en/line.txt", "To talk to the front desk, press 0.", "To talk to the front desk, press zero.");
        prompts.edit("en/line.txt", "To hear everything more slowly, press 7.", "To hear everything more slowly, press seven.");
        assertThat(errors()).isEmpty();
        prompts.edit("en/line.txt", "press seven.", "press eight.");
        assertThat(errors()).singleElement().asString().contains("[slower-option] does not say its key, 7");
    }

    @Test
    void poundIsSaidInTheStaffsOwnWord() {
        prompts.edit("en/line.txt", "[key.pound]\npound", "[key.pound]\nhash");
        prompts.edit("en/line.txt", "To skip to the next part, press pound.", "To skip to the next part, press hash.");
        assertThat(errors()).isEmpty();
        prompts.edit("en/line.txt", "press hash.", "press the square.");
        assertThat(errors()).singleElement().asString().contains("[skip-option] does not say its key, pound, which callers"
                + " press for the next part of an answer");
        prompts.edit("en/line.txt", "press the square.", "press #.");
        assertThat(errors()).isEmpty();
    }

    @Test
    void starIsTheWordsAfterThePressingVerbAndStillComesLast() {
        prompts.edit("en/line.txt", "To hear this again, press star.", "To hear this again, press the star key.");
        assertThat(errors()).isEmpty();
        prompts.edit("en/line.txt", "To hear this again, press the star key.", "To hear this again, press *.");
        assertThat(errors()).isEmpty();
        prompts.edit("en/line.txt", "To hear this again, press *.", "Press star to hear this again.");
        assertThat(errors()).singleElement().asString().contains("[repeat-option] says the key before what it does");
    }

    @Test
    void theWayBackToASubmenuSaysItsKey() {
        prompts.edit("en/faq.txt", "For another question, press 1.", "For another question, press 2.");
        assertThat(errors()).containsExactly(under("en/faq.txt", "[faq.back]") + "[faq.back] does not say its key, 1, which"
                + " callers press for going back to the faq menu. End the sentence with the key" + AS_THE_OPTIONS_DO);
    }

    @Test
    void anAnswerThatStartsWithAKeyIsAdvice() {
        prompts.edit("en/faq.txt", "You may feel a mild stretch.", "Press 0 to ask about the stretch. You may feel it.");
        Findings findings = check();
        assertThat(findings.errors()).isEmpty();
        assertThat(findings.warnings()).extracting(Problem::toString).containsExactly(under("en/faq.txt", "[faq-painful]")
                + "[faq-painful] says a key before what it does (\"Press 0 to ask about the stretch.\"). Callers follow"
                + " more easily when the key comes last" + AS_THE_OPTIONS_DO);
    }

    @Test
    void aSpanishSentenceIsCheckedWithTheSpanishVerb() {
        prompts.edit("es/line.txt", "Para hablar con la recepción, oprima 0.", "Oprima 0 para hablar con la recepción.");
        assertThat(errors()).singleElement().asString().startsWith("prompts/es/line.txt line ")
                .contains("[front-desk-option] says the key before what it does");
    }

    @Test
    void anOptionPatternWithTheKeyFirstIsRefusedAndNoLongerCountsAsTheModel() {
        prompts.edit("en/line.txt", "For ${choice}, press ${key}.", "Press ${key} for ${choice}.");
        List<String> errors = errors();
        assertThat(errors).first().asString().isEqualTo(under("en/line.txt", "[option]") + "[option] says the key before the"
                + " choice (\"Press 1 for what traction therapy is.\"). Put ${choice} first and ${key} last, as in \"For"
                + " ${choice}, press ${key}.\", so callers hear what a key does before they hear the key.");
        assertThat(errors).as("the fixed sentences are not told to follow it").noneMatch(e -> e.contains("as the options do"));
    }

    @Test
    void anOptionPatternWithoutTheChoiceOrTheKeyIsRefused() {
        prompts.edit("en/line.txt", "For ${choice}, press ${key}.", "For ${choice}, press the key.");
        assertThat(errors()).first().asString().endsWith("[option] does not say the option's key (\"For what traction"
                + " therapy is, press the key.\"). Write ${key} where it goes, as in \"For ${choice}, press ${key}.\"");
    }

    @Test
    void aSentenceThatStartsWithTheKeyItselfSaysTheKeyFirst() {
        prompts.edit("en/line.txt", "For the main menu, press 9.", "9 is for the main menu.");
        assertThat(errors()).containsExactly(under("en/line.txt", "[main-menu-option]") + "[main-menu-option] says the key"
                + " before what it does (\"9 is for the main menu.\"). Say what the key does first and the key last"
                + AS_THE_OPTIONS_DO);
    }

    @Test
    void anAnswerThatSaysPressWithoutAKeyOrWithNothingAfterItIsNoAdvice() {
        prompts.edit("en/faq.txt", "You may feel a mild stretch.", "You may feel a mild stretch. Press gently on your back."
                + " Press 0.");
        assertThat(check().warnings()).isEmpty();
    }

    @Test
    void anOptionPatternWithoutAVerbOrWithTheChoiceFirstIsFine() {
        prompts.edit("en/line.txt", "For ${choice}, press ${key}.", "For ${choice}, ${key}.");
        assertThat(errors()).isEmpty();
        EditedPrompts choiceFirst = new EditedPrompts().edit("en/line.txt", "For ${choice}, press ${key}.",
                "${choice}: press ${key}.");
        Findings findings = new Findings();
        new KeyMapCheck().check(choiceFirst.load(), findings);
        assertThat(findings.errors()).isEmpty();
    }
}
