package clinic.ivr.prompts;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The files of one prompts folder, read once, named as staff see them, fingerprinted as they are read. */
final class PromptsFolder {

    final Path dir;
    private final MessageDigest digest;

    PromptsFolder(Path dir) {
        this.dir = dir;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String display(Path relative) {
        return PromptsLoader.display(dir, relative);
    }

    Optional<YamlFile> yaml(String name, JavaType type, List<Problem> problems) {
        Path file = Path.of(name);
        return read(file, problems).flatMap(content -> {
            YamlFile yaml = new YamlFile(display(file), content);
            return yaml.read(type, problems).map(value -> yaml);
        });
    }

    /** Files in a subfolder with the given ending, sorted by name. */
    List<Path> list(String folder, String ending, List<Problem> problems) {
        Path sub = dir.resolve(folder);
        if (!Files.isDirectory(sub)) {
            problems.add(new Problem(display(Path.of(folder)), 0, "this folder is missing."));
            return List.of();
        }
        try (Stream<Path> stream = Files.list(sub)) {
            // editors keep lock and temporary files next to the one being edited, named with a leading dot
            return stream.filter(p -> p.getFileName().toString().endsWith(ending))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().map(dir::relativize).toList();
        } catch (IOException e) {
            problems.add(new Problem(display(Path.of(folder)), 0, "cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    /** A file's text; its bytes also go into the version fingerprint. */
    Optional<String> read(Path relative, List<Problem> problems) {
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(relative));
            digest.update(relative.toString().getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.add(new Problem(display(relative), 0, "is not saved as UTF-8 text. Save it again as UTF-8."));
        } catch (NoSuchFileException e) {
            problems.add(new Problem(display(relative), 0, "this file is missing."));
        } catch (IOException e) {
            problems.add(new Problem(display(relative), 0, "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    String fingerprint() {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }
}
