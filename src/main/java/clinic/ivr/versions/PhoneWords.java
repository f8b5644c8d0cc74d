package clinic.ivr.versions;

import clinic.ivr.checks.Validator;
import clinic.ivr.desk.Closure;
import clinic.ivr.prompts.FolderFingerprint;
import clinic.ivr.prompts.FolderWatch;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Validation;
import clinic.ivr.store.PromptVersionStore;
import clinic.ivr.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this instance of the line says, kept in step with every other instance: it answers with the
 * newest published version in the database, looking for a newer one every second (and for a day staff
 * closed the clinic), and swaps it in whole once it passes the checks; a version that fails leaves the
 * last good one answering and its problems on /health. The prompts folder is read into the database
 * at start and whenever a developer changes it ({@link PromptVersions#importFolder}).
 *
 * <p>Nothing here stops calls: with the database out of reach the line answers with the version it
 * has, or at start with the folder itself, and catches up once the database is back. With no usable
 * version at all, every call gets the safe answer until one is fixed.
 */
public final class PhoneWords implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PhoneWords.class);

    private final PromptVersionStore store;
    private final Validator validator;
    private final Path folderDir;
    private final Clock clock;
    private final PromptVersions versions;
    private final LivePrompts live;
    private final ScheduledExecutorService poller;
    private FolderWatch watch;

    private volatile PromptFiles folder;
    /** The last read of the folder that had templates: they lay out every version, even while the folder is gone. */
    private volatile PromptFiles templates;
    /** The folder as last read is in the database. */
    private volatile boolean folderImported;
    /** The published version calls are answered with; 0 while none (or the folder itself) is. */
    private volatile int answering;
    /** The newest version that failed its checks here: tried again only after the folder changes. */
    private volatile int failed;
    private volatile Optional<Closure> closure = Optional.empty();
    private volatile Instant unreachableSince;
    /** The problems /health shows are the folder's, to clear once the folder is fixed. */
    private boolean folderProblems;
    private String checkedFingerprint = "";
    private Validation checked;

    private PhoneWords(PromptVersionStore store, Validator validator, Path folderDir, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.folderDir = folderDir;
        this.clock = clock;
        this.versions = new PromptVersions(store, validator, clock, () -> templates);
        this.folder = PromptFiles.read(folderDir);
        this.templates = folder;
        this.live = LivePrompts.none(List.of());
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "prompts-versions");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Reads the folder into the database, puts the newest published version on the line, then follows.
     *
     * @param every how often to look for a newer version and a changed folder (a second in production)
     */
    public static PhoneWords start(PromptVersionStore store, Validator validator, Path folderDir, Clock clock,
                                   Duration every) {
        FolderFingerprint loaded = FolderFingerprint.of(folderDir);
        PhoneWords words = new PhoneWords(store, validator, folderDir, clock);
        words.follow();
        if (words.live.current().isEmpty() && words.unreachableSince != null) {
            // no database at start: the folder answers until the database is back
            Validation folder = words.forCalls(words.folder);
            folder.prompts().filter(p -> folder.ok()).ifPresentOrElse(words.live::replace,
                    () -> words.live.keep(folder.errors()));
        }
        if (words.live.current().isEmpty()) {
            LOG.error("NO VERSION OF THE PROMPTS CAN BE USED: every call gets the safe answer (the emergency notice,"
                    + " an apology, then the front desk or a message) until one is fixed:\n{}", lines(words.live.problems()));
        }
        words.poller.scheduleWithFixedDelay(words::followSafely, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        words.watch = new FolderWatch(folderDir, words::folderChanged, loaded).start(every);
        return words;
    }

    /** What calls are answered with. */
    public LivePrompts live() {
        return live;
    }

    /** The versions, to check, publish and restore them. */
    public PromptVersions versions() {
        return versions;
    }

    /** The day staff closed the clinic, as last read from the database. */
    public Optional<Closure> closure() {
        return closure;
    }

    /** The published version calls are answered with; empty while none is (the folder, or the safe answer). */
    public OptionalInt published() {
        int number = answering;
        return number == 0 ? OptionalInt.empty() : OptionalInt.of(number);
    }

    /** Problems for /health: the database has been out of reach, so a newer version may not be heard. */
    public List<String> problems() {
        Instant since = unreachableSince;
        return since == null ? List.of() : List.of("the versions of the prompts cannot be read from the database since "
                + since + ": calls are answered with " + published().stream().mapToObj(n -> "version " + n).findFirst()
                .orElse(live.current().isPresent() ? "the prompts folder" : "the safe answer")
                + ", and a newer version is heard once the database is back");
    }

    /** Looks for a newer version and for a closure now, as every second. */
    public synchronized void follow() {
        try {
            if (!folderImported) {
                importFolder();
            }
            OptionalInt newest = store.newestPublished();
            if (newest.isPresent() && newest.getAsInt() != answering && newest.getAsInt() != failed) {
                load(newest.getAsInt());
            }
            closure = store.newestClosure().map(c -> new Closure(c.day(), c.reasons()));
            if (unreachableSince != null) {
                LOG.info("the database is back: calls are answered with {}", published().stream()
                        .mapToObj(n -> "version " + n).findFirst().orElse("the safe answer"));
                unreachableSince = null;
            }
        } catch (StoreException e) {
            if (unreachableSince == null) {
                unreachableSince = clock.instant();
                LOG.warn("the versions of the prompts cannot be read from the database ({}); calls go on with what"
                        + " this line has", e.getMessage());
            }
        }
    }

    /**
     * A version this line has just published, checked as it was published (the same files and templates, with
     * the stricter checks of Publish): answered with at once, without checking it again.
     */
    public synchronized void answerWith(int number, Validation published) {
        if (number > answering && published.ok()) {
            Prompts prompts = published.prompts().orElseThrow();
            live.replace(prompts);
            answering = number;
            LOG.info("calls are now answered with version {} of the prompts ({})", number, prompts.version());
        }
    }

    /**
     * A developer changed the folder: read it into the database, and lay out the version with its templates
     * (a folder that lost them, or is gone, leaves the last ones in use).
     */
    synchronized void folderChanged(PromptFiles files) {
        folder = files;
        folderImported = false;
        if (!files.templates().isEmpty() && !files.templates().equals(templates.templates())) {
            templates = files;
            answering = 0;
            failed = 0;
        }
        follow();
    }

    private void importFolder() {
        Validation validation = forCalls(folder);
        PromptVersions.FolderImport imported = versions.importFolder(folder, validation);
        folderImported = true;
        switch (imported.kind()) {
            case PUBLISHED -> LOG.info("the prompts folder {} is version {}: calls are answered with it", folderDir,
                    imported.number());
            case DRAFT -> LOG.warn("the prompts folder {} is kept as draft version {} for staff to review at"
                    + " /staff/prompts{}", folderDir, imported.number(), validation.ok() ? ""
                    : "; it cannot be used as it is:\n" + lines(validation.errors()));
            case UNUSABLE -> LOG.warn("the prompts folder {} changed but cannot be used; calls are still answered with"
                    + " version {}. Fix:\n{}", folderDir, answering, lines(validation.errors()));
            case KNOWN -> { }
        }
        // the folder's problems are the line's when it was meant to answer with it, or nothing else can
        if (!validation.ok() && (imported.kind() == PromptVersions.FolderImport.Kind.UNUSABLE
                || store.newestPublished().isEmpty())) {
            live.keep(validation.errors());
            folderProblems = true;
        } else if (validation.ok() && folderProblems && imported.kind() != PromptVersions.FolderImport.Kind.PUBLISHED) {
            // fixed back to words already in the database: nothing new to load, the folder's problems are gone
            live.current().ifPresent(live::replace);
            folderProblems = false;
        }
        validation.warnings().forEach(w -> LOG.debug("prompts advice: {}", w));
    }

    private void load(int number) {
        Optional<PromptFiles> files = versions.files(number);
        if (files.isEmpty()) {
            return;
        }
        Validation validation = forCalls(versions.withTemplates(files.get()));
        if (validation.ok()) {
            Prompts prompts = validation.prompts().orElseThrow();
            live.replace(prompts);
            answering = number;
            LOG.info("calls are now answered with version {} of the prompts ({})", number, prompts.version());
        } else {
            failed = number;
            live.keep(validation.errors());
            folderProblems = false;
            LOG.warn("version {} of the prompts cannot be used here; calls are still answered with {}. Fix:\n{}", number,
                    answering == 0 ? "what this line had" : "version " + answering, lines(validation.errors()));
        }
    }

    /** The folder and the version read from it are the same files: check them once. */
    private Validation forCalls(PromptFiles files) {
        String fingerprint = files.fingerprint();
        if (!fingerprint.equals(checkedFingerprint)) {
            checked = validate(files);
            checkedFingerprint = fingerprint;
        }
        return checked;
    }

    /** The checks never mean to throw; if they do, that version is not used either. */
    private Validation validate(PromptFiles files) {
        try {
            return validator.forCalls(files);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("checking a version of the prompts failed", e);
            return Validation.failed(List.of(new Problem(files.root(), 0, "the prompts could not be checked: " + e)));
        }
    }

    /** A scheduled task that throws is never run again: keep following whatever happens. */
    private void followSafely() {
        try {
            follow();
        } catch (RuntimeException e) {
            LOG.error("following the newest version of the prompts failed; trying again", e);
        }
    }

    private static String lines(List<Problem> problems) {
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        poller.shutdownNow();
        if (watch != null) {
            watch.close();
        }
    }
}
