package clinic.ivr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of the shipped prompts in a temporary folder named "prompts", for tests to break or edit. */
public final class PromptsCopy {

    private final Path dir;

    private PromptsCopy(Path dir) {
        this.dir = dir;
    }

    public static PromptsCopy in(Path parent) {
        Path dir = parent.resolve("prompts");
        try (Stream<Path> files = Files.walk(TestLine.SHIPPED_PROMPTS)) {
            for (Path from : files.toList()) {
                Path to = dir.resolve(TestLine.SHIPPED_PROMPTS.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PromptsCopy(dir);
    }

    public Path dir() {
        return dir;
    }

    public String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text that must be in the file, the way an editor saves: a new file renamed over the old one. */
    public PromptsCopy edit(String file, String from, String to) {
        String text = read(file);
        assertTrue(text.contains(from), () -> file + " does not contain \"" + from + "\"");
        return write(file, text.replace(from, to));
    }

    public PromptsCopy write(String file, String content) {
        try {
            Path target = dir.resolve(file);
            Path temp = Files.createTempFile(target.getParent(), ".edit", ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
