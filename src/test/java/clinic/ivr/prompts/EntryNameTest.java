package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.flow.PhoneTree;
import java.util.List;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The names of the staff's entries: the fixed ones every language has, and those made from a menu or topic. */
class EntryNameTest {

    static final Prompts SHIPPED = new EditedPrompts().load();

    @ParameterizedTest
    @EnumSource(FixedEntry.class)
    void everyFixedEntryIsWrittenInEveryShippedLanguageUnderItsName(FixedEntry entry) {
        assertThat(SHIPPED.wordings()).containsOnlyKeys("en", "es");
        SHIPPED.wordings().forEach((language, w) -> assertThat(w.written()).as(language + " [" + entry.text() + "]")
                .contains(entry));
        assertThat(EntryName.parse(entry.text())).as("read from a file, the name is the fixed entry").isSameAs(entry);
        assertThat(entry).hasToString(entry.text());
    }

    /** A new fixed entry is asked of every language: no second list to keep in step with the names. */
    @Test
    void aLanguageWithoutItsFixedEntriesIsRefusedAndEachEntryNamed() {
        EditedPrompts prompts = new EditedPrompts();
        for (FixedEntry entry : FixedEntry.values()) {
            String heading = "[" + entry.text() + "]\n";
            String file = SHIPPED.files().list("es", ".txt").stream()
                    .filter(f -> prompts.text(f).startsWith(heading) || prompts.text(f).contains("\n" + heading))
                    .findFirst().orElseThrow(() -> new AssertionError("no Spanish file has " + heading));
            prompts.edit(file, "\n" + heading, "\n[" + entry.text() + "-gone]\n");
        }
        List<String> problems = prompts.problems();
        assertThat(FixedEntry.values()).allSatisfy(entry -> assertThat(problems).as("[" + entry.text() + "]")
                .anyMatch(p -> p.contains("the entry [" + entry.text() + "] is missing")));
    }

    @Test
    void namesMadeFromAMenuOrTopicAreTheOnesTheShippedFilesUse() {
        PhoneTree tree = SHIPPED.tree();
        SHIPPED.wordings().forEach((language, w) -> {
            for (String menu : tree.menus()) {
                if (!menu.equals(PhoneTree.MAIN)) {
                    assertThat(w.written()).as(language + " " + menu).contains(EntryName.option(menu),
                            EntryName.words(menu), EntryName.back(menu));
                }
            }
            for (String topic : tree.topics()) {
                assertThat(w.written()).as(language + " " + topic).contains(EntryName.option(topic), EntryName.words(topic));
                if (!topic.equals(PhoneTree.HOURS)) {
                    assertThat(w.has(EntryName.passage(topic))).as(language + " " + topic + "'s answer").isTrue();
                }
            }
            assertThat(w.written()).contains(EntryName.topic("faq"));
        });
        assertThat(Map.of(EntryName.passage("faq"), "faq", EntryName.option("faq"), "faq.option",
                EntryName.words("faq"), "faq.words", EntryName.topic("faq"), "faq.topic", EntryName.back("faq"), "faq.back"))
                .allSatisfy((name, text) -> {
                    assertThat(name.text()).isEqualTo(text);
                    assertThat(name).hasToString(text);
                });
    }

    @Test
    void aNameIsOneValueHoweverItIsMade() {
        assertThat(EntryName.topic(PhoneTree.MAIN)).isSameAs(FixedEntry.MAIN_TOPIC);
        assertThat(EntryName.parse("faq.option")).isEqualTo(EntryName.option("faq")).hasSameHashCodeAs(EntryName.option("faq"));
        assertThat(EntryName.parse("faq")).isEqualTo(EntryName.passage("faq")).isNotEqualTo(EntryName.topic("faq"));
        assertThat(EntryName.option("session")).isNotEqualTo(EntryName.option("faq"));
        assertThat(EntryName.parse("key.pound")).isSameAs(FixedEntry.POUND_KEY);
    }

    @Test
    void wordListsAreTheCallersPhrasesNotWordsTheLineSays() {
        assertThat(FixedEntry.NUMBER_WORDS.isWordList()).isTrue();
        assertThat(EntryName.words("faq-painful").isWordList()).isTrue();
        assertThat(EntryName.parse("words.anything").isWordList()).isTrue();
        assertThat(FixedEntry.WELCOME.isWordList()).isFalse();
        assertThat(EntryName.option("faq").isWordList()).isFalse();
        assertThat(EntryName.passage("words-of-wisdom").isWordList()).isFalse();
        assertThat(EntryName.passage("faq.wordsmith").isWordList()).isFalse();
        assertThat(EntryName.option("words").isWordList()).as("a topic named words: its option is said").isFalse();
        assertThat(EntryName.words("words").wordsFor()).contains("words");
        assertThat(FixedEntry.FRONT_DESK_WORDS.wordsFor()).contains("front-desk");
        assertThat(EntryName.words("faq-painful").wordsFor()).contains("faq-painful");
        assertThat(FixedEntry.WELCOME.wordsFor()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(NodeEntry.Kind.class)
    void anEntryOfAMenuOrTopicKnowsItsNodeAndWhatItSaysOfIt(NodeEntry.Kind kind) {
        EntryName made = switch (kind) {
            case PASSAGE -> EntryName.passage("faq-painful");
            case OPTION -> EntryName.option("faq-painful");
            case WORDS -> EntryName.words("faq-painful");
            case TOPIC -> EntryName.topic("faq-painful");
            case BACK -> EntryName.back("faq-painful");
        };
        assertThat(made).isEqualTo(new NodeEntry("faq-painful", kind)).isEqualTo(EntryName.parse(made.text()));
        assertThat(made.isWordList()).isEqualTo(kind == NodeEntry.Kind.WORDS);
    }

    @Test
    void theLineHearsTheWordsOfEachTopicAndTheAnswerOfEachTopicHasParts() {
        Wording english = SHIPPED.wording("en");
        assertThat(english.hints()).as("the speech recognizer is told what callers say of a topic")
                .contains("will it hurt", "is the traction painful for most people");
        assertThat(english.words(EntryName.words("faq-painful"))).startsWith("will it hurt");
        assertThat(english.parts(EntryName.passage("faq-painful"))).isNotEmpty();
    }

    @Test
    void aFixedNameIsNeverMadeAsAMenusOrTopicsEntry() {
        assertThatThrownBy(() -> new NodeEntry(PhoneTree.MAIN, NodeEntry.Kind.TOPIC)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeEntry("faq.words", NodeEntry.Kind.OPTION)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeEntry("", NodeEntry.Kind.PASSAGE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMisspeltEndingIsNeitherAMenusEntryNorAFixedOne() {
        EntryName misspelt = EntryName.parse("faq.optoin");
        assertThat(misspelt).isNotInstanceOf(NodeEntry.class).isNotInstanceOf(FixedEntry.class).hasToString("faq.optoin");
        assertThat(misspelt.isWordList()).isFalse();
        assertThat(EntryName.parse("faq.optoin")).isEqualTo(misspelt);
        assertThat(EntryName.parse("words.frontdesk").wordsFor()).as("read as the caller's phrases, as it was meant")
                .contains("frontdesk");
        assertThat(new EditedPrompts().edit("en/faq.txt", "[faq.back]\n", "[faq.bakc]\nHi.\n\n[faq.back]\n").problems())
                .singleElement().asString().endsWith("[faq.bakc] is not used by the line; did you mean faq.back?");
    }

    @Test
    void onlyTheHoursEntriesAreFilledInWhenACallerAsks() {
        assertThat(FixedEntry.HOURS).startsWith(FixedEntry.HOURS_OPEN_NOW).endsWith(FixedEntry.HOURS_CLOSED_TODAY)
                .allSatisfy(entry -> assertThat(entry.text()).startsWith("hours-"));
        assertThat(FixedEntry.values()).filteredOn(e -> e.text().startsWith("hours-")).containsExactlyElementsOf(FixedEntry.HOURS);
    }

    @Test
    void aMisspeltNameInTheStaffTextIsRefusedInPlainWords() {
        EditedPrompts prompts = new EditedPrompts().edit("en/line.txt", "[goodbye]\n", "[goodby]\nBye now.\n\n[goodbye]\n");
        assertThat(prompts.problems()).singleElement().asString()
                .endsWith("[goodby] is not used by the line; did you mean goodbye?");
    }
}
