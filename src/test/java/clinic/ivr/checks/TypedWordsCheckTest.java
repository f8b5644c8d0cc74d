package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.prompts.EditedPrompts;
import clinic.ivr.prompts.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What staff typed, read as a caller would hear it: each mistake on the line where it was typed, in plain words. */
class TypedWordsCheckTest {

    /** The welcome, anchored on its entry: the goodbye says the same sentence. */
    static final String WELCOME = "[welcome]\nThank you for calling ${clinic.name}.";
    static final String BIENVENIDA = "[welcome]\nGracias por llamar a ${clinic.name}.";

    final EditedPrompts prompts = new EditedPrompts();

    List<String> errors() {
        Findings findings = new Findings();
        new TypedWordsCheck().check(prompts.load(), findings);
        return findings.errors().stream().map(Problem::toString).toList();
    }

    @Test
    void theShippedWordsPass() {
        assertThat(errors()).isEmpty();
    }

    @Test
    void aSettingWithoutBracesIsNamedWithHowToWriteIt() {
        prompts.edit("en/line.txt", WELCOME, "[welcome]\nThank you for calling $clinic.name.");
        int line = prompts.lineOf("en/line.txt", "$clinic.name.");
        assertThat(errors()).containsExactly("prompts/en/line.txt line " + line + ": \"$clinic.name\" needs braces: write"
                + " ${clinic.name}. Without them callers hear \"clinic.name\" as it is written.");
    }

    @Test
    void anAmpersandIsWrittenAsTheWordOfTheLanguage() {
        prompts.edit("en/line.txt", WELCOME, "[welcome]\nThank you & welcome.");
        prompts.edit("es/line.txt", BIENVENIDA, "[welcome]\nGracias & bienvenido.");
        assertThat(errors()).containsExactlyInAnyOrder(
                "prompts/en/line.txt line " + prompts.lineOf("en/line.txt", "Thank you & welcome.")
                        + ": \"&\" is read out as a symbol: write \"and\" instead.",
                "prompts/es/line.txt line " + prompts.lineOf("es/line.txt", "Gracias & bienvenido.")
                        + ": \"&\" is read out as a symbol: write \"y\" instead.");
    }

    @Test
    void anAngleEitherWayIsNoWord() {
        prompts.edit("en/line.txt", WELCOME, "[welcome]\nThank you for calling -> us.");
        assertThat(errors()).singleElement().asString().endsWith(": \">\" is not a word callers can hear: remove it, or"
                + " write what you mean in words.");
    }

    @Test
    void aClosingBracketAloneIsNeverSaid() {
        prompts.edit("en/line.txt", WELCOME, "[welcome]\nThank you for calling ${clinic.name}.]");
        assertThat(errors()).singleElement().asString().contains("brackets are never said to callers");
    }

    @Test
    void symbolsInTheWordsCallersSayAreNotSpokenSoNotFlagged() {
        prompts.edit("en/line.txt", "[words.front-desk]\n", "[words.front-desk]\nQ&A desk, <desk>, # desk\n");
        assertThat(errors()).isEmpty();
    }

    @Test
    void anEmptyBookingLinkSaidOutsideTheTextIsAHole() {
        prompts.edit("en/line.txt", WELCOME, "[welcome]\nThank you for calling. Book at ${clinic.booking_link}.");
        int line = prompts.lineOf("en/line.txt", "Book at");
        assertThat(errors()).containsExactly("prompts/en/line.txt line " + line + ": \"${clinic.booking_link}\" is empty in"
                + " the settings, so callers would hear nothing there (\"at .\"). Fill in the booking link, or take it out of"
                + " this sentence.");
    }

    @Test
    void aFilledInAddressMayBeSaidAnywhere() {
        prompts.edit("clinic.yaml", "# address: \"Street, New York, NY ZIP\"", "address: \"20 Example Street, New York, NY 10003\"");
        prompts.edit("en/line.txt", WELCOME, "[welcome]\nThank you for calling us at ${clinic.address}.");
        assertThat(errors()).isEmpty();
    }

    @Test
    void aLongMenuSentenceIsToBeShortenedALongAnswerPartSplit() {
        prompts.edit("en/line.txt", WELCOME, "[welcome]\nThank you for calling. " + "Welcome again. ".repeat(210));
        assertThat(errors()).singleElement().asString().contains("[welcome] is 3,").contains(" characters long; the phone's"
                + " voice reads at most 3,000 at a time (about 450 words). Shorten it.");
    }

    @Test
    void aLongPartOfAnAnswerIsNamedByItsNumberAndMayBeSplit() {
        prompts.edit("en/faq.txt", "You may feel a mild stretch.\n", "You may feel a mild stretch.\n---\n"
                + "It is gentle. ".repeat(240) + "\n");
        assertThat(errors()).singleElement().asString().contains("part 2 of [faq-painful] is 3,")
                .endsWith("Split it into parts with a line of ---, or shorten it.");
    }

    @Test
    void aPartBreakOutsideAnAnswerHidesTheWordsAfterIt() {
        prompts.edit("en/line.txt", WELCOME, "[welcome]\nThank you for calling ${clinic.name}.\n---\nHello.");
        int line = prompts.lineOf("en/line.txt", "Thank you for calling ${clinic.name}.") + 1;
        assertThat(errors()).containsExactly("prompts/en/line.txt line " + line + ": only answers have parts: callers never"
                + " hear the words after \"---\" in [welcome]. Remove the --- line.");
    }

    @Test
    void anAnswerOfThreeThousandCharactersIsSaidInOneGoAndOneMoreIsTooLong() {
        String answer = prompts.text("en/faq.txt");
        int start = answer.indexOf("[faq-results]\n") + "[faq-results]\n".length();
        String words = answer.substring(start, answer.indexOf("\n\n", start));
        String exactly = ("word ".repeat(600)).strip() + "s";
        assertThat(exactly).hasSize(3000);
        prompts.edit("en/faq.txt", "[faq-results]\n" + words, "[faq-results]\n" + exactly);
        assertThat(errors()).isEmpty();
        prompts.edit("en/faq.txt", exactly, exactly + "!");
        assertThat(errors()).containsExactly("prompts/en/faq.txt line " + (prompts.headingOf("en/faq.txt", "faq-results") + 1)
                + ": [faq-results] is 3,001 characters long; the phone's voice reads at most 3,000 at a time (about 450"
                + " words). Split it into parts with a line of ---, or shorten it.");
    }
}
