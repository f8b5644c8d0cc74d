package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language folders: every entry each language must say, written once, each mistake on its line. */
class LanguageWordsTest {

    static final String LINE = "en/line.txt";
    static final String AT = "prompts/en/line.txt line ";

    final EditedPrompts prompts = new EditedPrompts();

    int line(String text) {
        return prompts.lineOf(LINE, text);
    }

    @Test
    void anEntryNameIsLowerCaseLettersDigitsDashesAndDots() {
        prompts.edit(LINE, "[welcome]", "[Welcome!]");
        assertThat(prompts.problems()).startsWith(AT + prompts.headingOf(LINE, "Welcome!") + ": \"[Welcome!]\" is not a valid entry name: use"
                + " lower-case letters, digits, dashes and dots, such as [faq-painful].");
        assertThat(new EditedPrompts().edit(LINE, "[welcome]", "[ WELCOME ]").load().wording("en").say(FixedEntry.WELCOME)
                .plainText()).as("a heading is read without its spaces, in lower case").isEqualTo("Thank you for calling"
                + " Gramercy Physical Therapy.");
    }

    @Test
    void wordsAboveTheFirstHeadingBelongToNoEntry() {
        prompts.edit(LINE, "[emergency]", "Hello there\n[emergency]");
        assertThat(prompts.problems()).containsExactly(AT + line("Hello there") + ": this text is outside any entry. Put a"
                + " heading such as [welcome] above it, or start the line with # to make it a note.");
    }

    @Test
    void anEntryIsWrittenOnce() {
        prompts.edit("en/desk.txt", "[desk-closed]", "[welcome]\nHi.\n\n[desk-closed]");
        assertThat(prompts.problems()).containsExactly(AT + prompts.headingOf(LINE, "welcome") + ": [welcome] is already written in"
                + " prompts/en/desk.txt line " + prompts.headingOf("en/desk.txt", "welcome") + "; keep one of them.");
    }

    @Test
    void anEntryTheLineDoesNotUseIsNamedWithTheOneMeant() {
        prompts.edit("es/line.txt", "[welcome]", "[welcome-x]");
        assertThat(prompts.problems()).containsExactly(
                "prompts/es/line.txt: the entry [welcome] is missing; prompts/en/line.txt line " + prompts.headingOf(LINE, "welcome")
                        + " has it: copy it here and translate it.",
                "prompts/es/line.txt line " + prompts.headingOf("es/line.txt", "welcome-x") + ": [welcome-x] is not used by"
                        + " the line; did you mean welcome?");
        assertThat(new EditedPrompts().edit(LINE, "\n[welcome]\n", "\n[xyzzy-plugh]\nHi.\n\n[welcome]\n").problems())
                .containsExactly(AT + 13 + ": [xyzzy-plugh] is not used by the line.");
    }

    @Test
    void aMissingEntrySaysWhatItIsForAndWhereAnotherLanguageHasIt() {
        assertThat(missingInSpanish("es/main.txt", "[session.option]", "[session.opt]")).isEqualTo("it names the option in"
                + " its menu, as in \"For <these words>, press 1\". prompts/en/main.txt line "
                + prompts.headingOf("en/main.txt", "session.option"));
        assertThat(missingInSpanish("es/main.txt", "[session.words]", "[session.wrds]")).isEqualTo("it lists the words"
                + " callers may say to choose it, separated by commas. prompts/en/main.txt line "
                + prompts.headingOf("en/main.txt", "session.words"));
        assertThat(missingInSpanish("es/faq.txt", "[faq.back]", "[faq.bck]")).isEqualTo("it tells callers, after an answer,"
                + " how to go back to this menu. prompts/en/faq.txt line " + prompts.headingOf("en/faq.txt", "faq.back"));
        assertThat(missingInSpanish("es/main.txt", "[session]", "[sessio]")).isEqualTo("it is the answer callers hear for"
                + " this topic. prompts/en/main.txt line " + prompts.headingOf("en/main.txt", "session"));
        assertThat(missingInSpanish("es/line.txt", "[welcome]", "[welcome-x]")).isEqualTo("prompts/en/line.txt line "
                + prompts.headingOf(LINE, "welcome"));
    }

    /** What the problem says between "is missing; " and " has it" when Spanish lacks an entry English has. */
    static String missingInSpanish(String file, String from, String to) {
        String problem = new EditedPrompts().edit(file, from, to).problems().get(0);
        assertThat(problem).startsWith("prompts/" + file + ": the entry ").endsWith(" has it: copy it here and translate it.");
        return problem.substring(problem.indexOf("is missing; ") + "is missing; ".length(), problem.indexOf(" has it"));
    }

    @Test
    void anEntryNoLanguageHasIsNamedForTheFolder() {
        prompts.edit(LINE, "[goodbye]", "[goodbye-x]").edit("es/line.txt", "[goodbye]", "[goodbye-x]");
        assertThat(prompts.problems()).contains("prompts/en: no file in this folder has the entry [goodbye]; copy it from"
                + " the same file of another language and translate it.");
    }

    @Test
    void anEntryMissingFromAFileOnlyOneLanguageHasIsNamedForTheFolder() {
        String desk = prompts.text("es/desk.txt");
        prompts.write("es/desk.txt", null).write("es/more.txt", desk.replace("[desk-closed]", "[desk-closd]"));
        assertThat(prompts.problems()).contains("prompts/es: the entry [desk-closed] is missing; prompts/en/desk.txt line "
                + prompts.headingOf("en/desk.txt", "desk-closed") + " has it: copy it here and translate it.");
    }

    @Test
    void aLanguageWithoutItsFolderOrWithoutWordsIsSaidSo() {
        for (String name : prompts.files().texts().keySet()) {
            if (name.startsWith("es/")) {
                prompts.write(name, null);
            }
        }
        assertThat(prompts.problems()).containsExactly("prompts/es: this folder is missing.");
    }

    @Test
    void aNumbersListHasTenNumbers() {
        prompts.edit(LINE, "[words.numbers]", "[words.numbers]\neleven,");
        assertThat(prompts.problems()).containsExactly(AT + prompts.headingOf(LINE, "words.numbers") + ": [words.numbers] must list the ten"
                + " numbers from zero to nine, in order, separated by commas.");
    }

    @Test
    void anEntryWithNoWordsWouldBeSilence() {
        prompts.edit(LINE, "If this is a medical emergency, hang up and dial 911.", "# nothing yet");
        assertThat(prompts.problems()).containsExactly(AT + prompts.headingOf(LINE, "emergency") + ": [emergency] has no words; callers would"
                + " hear nothing. Write what they should hear below the heading.");
    }

    @Test
    void aSettingMustBeClosedAndKnown() {
        assertThat(new EditedPrompts().edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.",
                "[welcome]\nThank you for calling ${clinic.name.").problems())
                .containsExactly(AT + 14 + ": \"${clinic.name.\" is not closed: end each setting with }, as in ${clinic.name.}.");
        assertThat(new EditedPrompts().edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.",
                "[welcome]\nThank you for calling ${").problems())
                .containsExactly(AT + 14 + ": \"${\" is not closed: end each setting with }, as in ${clinic.name}.");
        assertThat(new EditedPrompts().edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.",
                "[welcome]\nThank you for calling ${clinic name}.").problems())
                .containsExactly(AT + 14 + ": \"${clinic name}\" is not a known setting; did you mean clinic.name?");
        assertThat(new EditedPrompts().edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.",
                "[welcome]\nThank you for calling ${clinic.name} at ${9}.").problems())
                .containsExactly(AT + 14 + ": \"${9}\" is not a known setting.");
        assertThat(new EditedPrompts().edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.",
                "[welcome]\nThank you for calling ${clinic.name?upper_case}.").load().wording("en").say(FixedEntry.WELCOME)
                .plainText()).isEqualTo("Thank you for calling GRAMERCY PHYSICAL THERAPY.");
    }

    @Test
    void aDirectiveFreeMarkerCannotReadIsNamedOnItsLine() {
        prompts.edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.", "[welcome]\nThank you for calling <#if x>.");
        assertThat(prompts.problems()).singleElement().asString().startsWith(AT).contains(": cannot be read: ")
                .endsWith(" Check that each ${ has its closing }.");
    }

    @Test
    void anHoursEntryIsTriedWithSampleValuesWhenThePromptsLoad() {
        prompts.edit("en/hours.txt", "Today's hours are ${opens} to ${closes}.", "Today's hours are ${opens} to ${closes?foo}.");
        assertThat(prompts.problems()).singleElement().asString().startsWith("prompts/en/hours.txt line "
                + prompts.lineOf("en/hours.txt", "Today's hours are") + ": cannot be read: Unknown built-in: \"foo\".");
        assertThat(new EditedPrompts().edit("en/hours.txt", "Today's hours are ${opens} to ${closes}.",
                "Today's hours are ${opens} to ${closes?number}.").problems()).singleElement().asString()
                .startsWith("prompts/en/hours.txt line " + prompts.lineOf("en/hours.txt", "Today's hours are") + ": ");
    }

    @Test
    void aPatternThatCannotBeFilledInIsNamed() {
        prompts.edit(LINE, "For ${choice}, press ${key}.", "For ${choice?number}, press ${key}.");
        assertThat(prompts.problems()).contains(AT + line("For ${choice?number}") + ": Can't convert this string to number:"
                + " \"who it helps\"").allSatisfy(p -> assertThat(p).startsWith(AT + line("For ${choice?number}") + ": "));
    }

    @Test
    void editorsNotesAndWindowsLineEndsAreNotHeard() {
        prompts.edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.\n",
                "[welcome]\r\n# a note\r\nThank you for calling ${clinic.name}.\r\n  # another\r\n");
        Wording en = prompts.load().wording("en");
        assertThat(en.say(FixedEntry.WELCOME).plainText()).isEqualTo("Thank you for calling Gramercy Physical Therapy.");
        assertThat(en.typed(FixedEntry.WELCOME)).extracting(WrittenLine::text).containsExactly("Thank you for calling ${clinic.name}.");
        assertThat(en.source(FixedEntry.WELCOME)).hasValue(new Source("prompts/en/line.txt", 15));
    }

    @Test
    void aSettingAtTheStartOfALineIsCheckedToo() {
        prompts.edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.", "[welcome]\n${clinic.name welcomes you.");
        assertThat(prompts.problems()).containsExactly(AT + 14 + ": \"${clinic.name welcomes you.\" is not closed: end each"
                + " setting with }, as in ${clinic.name}.");
    }

    @Test
    void staffTextReachesOnlyTheValuesItIsGiven() {
        assertThat(new EditedPrompts().edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.",
                "[welcome]\nThank you for calling ${clinic.name?api.getClass()}.").problems()).singleElement().asString()
                .startsWith(AT + 14 + ": ");
        assertThat(new EditedPrompts().edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.",
                "[welcome]\nThank you for calling ${\"freemarker.template.utility.Execute\"?new()(\"id\")}.").problems())
                .singleElement().asString().startsWith(AT + 14 + ": ");
    }

    @Test
    void onlyDollarBracesAreSettingsAHashAndBracesAreSaidAsTyped() {
        Wording en = prompts.edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.",
                "[welcome]\nThank you for calling #{clinic.name}.").load().wording("en");
        assertThat(en.say(FixedEntry.WELCOME).plainText()).isEqualTo("Thank you for calling #{clinic.name}.");
    }

    @Test
    void whatCallersSayIsUnderstoodFromTheWordsStaffListed() {
        prompts.edit(LINE, "[words.repeat]\n", "[words.repeat]\nplay it once more for me\n")
                .edit("en/faq.txt", "[faq-painful.words]\n", "[faq-painful.words]\nwill my back be sore\n")
                .edit("es/line.txt", "[words.language]\n", "[words.language]\nprefiero castellano por favor\n");
        clinic.ivr.flow.Flow flow = prompts.load().flow();
        clinic.ivr.flow.CallState en = clinic.ivr.flow.CallState.start("en");
        assertThat(flow.hear(en, clinic.ivr.flow.Input.said("play it once more for me", 0.9)))
                .isEqualTo(clinic.ivr.flow.Heard.of(clinic.ivr.flow.Heard.Kind.REPEAT));
        assertThat(flow.hear(en, clinic.ivr.flow.Input.said("will my back be sore", 0.9)))
                .isEqualTo(clinic.ivr.flow.Heard.go("faq-painful"));
        assertThat(flow.hear(en.at("faq"), clinic.ivr.flow.Input.said("what are your opening hours", 0.9)))
                .isEqualTo(clinic.ivr.flow.Heard.go("hours"));
        assertThat(flow.hear(en, clinic.ivr.flow.Input.said("prefiero castellano por favor", 0.9)))
                .as("the Spanish words for English are heard in the English line").isEqualTo(
                        new clinic.ivr.flow.Heard(clinic.ivr.flow.Heard.Kind.LANGUAGE, "es"));
    }

    @Test
    void aSettingMistakeIsNamedOnItsOwnLineBelowOtherWordsAndNotes() {
        assertThat(new EditedPrompts().edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.",
                "[welcome]\nThank you for calling.\n${clinic.name welcomes you.").problems())
                .containsExactly(AT + 15 + ": \"${clinic.name welcomes you.\" is not closed: end each setting with }, as in"
                        + " ${clinic.name}.");
        assertThat(new EditedPrompts().edit(LINE, "[welcome]\nThank you for calling ${clinic.name}.",
                "[welcome]\n# a note for staff\nThank you for calling ${clinic.name?upper_case?nope}.").problems())
                .singleElement().asString().startsWith(AT + 15 + ": ");
    }
}
