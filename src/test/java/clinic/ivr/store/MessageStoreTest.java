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
    static final int SCHEMA_VERSION = 2;
    /** A SIP caller id as Twilio sends it: 46 characters, longer than the first schema's 40. */
    static final String SIP_CALLER = "sip:+12125550147@clinic-pbx.sip.us1.twilio.com";

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
            s.execute("DROP TABLE IF EXISTS line_secrets");
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
            assertEquals(SCHEMA_VERSION, store.schemaVersion());
        }
        try (SqlMessageStore again = new SqlMessageStore(db)) {
            assertEquals(SCHEMA_VERSION, again.schemaVersion());
            assertEquals(List.of("RE7"), again.list().stream().map(Message::recordingSid).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStoreFromTheFirstVersionIsWidenedAndTakesASipCallerWithItsMessagesKept(Kind kind) throws Exception {
        Database db = database(kind);
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            // the schema as the first version shipped it, with one message in it
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            s.execute("INSERT INTO schema_version (version) VALUES (1)");
            s.execute("""
                    CREATE TABLE messages (
                      id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                      recording_sid VARCHAR(64) NOT NULL, call_sid VARCHAR(64), caller VARCHAR(40),
                      caller_language VARCHAR(8), topic VARCHAR(64), received_at TIMESTAMP WITH TIME ZONE NOT NULL,
                      recording_url VARCHAR(1000), duration_seconds INTEGER, transcription VARCHAR(10000),
                      transcription_status VARCHAR(20), status VARCHAR(20) DEFAULT 'new' NOT NULL,
                      called_back_at TIMESTAMP WITH TIME ZONE,
                      CONSTRAINT messages_recording_sid UNIQUE (recording_sid))""");
            s.execute("INSERT INTO messages (recording_sid, caller, received_at) VALUES ('RE-old', '+12125550147',"
                    + " TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00')");
        }
        try (SqlMessageStore store = new SqlMessageStore(db)) {
            assertEquals(SCHEMA_VERSION, store.schemaVersion());
            store.record(Message.recorded(new Recording("RE-sip", "https://api.twilio.com/Recordings/RE-sip", 12,
                    "completed"), "CA1", SIP_CALLER, "en", "faq", T0));
            store.record(Message.recorded(new Recording("RE-long", "https://api.twilio.com/Recordings/RE-long", 12,
                    "completed"), "CA2", "client:" + "x".repeat(400), "en", "faq", T0));

            java.util.Map<String, Message> bySid = store.list().stream()
                    .collect(java.util.stream.Collectors.toMap(Message::recordingSid, m -> m));
            assertEquals(java.util.Set.of("RE-old", "RE-sip", "RE-long"), bySid.keySet());
            assertEquals("+12125550147", bySid.get("RE-old").caller(), "the message from before is kept");
            assertEquals(SIP_CALLER, bySid.get("RE-sip").caller());
            assertEquals(Message.FIELD_CHARS, bySid.get("RE-long").caller().length(), "cut where it came in, never refused");
            assertRecordingSidStillRequired(store);
        }
    }

    /** Widening recording_sid kept its NOT NULL. */
    private static void assertRecordingSidStillRequired(SqlMessageStore store) throws Exception {
        try (Connection c = store.pool().connection(); Statement s = c.createStatement()) {
            java.sql.SQLException e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> s.execute("INSERT INTO messages (recording_sid, received_at) VALUES (NULL, CURRENT_TIMESTAMP)"));
            assertTrue(e.getSQLState().startsWith("23"), e.getSQLState());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSharedSecretIsMadeOnceWhicheverInstanceAsksFirst(Kind kind) throws Exception {
        Database db = database(kind);
        try (SqlMessageStore store = new SqlMessageStore(db)) {
            ExecutorService instances = Executors.newFixedThreadPool(8);
            List<ConnectionPool> pools = new java.util.ArrayList<>();
            try {
                List<Future<byte[]>> asked = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    ConnectionPool instance = ConnectionPool.open(db);
                    pools.add(instance);
                    asked.add(instances.submit(() -> new SharedSecrets(instance).get("staff-forms")));
                }
                String first = java.util.Base64.getEncoder().encodeToString(asked.get(0).get());
                for (Future<byte[]> secret : asked) {
                    assertEquals(first, java.util.Base64.getEncoder().encodeToString(secret.get()));
                }
                assertEquals(32, asked.get(0).get().length);
            } finally {
                instances.shutdown();
                pools.forEach(ConnectionPool::close);
            }
        }
    }
}
