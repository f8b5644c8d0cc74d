package clinic.ivr.versions;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.Eventually;
import clinic.ivr.LineExtension;
import clinic.ivr.PromptsCopy;
import clinic.ivr.TestDatabase;
import clinic.ivr.TestLine;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.store.ConnectionPool;
import clinic.ivr.store.DownDatabase;
import clinic.ivr.store.Database;
import clinic.ivr.store.PromptVersionStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several instances on one database: each follows the newest published version within seconds, a version
 * one cannot use leaves the last good one answering, a restart keeps the published words, the folder is
 * read in once however many start together, and a database out of reach never stops calls.
 */
class PhoneWordsTest {

    static final String EMERGENCY = "If this is a medical emergency, hang up and dial 911.";

    @RegisterExtension
    static final LineExtension LINES = new LineExtension();

    @TempDir
    Path temp;

    static Database sharedMemory() {
        return new Database("jdbc:h2:mem:shared-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** Version 1 with the emergency notice changed, as staff publish it. */
    static PromptVersions.Outcome publishNotice(TestLine line, String notice) {
        PromptVersions versions = line.words().versions();
        Map<String, String> files = new TreeMap<>(versions.files(versions.newestPublished().getAsInt()).orElseThrow().editable());
        files.put("en/line.txt", files.get("en/line.txt").replace(EMERGENCY, notice));
        return versions.publish(new PromptVersions.Draft(PromptFiles.of(files), PromptVersions.STAFF, "AB", "", null,
                OptionalInt.empty()));
    }

    @Test
    void everyInstanceHearsANewVersionWithinSecondsOnTheEmbeddedDatabase() throws Exception {
        followsOn(sharedMemory());
    }

    @Test
    void everyInstanceHearsANewVersionWithinSecondsOnPostgres() throws Exception {
        followsOn(Database.postgres(TestDatabase.freshPostgres()));
    }

    private void followsOn(Database database) throws Exception {
        TestLine a = LINES.instanceOn(database, temp.resolve("a"));
        TestLine b = LINES.instanceOn(database, temp.resolve("b"));
        assertThat(b.words().published()).as("the second instance finds the folder already read in").hasValue(1);
        assertThat(a.words().versions().history()).hasSize(1);

        assertThat(publishNotice(a, "In an emergency, hang up and dial 911.")).isEqualTo(new PromptVersions.Outcome.Published(2));
        long start = System.nanoTime();
        String said = Eventually.heard(b::firstHeard, s -> s.startsWith("In an emergency"));
        assertThat(said).startsWith("In an emergency, hang up and dial 911.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Eventually.HEARD_WITHIN);

        a.words().versions().closeToday(Map.of("en", "the snow"), "AB", java.time.ZoneId.of("America/New_York"));
        assertThat(Eventually.heard(b::firstHeard, s -> s.contains("closed today"))).contains("We are closed today because"
                + " of the snow.");
    }

    @Test
    void aVersionThisLineCannotUseLeavesTheLastGoodOneAnsweringAndSaysSoOnHealth() throws Exception {
        Database database = sharedMemory();
        TestLine a = LINES.instanceOn(database, temp.resolve("a"));
        // a version that would not pass today's checks, as an older release (or a hand edit) might have left it
        Map<String, String> broken = new TreeMap<>(a.words().versions().files(1).orElseThrow().editable());
        broken.put("en/line.txt", broken.get("en/line.txt").replace("${clinic.name}.", "${clinic.nam}."));
        try (ConnectionPool pool = ConnectionPool.open(database)) {
            new PromptVersionStore(pool).locked(v -> v.add(new PromptVersionStore.NewVersion(PromptVersionStore.Status.PUBLISHED,
                    "staff", "hand edit", null, "broken", null, broken), Instant.now()));
        }
        JsonNode health = Eventually.heard(() -> new ObjectMapper().readTree(a.twilio().get("/health").body()),
                h -> h.get("status").asText().equals("degraded"));
        assertThat(health.get("status").asText()).as(health::toString).isEqualTo("degraded");
        assertThat(health.get("publishedVersion").asInt()).isOne();
        assertThat(health.get("problems").get(0).get("message").asText()).contains("clinic.nam");
        assertThat(a.firstHeard()).startsWith(EMERGENCY + " Thank you for calling Gramercy Physical Therapy.");
    }

    @Test
    void aRestartKeepsThePublishedWordsNotTheFolders() throws Exception {
        Database database = sharedMemory();
        TestLine a = LINES.instanceOn(database, temp.resolve("a"));
        publishNotice(a, "In an emergency, hang up and dial 911.");
        a.close();
        TestLine again = LINES.instanceOn(database, temp.resolve("again"));
        assertThat(again.words().published()).hasValue(2);
        assertThat(again.firstHeard()).startsWith("In an emergency, hang up and dial 911.");
    }

    @Test
    void instancesStartingTogetherReadTheFolderInOnce() throws Exception {
        Database database = sharedMemory();
        ExecutorService starts = Executors.newFixedThreadPool(3);
        try {
            List<Future<TestLine>> lines = List.of(starts.submit(() -> LINES.instanceOn(database, temp.resolve("x"))),
                    starts.submit(() -> LINES.instanceOn(database, temp.resolve("y"))), starts.submit(() -> LINES.instanceOn(database, temp.resolve("z"))));
            for (Future<TestLine> l : lines) {
                assertThat(l.get().words().published()).hasValue(1);
            }
            assertThat(lines.get(0).get().words().versions().history()).hasSize(1);
        } finally {
            starts.shutdownNow();
        }
    }

    @Test
    void withTheDatabaseOutOfReachAtStartTheFolderAnswersAndHealthSaysWhy() throws Exception {
        try (ConnectionPool pool = DownDatabase.pool();
             PhoneWords words = PhoneWords.start(new PromptVersionStore(pool), TestLine.validator(),
                     PromptsCopy.in(temp).dir(), Clock.fixed(TestLine.OPEN, ZoneOffset.UTC), Duration.ofSeconds(30))) {
            assertThat(words.live().current()).as("the folder answers").isPresent();
            assertThat(words.published()).isEmpty();
            assertThat(words.problems()).singleElement().asString().contains("cannot be read from the database")
                    .contains("calls are answered with the prompts folder");
        }
    }
}
