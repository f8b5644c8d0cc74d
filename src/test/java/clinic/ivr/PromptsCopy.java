package clinic.ivr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the shipped prompts in a temporary folder, for tests that change what staff wrote. */
public final class PromptsCopy {

    private PromptsCopy() {}

    public static Path of(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(TestLine.SHIPPED_PROMPTS)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(TestLine.SHIPPED_PROMPTS.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    /** Replaces text a staff member would edit; fails if the text is not there, so tests stay honest. */
    public static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " should contain " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
