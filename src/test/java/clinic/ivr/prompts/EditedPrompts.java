package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The shipped prompts as a version keeps them, in memory, for a test to change as staff would and load:
 * one check at a time runs on them without a folder to copy or every answer to render.
 */
public final class EditedPrompts {

    /** Read for each test, not once: code under test (a mutant, in mutation testing) reads it. */
    private final Map<String, String> texts = new TreeMap<>(PromptFiles.read(TestLine.SHIPPED_PROMPTS).texts());

    /** Replaces text staff would edit; fails if the text is not there, so tests stay honest. */
    public EditedPrompts edit(String file, String from, String to) {
        assertThat(texts.get(file)).as(file + " should contain " + from).contains(from);
        texts.put(file, texts.get(file).replace(from, to));
        return this;
    }

    /** Writes a whole file as staff or a deploy would; {@code null} removes it. */
    public EditedPrompts write(String file, String text) {
        if (text == null) {
            texts.remove(file);
        } else {
            texts.put(file, text);
        }
        return this;
    }

    public String text(String file) {
        return texts.get(file);
    }

    /** The line (from 1) where a text first appears in a file. */
    public int lineOf(String file, String text) {
        String[] lines = texts.get(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }

    /** The line (from 1) of an entry's heading, such as [welcome], in a file. */
    public int headingOf(String file, String entry) {
        String[] lines = texts.get(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals("[" + entry + "]")) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no heading [" + entry + "]");
    }

    public PromptFiles files() {
        return PromptFiles.of(texts);
    }

    /** What the loader finds wrong, each problem as validate prints it; fails when the edited prompts load. */
    public List<String> problems() {
        try {
            new PromptsLoader(Optional.empty()).load(files());
        } catch (PromptsException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the edited prompts load");
    }

    public Prompts load() {
        try {
            return new PromptsLoader(Optional.empty()).load(files());
        } catch (PromptsException e) {
            throw new AssertionError("the edited prompts do not load:\n" + e.getMessage(), e);
        }
    }
}
