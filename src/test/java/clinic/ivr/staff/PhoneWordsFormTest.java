package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The phone words form without a server: the fields a version shows, and the files the posted fields
 * make (hours, special days, menus, new and removed questions, typing the files cannot hold).
 */
class PhoneWordsFormTest {

    static final PromptFiles SHIPPED = PromptFiles.read(TestLine.SHIPPED_PROMPTS);

    static PhoneWordsForm posted(Map<String, String> fields) {
        return PhoneWordsForm.posted(SHIPPED, fields).orElseThrow();
    }

    static String file(PhoneWordsForm form, String name) {
        return form.draft().files().text(name).orElseThrow();
    }

    @Test
    void theFieldsOfAVersionAreItsSettingsHoursSpecialDaysAndEverySentenceInEachLanguage() {
        PhoneWordsForm form = PhoneWordsForm.of(SHIPPED).orElseThrow();
        assertThat(form.languages()).containsExactly("en", "es");
        assertThat(form.value("name")).isEqualTo("Gramercy Physical Therapy");
        assertThat(form.value("front_desk.number")).isEqualTo("+12125985913");
        assertThat(form.value("front_desk.ring_seconds")).isEqualTo("20");
        assertThat(form.value("address")).as("not set yet").isEmpty();
        assertThat(form.value("no such setting")).isEmpty();
        assertThat(form.week().get("monday")).containsExactly("", "08:00", "19:00");
        assertThat(form.week().get("sunday")).containsExactly("closed", "", "");
        assertThat(form.days()).containsExactly(
                new PhoneWordsForm.Day("2026-12-24", false, "08:00", "13:00", List.of("Christmas Eve", "Nochebuena")),
                new PhoneWordsForm.Day("2026-12-25", true, "", "", List.of("Christmas Day", "Navidad")),
                new PhoneWordsForm.Day("2027-01-01", true, "", "", List.of("New Year's Day", "Año Nuevo")));
        assertThat(form.menus().get("faq")).containsExactly("faq-results", "faq-painful", "faq-avoid", "faq-prevent",
                "faq-start");
        assertThat(form.words().get("en").get(EntryName.parse("faq-painful.option"))).isEqualTo("whether it hurts");
        assertThat(form.words().get("es")).containsKeys(EntryName.parse("faq-painful.option"), EntryName.parse("emergency"));
        assertThat(form.words().get("en").keySet()).as("the same boxes in each language")
                .isEqualTo(form.words().get("es").keySet());
        assertThat(form.notes(EntryName.parse("callback-on"))).as("the notes above an entry say what it is for")
                .contains("${day} is a day of the week");
        assertThat(form.notes(EntryName.parse("no-such-entry"))).isEmpty();
        assertThat(form.isNew("faq-start")).isFalse();
        assertThat(form.base()).isSameAs(SHIPPED);
        assertThat(form.draft().files().editableFingerprint()).as("unchanged, the files are the version's")
                .isEqualTo(SHIPPED.editableFingerprint());
    }

    @Test
    void aBoxForAnEntryTheVersionDoesNotHaveWritesNothing() {
        PhoneWordsForm form = posted(Map.of("w.en.goodby", "Bye now.", "w.en.goodbye", "Take care, goodbye."));
        assertThat(form.draft().files().texts().values()).noneMatch(text -> text.contains("[goodby]")
                || text.contains("Bye now."));
        assertThat(file(form, "en/line.txt")).contains("[goodbye]\nTake care, goodbye.\n");
        assertThat(form.draft().typing()).isEmpty();
    }

    @Test
    void aVersionWhoseSettingsCannotBeReadHasNoForm() {
        Map<String, String> texts = new TreeMap<>(SHIPPED.texts());
        texts.put(PromptFiles.SETTINGS, "name: [unclosed\n  : :");
        assertThat(PhoneWordsForm.of(PromptFiles.of(texts))).isEmpty();
        Map<String, String> noMenus = new TreeMap<>(SHIPPED.texts());
        noMenus.put(PromptFiles.TREE, "main: [1, 2\n");
        assertThat(PhoneWordsForm.of(PromptFiles.of(noMenus))).isEmpty();
    }

    @Test
    void theWeeksHoursAreWrittenAsTheSettingsWriteThemAndAMissingTimeIsRefusedNextToItsDay() {
        PhoneWordsForm form = posted(Map.of("h.monday.opens", "09:05", "h.monday.closes", "17:30",
                "h.tuesday.opens", "08:00", "h.tuesday.closes", "19:00", "h.tuesday.closed", "on",
                "h.wednesday.opens", "", "h.wednesday.closes", "19:00", "h.saturday.opens", "10:00",
                "h.saturday.closes", "14:00:00", "s.name", "Gramercy PT"));
        String yaml = file(form, PromptFiles.SETTINGS);
        assertThat(yaml).contains("monday: \"9:05-17:30\"").contains("tuesday: \"closed\"")
                .contains("saturday: \"10:00-14:00\"").contains("thursday: \"8:00-19:00\"").contains("Gramercy PT");
        assertThat(form.draft().typing()).containsOnlyKeys("h.wednesday.opens");
        assertThat(yaml).as("a day without both times is closed until they are given").contains("wednesday: \"closed\"");
        assertThat(form.draft().typing().get("h.wednesday.opens"))
                .containsExactly("Give the hours of Wednesday: an opening and a closing time, or tick Closed.");
        assertThat(form.week().get("friday")).as("a day not posted keeps its hours").containsExactly("", "08:00", "19:00");
        assertThat(form.draft().settingsLines()).containsValue("h.monday.opens").containsValue("s.name");
    }

    @Test
    void specialDaysAreTheRowsPostedBlankRowsDroppedAndACommaInANameRefused() {
        Map<String, String> fields = new HashMap<>(Map.of("days", "3",
                "d.0.date", "2026-07-03", "d.0.closed", "on", "d.0.name.en", "Independence Day",
                "d.0.name.es", "Día de la Independencia",
                "d.2.date", " 2026-11-26 ", "d.2.opens", "9:00", "d.2.closes", "12:00", "d.2.name.en", "Thanksgiving, US",
                "d.2.name.es", "Acción de Gracias"));
        PhoneWordsForm form = posted(fields);
        assertThat(form.days()).hasSize(3);
        String yaml = file(form, PromptFiles.SETTINGS);
        assertThat(yaml).contains("\"2026-07-03\": \"closed, Independence Day, Día de la Independencia\"")
                .contains("\"2026-11-26\": \"9:00-12:00, Thanksgiving  US, Acción de Gracias\"")
                .doesNotContain("2026-12-25");
        assertThat(form.draft().typing()).containsOnlyKeys("d.2.date");
        assertThat(form.draft().typing().get("d.2.date")).containsExactly("A special day's name cannot contain a comma"
                + " (\"Thanksgiving, US\"): the settings file separates the names with commas.");

        assertThat(posted(Map.of("days", "-4")).days()).isEmpty();
        assertThat(posted(Map.of("days", "lots")).days()).isEmpty();
        assertThat(posted(Map.of("days", "1000")).days()).as("at most 200 rows").hasSize(200);
        assertThat(posted(Map.of("days", " 1 ")).days()).hasSize(1);
        assertThat(posted(Map.of()).days()).as("rows not posted stay as they were").hasSize(3);
        assertThat(posted(Map.of("days", "1", "d.0.date", "2026-07-03", "d.0.opens", "9:00")).draft().typing())
                .as("an open day needs both times").containsKey("d.0.date");
    }

    @Test
    void aMenusOptionsAreTheNamesPostedOnceEachNeverTheMainMenuItself() {
        PhoneWordsForm form = posted(Map.of("m.faq", " faq-start , faq-results,faq-results, Bad Name!, main, faq-painful"));
        assertThat(form.menus().get("faq")).containsExactly("faq-start", "faq-results", "faq-painful");
        assertThat(form.menus().get("main")).as("a menu not posted keeps its options")
                .containsExactly("what-it-is", "who-it-helps", "faq", "session", "hours");
        assertThat(file(form, PromptFiles.TREE)).contains("faq:\n  1: faq-start\n  2: faq-results\n  3: faq-painful\n");
        assertThat(form.words().get("en")).as("the questions taken out of the menu go with their words")
                .doesNotContainKey(EntryName.parse("faq-avoid.option")).containsKey(EntryName.parse("faq-start.option"));
    }

    @Test
    void aNewQuestionIsNumberedAfterTheMenusOptionsAndItsWordsGoInTheMenusFile() {
        PhoneWordsForm form = PhoneWordsForm.of(SHIPPED).orElseThrow().withoutQuestion("faq-avoid").withQuestion("faq");
        assertThat(form.menus().get("faq")).endsWith("faq-5").as("faq-5 is free once faq-avoid is gone")
                .hasSize(5);
        assertThat(form.isNew("faq-5")).isTrue();
        assertThat(form.words().get("es")).containsEntry(EntryName.parse("faq-5.option"), "").containsEntry(EntryName.parse("faq-5.words"), "")
                .containsEntry(EntryName.parse("faq-5"), "");
        PhoneWordsForm withSixth = PhoneWordsForm.of(SHIPPED).orElseThrow().withQuestion("faq");
        assertThat(withSixth.menus().get("faq")).endsWith("faq-6");
        assertThat(withSixth.withQuestion("faq").menus().get("faq")).endsWith("faq-6", "faq-7");
        assertThat(withSixth.withQuestion("no-such-menu").menus()).isEqualTo(withSixth.menus());

        Map<String, String> typed = new HashMap<>();
        withSixth.words().forEach((language, words) -> words.forEach((entry, text) ->
                typed.put(PhoneWordsForm.field(language, entry), text)));
        typed.put("m.faq", String.join(",", withSixth.menus().get("faq")));
        typed.put("w.en.faq-6.option", "who our therapists are");
        typed.put("w.es.faq-6", "Pregunte en la recepción.");
        PhoneWordsForm sixth = PhoneWordsForm.posted(SHIPPED, typed).orElseThrow();
        assertThat(file(sixth, "en/faq.txt")).contains("[faq-6.option]\nwho our therapists are");
        assertThat(file(sixth, "es/faq.txt")).contains("[faq-6]\nPregunte en la recepción.");
    }

    @Test
    void onlyAQuestionInAMenuCanBeRemovedNeitherTheHoursNorAMenu() {
        PhoneWordsForm form = PhoneWordsForm.of(SHIPPED).orElseThrow();
        assertThat(form.removable("faq-avoid")).isTrue();
        assertThat(form.removable("what-it-is")).isTrue();
        assertThat(form.removable("hours")).isFalse();
        assertThat(form.removable("faq")).isFalse();
        assertThat(form.removable("nowhere")).isFalse();
        assertThat(form.withoutQuestion("hours").menus()).isEqualTo(form.menus());
        assertThat(form.withoutQuestion("faq").words()).isEqualTo(form.words());
        PhoneWordsForm fewer = form.withoutQuestion("faq-avoid");
        assertThat(fewer.menus().get("faq")).doesNotContain("faq-avoid").hasSize(4);
        assertThat(fewer.words().get("en")).doesNotContainKeys(EntryName.parse("faq-avoid"), EntryName.parse("faq-avoid.option"), EntryName.parse("faq-avoid.words"))
                .containsKey(EntryName.parse("faq-prevent"));
        assertThat(file(fewer, "en/faq.txt")).doesNotContain("[faq-avoid");
    }

    @Test
    void specialDayRowsAreAddedBlankAndRemovedByNumber() {
        PhoneWordsForm form = PhoneWordsForm.of(SHIPPED).orElseThrow();
        PhoneWordsForm more = form.withDay();
        assertThat(more.days()).hasSize(4);
        assertThat(more.days().get(3)).isEqualTo(new PhoneWordsForm.Day("", true, "", "", List.of("", "")));
        assertThat(more.days().get(3).blank()).isTrue();
        assertThat(file(more, PromptFiles.SETTINGS)).as("a blank row writes nothing")
                .isEqualTo(file(form, PromptFiles.SETTINGS));
        assertThat(form.withoutDay(0).days()).extracting(PhoneWordsForm.Day::date).containsExactly("2026-12-25", "2027-01-01");
        assertThat(form.withoutDay(2).days()).extracting(PhoneWordsForm.Day::date).containsExactly("2026-12-24", "2026-12-25");
        assertThat(form.withoutDay(3).days()).hasSize(3);
        assertThat(form.withoutDay(-1).days()).hasSize(3);
    }

    @Test
    void typingTheFilesCannotHoldIsRefusedNextToItsBoxAndTheVersionsWordsStandIn() {
        String before = PhoneWordsForm.of(SHIPPED).orElseThrow().words().get("en").get(EntryName.parse("goodbye"));
        PhoneWordsForm form = posted(Map.of("w.en.goodbye", "Take care.\r\n  # a note\r\nGoodbye.",
                "w.es.goodbye", "Cuídese.\r[adiós]", "w.en.hours.words", "# asked at the door\nsnow days"));
        assertThat(form.draft().typing()).containsOnlyKeys("w.en.goodbye", "w.es.goodbye");
        assertThat(form.draft().typing().get("w.en.goodbye")).containsExactly("A line that starts with # is a note in"
                + " the prompts files: callers would never hear \"# a note\". Write the word you mean (such as \"pound\""
                + " for the key) instead of #.");
        assertThat(form.draft().typing().get("w.es.goodbye")).containsExactly("\"[adiós]\" on a line of its own would"
                + " start a new entry in the prompts files, and callers would never hear it. Remove the brackets.");
        assertThat(file(form, "en/line.txt")).contains("[goodbye]\n" + before).doesNotContain("# a note");
        assertThat(file(form, "en/hours.txt")).as("a note is how a list of what callers say is grouped")
                .contains("[hours.words]\n# asked at the door\nsnow days");
        assertThat(form.words().get("en").get(EntryName.parse("goodbye"))).as("the box keeps the typing").contains("# a note");
    }

    @Test
    void anOptionalSentenceLeftEmptyInEveryLanguageIsTakenOutButNotWhenOneLanguageHasIt() {
        PhoneWordsForm removed = posted(Map.of("w.en.faq.topic", "", "w.es.faq.topic", " "));
        PhoneWordsForm half = posted(Map.of("w.en.faq.topic", "", "w.es.faq.topic", "las preguntas"));
        assertThat(removed.draft().files().texts().values()).noneMatch(text -> text.contains("[faq.topic]"));
        assertThat(file(removed, "en/desk.txt")).contains("[main.topic]\ngeneral questions");
        assertThat(file(half, "es/desk.txt")).contains("[faq.topic]\nlas preguntas");
        assertThat(file(half, "en/desk.txt")).contains("[faq.topic]");
        assertThat(posted(Map.of("w.en.goodbye", "", "w.es.goodbye", "")).draft().files().text("en/line.txt").orElseThrow())
                .as("a sentence the line needs stays, to be refused by the checks").contains("[goodbye]");
    }

    @Test
    void aProblemFoundByTheChecksBelongsToTheFieldItIsAbout() {
        PhoneWordsForm form = PhoneWordsForm.of(SHIPPED).orElseThrow();
        PhoneWordsForm.Draft draft = form.draft();
        String root = draft.files().root() + "/";
        assertThat(form.fieldOf(new Problem("FRONT_DESK_NUMBER", 0, "not a number"), draft)).hasValue("s.front_desk.number");
        int nameLine = draft.settingsLines().entrySet().stream().filter(e -> e.getValue().equals("s.name")).findFirst()
                .orElseThrow().getKey();
        assertThat(form.fieldOf(new Problem(root + PromptFiles.SETTINGS, nameLine, "x"), draft)).hasValue("s.name");
        assertThat(form.fieldOf(new Problem(PromptFiles.SETTINGS, nameLine, "x"), draft)).as("without the folder's name")
                .hasValue("s.name");
        assertThat(form.fieldOf(new Problem(root + PromptFiles.SETTINGS, 1, "x"), draft)).as("a note line").isEmpty();
        int faqLine = draft.menuLines().keySet().stream().filter(l -> draft.menuLines().get(l).startsWith("w.en.faq-start"))
                .findFirst().orElseThrow();
        assertThat(form.fieldOf(new Problem(root + PromptFiles.TREE, faqLine, "x"), draft)).hasValue("w.en.faq-start.option");
        int goodbye = draft.layouts().get("es/line.txt").text().lines().toList().indexOf("[goodbye]") + 2;
        assertThat(form.fieldOf(new Problem(root + "es/line.txt", goodbye, "x"), draft)).hasValue("w.es.goodbye");
        assertThat(form.fieldOf(new Problem(root + "es/line.txt", 0, "the entry [welcome] has no words"), draft))
                .as("named in the message").hasValue("w.es.welcome");
        assertThat(form.fieldOf(new Problem(root + "es/line.txt", 0, "the entry [nothing-like-it] is odd"), draft)).isEmpty();
        assertThat(form.fieldOf(new Problem(root + "fr/line.txt", 3, "[welcome]"), draft)).isEmpty();
        assertThat(form.fieldOf(new Problem(root + "templates/menu.ftlx", 3, "x"), draft)).isEmpty();
    }

    @Test
    void namesAreCapitalizedForLabels() {
        assertThat(PhoneWordsForm.capital("monday")).isEqualTo("Monday");
        assertThat(PhoneWordsForm.capital("")).isEmpty();
        assertThat(PhoneWordsForm.field("es", EntryName.parse("faq-start.option"))).isEqualTo("w.es.faq-start.option");
    }
    static PromptFiles edited(String file, String from, String to) {
        Map<String, String> texts = new TreeMap<>(SHIPPED.texts());
        assertThat(texts.get(file)).contains(from);
        texts.put(file, texts.get(file).replace(from, to));
        return PromptFiles.of(texts);
    }

    @Test
    void aSpecialDayWithOneNameForEveryLanguageShowsItFirstAndTheOthersEmpty() {
        PhoneWordsForm form = PhoneWordsForm.of(edited(PromptFiles.SETTINGS, "closed, Christmas Day, Navidad",
                "closed, Christmas Day")).orElseThrow();
        assertThat(form.days().get(1).names()).containsExactly("Christmas Day", "");
    }

    @Test
    void aSentenceOneLanguageHasIsShownEmptyInTheOthersAndItsWordsGoInTheFileOfTheSameName() {
        PromptFiles version = edited("en/desk.txt", "[whisper-language]", "[whisper-note]\nA note for staff.\n\n[whisper-language]");
        PhoneWordsForm form = PhoneWordsForm.of(version).orElseThrow();
        assertThat(form.words().get("en")).containsEntry(EntryName.parse("whisper-note"), "A note for staff.");
        assertThat(form.words().get("es")).containsEntry(EntryName.parse("whisper-note"), "");
        PhoneWordsForm typed = PhoneWordsForm.posted(version, Map.of("w.es.whisper-note", "Una nota.")).orElseThrow();
        assertThat(file(typed, "es/desk.txt")).contains("[whisper-note]\nUna nota.");
    }

    @Test
    void aMisspeltNameTypedInTheFilesIsWrittenBackAsItWasWithTheWordsTyped() {
        PromptFiles misspelt = edited("en/line.txt", "[goodbye]", "[faq.optoin]\nthe questions\n\n[goodbye]");
        PhoneWordsForm form = PhoneWordsForm.posted(misspelt, Map.of("w.en.faq.optoin", "common questions",
                "w.es.faq.optoin", "preguntas")).orElseThrow();
        assertThat(file(form, "en/line.txt")).contains("[faq.optoin]\ncommon questions\n\n[goodbye]");
        assertThat(file(form, "es/line.txt")).as("with English's, in the file of the same name")
                .contains("[faq.optoin]\npreguntas");
        assertThat(form.withoutQuestion("faq-avoid").words().get("en")).as("not a question's: it stays")
                .containsKey(EntryName.parse("faq.optoin"));
    }

    @Test
    void aNewQuestionIsNeverNamedAsAnEntryAlreadyWritten() {
        PromptFiles taken = edited("en/faq.txt", "[faq.back]", "[faq-6.words]\nleft over\n\n[faq.back]");
        assertThat(PhoneWordsForm.of(taken).orElseThrow().withQuestion("faq").menus().get("faq")).endsWith("faq-7");
    }

    @Test
    void aNewQuestionsNumberSkipsOneAlreadyTaken() {
        PhoneWordsForm form = PhoneWordsForm.of(SHIPPED).orElseThrow().withQuestion("faq").withoutQuestion("faq-avoid")
                .withQuestion("faq");
        assertThat(form.menus().get("faq")).endsWith("faq-6", "faq-7").hasSize(6);
    }

    @Test
    void eachLineOfAnUnchangedSettingsFileBelongsToTheFieldWrittenThere() {
        PhoneWordsForm form = PhoneWordsForm.of(SHIPPED).orElseThrow();
        Map<Integer, String> lines = form.draft().settingsLines();
        List<String> settings = SHIPPED.text(PromptFiles.SETTINGS).orElseThrow().lines().toList();
        assertThat(lines.get(settings.indexOf("    2026-12-25: closed, Christmas Day, Navidad") + 1)).isEqualTo("d.1.date");
        assertThat(lines.get(settings.indexOf("    2027-01-01: closed, New Year's Day, Año Nuevo") + 1)).isEqualTo("d.2.date");
        assertThat(lines.get(settings.indexOf("  monday: 8:00-19:00") + 1)).isEqualTo("h.monday.opens");
        assertThat(lines.get(settings.indexOf("  number: \"+12125985913\"") + 1)).isEqualTo("s.front_desk.number");
        assertThat(lines.get(settings.indexOf("name: Gramercy Physical Therapy") + 1)).isEqualTo("s.name");
        assertThat(lines.get(settings.indexOf("    voice: Polly.Joanna-Neural") + 1)).as("no field for a voice").isNull();
        PhoneWordsForm fewer = form.withoutDay(0);
        assertThat(fewer.draft().settingsLines()).as("rows renumbered once a day is taken off").containsValues("d.0.date",
                "d.1.date").doesNotContainValue("d.2.date");
    }
}
