package clinic.ivr.prompts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts staff edits on the line while it runs. Every second it looks at the prompts folder; once a
 * change has settled, it validates the whole folder and, only when it passes, swaps the new version
 * in for the next call. A version that fails leaves the last good one answering, and its problems
 * go to the log and to /health until the files are fixed.
 *
 * <p>Why polling rather than a WatchService: WatchService misses changes on network and container
 * mounts, reports a rename from an editor's temporary file as several events to piece together, and
 * watches one folder, not a tree. Reading the names, sizes and times of a few dozen files each
 * second costs nothing, sees every kind of save the same way, and needs no fallback.
 */
public final class PromptsReloader implements AutoCloseable {

    public static final Duration EVERY_SECOND = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(PromptsReloader.class);

    private final Path dir;
    private final Function<Path, Validation> validator;
    private final LivePrompts live;
    private final ScheduledExecutorService clock;
    private FolderFingerprint used;
    private FolderFingerprint seen;

    /**
     * @param validator loads and checks a folder, as at start
     * @param loaded    the folder's fingerprint taken before the version in {@code live} was read from it,
     *                  so a save made while it was read is not missed
     */
    public PromptsReloader(Path dir, Function<Path, Validation> validator, LivePrompts live, FolderFingerprint loaded) {
        this.dir = dir;
        this.validator = validator;
        this.live = live;
        this.used = loaded;
        this.seen = loaded;
        this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "prompts-reloader");
            t.setDaemon(true);
            return t;
        });
    }

    public PromptsReloader start(Duration every) {
        clock.scheduleWithFixedDelay(this::checkSafely, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * One look at the folder. A save shows as a new fingerprint; the folder is read once the
     * fingerprint has stayed the same for one look (an editor may write a file in several steps),
     * and the result is used only if the folder did not change while it was read.
     */
    void check() {
        FolderFingerprint now = FolderFingerprint.of(dir);
        if (now.equals(used)) {
            seen = now;
            return;
        }
        if (!now.equals(seen)) {
            seen = now;
            return;
        }
        Validation validation = validate();
        if (!FolderFingerprint.of(dir).equals(now)) {
            return; // saved again while it was read: read it again once it settles
        }
        used = now;
        if (validation.ok()) {
            Prompts newer = validation.prompts().orElseThrow();
            live.replace(newer);
            LOG.info("prompts changed: calls are now answered with version {}", newer.version());
            validation.warnings().forEach(w -> LOG.warn("prompts advice: {}", w));
        } else {
            live.keep(validation.errors());
            LOG.warn("prompts changed but cannot be used; calls are still answered with {}. Fix:\n{}",
                    live.current().map(p -> "version " + p.version()).orElse("the safe answer (no version could be used)"),
                    lines(validation.errors()));
        }
    }

    /** The validator never means to throw; if it does, that version is not used either. */
    private Validation validate() {
        try {
            return validator.apply(dir);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("checking the prompts folder failed", e);
            return Validation.failed(List.of(new Problem(dir.toString(), 0, "the prompts could not be checked: " + e)));
        }
    }

    /** A scheduled task that throws is never run again: keep looking whatever happens. */
    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.error("looking at the prompts folder failed; trying again", e);
        }
    }

    private static String lines(List<Problem> problems) {
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
