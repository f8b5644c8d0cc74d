package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import clinic.ivr.prompts.EditedPrompts;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Validation;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** What staff see from validate: the shipped prompts pass, and each kind of mistake names its file and line. */
class ValidatorTest extends ChecksOnACopy {

    @Test
    void theShippedPromptsPass() {
        Validation validation = validator.validate(TestLine.SHIPPED_PROMPTS);
        assertThat(validation.ok()).as(() -> list(validation)).isTrue();
        assertThat(validation.warnings()).extracting(Problem::toString).as("advice on the shipped words").satisfiesExactly(
                en -> assertThat(en).startsWith("prompts/en/main.txt line " + prompts.lineOf("en/main.txt", "what traction"
                        + " therapy is") + ": the choices of the main menu take "),
                es -> assertThat(es).startsWith("prompts/es/main.txt line ").contains(": the choices of the main menu take "),
                text -> assertThat(text).isEqualTo("prompts/clinic.yaml: address and booking_link are not both set, so"
                        + " callers are not offered a text message with them. Add both to offer it."));
    }

    @Test
    void withAnAddressAndABookingLinkCallersAreOfferedAText() {
        prompts.edit("clinic.yaml", "# address: \"Street, New York, NY ZIP\"", "address: \"20 Example Street\"")
                .edit("clinic.yaml", "# booking_link: \"https://...\"", "booking_link: \"https://clinic.example/book\"");
        Validation validation = validate();
        assertThat(validation.ok()).as(() -> list(validation)).isTrue();
        assertThat(validation.warnings()).extracting(Problem::message).noneMatch(m -> m.contains("booking_link"));
    }

    /** The menu-length advice and errors a validation found for one menu. */
    static java.util.List<String> menuLength(Validation validation, String menu) {
        return java.util.stream.Stream.concat(validation.errors().stream().map(p -> "error: " + p.message()),
                validation.warnings().stream().map(p -> "warning: " + p.message()))
                .filter(m -> m.contains("the choices of the " + menu + " menu")).toList();
    }

    @Test
    void aMenuOfSixtyWordsIsNoTroubleAndOneOfEightyOnlyAdvice() {
        prompts.edit("en/faq.txt", "[faq-results.option]\nhow soon it helps", "[faq-results.option]\nhow soon it helps,"
                + " in most cases, for most people");
        assertThat(menuLength(validate(), "faq")).as("60 words").isEmpty();
        prompts.edit("en/faq.txt", "for most people", "for most people " + "and more ".repeat(10));
        assertThat(menuLength(validate(), "faq")).singleElement().asString().startsWith("warning: the choices of the faq menu"
                + " take 80 words");
    }

    @Test
    void anAnswerReachedInThirtySecondsIsNoWarning() {
        prompts.edit("en/faq.txt", "[faq-start.option]\nhow to get started", "[faq-start.option]\nhow to get started now");
        Validation validation = validate();
        assertThat(validation.ok()).as(() -> list(validation)).isTrue();
        assertThat(validation.warnings()).extracting(Problem::message).noneMatch(m -> m.startsWith("a caller pressing"));
    }

    @Test
    void aFaultInOneAnswerNamesThatAnswerAlone() {
        prompts.edit("en/desk.txt", "[text-message]\n${clinic.name}\n", "[text-message]\n${clinic.name} "
                + "and more ".repeat(180) + "\n");
        Problem problem = onlyError(validate());
        assertThat(problem.file()).isEqualTo("prompts/en/desk.txt");
        assertThat(problem.line()).isEqualTo(prompts.lineOf("en/desk.txt", "and more"));
        assertThat(problem.message()).endsWith("; write one of at most 1600. (in the answer \"en text message\")");
    }

    @Test
    void anUnknownSettingIsNamedWithItsLineAndTheSettingMeant() {
        int line = prompts.lineOf("en/faq.txt", "Many people feel some relief");
        prompts.edit("en/faq.txt", "Many people feel some relief", "Many people at ${clinic.nam} feel some relief");
        assertThat(onlyError(validate()).toString()).isEqualTo("prompts/en/faq.txt line " + line + ": \"${clinic.nam}\" is not a known setting; did you mean"
                + " clinic.name?");
    }

    @Test
    void anUnclosedSettingIsNamedOnItsOwnLine() {
        int line = prompts.lineOf("en/faq.txt", "${clinic.phone}, or book");
        prompts.edit("en/faq.txt", "${clinic.phone}, or book", "${clinic.phone, or book");
        Problem problem = onlyError(validate());
        assertThat(problem.file()).isEqualTo("prompts/en/faq.txt");
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.message()).as(problem.message()).contains("is not closed");
    }

    @Test
    void anUnclosedSettingAtTheEndOfALineIsNamedOnThatLineNotAtTheEndOfTheEntry() {
        int line = prompts.lineOf("en/line.txt", "Thank you for calling ${clinic.name}.");
        prompts.edit("en/line.txt", "[welcome]\nThank you for calling ${clinic.name}.", "[welcome]\nThank you for calling ${clinic.name");
        assertThat(onlyError(validate()).toString()).isEqualTo("prompts/en/line.txt line " + line + ": \"${clinic.name\" is not closed: end each setting with }, as in"
                + " ${clinic.name}.");
    }

    @Test
    void brokenSettingsSyntaxIsNamedOnTheLineMissingItsColon() {
        int line = prompts.lineOf("clinic.yaml", "phone: \"+12125985913\"");
        prompts.edit("clinic.yaml", "phone: \"+12125985913\"", "phone \"+12125985913\"");
        Problem problem = onlyError(validate());
        assertThat(problem.file()).isEqualTo("prompts/clinic.yaml");
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.message()).as(problem.message()).contains("needs a colon");
    }

    @Test
    void anIndentationMistakeIsNamedOnItsLine() {
        int line = prompts.lineOf("clinic.yaml", "  ring_seconds: 20");
        prompts.edit("clinic.yaml", "  ring_seconds: 20", " ring_seconds: 20");
        Problem problem = onlyError(validate());
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.message()).as(problem.message()).contains("indentation");
    }

    @Test
    void aMisspeltSettingIsNamedRatherThanTheOneItHides() {
        int line = prompts.lineOf("clinic.yaml", "name: Gramercy");
        prompts.edit("clinic.yaml", "name: Gramercy", "nmae: Gramercy");
        assertThat(onlyError(validate()).toString()).isEqualTo("prompts/clinic.yaml line " + line + ": \"nmae\" is not a known setting here; did you mean name?");
    }

    @Test
    void aMenuWithSixOptionsIsRefused() {
        prompts.edit("menus.yaml", "  5: faq-start\n", "  5: faq-start\n  6: faq-more\n");
        Problem problem = errorAt(validate(), "prompts/menus.yaml", prompts.lineOf("menus.yaml", "faq:"));
        assertThat(problem.message()).as(problem.message()).contains("6 options; callers remember at most 5");
    }

    @Test
    void aDuplicateKeyIsNamedOnItsSecondLine() {
        int line = prompts.lineOf("menus.yaml", "  2: faq-painful");
        prompts.edit("menus.yaml", "  2: faq-painful", "  1: faq-painful");
        assertThat(onlyError(validate()).toString()).isEqualTo("prompts/menus.yaml line " + line + ": \"1\" is written twice in the same place; each key or setting can"
                + " appear only once. Remove one of them, or give it another name or number.");
    }

    @Test
    void aPhoneNumberNotInE164FormIsRefused() {
        int line = prompts.lineOf("clinic.yaml", "  number: \"+12125985913\"");
        prompts.edit("clinic.yaml", "  number: \"+12125985913\"", "  number: \"212-598-5913\"");
        Problem problem = onlyError(validate());
        assertThat(problem.file()).isEqualTo("prompts/clinic.yaml");
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.message()).as(problem.message()).contains("E.164");
    }

    @Test
    void aMissingSpanishAnswerNamesTheSpanishFileAndWhereTheEnglishOneIs() {
        int english = prompts.lineOf("en/faq.txt", "[faq-painful]");
        String es = prompts.read("es/faq.txt");
        int from = es.indexOf("[faq-painful]\n");
        prompts.write("es/faq.txt", es.substring(0, from) + es.substring(es.indexOf("[faq-prevent.option]")));
        assertThat(onlyError(validate()).toString()).isEqualTo("prompts/es/faq.txt: the entry [faq-painful] is missing; it is the answer callers hear for this"
                + " topic. prompts/en/faq.txt line " + english + " has it: copy it here and translate it.");
    }

    @Test
    void aMissingSpanishMenuIntroductionIsAnError() {
        prompts.edit("en/faq.txt", "[faq.back]", "[faq]\nHere are the questions people ask most.\n\n[faq.back]");
        int english = prompts.lineOf("en/faq.txt", "Here are the questions people ask most.");
        assertThat(onlyError(validate()).toString()).isEqualTo("prompts/es/faq.txt: the entry [faq] is missing; prompts/en/faq.txt line " + english + " has it:"
                + " copy it here and translate it.");
    }

    @Test
    void anOptionPatternThatSaysTheKeyFirstIsRefused() {
        int line = prompts.lineOf("en/line.txt", "For ${choice}, press ${key}.");
        prompts.edit("en/line.txt", "For ${choice}, press ${key}.", "Press ${key} for ${choice}.");
        Problem problem = onlyError(validate());
        assertThat(problem.file()).isEqualTo("prompts/en/line.txt");
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.message()).as(problem.message()).startsWith("[option] says the key before the choice (\"Press 1 for what"
                + " traction therapy is.\")");
    }

    @Test
    void aFixedOptionSentenceThatSaysTheKeyFirstIsRefused() {
        int line = prompts.lineOf("es/line.txt", "Para hablar con la recepción, oprima 0.");
        prompts.edit("es/line.txt", "Para hablar con la recepción, oprima 0.", "Oprima 0 para hablar con la recepción.");
        Problem problem = onlyError(validate());
        assertThat(problem.toString()).isEqualTo("prompts/es/line.txt line " + line + ": [front-desk-option] says the key before what it does (\"Oprima 0 para"
                + " hablar con la recepción.\"). Say what the key does first and the key last, as the options do:"
                + " \"Para saber qué es la tracción, oprima 1.\"");
    }

    @Test
    void aMenuThatDoesNotOfferStarIsRefused() {
        int line = prompts.lineOf("en/line.txt", "To hear this again, press star.");
        prompts.edit("en/line.txt", "To hear this again, press star.", "To hear this again, stay on the line.");
        Problem problem = errorAt(validate(), "prompts/en/line.txt", line);
        assertThat(problem.message()).as(problem.message()).contains("does not say its key, star");
    }

    @Test
    void anAnswerThatSaysTheKeyFirstIsOnlyAWarning() {
        int line = prompts.lineOf("en/faq.txt", "To get started, book a first visit.");
        prompts.edit("en/faq.txt", "To book now, press 0 for the front desk.", "Press 0 for the front desk to book now.");
        Validation validation = validate();
        assertThat(validation.ok()).as(() -> list(validation)).isTrue();
        assertThat(validation.warnings().stream().anyMatch(w -> w.toString().startsWith(
                "prompts/en/faq.txt line " + line + ": [faq-start] says a key before what it does"))).as(validation.warnings()::toString).isTrue();
    }

    @Test
    void aShortWaitForAChoiceIsRefused() {
        prompts.edit("templates/menu.ftlx", "timeout=\"${gather.timeout}\"", "timeout=\"5\"");
        Problem problem = onlyError(validate());
        assertThat(problem.file()).isEqualTo("prompts/templates/menu.ftlx");
        assertThat(problem.message()).as(problem.message()).startsWith("the line waits only 5 seconds for a choice");
    }

    @Test
    void aTemplateMistakeIsSaidOnceWithItsLine() {
        prompts.edit("templates/lib.ftlx", "${block.voice}", "${block.voic}");
        int line = prompts.lineOf("templates/lib.ftlx", "${block.voic}");
        Problem problem = onlyError(validate());
        assertThat(problem.file()).isEqualTo("prompts/templates/lib.ftlx");
        assertThat(problem.line()).isEqualTo(line);
        int answers = Rehearsal.faults(new EditedPrompts().edit("templates/lib.ftlx", "${block.voice}", "${block.voic}").load())
                .size();
        assertThat(problem.message()).as(problem.message()).contains("\"${block.voic}\"")
                .endsWith(" (in the answer \"en main (none)\" and " + (answers - 1) + " more)");
    }

    @Test
    void aLongMenuIsAWarningAndATooLongOneAnError() {
        int line = prompts.lineOf("en/main.txt", "what traction therapy is");
        prompts.edit("en/main.txt", "[session.option]\nwhat happens in a session",
                "[session.option]\nwhat happens in a session with one of our physical therapists");
        Validation longer = validate();
        assertThat(longer.ok()).as(() -> list(longer)).isTrue();
        assertThat(longer.warnings().stream().anyMatch(w -> w.toString().startsWith(
                "prompts/en/main.txt line " + line + ": the choices of the main menu take 69 words"))).as(longer.warnings()::toString).isTrue();

        prompts.edit("en/main.txt", "with one of our physical therapists",
                "with one of our friendly and experienced physical therapists at our clinic on East Twentieth Street"
                        + " near Gramercy Park in Manhattan, a short walk from the subway station");
        Problem problem = onlyError(validate());
        assertThat(problem.message()).as(problem.message()).contains("callers forget the first choice");
    }

    @Test
    void aSpanishAnswerWithFewerPartsIsAWarning() {
        int line = prompts.lineOf("es/main.txt", "Su primera visita empieza");
        prompts.edit("es/main.txt", "lo que hace para que esté cómodo.\n---\n", "lo que hace para que esté cómodo.\n");
        Validation validation = validate();
        assertThat(validation.ok()).as(() -> list(validation)).isTrue();
        assertThat(validation.warnings().stream().anyMatch(w -> w.toString().startsWith("prompts/es/main.txt line " + line
                + ": [session] has 1 part here and 2 in prompts/en/main.txt"))).as(validation.warnings()::toString).isTrue();
    }

    @Test
    void aTabInTheSettingsIsNamedOnItsLine() {
        int line = prompts.lineOf("clinic.yaml", "  ring_seconds: 20");
        prompts.edit("clinic.yaml", "  ring_seconds: 20", "\tring_seconds: 20");
        Problem problem = onlyError(validate());
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.message()).as(problem.message()).contains("indented with a tab");
    }

    @Test
    void editorLockFilesNextToTheTextAreIgnored() throws Exception {
        Files.writeString(prompts.dir().resolve("en/.#faq.txt"), "not staff text");
        assertThat(validate().ok()).as(() -> list(validate())).isTrue();
    }

    @Test
    void aMissingFolderIsOneClearError() {
        Validation validation = validator.validate(temp.resolve("nowhere"));
        assertThat(onlyError(validation).message()).startsWith("there is no folder here. Give the folder that holds");
    }

    @Test
    void aPhraseTwoDestinationsShareIsRefusedWithItsFileAndLine() {
        prompts.edit("en/faq.txt", "[faq-painful.words]\n", "[faq-painful.words]\nthe herniated disc\n");
        int line = prompts.lineOf("en/faq.txt", "the herniated disc");
        int first = prompts.lineOf("en/main.txt", "herniated disc");
        Problem problem = onlyError(validate());
        assertThat(problem.toString()).isEqualTo("prompts/en/faq.txt line " + line + ": \"the herniated disc\" in [faq-painful.words] is the same, to the"
                + " line, as an example of [who-it-helps.words] (prompts/en/main.txt line " + first + "); a caller who"
                + " says it could mean either. Keep it in one of them, or add words that tell them apart.");
    }

    @Test
    void aDestinationWithoutExamplesIsRefused() {
        String hours = prompts.read("es/hours.txt");
        String words = hours.substring(hours.indexOf("[hours.words]"), hours.indexOf("[hours-open-now]"));
        prompts.edit("es/hours.txt", words, "[hours.words]\n\n");
        Problem problem = onlyError(validate());
        assertThat(problem.file()).isEqualTo("prompts/es/hours.txt");
        assertThat(problem.message()).as(problem.message()).startsWith("[hours.words] has no example phrases");
    }

    @Test
    void aSpecialDaysNameMistakeIsNamedWithItsLine() {
        prompts.edit("clinic.yaml", "2026-12-25: closed, Christmas Day, Navidad", "2026-12-25: closed, , Navidad");
        int line = prompts.lineOf("clinic.yaml", "2026-12-25");
        Problem problem = onlyError(validate());
        assertThat(problem.file()).isEqualTo("prompts/clinic.yaml");
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.message()).as(problem.message()).contains("after each comma write the day's name");
    }

    @Test
    void validateWarnsWhenAnAnswerTakesMoreThanHalfAMinuteToReach() {
        prompts.edit("en/faq.txt", "[faq-results.option]\nhow soon it helps",
                "[faq-results.option]\nhow soon after the first few sessions you may start to feel a little better");
        Validation validation = validate();
        assertThat(validation.ok()).as(() -> list(validation)).isTrue();
        assertThat(validation.warnings().stream().anyMatch(w -> w.message().startsWith("a caller pressing 3 5 hears")
                && w.message().contains("\"faq-start\""))).as(validation.warnings()::toString).isTrue();
    }

    @Test
    void aHolidayThatHasPassedIsRefusedBeforePublishingButNeverStopsCalls() {
        int line = prompts.lineOf("clinic.yaml", "2026-12-25: closed");
        prompts.edit("clinic.yaml", "2026-12-25: closed", "2025-12-25: closed");
        assertThat(errorAt(validate(), "prompts/clinic.yaml", line).message()).isEqualTo("the special day 2025-12-25 has"
                + " already passed (today is 2026-03-04): check the year, or remove this day.");
        assertThat(validator.forCalls(PromptFiles.read(prompts.dir())).ok()).as("a published version whose day passes"
                + " keeps answering").isTrue();
    }

    @Test
    void aHashInASentenceIsASymbol() {
        int line = prompts.lineOf("en/line.txt", "To hear this again, press star.");
        prompts.edit("en/line.txt", "To hear this again, press star.", "To hear this again, press star or #.");
        assertThat(errorAt(validate(), "prompts/en/line.txt", line).message()).contains("\"#\" is read out as a symbol");
    }

    @Test
    void aHashAfterASettingsValueCutsItShort() {
        int line = prompts.lineOf("clinic.yaml", "name: Gramercy Physical Therapy");
        prompts.edit("clinic.yaml", "name: Gramercy Physical Therapy", "name: Gramercy #1 Physical Therapy");
        assertThat(errorAt(validate(), "prompts/clinic.yaml", line).message()).isEqualTo("the words after \"#\" on this"
                + " line are a note, not part of the value: name is only \"Gramercy\". Put the whole value in quotes to keep"
                + " the #, or move the note to a line of its own.");
    }
}
