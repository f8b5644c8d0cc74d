package clinic.ivr.prompts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a developer's change to the prompts folder while the line runs (a deploy that swaps the
 * folder, or a file saved on a small server). Every second it looks at the folder; once a change has
 * settled, it reads the whole folder and hands it on, only if the folder did not change while it was
 * read.
 *
 * <p>Why polling rather than a WatchService: WatchService misses changes on network and container
 * mounts, reports a rename from an editor's temporary file as several events to piece together, and
 * watches one folder, not a tree. Reading the names, sizes and times of a few dozen files each
 * second costs nothing, sees every kind of save the same way, and needs no fallback.
 */
public final class FolderWatch implements AutoCloseable {

    public static final Duration EVERY_SECOND = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);

    private final Path dir;
    private final Consumer<PromptFiles> changed;
    private final ScheduledExecutorService clock;
    private Duration settle = Duration.ZERO;
    private FolderFingerprint used;
    private FolderFingerprint seen;

    /**
     * @param changed given the folder's files after each settled change
     * @param loaded  the folder's fingerprint taken before the line last read it, so a save made while it
     *                was read is not missed
     */
    public FolderWatch(Path dir, Consumer<PromptFiles> changed, FolderFingerprint loaded) {
        this.dir = dir;
        this.changed = changed;
        this.used = loaded;
        this.seen = loaded;
        this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "prompts-folder");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Looks every {@code every}; a change just seen is looked at again a quarter of that later, so a save is
     * read within about a second and a quarter rather than two.
     */
    public FolderWatch start(Duration every) {
        settle = every.dividedBy(4);
        clock.scheduleWithFixedDelay(this::checkSafely, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * One look at the folder. A save shows as a new fingerprint; the folder is read once the
     * fingerprint has stayed the same for one look (an editor may write a file in several steps),
     * and handed on only if the folder did not change while it was read.
     */
    void check() {
        FolderFingerprint now = FolderFingerprint.of(dir);
        if (now.equals(used)) {
            seen = now;
            return;
        }
        if (!now.equals(seen)) {
            seen = now;
            if (!settle.isZero()) {
                clock.schedule(this::checkSafely, settle.toMillis(), TimeUnit.MILLISECONDS);
            }
            return;
        }
        PromptFiles files = PromptFiles.read(dir);
        if (!FolderFingerprint.of(dir).equals(now)) {
            return; // saved again while it was read: read it again once it settles
        }
        used = now;
        LOG.info("the prompts folder {} changed", dir);
        changed.accept(files);
    }

    /** A scheduled task that throws is never run again: keep looking whatever happens. */
    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("looking at the prompts folder failed; trying again", e);
        }
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
