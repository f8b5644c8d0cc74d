package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.prompts.TextLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A copy of the shipped prompts in a temporary folder, for tests that change what staff wrote. */
public final class PromptsCopy {

    private final Path dir;

    private PromptsCopy(Path dir) {
        this.dir = dir;
    }

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

    /** The clinic's address and booking link, as staff fill them in to offer callers a text message. */
    public static final String ADDRESS = "20 Example Street, New York, NY 10003";
    public static final String BOOKING_LINK = "https://clinic.example/book";

    /** A copy with the address and booking link filled in. */
    public static Path withTextDetails(Path to) throws IOException {
        of(to);
        Path yaml = to.resolve("clinic.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "\naddress: \"" + ADDRESS + "\"\nbooking_link: \"" + BOOKING_LINK + "\"\n");
        return to;
    }

    /** Replaces text a staff member would edit; fails if the text is not there, so tests stay honest. */
    public static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file + " should contain " + from).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /**
     * Staff's files as a version published before the line let callers ask it to wait, without [wait-now] and
     * [words.wait] in either language: what the database holds from an earlier release.
     */
    public static Map<String, String> beforeWaiting(Map<String, String> editable) {
        Map<String, String> texts = new TreeMap<>(editable);
        for (String file : List.of("en/line.txt", "es/line.txt")) {
            texts.put(file, TextLayout.parse(texts.get(file)).without("wait-now").without("words.wait").text());
        }
        return texts;
    }

    /** A copy in a folder named "prompts" under {@code parent}, so problems name files as staff see them. */
    public static PromptsCopy in(Path parent) {
        try {
            return new PromptsCopy(of(parent.resolve("prompts")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The line (from 1) where a text first appears in a file: tests name lines without counting them. */
    public int lineOf(String file, String text) {
        String[] lines = read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with \"" + text + "\"");
    }

    /** Replaces text that must be in the file, the way an editor saves: a new file renamed over the old one. */
    public PromptsCopy edit(String file, String from, String to) {
        String text = read(file);
        assertThat(text).as(() -> file + " does not contain \"" + from + "\"").contains(from);
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
