package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A staff text file, entry by entry: written back byte for byte, and changed only where an entry changed. */
class TextLayoutTest {

    static final String FILE = """
            # What the line says.
            # Keep the names.

            [welcome]
            Thank you for calling.

            # Said after the menu.
            [goodbye]
            Take care.

            Goodbye.
            # a note at the end
            """;

    @Test
    void everyShippedFileIsWrittenBackByteForByte() {
        Map<String, String> files = PromptFiles.read(TestLine.SHIPPED_PROMPTS).editable();
        files.forEach((name, text) -> {
            if (name.endsWith(".txt")) {
                assertThat(TextLayout.parse(text).text()).as(name).isEqualTo(text);
            }
        });
        assertThat(files).containsKeys("en/line.txt", "es/faq.txt");
    }

    @Test
    void anEntrysWordsAreItsLinesUpToItsLastWordsAndItsNotesAreThoseAboveItsHeading() {
        TextLayout layout = TextLayout.parse(FILE);
        assertThat(layout.words()).containsExactly(Map.entry("welcome", "Thank you for calling."),
                Map.entry("goodbye", "Take care.\n\nGoodbye."));
        assertThat(layout.entry("welcome").orElseThrow().notes()).as("the file's notes, a blank line above it").isEmpty();
        assertThat(layout.entry("goodbye").orElseThrow().notes()).isEqualTo("Said after the menu.");
    }

    @Test
    void changingOneEntryChangesOnlyItsLinesAndTrailingBlankLinesAreNotKept() {
        String changed = TextLayout.parse(FILE).withWords("welcome", "Welcome to the clinic.\r\nHello.\r\n\r\n").text();
        assertThat(changed).isEqualTo(FILE.replace("Thank you for calling.", "Welcome to the clinic.\nHello."));
    }

    @Test
    void eachLineBelongsToTheEntryAboveIt() {
        TextLayout layout = TextLayout.parse(FILE);
        assertThat(layout.headingLines()).containsExactly(Map.entry("welcome", 4), Map.entry("goodbye", 8));
        assertThat(layout.entryAt(5)).hasValue("welcome");
        assertThat(layout.entryAt(11)).hasValue("goodbye");
        assertThat(layout.entryAt(2)).isEmpty();
    }

    @Test
    void aNewEntryGoesAfterTheLastWithABlankLineAboveIt() {
        TextLayout layout = TextLayout.parse(FILE).with("faq-6", "A new answer.");
        assertThat(layout.text()).contains("Goodbye.\n\n[faq-6]\nA new answer.\n");
        assertThat(TextLayout.parse(layout.text()).words()).containsEntry("faq-6", "A new answer.")
                .containsEntry("goodbye", "Take care.\n\nGoodbye.");
    }

    @Test
    void anEntryRemovedTakesItsNotesWithIt() {
        TextLayout layout = TextLayout.parse(FILE).without("goodbye");
        assertThat(layout.text()).isEqualTo("""
                # What the line says.
                # Keep the names.

                [welcome]
                Thank you for calling.
                # a note at the end
                """);
        assertThat(layout.entries()).extracting(TextLayout.Entry::name).containsExactly("welcome");
        assertThat(TextLayout.parse(FILE).without("nowhere").text()).isEqualTo(FILE);
    }

    @Test
    void aFileWithoutEntriesIsKeptAsItIsAndANewEntryGoesAtItsEnd() {
        String notes = "# Only notes so far.\n\n# More notes.";
        TextLayout layout = TextLayout.parse(notes);
        assertThat(layout.entries()).isEmpty();
        assertThat(layout.text()).isEqualTo(notes);
        assertThat(layout.entryAt(1)).isEmpty();
        assertThat(layout.with("welcome", "Hello.").text()).isEqualTo(notes + "\n\n[welcome]\nHello.\n");
    }

    @Test
    void aHeadingOnTheLineAsked() {
        TextLayout layout = TextLayout.parse(FILE);
        assertThat(layout.entryAt(4)).as("the heading's own line").hasValue("welcome");
        assertThat(layout.entryAt(3)).isEmpty();
        assertThat(layout.entryAt(8)).hasValue("goodbye");
        assertThat(layout.entryAt(7)).hasValue("welcome");
    }
}
