package clinic.ivr.versions;

import clinic.ivr.checks.Validator;
import clinic.ivr.desk.Closure;
import clinic.ivr.prompts.Changes;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Validation;
import clinic.ivr.store.PromptVersionStore;
import clinic.ivr.store.PromptVersionStore.NewVersion;
import clinic.ivr.store.PromptVersionStore.Status;
import clinic.ivr.store.PromptVersionStore.Version;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The versions of what the phone says, as staff and developers change them: the prompts folder
 * imported, a draft checked and published, an older version restored, a folder imported from the
 * command line. Every version that is published has passed {@link Validator#validate}, with the
 * developers' templates of this line's folder; nothing else ever becomes one.
 */
public final class PromptVersions {

    /** Where a version came from. */
    public static final String FOLDER = "folder";
    public static final String STAFF = "staff";
    public static final String RESTORE = "restore";
    public static final String IMPORT = "import";
    /** Who a version read from the prompts folder is by. */
    public static final String DEVELOPERS = "developers (prompts folder)";

    /** What came of a request to publish. */
    public sealed interface Outcome {
        /** This outcome told to {@code handler}: a new kind does not compile until every handler tells it. */
        <T, X extends Exception> T handledBy(Handler<T, X> handler) throws X;

        /** What to do with each kind of outcome. */
        interface Handler<T, X extends Exception> {
            T published(Published published) throws X;

            T refused(Refused refused) throws X;

            T unchanged(Unchanged unchanged) throws X;

            T overtaken(Overtaken overtaken) throws X;
        }

        /** Published as this version: every instance answers with it within seconds. */
        record Published(int number) implements Outcome {
            @Override
            public <T, X extends Exception> T handledBy(Handler<T, X> handler) throws X {
                return handler.published(this);
            }
        }

        /** Not published: the checks found problems. */
        record Refused(Validation validation) implements Outcome {
            @Override
            public <T, X extends Exception> T handledBy(Handler<T, X> handler) throws X {
                return handler.refused(this);
            }
        }

        /** Not published: these are already the words callers hear. */
        record Unchanged(int number) implements Outcome {
            @Override
            public <T, X extends Exception> T handledBy(Handler<T, X> handler) throws X {
                return handler.unchanged(this);
            }
        }

        /** Not published: someone else published this version since the page was opened. */
        record Overtaken(Version newest) implements Outcome {
            @Override
            public <T, X extends Exception> T handledBy(Handler<T, X> handler) throws X {
                return handler.overtaken(this);
            }
        }
    }

    /**
     * A change to publish.
     *
     * @param files    the files staff may change (the templates are this line's)
     * @param basedOn  the version staff started from, if any
     * @param seen     the newest published version when staff started; empty to publish whatever was published since
     */
    public record Draft(PromptFiles files, String origin, String author, String note, Integer basedOn,
                        OptionalInt seen) {}

    private final PromptVersionStore store;
    private final Validator validator;
    private final Clock clock;
    private final Supplier<PromptFiles> folder;

    /** @param folder the prompts folder as this line last read it: its templates lay out every version */
    public PromptVersions(PromptVersionStore store, Validator validator, Clock clock, Supplier<PromptFiles> folder) {
        this.store = store;
        this.validator = validator;
        this.clock = clock;
        this.folder = folder;
    }

    /**
     * A draft's files as the line would answer with them: the developers' templates of this line's folder, and
     * the folder's words for any entry the line requires that the draft predates ({@link PromptFiles#withTemplatesOf}).
     */
    public PromptFiles withTemplates(PromptFiles files) {
        return files.withTemplatesOf(folder.get());
    }

    /** Checks a draft as Publish will, without publishing it. */
    public Validation check(PromptFiles files) {
        return validator.validate(withTemplates(files));
    }

    public Outcome publish(Draft draft) {
        return publish(draft, check(draft.files()));
    }

    /** Publishes a draft already checked ({@link #check}) as it is, so it is not checked twice. */
    public Outcome publish(Draft draft, Validation validation) {
        if (!validation.ok()) {
            return new Outcome.Refused(validation);
        }
        String fingerprint = draft.files().editableFingerprint();
        return store.locked(versions -> {
            Optional<Version> newest = versions.newestPublished();
            OptionalInt now = newest.map(v -> OptionalInt.of(v.number())).orElse(OptionalInt.empty());
            if (draft.seen().isPresent() && !draft.seen().equals(now) && newest.isPresent()) {
                return new Outcome.Overtaken(newest.get());
            }
            if (draft.basedOn() != null) {
                Optional<Version> base = versions.find(draft.basedOn());
                if (base.isPresent() && base.get().status() == Status.DRAFT) {
                    versions.reviewed(base.get().number(), clock.instant());
                }
            }
            if (newest.isPresent() && newest.get().fingerprint().equals(fingerprint)) {
                return new Outcome.Unchanged(newest.get().number());
            }
            return new Outcome.Published(versions.add(new NewVersion(Status.PUBLISHED, draft.origin(), draft.author(),
                    draft.note(), fingerprint, draft.basedOn(), draft.files().editable()), clock.instant()));
        });
    }

    /** Publishes an older version again, as a new version, once it passes the checks as they are today. */
    public Outcome restore(int number, String author) {
        Optional<PromptFiles> files = files(number);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("there is no version " + number);
        }
        return publish(new Draft(files.get(), RESTORE, author, "Restored version " + number + ".", number,
                OptionalInt.empty()));
    }

    /**
     * The prompts folder, read into the database once: at the first start it is version 1; afterwards a
     * folder with new words is published when staff have not published their own since the folder was
     * last read (the developers' way to change the words), and waits as a draft for staff otherwise.
     * A folder that cannot be used is kept as a draft only when no version is published yet, so staff
     * can fix it on the page; otherwise its problems are reported and callers keep the last good version.
     *
     * @param validation the folder checked for answering calls
     */
    public FolderImport importFolder(PromptFiles files, Validation validation) {
        String fingerprint = files.editableFingerprint();
        return store.locked(versions -> {
            Optional<Version> lastRead = versions.newest(FOLDER);
            if (lastRead.isPresent() && lastRead.get().fingerprint().equals(fingerprint)) {
                return new FolderImport(FolderImport.Kind.KNOWN, lastRead.get().number(), validation);
            }
            Optional<Version> newest = versions.newestPublished();
            boolean staffSince = newest.isPresent() && !newest.get().origin().equals(FOLDER)
                    && (lastRead.isEmpty() || newest.get().number() > lastRead.get().number());
            if (!staffSince && validation.ok()) {
                int number = versions.add(new NewVersion(Status.PUBLISHED, FOLDER, DEVELOPERS, newest.isEmpty()
                        ? "The prompts folder, read when the line first started." : "New words from the prompts folder.",
                        fingerprint, null, files.editable()), clock.instant());
                versions.reviewedBelow(FOLDER, number, clock.instant());
                return new FolderImport(FolderImport.Kind.PUBLISHED, number, validation);
            }
            if (staffSince || newest.isEmpty()) {
                String note = staffSince ? "New default words from the prompts folder. Staff had published their own"
                        + " words since the folder was last read, so these wait here: review them, or keep yours."
                        : "The prompts folder has " + validation.errors().size() + " problem"
                        + (validation.errors().size() == 1 ? "" : "s") + ": fix them here and publish.";
                int number = versions.add(new NewVersion(Status.DRAFT, FOLDER, DEVELOPERS, note, fingerprint, null,
                        files.editable()), clock.instant());
                versions.reviewedBelow(FOLDER, number, clock.instant());
                return new FolderImport(FolderImport.Kind.DRAFT, number, validation);
            }
            return new FolderImport(FolderImport.Kind.UNUSABLE, 0, validation);
        });
    }

    /**
     * What came of reading the folder into the database.
     *
     * @param number the version it is (or was already), 0 when it was not kept
     */
    public record FolderImport(Kind kind, int number, Validation validation) {
        public enum Kind {
            /** the same words were read before */
            KNOWN,
            /** callers hear it */
            PUBLISHED,
            /** kept for staff to review or fix */
            DRAFT,
            /** it has problems and a good version answers: not kept */
            UNUSABLE
        }
    }

    /** A version's files staff may change; empty when there is no such version. */
    public Optional<PromptFiles> files(int number) {
        Map<String, String> files = store.files(number);
        return files.isEmpty() ? Optional.empty() : Optional.of(PromptFiles.of(files));
    }

    public Optional<Version> version(int number) {
        return store.find(number);
    }

    public OptionalInt newestPublished() {
        return store.newestPublished();
    }

    /** Every version, newest first. */
    public List<Version> history() {
        return store.list();
    }

    /** What changed from one version to another. */
    public List<Changes.Change> changes(int before, int after) {
        return Changes.between(files(before).orElse(PromptFiles.of(Map.of())),
                files(after).orElse(PromptFiles.of(Map.of())));
    }

    /**
     * The draft from the prompts folder staff have not dealt with yet (published from, or kept their own
     * words instead), if any: the page asks about it until they do.
     */
    public Optional<Version> folderDraftToReview() {
        return history().stream()
                .filter(v -> v.status() == Status.DRAFT && v.origin().equals(FOLDER) && v.reviewedAt() == null)
                .findFirst();
    }

    /** Staff keep their own words rather than the folder's draft: it stays in the history, no longer asked about. */
    public void keepStaffWords(int draft) {
        store.locked(versions -> {
            versions.reviewed(draft, clock.instant());
            return null;
        });
    }

    /** Closes the clinic for the rest of today, in its time zone, with a reason in each language (any may be blank). */
    public Closure closeToday(Map<String, String> reasons, String by, ZoneId zone) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        store.close(new PromptVersionStore.Closed(today, reasons, by, clock.instant()));
        return new Closure(today, reasons);
    }

    /** Opens the clinic again today. @return whether it was closed */
    public boolean reopen(ZoneId zone) {
        return store.reopen(clock.instant().atZone(zone).toLocalDate());
    }

    /** The newest closure, as every instance reads it. */
    public Optional<PromptVersionStore.Closed> closure() {
        return store.newestClosure();
    }
}
