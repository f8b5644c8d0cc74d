package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.PromptsException;
import clinic.ivr.prompts.PromptsLoader;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The shipped prompts as a version keeps them, in memory, for a test to change as staff would and load:
 * one check at a time runs on them without a folder to copy or every answer to render.
 */
final class EditedPrompts {

    private static final Map<String, String> SHIPPED = PromptFiles.read(TestLine.SHIPPED_PROMPTS).texts();

    private final Map<String, String> texts = new TreeMap<>(SHIPPED);

    /** Replaces text staff would edit; fails if the text is not there, so tests stay honest. */
    EditedPrompts edit(String file, String from, String to) {
        assertThat(texts.get(file)).as(file + " should contain " + from).contains(from);
        texts.put(file, texts.get(file).replace(from, to));
        return this;
    }

    /** The line (from 1) where a text first appears in a file. */
    int lineOf(String file, String text) {
        String[] lines = texts.get(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }

    PromptFiles files() {
        return PromptFiles.of(texts);
    }

    Prompts load() {
        try {
            return new PromptsLoader(Optional.empty()).load(files());
        } catch (PromptsException e) {
            throw new AssertionError("the edited prompts do not load:\n" + e.getMessage(), e);
        }
    }
}
