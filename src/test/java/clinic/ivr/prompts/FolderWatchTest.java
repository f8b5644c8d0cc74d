package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A developer's save to the prompts folder, noticed once it has settled and handed on whole. */
class FolderWatchTest {

    @TempDir
    Path temp;

    Path folder() throws Exception {
        Path dir = temp.resolve("prompts");
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("clinic.yaml"), "name: Clinic\n");
        Files.writeString(dir.resolve("en/line.txt"), "[welcome]\nHello.\n");
        return dir;
    }

    @Test
    void anUnchangedFolderIsNotReadAgain() throws Exception {
        Path dir = folder();
        List<PromptFiles> handed = new ArrayList<>();
        FolderWatch watch = new FolderWatch(dir, handed::add, FolderFingerprint.of(dir));
        watch.check();
        watch.check();
        assertThat(handed).isEmpty();
    }

    @Test
    void aSaveIsHandedOnOnceItHasSettledAndOnlyOnce() throws Exception {
        Path dir = folder();
        List<PromptFiles> handed = new ArrayList<>();
        FolderWatch watch = new FolderWatch(dir, handed::add, FolderFingerprint.of(dir));
        Files.writeString(dir.resolve("en/line.txt"), "[welcome]\nWelcome.\n\n");
        watch.check();
        assertThat(handed).as("an editor may still be writing").isEmpty();
        Files.writeString(dir.resolve("en/line.txt"), "[welcome]\nWelcome to the clinic.\n");
        watch.check();
        assertThat(handed).as("it changed again").isEmpty();
        watch.check();
        assertThat(handed).singleElement().extracting(files -> files.text("en/line.txt").orElseThrow())
                .isEqualTo("[welcome]\nWelcome to the clinic.\n");
        watch.check();
        assertThat(handed).hasSize(1);
    }

    @Test
    void aSaveMadeWhileTheLineReadTheFolderIsNotMissed() throws Exception {
        Path dir = folder();
        FolderFingerprint beforeTheLineRead = FolderFingerprint.of(dir);
        Files.writeString(dir.resolve("clinic.yaml"), "name: Another Clinic\n");
        List<PromptFiles> handed = new ArrayList<>();
        FolderWatch watch = new FolderWatch(dir, handed::add, beforeTheLineRead);
        watch.check();
        watch.check();
        assertThat(handed).singleElement().extracting(files -> files.text("clinic.yaml").orElseThrow())
                .isEqualTo("name: Another Clinic\n");
    }

    @Test
    void aFolderTakenAwayIsHandedOnAsMissing() throws Exception {
        Path dir = folder();
        List<PromptFiles> handed = new ArrayList<>();
        FolderWatch watch = new FolderWatch(dir, handed::add, FolderFingerprint.of(dir));
        Files.move(dir, temp.resolve("elsewhere"));
        assertThat(FolderFingerprint.of(dir).value()).startsWith("unreadable: ");
        watch.check();
        watch.check();
        assertThat(handed).singleElement().satisfies(files -> assertThat(files.missing()).isTrue());
    }

    @Test
    void theFingerprintChangesWithANameASizeOrATime() throws Exception {
        Path dir = folder();
        FolderFingerprint first = FolderFingerprint.of(dir);
        assertThat(first.value()).contains("clinic.yaml\t13\t").contains("en/line.txt\t").doesNotContain("en\t");
        assertThat(FolderFingerprint.of(dir)).isEqualTo(first);
        Files.writeString(dir.resolve("en/faq.txt"), "");
        FolderFingerprint added = FolderFingerprint.of(dir);
        assertThat(added).isNotEqualTo(first);
        Files.setLastModifiedTime(dir.resolve("en/faq.txt"), java.nio.file.attribute.FileTime.fromMillis(1_000));
        assertThat(FolderFingerprint.of(dir)).isNotEqualTo(added);
        assertThat(FolderFingerprint.of(dir).value()).contains("en/faq.txt\t0\t1000\n");
    }

    @Test
    void theWatchKeepsLookingAfterAFailureAndStopsWhenClosed() throws Exception {
        Path dir = folder();
        LinkedBlockingQueue<PromptFiles> handed = new LinkedBlockingQueue<>();
        int[] calls = {0};
        try (FolderWatch watch = new FolderWatch(dir, files -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("the first reload fails");
            }
            handed.add(files);
        }, FolderFingerprint.of(dir)).start(Duration.ofMillis(10))) {
            Files.writeString(dir.resolve("clinic.yaml"), "name: One\n");
            waitForCalls(calls, 1);
            Files.writeString(dir.resolve("clinic.yaml"), "name: Second\n");
            // the watch may catch the file half written first; it must go on to hand over the whole one
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            String seen = null;
            while (!"name: Second\n".equals(seen) && System.nanoTime() < until) {
                PromptFiles files = handed.poll(100, TimeUnit.MILLISECONDS);
                seen = files == null ? seen : files.text("clinic.yaml").orElseThrow();
            }
            assertThat(seen).as("looked again after the failure").isEqualTo("name: Second\n");
            assertThat(watch).isNotNull();
        }
    }

    /** A save is looked at again soon after it is first seen, not a whole period later: 2.5 s here, not 4. */
    @Test
    void aSaveIsReadSoonAfterItIsFirstSeen() throws Exception {
        Path dir = folder();
        LinkedBlockingQueue<PromptFiles> handed = new LinkedBlockingQueue<>();
        try (FolderWatch watch = new FolderWatch(dir, handed::add, FolderFingerprint.of(dir)).start(Duration.ofSeconds(2))) {
            Files.writeString(dir.resolve("clinic.yaml"), "name: Soon\n");
            PromptFiles files = handed.poll(3500, TimeUnit.MILLISECONDS);
            assertThat(files).as("read before a second whole period has passed").isNotNull();
            assertThat(files.text("clinic.yaml")).contains("name: Soon\n");
            assertThat(watch).isNotNull();
        }
    }

    private static void waitForCalls(int[] calls, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (calls[0] < count && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(calls[0]).isGreaterThanOrEqualTo(count);
    }
}
