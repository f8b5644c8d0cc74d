package clinic.ivr.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import clinic.ivr.PromptsCopy;
import clinic.ivr.TestLine;
import clinic.ivr.prompts.Changes;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Validation;
import clinic.ivr.store.ConnectionPool;
import clinic.ivr.store.Database;
import clinic.ivr.store.PromptVersionStore;
import clinic.ivr.store.PromptVersionStore.Status;
import clinic.ivr.store.PromptVersionStore.Version;
import clinic.ivr.versions.PromptVersions.Draft;
import clinic.ivr.versions.PromptVersions.FolderImport;
import clinic.ivr.versions.PromptVersions.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The versions of what the phone says, on the embedded database: the folder read in, a draft published
 * or refused, an older version restored, the clinic closed for a day.
 */
class PromptVersionsTest {

    static final Prompts PROMPTS = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final PromptFiles SHIPPED = PromptFiles.read(TestLine.SHIPPED_PROMPTS);
    static final Validation GOOD = new Validation(Optional.of(PROMPTS), List.of(), List.of());
    /** 23:30 in New York on Tuesday 3 March 2026. */
    static final Instant NOW = Instant.parse("2026-03-04T04:30:00Z");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    final ConnectionPool pool = ConnectionPool.open(
            new Database("jdbc:h2:mem:versions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    final PromptVersionStore store = new PromptVersionStore(pool);
    final PromptVersions versions = new PromptVersions(store, TestLine.validator(), Clock.fixed(NOW, ZoneOffset.UTC),
            () -> SHIPPED);

    @AfterEach
    void close() {
        pool.close();
    }

    static PromptFiles words(String line) {
        return PromptFiles.of(Map.of("clinic.yaml", "name: x", "menus.yaml", "main: {}", "en/line.txt", line));
    }

    static Validation broken(int problems) {
        return Validation.failed(java.util.Collections.nCopies(problems,
                new Problem("prompts/en/line.txt", 3, "${clinic.nam} is not a setting")));
    }

    static Draft draft(PromptFiles files, Integer basedOn, OptionalInt seen) {
        return new Draft(files, PromptVersions.STAFF, "AB", "new notice", basedOn, seen);
    }

    @Test
    void theFolderIsVersionOneAtTheFirstStartAndIsKnownAgainAfterwards() {
        FolderImport first = versions.importFolder(words("hello"), GOOD);
        assertThat(first.kind()).isEqualTo(FolderImport.Kind.PUBLISHED);
        assertThat(first.number()).isOne();
        assertThat(versions.version(1).orElseThrow())
                .extracting(Version::status, Version::origin, Version::author, Version::note)
                .containsExactly(Status.PUBLISHED, PromptVersions.FOLDER, PromptVersions.DEVELOPERS,
                        "The prompts folder, read when the line first started.");
        assertThat(versions.importFolder(words("hello"), GOOD)).isEqualTo(new FolderImport(FolderImport.Kind.KNOWN, 1, GOOD));
        assertThat(versions.newestPublished()).hasValue(1);
        assertThat(versions.files(1).orElseThrow().editable()).containsEntry("en/line.txt", "hello");
    }

    @Test
    void newWordsInTheFolderArePublishedWhenStaffHaveNotPublishedTheirOwnSince() {
        versions.importFolder(words("hello"), GOOD);
        FolderImport changed = versions.importFolder(words("hello again"), GOOD);
        assertThat(changed.kind()).isEqualTo(FolderImport.Kind.PUBLISHED);
        assertThat(changed.number()).isEqualTo(2);
        assertThat(versions.version(2).orElseThrow().note()).isEqualTo("New words from the prompts folder.");
        assertThat(versions.folderDraftToReview()).isEmpty();
    }

    @Test
    void newFolderWordsAfterStaffPublishedTheirOwnWaitAsADraftUntilStaffDecide() {
        versions.importFolder(words("hello"), GOOD);
        assertThat(versions.publish(draft(words("staff words"), 1, OptionalInt.of(1)), GOOD))
                .isEqualTo(new Outcome.Published(2));

        FolderImport waiting = versions.importFolder(words("developers' words"), GOOD);
        assertThat(waiting.kind()).isEqualTo(FolderImport.Kind.DRAFT);
        assertThat(waiting.number()).isEqualTo(3);
        assertThat(versions.newestPublished()).as("callers keep the staff's words").hasValue(2);
        Version draft = versions.folderDraftToReview().orElseThrow();
        assertThat(draft.number()).isEqualTo(3);
        assertThat(draft.note()).startsWith("New default words from the prompts folder. Staff had published their own");

        versions.keepStaffWords(3);
        assertThat(versions.folderDraftToReview()).as("no longer asked about").isEmpty();
        assertThat(versions.history()).extracting(Version::number).containsExactly(3, 2, 1);

        FolderImport later = versions.importFolder(words("developers' newer words"), GOOD);
        assertThat(later.kind()).as("staff have published nothing since the folder was last read")
                .isEqualTo(FolderImport.Kind.PUBLISHED);
        assertThat(versions.newestPublished()).hasValue(4);
    }

    @Test
    void publishingFromTheFolderDraftMarksItDealtWith() {
        versions.importFolder(words("hello"), GOOD);
        versions.publish(draft(words("staff words"), 1, OptionalInt.empty()), GOOD);
        versions.importFolder(words("developers' words"), GOOD);

        assertThat(versions.publish(draft(words("developers' words, edited"), 3, OptionalInt.of(2)), GOOD))
                .isEqualTo(new Outcome.Published(4));
        assertThat(versions.folderDraftToReview()).isEmpty();
        assertThat(versions.version(4).orElseThrow().basedOn()).isEqualTo(3);
    }

    @Test
    void aBrokenFolderBeforeAnyVersionIsKeptAsADraftForStaffToFix() {
        FolderImport one = versions.importFolder(words("${clinic.nam}"), broken(1));
        assertThat(one.kind()).isEqualTo(FolderImport.Kind.DRAFT);
        assertThat(versions.version(one.number()).orElseThrow().note())
                .isEqualTo("The prompts folder has 1 problem: fix them here and publish.");
        assertThat(versions.newestPublished()).isEmpty();

        FolderImport two = versions.importFolder(words("${clinic.nam} ${x}"), broken(2));
        assertThat(versions.version(two.number()).orElseThrow().note())
                .isEqualTo("The prompts folder has 2 problems: fix them here and publish.");
        assertThat(versions.folderDraftToReview().orElseThrow().number()).as("only the newest waits").isEqualTo(2);
        assertThat(versions.version(1).orElseThrow().reviewedAt()).as("the older draft is dealt with").isEqualTo(NOW);
        assertThat(versions.version(2).orElseThrow().reviewedAt()).isNull();
    }

    @Test
    void aBrokenFolderAfterAGoodVersionIsNotKeptAndCallersKeepTheGoodOne() {
        versions.importFolder(words("hello"), GOOD);
        FolderImport unusable = versions.importFolder(words("${clinic.nam}"), broken(1));
        assertThat(unusable.kind()).isEqualTo(FolderImport.Kind.UNUSABLE);
        assertThat(unusable.number()).isZero();
        assertThat(versions.history()).hasSize(1);
    }

    @Test
    void aDraftWithProblemsIsRefusedAndNothingIsPublished() {
        versions.importFolder(words("hello"), GOOD);
        Validation problems = broken(1);
        assertThat(versions.publish(draft(words("${clinic.nam}"), 1, OptionalInt.of(1)), problems))
                .isEqualTo(new Outcome.Refused(problems));
        assertThat(versions.history()).hasSize(1);
    }

    @Test
    void theSameWordsAsCallersHearAreNotPublishedAgain() {
        versions.importFolder(words("hello"), GOOD);
        assertThat(versions.publish(draft(words("hello"), 1, OptionalInt.of(1)), GOOD)).isEqualTo(new Outcome.Unchanged(1));
        assertThat(versions.history()).hasSize(1);
    }

    @Test
    void aPageOpenedBeforeSomeoneElsePublishedIsOvertaken() {
        versions.importFolder(words("hello"), GOOD);
        versions.publish(draft(words("first staff words"), 1, OptionalInt.of(1)), GOOD);

        Outcome late = versions.publish(draft(words("second staff words"), 1, OptionalInt.of(1)), GOOD);
        assertThat(late).isInstanceOf(Outcome.Overtaken.class);
        assertThat(((Outcome.Overtaken) late).newest().number()).isEqualTo(2);
        assertThat(versions.publish(draft(words("second staff words"), 1, OptionalInt.empty()), GOOD))
                .as("a publish that does not ask what was seen goes ahead").isEqualTo(new Outcome.Published(3));
    }

    @Test
    void aDraftIsLaidOutWithTheLinesOwnTemplatesNotItsOwn() {
        Map<String, String> files = new TreeMap<>(words("hello").texts());
        files.put("templates/menu.ftlx", "a template of an older release");
        PromptFiles laidOut = versions.withTemplates(PromptFiles.of(files));
        assertThat(laidOut.templates()).isEqualTo(SHIPPED.templates()).isNotEmpty();
        assertThat(laidOut.editable().get("en/line.txt")).as("the draft's words, then the entries it lacks").startsWith("hello\n");
    }

    @Test
    void wordsWrittenBeforeTheLineRequiredAnEntryPassTheChecksWithTheFoldersWordsForIt() {
        PromptFiles older = PromptFiles.of(PromptsCopy.beforeWaiting(SHIPPED.editable()));
        Validation alone = TestLine.validator().validate(older.withTemplatesOf(PromptFiles.of(SHIPPED.templates())));
        assertThat(alone.errors()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("[wait-now]"));

        Validation checked = versions.check(older);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.prompts().orElseThrow().wording("es").say(FixedEntry.WAIT_NOW).plainText())
                .isEqualTo("Tómese su tiempo. Aquí espero.");
        assertThat(versions.publish(draft(older, null, OptionalInt.empty()))).as("an older export imported again")
                .isEqualTo(new Outcome.Published(1));
    }

    @Test
    void anOlderVersionIsRestoredAsANewVersionOnceItPassesTodaysChecks() {
        PromptFiles shipped = PromptFiles.of(SHIPPED.editable());
        versions.importFolder(shipped, GOOD);
        Map<String, String> changed = new TreeMap<>(shipped.editable());
        changed.put("en/line.txt", changed.get("en/line.txt").replace("dial 911", "call 911"));
        versions.publish(draft(PromptFiles.of(changed), 1, OptionalInt.of(1)), GOOD);

        assertThat(versions.restore(1, "CD")).isEqualTo(new Outcome.Published(3));
        assertThat(versions.version(3).orElseThrow())
                .extracting(Version::origin, Version::author, Version::note, Version::basedOn)
                .containsExactly(PromptVersions.RESTORE, "CD", "Restored version 1.", 1);
        assertThat(versions.files(3).orElseThrow().editable()).isEqualTo(shipped.editable());
        assertThat(versions.newestPublished()).hasValue(3);
        assertThatIllegalArgumentException().isThrownBy(() -> versions.restore(9, "CD"))
                .withMessage("there is no version 9");
        assertThat(versions.files(9)).isEmpty();
    }

    @Test
    void theChangesBetweenTwoVersionsAreTheWordsThatDiffer() {
        versions.importFolder(words("[welcome]\nHello.\n"), GOOD);
        versions.publish(draft(words("[welcome]\nHello again.\n"), 1, OptionalInt.of(1)), GOOD);
        assertThat(versions.changes(1, 2)).containsExactly(new Changes.Change("English [welcome]", "Hello.", "Hello again."));
        assertThat(versions.changes(1, 9)).as("against no version: every word is gone")
                .contains(new Changes.Change("English [welcome]", "Hello.", ""));
        assertThat(versions.changes(9, 1)).as("from no version: every word is new")
                .contains(new Changes.Change("English [welcome]", "", "Hello."));
    }

    @Test
    void closingTheClinicCountsForTodayInItsOwnTimeZoneUntilReopened() {
        assertThat(versions.closure()).isEmpty();
        var closure = versions.closeToday(Map.of("en", "the snow"), "AB", NEW_YORK);
        LocalDate tuesday = LocalDate.of(2026, 3, 3);
        assertThat(closure.date()).as("still Tuesday evening in New York").isEqualTo(tuesday);
        assertThat(closure.reason("en")).contains("the snow");
        PromptVersionStore.Closed kept = versions.closure().orElseThrow();
        assertThat(kept.day()).isEqualTo(tuesday);
        assertThat(kept.reasons()).containsEntry("en", "the snow");
        assertThat(kept.by()).isEqualTo("AB");

        assertThat(versions.reopen(NEW_YORK)).isTrue();
        assertThat(versions.closure()).isEmpty();
        assertThat(versions.reopen(NEW_YORK)).as("already open").isFalse();
    }
}
