package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import clinic.ivr.store.PromptVersionStore.Closed;
import clinic.ivr.store.PromptVersionStore.NewVersion;
import clinic.ivr.store.PromptVersionStore.Status;
import clinic.ivr.store.PromptVersionStore.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The versions of what the phone says as the database keeps them: numbered in order, with who, when and
 * why, their files, which are published, which staff have dealt with; and the day staff closed the clinic.
 */
class PromptVersionStoreTest {

    static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z");

    final ConnectionPool pool = ConnectionPool.open(
            new Database("jdbc:h2:mem:prompt-versions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    final PromptVersionStore store = new PromptVersionStore(pool);

    @AfterEach
    void close() {
        pool.close();
    }

    static NewVersion version(Status status, String origin, Integer basedOn, String line) {
        return new NewVersion(status, origin, "AB", "new notice", "fp-" + line.hashCode(), basedOn,
                Map.of("en/line.txt", line, "clinic.yaml", "name: Traction"));
    }

    int add(NewVersion v, Instant at) {
        return store.locked(versions -> versions.add(v, at));
    }

    @Test
    void versionsAreNumberedInOrderAndKeepWhoWhenWhyAndTheirFiles() {
        assertThat(store.list()).isEmpty();
        assertThat(store.newestPublished()).isEmpty();

        assertThat(add(version(Status.PUBLISHED, "folder", null, "Hello."), T0)).isEqualTo(1);
        assertThat(add(new NewVersion(Status.DRAFT, "staff", "  " + "A".repeat(150) + " ", "N".repeat(1_200),
                "fp-2", 1, Map.of("en/line.txt", "Hello again.")), T0.plusSeconds(60))).isEqualTo(2);

        assertThat(store.list()).extracting(Version::number).as("newest first").containsExactly(2, 1);
        Version first = store.find(1).orElseThrow();
        assertThat(first).isEqualTo(new Version(1, Status.PUBLISHED, "folder", "AB", "new notice", T0,
                "fp-" + "Hello.".hashCode(), null, null));
        Version second = store.find(2).orElseThrow();
        assertThat(second.status()).isEqualTo(Status.DRAFT);
        assertThat(second.basedOn()).isEqualTo(1);
        assertThat(second.createdAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(second.author()).as("cut to what its column holds").isEqualTo("A".repeat(PromptVersionStore.AUTHOR_CHARS));
        assertThat(second.note()).hasSize(PromptVersionStore.NOTE_CHARS);
        assertThat(store.find(3)).isEmpty();

        assertThat(store.files(1)).containsExactly(Map.entry("clinic.yaml", "name: Traction"),
                Map.entry("en/line.txt", "Hello."));
        assertThat(store.files(2)).containsExactly(Map.entry("en/line.txt", "Hello again."));
        assertThat(store.files(3)).as("no such version").isEmpty();
        assertThat(store.newestPublished()).as("the draft is not what callers hear").hasValue(1);
    }

    @Test
    void aBlankNoteIsNoNoteAndAMissingAuthorIsEmpty() {
        add(new NewVersion(Status.DRAFT, "staff", null, "   ", "fp", null, Map.of("en/line.txt", "Hi.")), T0);
        Version v = store.find(1).orElseThrow();
        assertThat(v.note()).isNull();
        assertThat(v.author()).isEmpty();
        add(new NewVersion(Status.DRAFT, "staff", "AB", null, "fp", null, Map.of("en/line.txt", "Hi.")), T0);
        assertThat(store.find(2).orElseThrow().note()).isNull();
        add(new NewVersion(Status.DRAFT, "staff", "AB", "N".repeat(PromptVersionStore.NOTE_CHARS), "fp", null,
                Map.of("en/line.txt", "Hi.")), T0);
        assertThat(store.find(3).orElseThrow().note()).as("a note that fits is kept whole")
                .isEqualTo("N".repeat(PromptVersionStore.NOTE_CHARS));
    }

    @Test
    void callersHearTheNewestPublishedVersionWhateverCameAfterIt() {
        add(version(Status.DRAFT, "folder", null, "Broken."), T0);
        assertThat(store.newestPublished()).as("only a draft").isEmpty();
        add(version(Status.PUBLISHED, "staff", null, "One."), T0);
        add(version(Status.PUBLISHED, "restore", 2, "Two."), T0);
        add(version(Status.DRAFT, "staff", 3, "Three."), T0);
        assertThat(store.newestPublished()).hasValue(3);

        store.locked(versions -> {
            assertThat(versions.newestPublished()).map(Version::number).hasValue(3);
            assertThat(versions.newest("staff")).map(Version::number).hasValue(4);
            assertThat(versions.newest("folder")).map(Version::number).hasValue(1);
            assertThat(versions.newest("import")).isEmpty();
            assertThat(versions.find(2)).map(Version::origin).hasValue("staff");
            assertThat(versions.find(9)).isEmpty();
            return null;
        });
    }

    @Test
    void withNothingPublishedTheLockedViewFindsNone() {
        store.locked(versions -> {
            assertThat(versions.newestPublished()).isEmpty();
            assertThat(versions.add(version(Status.DRAFT, "folder", null, "x"), T0)).isEqualTo(1);
            assertThat(versions.newestPublished()).isEmpty();
            return null;
        });
    }

    @Test
    void aChangeThatFailsHalfwayLeavesNoVersionBehind() {
        assertThatThrownBy(() -> store.locked(versions -> {
            versions.add(version(Status.PUBLISHED, "staff", null, "Half."), T0);
            throw new IllegalStateException("the checks failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.list()).isEmpty();
        assertThat(add(version(Status.PUBLISHED, "staff", null, "Whole."), T0)).as("the number is free again").isEqualTo(1);
    }

    @Test
    void aVersionIsReviewedOnceAndOlderFolderDraftsAllAtOnce() {
        add(version(Status.DRAFT, "folder", null, "F1"), T0);        // 1
        add(version(Status.DRAFT, "folder", null, "F2"), T0);        // 2
        add(version(Status.PUBLISHED, "folder", null, "F3"), T0);    // 3
        add(version(Status.DRAFT, "staff", null, "S4"), T0);         // 4
        add(version(Status.DRAFT, "folder", null, "F5"), T0);        // 5
        add(version(Status.DRAFT, "folder", null, "F6"), T0);        // 6

        Instant first = T0.plusSeconds(100);
        store.locked(versions -> {
            versions.reviewed(5, first);
            return null;
        });
        store.locked(versions -> {
            versions.reviewed(5, T0.plusSeconds(200)); // staff dealt with it already: the first time stays
            versions.reviewedBelow("folder", 5, T0.plusSeconds(300));
            return null;
        });

        assertThat(store.find(5).orElseThrow().reviewedAt()).isEqualTo(first);
        assertThat(store.find(1).orElseThrow().reviewedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(store.find(2).orElseThrow().reviewedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(store.find(3).orElseThrow().reviewedAt()).as("published, not a draft").isNull();
        assertThat(store.find(4).orElseThrow().reviewedAt()).as("another origin").isNull();
        assertThat(store.find(6).orElseThrow().reviewedAt()).as("newer than the one reviewed").isNull();
    }

    @Test
    void theClinicClosedForADayUntilStaffOpenIt() {
        assertThat(store.newestClosure()).isEmpty();
        LocalDate monday = LocalDate.of(2026, 3, 2);
        LocalDate tuesday = monday.plusDays(1);
        store.close(new Closed(monday, Map.of("en", "the snow"), "AB", T0));
        store.close(new Closed(tuesday, Map.of("en", "the ice", "es", "el hielo"), " " + "C".repeat(120), T0));
        store.close(new Closed(tuesday, Map.of("en", "the flood", "es", "la inundación"), "CD", T0.plusSeconds(5)));

        Closed newest = store.newestClosure().orElseThrow();
        assertThat(newest).as("a second closure of the same day replaces the first")
                .isEqualTo(new Closed(tuesday, Map.of("en", "the flood", "es", "la inundación"), "CD", T0.plusSeconds(5)));

        assertThat(store.reopen(tuesday)).isTrue();
        assertThat(store.newestClosure()).as("every day up to the one opened").isEmpty();
        assertThat(store.reopen(tuesday)).as("already open").isFalse();

        store.close(new Closed(tuesday, Map.of(), "C".repeat(120), T0));
        assertThat(store.newestClosure().orElseThrow().by()).hasSize(PromptVersionStore.AUTHOR_CHARS);
        assertThat(store.reopen(monday)).as("a closure of a later day stays").isFalse();
        assertThat(store.newestClosure()).isPresent();
    }

    @Test
    void aClosureTheDatabaseCannotTakeLeavesTheDaysClosureAsItWas() {
        LocalDate day = LocalDate.of(2026, 3, 3);
        store.close(new Closed(day, Map.of("en", "the snow"), "AB", T0));
        assertThatThrownBy(() -> store.close(new Closed(day, Map.of("en", "x".repeat(5_000)), "AB", T0.plusSeconds(5))))
                .isInstanceOf(StoreException.class).hasMessageContaining("close the clinic for the day");
        assertThat(store.newestClosure()).map(Closed::reasons).hasValue(Map.of("en", "the snow"));
    }

    @Test
    void aDatabaseThatIsGoneSaysWhatCouldNotBeDone() {
        pool.close();
        assertThatThrownBy(store::list).isInstanceOf(StoreException.class)
                .hasMessageContaining("could not list the versions of the prompts");
        assertThatThrownBy(() -> store.locked(versions -> versions.find(1))).isInstanceOf(StoreException.class)
                .hasMessageContaining("change the versions");
    }
}
