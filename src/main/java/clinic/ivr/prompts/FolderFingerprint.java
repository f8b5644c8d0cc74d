package clinic.ivr.prompts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The names, sizes and modification times of every file under the prompts folder, in one string:
 * when it changes, something was saved. Reading metadata only keeps a check every second cheap,
 * whatever else lands in the folder.
 */
public record FolderFingerprint(String value) {

    /** Symbolic links are followed, so a folder swapped by a link (as Kubernetes does) counts as a change. */
    public static FolderFingerprint of(Path dir) {
        StringBuilder print = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            files.sorted().forEach(file -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        print.append(dir.relativize(file)).append('\t').append(a.size()).append('\t')
                                .append(a.lastModifiedTime().toMillis()).append('\n');
                    }
                } catch (IOException e) {
                    // a file deleted between listing and reading: the next check sees the folder as it is
                    print.append(dir.relativize(file)).append("\tgone\n");
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return new FolderFingerprint("unreadable: " + e.getMessage());
        }
        return new FolderFingerprint(print.toString());
    }
}
