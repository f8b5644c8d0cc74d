package clinic.ivr.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.Recording;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The message store against the embedded H2 file and a real PostgreSQL (TEST_DATABASE_URL, which
 * .ci/run sets; without it locally the PostgreSQL runs are skipped, in CI they fail).
 */
class MessageStoreTest {

    static final Instant T0 = Instant.parse("2026-03-08T14:00:00Z");

    enum Kind { EMBEDDED_H2, POSTGRESQL }

    @TempDir
    Path dataDir;

    /** The database of this test: the same one each time it is opened, as after a restart. */
    Database database(Kind kind) throws Exception {
        if (kind == Kind.EMBEDDED_H2) {
            return Database.embedded(dataDir);
        }
        Database pg = postgres();
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password());
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS messages");
            s.execute("DROP TABLE IF EXISTS schema_version");
        }
        return pg;
    }

    /** TEST_DATABASE_URL's PostgreSQL; skipped when it is not set here, a failure in CI. */
    static Database postgres() {
        String url = System.getenv("TEST_DATABASE_URL");
        Assumptions.assumeTrue(url != null || "true".equals(System.getenv("CI")),
                "TEST_DATABASE_URL is not set: PostgreSQL is not here (.ci/run starts one)");
        assertNotNull(url, "CI must run the store against PostgreSQL: .ci/run sets TEST_DATABASE_URL");
        return Database.postgres(url);
    }

    static Message recorded(String sid, Instant at) {
        return Message.recorded(new Recording(sid, "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + sid,
                17, "completed"), "CA" + sid, "+12125550147", "en", "faq", at);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRecordingIsStoredOnceHoweverOftenTwilioCalls(Kind kind) throws Exception {
        try (SqlMessageStore store = new SqlMessageStore(database(kind))) {
            for (int i = 0; i < 3; i++) {
                store.record(recorded("RE1", T0.plusSeconds(i)));
            }
            List<Message> all = store.list();
            assertEquals(1, all.size());
            Message m = all.get(0);
            assertEquals("+12125550147", m.caller());
            assertEquals(17, m.seconds());
            assertEquals(T0, m.receivedAt(), "the first callback's time is kept");
            assertEquals(Message.Status.NEW, m.status());
            assertEquals("faq", m.topic());
            assertEquals("en", m.language());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void callbacksAtTheSameMomentStillMakeOneMessage(Kind kind) throws Exception {
        try (SqlMessageStore store = new SqlMessageStore(database(kind))) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    done.add(pool.submit(() -> store.record(recorded("RE2", T0))));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(1, store.list().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theTranscriptionIsAttachedWhenItArrives(Kind kind) throws Exception {
        try (SqlMessageStore store = new SqlMessageStore(database(kind))) {
            store.record(recorded("RE3", T0));
            assertNull(store.list().get(0).transcription());
            store.record(Message.transcribed("RE3", "CARE3", null, null,
                    "Hi, this is Ana, please call me back after 5.", "completed", T0.plusSeconds(90)));
            store.record(Message.transcribed("RE3", "CARE3", null, null,
                    "Hi, this is Ana, please call me back after 5.", "completed", T0.plusSeconds(95)));
            Message m = store.list().get(0);
            assertEquals("Hi, this is Ana, please call me back after 5.", m.transcription());
            assertEquals("completed", m.transcriptionStatus());
            assertEquals("+12125550147", m.caller(), "what the recording callback knew is kept");
            assertEquals(1, store.list().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aTranscriptionBeforeItsRecordingStillEndsAsOneMessage(Kind kind) throws Exception {
        try (SqlMessageStore store = new SqlMessageStore(database(kind))) {
            store.record(Message.transcribed("RE4", "CARE4", "+12125550147", null, "Early words", "completed", T0));
            store.record(recorded("RE4", T0.plusSeconds(3)));
            Message m = store.list().get(0);
            assertEquals("Early words", m.transcription());
            assertEquals(17, m.seconds());
            assertNotNull(m.recordingUrl());
            assertEquals(1, store.list().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void newestFirstAndCalledBackIsKept(Kind kind) throws Exception {
        try (SqlMessageStore store = new SqlMessageStore(database(kind))) {
            store.record(recorded("RE5", T0));
            store.record(recorded("RE6", T0.plusSeconds(3600)));
            List<Message> all = store.list();
            assertEquals(List.of("RE6", "RE5"), all.stream().map(Message::recordingSid).toList());
            long older = all.get(1).id();
            assertTrue(store.markCalledBack(older, T0.plusSeconds(7200)));
            assertFalse(store.markCalledBack(999_999, T0), "no such message");
            Message done = store.find(older).orElseThrow();
            assertEquals(Message.Status.CALLED_BACK, done.status());
            assertEquals(T0.plusSeconds(7200), done.calledBackAt());
            assertEquals(Message.Status.NEW, store.find(all.get(0).id()).orElseThrow().status());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void messagesSurviveARestartAndTheSchemaIsMigratedOnce(Kind kind) throws Exception {
        Database db = database(kind);
        try (SqlMessageStore store = new SqlMessageStore(db)) {
            store.record(recorded("RE7", T0));
            assertEquals(1, store.schemaVersion());
        }
        try (SqlMessageStore again = new SqlMessageStore(db)) {
            assertEquals(1, again.schemaVersion());
            assertEquals(List.of("RE7"), again.list().stream().map(Message::recordingSid).toList());
        }
    }
}
