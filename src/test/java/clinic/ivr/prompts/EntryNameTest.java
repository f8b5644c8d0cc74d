package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.flow.PhoneTree;
import java.util.List;
import java.util.Map;
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
