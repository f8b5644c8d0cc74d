package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.checks.ChecksOnACopy;
import clinic.ivr.prompts.Validation;
import org.junit.jupiter.api.Test;

/**
 * The mistakes staff make when they change the words, caught by the one validator (the command line's
 * validate, the staff page's Check and Publish), each on the line where it was typed, in plain words.
 * Each check is tested on its own in its package; these run them all, as staff meet them.
 */
class BadInputTest extends ChecksOnACopy {

    @Test
    void aPlaceholderWithoutItsBracesWouldBeHeardLetterByLetter() {
        int line = prompts.lineOf("en/line.txt", "Thank you for calling ${clinic.name}.");
        prompts.edit("en/line.txt", "Thank you for calling ${clinic.name}.", "Thank you for calling $clinic.name.");
        assertThat(errorAt(validate(), "prompts/en/line.txt", line).message())
                .isEqualTo("\"$clinic.name\" needs braces: write ${clinic.name}. Without them callers hear \"clinic.name\""
                        + " as it is written.");
    }

    @Test
    void aPlaceholderWhoseSettingIsEmptyWouldLeaveAHole() {
        int line = prompts.lineOf("es/line.txt", "Gracias por llamar a ${clinic.name}.");
        prompts.edit("es/line.txt", "Gracias por llamar a ${clinic.name}.", "Gracias por llamar a ${clinic.name}, en ${clinic.address}.");
        assertThat(errorAt(validate(), "prompts/es/line.txt", line).message()).contains("\"${clinic.address}\" is empty in"
                + " the settings").contains("Fill in the address");
    }

    @Test
    void theSettingsSaidOnlyOnceTheyAreSetMayStayEmpty() {
        // [directions] and the text message use the address and booking link, and are said only once both are set
        assertThat(validator.validate(TestLine.SHIPPED_PROMPTS).ok()).as(() -> list(validator.validate(TestLine.SHIPPED_PROMPTS)))
                .isTrue();
    }

    @Test
    void anUnclosedBracketIsNeverSaid() {
        int line = prompts.lineOf("en/faq.txt", "You may feel a mild stretch.");
        prompts.edit("en/faq.txt", "You may feel a mild stretch.", "[You may feel a mild stretch.");
        assertThat(errorAt(validate(), "prompts/en/faq.txt", line).message()).startsWith("brackets are never said");
    }

    @Test
    void anAmpersandOrAnAngleIsASymbolNotAWord() {
        int amp = prompts.lineOf("en/line.txt", "Thank you for calling ${clinic.name}.");
        prompts.edit("en/line.txt", "Thank you for calling ${clinic.name}.", "Thank you for calling ${clinic.name} & welcome.");
        int angle = prompts.lineOf("es/faq.txt", "un cambio en 4 a 6 sesiones.");
        prompts.edit("es/faq.txt", "un cambio en 4 a 6 sesiones.", "un cambio en < 6 sesiones.");
        Validation v = validate();
        assertThat(errorAt(v, "prompts/en/line.txt", amp).message()).contains("write \"and\" instead");
        assertThat(errorAt(v, "prompts/es/faq.txt", angle).message()).contains("is not a word callers can hear");
    }

    @Test
    void aSixthOptionIsOneTooMany() {
        prompts.edit("menus.yaml", "  5: faq-start\n", "  5: faq-start\n  6: faq-results-again\n");
        assertThat(validate().errors().stream().map(Object::toString))
                .anyMatch(p -> p.startsWith("prompts/menus.yaml line ") && p.contains("the faq menu has 6 options; callers"
                        + " remember at most 5"));
    }

    @Test
    void aMissingSpanishAnswerIsNamedWithWhereTheEnglishOneIs() {
        String es = prompts.read("es/faq.txt");
        int start = es.indexOf("[faq-painful]\n");
        int end = es.indexOf("\n[", start + 1);
        prompts.write("es/faq.txt", es.substring(0, start) + es.substring(end + 1));
        int english = prompts.lineOf("en/faq.txt", "[faq-painful]");
        assertThat(validate().errors().stream().map(Object::toString)).contains("prompts/es/faq.txt: the entry [faq-painful]"
                + " is missing; it is the answer callers hear for this topic. prompts/en/faq.txt line " + english
                + " has it: copy it here and translate it.");
    }

    @Test
    void anEmptySpanishAnswerWouldBeSilence() {
        String es = prompts.read("es/faq.txt");
        int start = es.indexOf("[faq-painful]\n") + "[faq-painful]\n".length();
        int end = es.indexOf("\n\n", start);
        prompts.write("es/faq.txt", es.substring(0, start) + es.substring(end + 1));
        int line = prompts.lineOf("es/faq.txt", "[faq-painful]");
        assertThat(errorAt(validate(), "prompts/es/faq.txt", line).message()).contains("has no words");
    }

    @Test
    void aPhoneNumberWithADigitMissing() {
        int line = prompts.lineOf("clinic.yaml", "number: \"+12125985913\"");
        prompts.edit("clinic.yaml", "number: \"+12125985913\"", "number: \"+1212598591\"");
        assertThat(errorAt(validate(), "prompts/clinic.yaml", line).message()).startsWith("\"+1212598591\" has 9 digits"
                + " after +1; a number in the US or Canada has 10");
    }

    @Test
    void anAnswerLongerThanThePhonesVoiceReadsAtOnce() {
        int line = prompts.lineOf("en/faq.txt", "Many people feel some relief");
        prompts.edit("en/faq.txt", "Many people feel some relief", "Many people feel some relief " + "and more ".repeat(440));
        assertThat(validate().errors().stream().map(Object::toString)).anyMatch(p -> p.startsWith("prompts/en/faq.txt line ")
                && p.contains("characters long; the phone's voice reads at most 3,000 at a time")
                && p.contains("Split it into parts with a line of ---"));
        assertThat(line).isPositive();
    }

    @Test
    void aHashInsideAQuotedNameIsSaidAsASymbol() {
        int line = prompts.lineOf("clinic.yaml", "name: Gramercy Physical Therapy");
        prompts.edit("clinic.yaml", "name: Gramercy Physical Therapy", "name: \"Gramercy #1 Physical Therapy\"");
        assertThat(errorAt(validate(), "prompts/clinic.yaml", line).message()).contains("\"#\" in the clinic's name");
    }

    @Test
    void aPartBreakOutsideAnAnswerWouldHideTheWordsAfterIt() {
        int line = prompts.lineOf("en/line.txt", "Thank you for calling ${clinic.name}.");
        prompts.edit("en/line.txt", "Thank you for calling ${clinic.name}.", "Thank you for calling ${clinic.name}.\n---\nHello.");
        assertThat(errorAt(validate(), "prompts/en/line.txt", line + 1).message()).startsWith("only answers have parts");
    }
}
