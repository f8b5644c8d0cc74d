package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.AssertionsForClassTypes.assertThatExceptionOfType;

import clinic.ivr.TestDatabase;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.MessageQuery;
import clinic.ivr.desk.Recording;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The message store against the embedded H2 file and a real PostgreSQL (TEST_DATABASE_URL, which
 * .ci/run sets; without it locally the PostgreSQL runs are skipped, in CI they fail).
 */
class MessageStoreTest {

    static final Instant T0 = Instant.parse("2026-03-08T14:00:00Z");
    static final int SCHEMA_VERSION = Schema.latest();
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
        return Database.postgres(TestDatabase.freshPostgres());
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
            assertThat(all).hasSize(1);
            Message m = all.get(0);
            assertThat(m.caller()).isEqualTo("+12125550147");
            assertThat(m.seconds()).isEqualTo(17);
            assertThat(m.receivedAt()).as("the first callback's time is kept").isEqualTo(T0);
            assertThat(m.status()).isEqualTo(Message.Status.NEW);
            assertThat(m.topic()).isEqualTo("faq");
            assertThat(m.language()).isEqualTo("en");
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
            assertThat(store.list()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theTranscriptionIsAttachedWhenItArrives(Kind kind) throws Exception {
        try (SqlMessageStore store = new SqlMessageStore(database(kind))) {
            store.record(recorded("RE3", T0));
            assertThat(store.list().get(0).transcription()).isNull();
            store.record(Message.transcribed("RE3", "CARE3", null, null,
                    "Hi, this is Ana, please call me back after 5.", "completed", T0.plusSeconds(90)));
            store.record(Message.transcribed("RE3", "CARE3", null, null,
                    "Hi, this is Ana, please call me back after 5.", "completed", T0.plusSeconds(95)));
            Message m = store.list().get(0);
            assertThat(m.transcription()).isEqualTo("Hi, this is Ana, please call me back after 5.");
            assertThat(m.transcriptionStatus()).isEqualTo("completed");
            assertThat(m.caller()).as("what the recording callback knew is kept").isEqualTo("+12125550147");
            assertThat(store.list()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aTranscriptionBeforeItsRecordingStillEndsAsOneMessage(Kind kind) throws Exception {
        try (SqlMessageStore store = new SqlMessageStore(database(kind))) {
            store.record(Message.transcribed("RE4", "CARE4", "+12125550147", null, "Early words", "completed", T0));
            store.record(recorded("RE4", T0.plusSeconds(3)));
            Message m = store.list().get(0);
            assertThat(m.transcription()).isEqualTo("Early words");
            assertThat(m.seconds()).isEqualTo(17);
            assertThat(m.recordingUrl()).isNotNull();
            assertThat(store.list()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void newestFirstAndCalledBackIsKept(Kind kind) throws Exception {
        try (SqlMessageStore store = new SqlMessageStore(database(kind))) {
            store.record(recorded("RE5", T0));
            store.record(recorded("RE6", T0.plusSeconds(3600)));
            List<Message> all = store.list();
            assertThat(all.stream().map(Message::recordingSid).toList()).isEqualTo(List.of("RE6", "RE5"));
            long older = all.get(1).id();
            assertThat(store.markCalledBack(older, T0.plusSeconds(7200), " Ana L ")).isTrue();
            assertThat(store.markCalledBack(older, T0.plusSeconds(9000), "Bo")).as("already called back").isTrue();
            assertThat(store.markCalledBack(999_999, T0, "Ana")).as("no such message").isFalse();
            Message done = store.find(older).orElseThrow();
            assertThat(done.status()).isEqualTo(Message.Status.CALLED_BACK);
            assertThat(done.calledBackAt()).as("who called back first is kept").isEqualTo(T0.plusSeconds(7200));
            assertThat(done.calledBackBy()).isEqualTo("Ana L");
            assertThat(store.find(all.get(0).id()).orElseThrow().status()).isEqualTo(Message.Status.NEW);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void messagesSurviveARestartAndTheSchemaIsMigratedOnce(Kind kind) throws Exception {
        Database db = database(kind);
        try (SqlMessageStore store = new SqlMessageStore(db)) {
            store.record(recorded("RE7", T0));
            assertThat(store.schemaVersion()).isEqualTo(SCHEMA_VERSION);
        }
        try (SqlMessageStore again = new SqlMessageStore(db)) {
            assertThat(again.schemaVersion()).isEqualTo(SCHEMA_VERSION);
            assertThat(again.list().stream().map(Message::recordingSid).toList()).isEqualTo(List.of("RE7"));
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
            assertThat(store.schemaVersion()).isEqualTo(SCHEMA_VERSION);
            store.record(Message.recorded(new Recording("RE-sip", "https://api.twilio.com/Recordings/RE-sip", 12,
                    "completed"), "CA1", SIP_CALLER, "en", "faq", T0));
            store.record(Message.recorded(new Recording("RE-long", "https://api.twilio.com/Recordings/RE-long", 12,
                    "completed"), "CA2", "client:" + "x".repeat(400), "en", "faq", T0));

            java.util.Map<String, Message> bySid = store.list().stream()
                    .collect(java.util.stream.Collectors.toMap(Message::recordingSid, m -> m));
            assertThat(bySid.keySet()).isEqualTo(java.util.Set.of("RE-old", "RE-sip", "RE-long"));
            assertThat(bySid.get("RE-old").caller()).as("the message from before is kept").isEqualTo("+12125550147");
            assertThat(bySid.get("RE-sip").caller()).isEqualTo(SIP_CALLER);
            assertThat(bySid.get("RE-long").caller().length()).as("cut where it came in, never refused").isEqualTo(Message.FIELD_CHARS);
            assertRecordingSidStillRequired(store);
        }
    }

    /** Widening recording_sid kept its NOT NULL. */
    private static void assertRecordingSidStillRequired(SqlMessageStore store) throws Exception {
        try (Connection c = store.pool().connection(); Statement s = c.createStatement()) {
            java.sql.SQLException e = assertThatExceptionOfType(java.sql.SQLException.class).isThrownBy(() -> s.execute("INSERT INTO messages (recording_sid, received_at) VALUES (NULL, CURRENT_TIMESTAMP)")).actual();
            assertThat(e.getSQLState()).as(e.getSQLState()).startsWith("23");
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
                    assertThat(java.util.Base64.getEncoder().encodeToString(secret.get())).isEqualTo(first);
                }
                assertThat(asked.get(0).get().length).isEqualTo(32);
            } finally {
                instances.shutdown();
                pools.forEach(ConnectionPool::close);
            }
        }
    }

    /** What an export is handed, in the order it is handed. */
    static List<Message> exported(MessageStore store, Instant from, Instant to) {
        List<Message> messages = new ArrayList<>();
        store.eachReceivedBetween(from, to, messages::add);
        return messages;
    }

    @org.junit.jupiter.api.Test
    void aLongExportIsHandedOverInPagesEachMessageOnceInTheOrderReceived() {
        try (ConnectionPool pool = ConnectionPool.open(Database.embedded(dataDir));
             SqlMessageStore store = new SqlMessageStore(pool)) {
            // more than a page, its boundary among messages received at the same second
            int count = Pages.SIZE + 3;
            for (int i = 0; i < count; i++) {
                String sid = String.format("RE%05d", i);
                store.record(Message.recorded(new Recording(sid, "https://api.twilio.com/r/" + sid, 10, "completed"),
                        "CA" + sid, "+12125550147", "en", "faq", T0.plusSeconds(i / 40)));
            }
            List<Message> messages = exported(store, T0, T0.plusSeconds(86_400));
            assertThat(messages).hasSize(count);
            assertThat(messages).extracting(Message::recordingSid).doesNotHaveDuplicates().isSorted();
            assertThat(exported(store, T0.plusSeconds(1), T0.plusSeconds(2))).as("received in that second")
                    .hasSize(40);
        }
    }

    /** Sixty messages, one a minute, from four callers; every fifth called back; some words to find. */
    static void sixty(MessageStore store) {
        String[] callers = {"+12125550147", "+13105550199", "+447700900123", "sip:front@clinic.example"};
        String[] words = {"Please call me back about my appointment", "Does it hurt? My back hurts",
                "I need the address, 100% sure", "Insurance question_about copay"};
        for (int i = 0; i < 60; i++) {
            String sid = "RE" + (100 + i);
            store.record(Message.recorded(new Recording(sid, "https://api.twilio.com/r/" + sid, 10 + i, "completed"),
                    "CA" + sid, callers[i % 4], "en", "faq", T0.plusSeconds(60L * i)));
            store.record(Message.transcribed(sid, "CA" + sid, null, null, words[i % 4], "completed", T0));
        }
        for (Message m : store.list()) {
            if (Integer.parseInt(m.recordingSid().substring(2)) % 5 == 0) {
                store.markCalledBack(m.id(), T0.plusSeconds(7200), "AL");
            }
        }
    }

    static List<String> sids(MessageQuery.Found found) {
        return found.messages().stream().map(Message::recordingSid).toList();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void pagesOfTwentyFiveNewestFirstAndFilters(Kind kind) throws Exception {
        try (SqlMessageStore store = new SqlMessageStore(database(kind))) {
            sixty(store);
            MessageQuery.Found first = store.search(MessageQuery.NEWEST);
            assertThat(first.total()).isEqualTo(60);
            assertThat(first.pages()).isEqualTo(3);
            assertThat(sids(first)).hasSize(25).startsWith("RE159", "RE158").endsWith("RE135");
            assertThat(sids(store.search(MessageQuery.NEWEST.onPage(3)))).hasSize(10).startsWith("RE109").endsWith("RE100");
            assertThat(store.search(MessageQuery.NEWEST.onPage(9)).messages()).as("past the end: nothing").isEmpty();

            MessageQuery.Found fresh = store.search(new MessageQuery(MessageQuery.Show.NEW, "", 1));
            assertThat(fresh.total()).isEqualTo(48);
            assertThat(fresh.messages()).allMatch(m -> m.status() == Message.Status.NEW);
            MessageQuery.Found done = store.search(new MessageQuery(MessageQuery.Show.CALLED_BACK, "", 1));
            assertThat(done.total()).isEqualTo(12);
            assertThat(done.messages()).allMatch(m -> "AL".equals(m.calledBackBy()));

            MessageStore.Unanswered unanswered = store.unanswered();
            assertThat(unanswered.count()).isEqualTo(48);
            assertThat(unanswered.oldest()).as("RE100 was called back; RE101 is the oldest waiting").hasValue(T0.plusSeconds(60));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNumberIsFoundHoweverStaffTypeIt(Kind kind) throws Exception {
        try (SqlMessageStore store = new SqlMessageStore(database(kind))) {
            sixty(store);
            for (String typed : List.of("212-555-0147", "(212) 555 0147", "+1 212 555 0147", "12125550147", "555-0147",
                    " 2125550147 ")) {
                MessageQuery.Found found = store.search(new MessageQuery(MessageQuery.Show.ALL, typed, 1));
                assertThat(found.total()).as(typed).isEqualTo(15);
                assertThat(found.messages()).as(typed).allMatch(m -> m.caller().equals("+12125550147"));
            }
            assertThat(store.search(new MessageQuery(MessageQuery.Show.ALL, "+44 7700 900123", 1)).total()).isEqualTo(15);
            assertThat(store.search(new MessageQuery(MessageQuery.Show.NEW, "212 555 0147", 1)).total())
                    .as("with the filter").isEqualTo(12);
            assertThat(store.search(new MessageQuery(MessageQuery.Show.ALL, "718-555-0000", 1)).total()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void wordsAreFoundInTheTranscriptionOrTheNotesWhateverTheirCase(Kind kind) throws Exception {
        try (SqlMessageStore store = new SqlMessageStore(database(kind))) {
            sixty(store);
            assertThat(store.search(new MessageQuery(MessageQuery.Show.ALL, "HURT", 1)).total()).isEqualTo(15);
            assertThat(store.search(new MessageQuery(MessageQuery.Show.ALL, "back appointment", 1)).total())
                    .as("every word must be there").isEqualTo(15);
            assertThat(store.search(new MessageQuery(MessageQuery.Show.ALL, "100%", 1)).total())
                    .as("% is a character, not a wildcard").isEqualTo(15);
            assertThat(store.search(new MessageQuery(MessageQuery.Show.ALL, "n_ed", 1)).total())
                    .as("_ is a character, not a wildcard").isZero();
            assertThat(store.search(new MessageQuery(MessageQuery.Show.ALL, "question_about", 1)).total()).isEqualTo(15);

            long id = store.list().get(0).id();
            assertThat(store.note(id, "  Spoke to her daughter; call after 5  ")).isTrue();
            assertThat(store.find(id).orElseThrow().notes()).isEqualTo("Spoke to her daughter; call after 5");
            assertThat(sids(store.search(new MessageQuery(MessageQuery.Show.ALL, "daughter", 1))))
                    .containsExactly(store.find(id).orElseThrow().recordingSid());
            assertThat(store.note(id, " ")).isTrue();
            assertThat(store.find(id).orElseThrow().notes()).as("a blank note clears it").isNull();
            assertThat(store.note(999_999, "x")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void undoMakesAMessageNewAgainAndAnExportTakesARangeOldestFirst(Kind kind) throws Exception {
        try (SqlMessageStore store = new SqlMessageStore(database(kind))) {
            sixty(store);
            Message done = store.search(new MessageQuery(MessageQuery.Show.CALLED_BACK, "", 1)).messages().get(0);
            assertThat(store.markNew(done.id())).isTrue();
            Message again = store.find(done.id()).orElseThrow();
            assertThat(again.status()).isEqualTo(Message.Status.NEW);
            assertThat(again.calledBackAt()).isNull();
            assertThat(again.calledBackBy()).isNull();
            assertThat(store.markNew(999_999)).isFalse();

            assertThat(exported(store, T0.plusSeconds(60 * 10), T0.plusSeconds(60 * 13)))
                    .extracting(Message::recordingSid).containsExactly("RE110", "RE111", "RE112");
        }
    }

    @org.junit.jupiter.api.Test
    void storesOnTheLinesSharedPoolGiveTheirConnectionsBackAndLeaveThePoolOpen() {
        try (ConnectionPool pool = ConnectionPool.open(Database.embedded(dataDir))) {
            for (int i = 0; i < ConnectionPool.SIZE + 2; i++) {
                new SqlMessageStore(pool).close();
            }
            SqlMessageStore store = new SqlMessageStore(pool);
            store.record(recorded("RE1", T0));
            assertThat(store.list()).extracting(Message::recordingSid).containsExactly("RE1");
        }
    }

    @org.junit.jupiter.api.Test
    void aStoreWithAPoolOfItsOwnLetsGoOfTheDatabaseWhenClosed() {
        SqlMessageStore store = new SqlMessageStore(Database.embedded(dataDir));
        store.close();
        assertThatExceptionOfType(java.sql.SQLException.class).isThrownBy(() -> store.pool().connection());
    }
}
