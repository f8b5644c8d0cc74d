package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each mistake staff make in clinic.yaml is named on its line, in words that say what to write instead. */
class SettingsFileTest {

    static final String FILE = "clinic.yaml";
    static final String AT = "prompts/clinic.yaml line ";

    final EditedPrompts prompts = new EditedPrompts();

    int line(String text) {
        return prompts.lineOf(FILE, text);
    }

    @Test
    void anUnknownSettingListsTheKnownOnes() {
        prompts.edit(FILE, "name: Gramercy Physical Therapy", "name: Gramercy Physical Therapy\ncolour: blue");
        assertThat(prompts.problems()).containsExactly(AT + line("colour") + ": \"colour\" is not a known setting here."
                + " Known settings: booking_link, address, name, phone, front_desk, languages, hours.");
    }

    @Test
    void aMisspeltNestedSettingIsNamedRatherThanTheOneItHides() {
        prompts.edit(FILE, "  number: \"+12125985913\"", "  numbr: \"+12125985913\"");
        assertThat(prompts.problems()).containsExactly(AT + line("numbr:") + ": \"numbr\" is not a known setting here;"
                + " did you mean number?");
    }

    @Test
    void aMissingSettingIsNamedUnderItsParent() {
        prompts.edit(FILE, "name: Gramercy Physical Therapy\n", "");
        assertThat(prompts.problems()).containsExactly("prompts/clinic.yaml: the setting \"name\" is missing.");

        EditedPrompts noDesk = new EditedPrompts().edit(FILE, "  number: \"+12125985913\"\n", "");
        assertThat(noDesk.problems()).containsExactly(AT + noDesk.lineOf(FILE, "front_desk:")
                + ": the setting \"number\" is missing under \"front_desk\".");
    }

    @Test
    void aNumberWrittenAsWordsIsTheWrongKindOfValue() {
        prompts.edit(FILE, "ring_seconds: 20", "ring_seconds: twenty");
        assertThat(prompts.problems()).containsExactly(AT + line("ring_seconds") + ": the setting \"front_desk.ring_seconds\""
                + " has the wrong kind of value. Put text in quotes, and numbers without quotes.");
    }

    @Test
    void aSettingWrittenTwiceIsNamedOnItsSecondLine() {
        prompts.edit(FILE, "phone: \"+12125985913\"", "phone: \"+12125985913\"\nphone: \"+12125985914\"");
        assertThat(prompts.problems()).containsExactly(AT + line("+12125985914") + ": \"phone\" is written twice in the"
                + " same place; each key or setting can appear only once. Remove one of them, or give it another name or"
                + " number.");
    }

    @Test
    void aMissingOrEmptyFileIsSaidSo() {
        prompts.write(FILE, null);
        assertThat(prompts.problems()).containsExactly("prompts/clinic.yaml: this file is missing.");
        prompts.write(FILE, "# only notes\n");
        assertThat(prompts.problems()).containsExactly("prompts/clinic.yaml line 2: is not valid YAML: No content to map due"
                + " to end-of-input. Check the indentation and the colon after each setting's name.");
        prompts.write(FILE, "~\n");
        assertThat(prompts.problems()).containsExactly("prompts/clinic.yaml: is empty. Restore it from the copy that came"
                + " with the line.");
    }

    @Test
    void syntaxMistakesAreSaidInPlainWordsOnTheLineWhereTheyBegan() {
        assertThat(syntax("name: Gramercy Physical Therapy", "name: \"Gramercy Physical Therapy"))
                .isEqualTo("line " + (line("name: Gramercy") + 3) + ": is not valid YAML: text on this line is out of"
                        + " place; often a quote mark opened on a line above is not closed, or this line is indented"
                        + " differently from the lines around it.");
        assertThat(syntax("name: Gramercy Physical Therapy", "name: [Gramercy Physical Therapy"))
                .isEqualTo("line " + line("name: Gramercy") + ": is not valid YAML: a bracket opened on this line is"
                        + " never closed.");
        assertThat(syntax("name: Gramercy Physical Therapy", "name: Gramercy: Physical Therapy"))
                .isEqualTo("line " + line("name: Gramercy") + ": is not valid YAML: this line has a second colon; put its"
                        + " value in quotes, as in  name: \"a: b\".");
        assertThat(syntax("language: es-US", "language: \"es-US")).isEqualTo("line " + line("language: es-US")
                + ": is not valid YAML: a quote opened on this line is never closed; end the text with the same quote mark.");
        assertThat(syntax("  ring_seconds: 20", "\tring_seconds: 20"))
                .isEqualTo("line " + line("ring_seconds") + ": is not valid YAML: this line is indented with a tab; indent"
                        + " with spaces only (two per level).");
        assertThat(syntax("  ring_seconds: 20", " ring_seconds: 20")).isEqualTo("line " + line("ring_seconds")
                + ": is not valid YAML: the indentation of this line does not match the lines around it; use two spaces"
                + " for each level, as in the rest of the file.");
        assertThat(syntax("phone: \"+12125985913\"", "phone \"+12125985913\"")).isEqualTo("line " + line("phone:")
                + ": is not valid YAML: this line needs a colon after the setting's name, as in  name: value.");
        assertThat(syntax("name: Gramercy Physical Therapy", "name: {Gramercy")).isEqualTo("line " + line("name: Gramercy")
                + ": is not valid YAML: a bracket opened on this line is never closed.");
    }

    /** The one problem of the shipped file with one edit, without the file's name. */
    String syntax(String from, String to) {
        EditedPrompts edited = new EditedPrompts().edit(FILE, from, to);
        assertThat(edited.problems()).hasSize(1);
        return edited.problems().get(0).replace("prompts/clinic.yaml ", "");
    }

    @Test
    void aBookingLinkMustBeAWebAddress() {
        prompts.edit(FILE, "# booking_link: \"https://...\"", "booking_link: \"www.clinic.example\"");
        assertThat(prompts.problems()).containsExactly(AT + line("booking_link:") + ": \"www.clinic.example\" is not a web"
                + " address; write the whole address of the booking page, starting with https://");
        assertThat(new EditedPrompts().edit(FILE, "# booking_link: \"https://...\"", "booking_link: \"http://clinic.example/b\"")
                .load().clinic().bookingLink()).isEqualTo("http://clinic.example/b");
        assertThat(new EditedPrompts().edit(FILE, "# booking_link: \"https://...\"", "booking_link: \"https://a b\"")
                .problems()).hasSize(1);
    }

    @Test
    void theClinicsNameMayNotBeBlank() {
        prompts.edit(FILE, "name: Gramercy Physical Therapy", "name: \"  \"");
        assertThat(prompts.problems()).containsExactly(AT + line("name:") + ": the clinic's name is empty.");
    }

    @Test
    void phoneNumbersMustBeInE164Form() {
        prompts.edit(FILE, "phone: \"+12125985913\"", "phone: \"212 598 5913\"");
        assertThat(prompts.problems()).singleElement().asString().startsWith(AT + line("phone:") + ": \"212 598 5913\" ")
                .contains("E.164").endsWith(". Write it in quotes.");
        EditedPrompts desk = new EditedPrompts().edit(FILE, "  number: \"+12125985913\"", "  number: \"+1212\"");
        assertThat(desk.problems()).singleElement().asString().startsWith(AT + desk.lineOf(FILE, "  number:") + ": \"+1212\" ");
    }

    @Test
    void theFrontDeskNumberFromTheEnvironmentIsCheckedToo() throws Exception {
        PromptsLoader loader = new PromptsLoader(java.util.Optional.of("555-0100"));
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> loader.load(prompts.files()), PromptsException.class);
        assertThat(e.problems()).singleElement().asString().startsWith("FRONT_DESK_NUMBER: \"555-0100\" ");

        Prompts overridden = new PromptsLoader(java.util.Optional.of("+12125550111")).load(prompts.files());
        assertThat(overridden.frontDeskNumber()).map(n -> n.text()).hasValue("+12125550111");
        assertThat(overridden.overriddenDeskNumber()).map(n -> n.text()).hasValue("+12125985913");
        assertThat(prompts.load().overriddenDeskNumber()).isEmpty();
        assertThat(prompts.load().frontDeskNumber()).map(n -> n.text()).hasValue("+12125985913");
    }

    @Test
    void theFrontDeskRingsBetweenFiveAndSixtySeconds() {
        for (int seconds : new int[] {4, 61}) {
            EditedPrompts edited = new EditedPrompts().edit(FILE, "ring_seconds: 20", "ring_seconds: " + seconds);
            assertThat(edited.problems()).containsExactly(AT + line("ring_seconds") + ": ring_seconds is " + seconds
                    + "; give the front desk between 5 and 60 seconds to answer.");
        }
        for (int seconds : new int[] {5, 60}) {
            assertThat(new EditedPrompts().edit(FILE, "ring_seconds: 20", "ring_seconds: " + seconds).load().clinic()
                    .frontDesk().ring()).isEqualTo(seconds);
        }
    }

    @Test
    void eachLanguageHasATwoLetterCodeAVoiceThatReadsPausesAndATagTwilioKnows() {
        assertThat(new EditedPrompts().edit(FILE, "  es:\n    voice", "  esp:\n    voice").problems())
                .contains(AT + line("  es:") + ": \"esp\" is not a language code; use two letters, such as en or es.");
        assertThat(new EditedPrompts().edit(FILE, "Polly.Lupe-Neural", "Alice").problems())
                .containsExactly(AT + line("Polly.Lupe") + ": the voice \"Alice\" is not a Polly or Google voice (such as"
                        + " Polly.Joanna-Neural); other voices cannot read pauses and phone numbers.");
        assertThat(new EditedPrompts().edit(FILE, "Polly.Lupe-Neural", "Google.es-US-Neural2-A").load().voice("es").voice())
                .isEqualTo("Google.es-US-Neural2-A");
        assertThat(new EditedPrompts().edit(FILE, "language: es-US", "language: spanish").problems())
                .containsExactly(AT + line("language: es-US") + ": \"spanish\" is not a language tag Twilio knows; use a"
                        + " form such as en-US or es-US.");
        assertThat(new EditedPrompts().edit(FILE, "language: es-US", "language: es-us").problems()).hasSize(1);
    }

    @Test
    void aLineNeedsALanguage() {
        String languages = prompts.text(FILE).substring(prompts.text(FILE).indexOf("languages:\n"));
        prompts.edit(FILE, languages, "languages: {}\n");
        assertThat(prompts.problems()).containsExactly(AT + line("languages:") + ": list at least one language, such as en.");
    }

    @Test
    void whereEachSettingIsWrittenIsKept() {
        Prompts loaded = prompts.load();
        assertThat(loaded.setting("hours.monday")).isEqualTo(new Source("prompts/clinic.yaml", line("monday:")));
        assertThat(loaded.setting("front_desk.number")).isEqualTo(new Source("prompts/clinic.yaml", line("  number:")));
        assertThat(loaded.setting("no.such")).isEqualTo(new Source("prompts/clinic.yaml", 0));
    }
}
