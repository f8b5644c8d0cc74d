package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import clinic.ivr.SlowDatabase;
import clinic.ivr.TestDatabase;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.Recording;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool: a database that is down fails a request quickly, and connections are borrowed, not opened. */
class ConnectionPoolTest {

    /** The pool's wait here: shorter than the line's, so that the test does not take the line's. */
    static final Duration WAIT = Duration.ofMillis(500);
    /** Well past the pool's wait, far below the minutes a silent database could hold a request. */
    static final Duration FAILS_WITHIN = WAIT.plusSeconds(3);

    @Test
    void aDatabaseThatNeverAnswersFailsARequestWithinTheWaitNotMinutes() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // connects, then never says a word
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            try (ConnectionPool pool = ConnectionPool.open(Database.postgres(
                    "postgres://clinic:secret@127.0.0.1:" + silent.getLocalPort() + "/clinic"), WAIT)) {
                long start = System.nanoTime();
                assertThatThrownBy(() -> new SqlMessageStore(pool)).isInstanceOf(StoreException.class)
                        .hasMessageContaining("cannot open the message store");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAILS_WITHIN);
            }
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void aDatabaseThatRefusesFailsARequestWithinTheWait() {
        try (ConnectionPool pool = ConnectionPool.open(DownDatabase.REFUSING, WAIT)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> new SqlMessageStore(pool)).isInstanceOf(StoreException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAILS_WITHIN);
        }
    }

    @Test
    void aStatementTheDatabaseDoesNotAnswerFailsWithinTheSocketTimeout() throws Exception {
        try (ConnectionPool pool = ConnectionPool.open(Database.postgres(TestDatabase.freshPostgres()), WAIT);
             Connection c = pool.connection()) {
            // a database that stops answering mid-statement (frozen, or its link lost) holds no webhook for ever:
            // the driver's network timeout is what ends the wait (read without waiting it out)
            assertThat(c.getNetworkTimeout()).isEqualTo((int) TimeUnit.SECONDS.toMillis(ConnectionPool.POSTGRES_SOCKET_TIMEOUT_SECONDS));
        }
    }

    @Test
    void aDatabaseSlowToGiveTheFirstConnectionOpensTheStoreAtStart() throws Exception {
        // the first connection takes longer than a request may wait, and the start waits for it
        try (SlowDatabase slow = SlowDatabase.before(TestDatabase.freshPostgres(), WAIT.multipliedBy(2));
             ConnectionPool pool = ConnectionPool.open(Database.postgres(slow.url()), WAIT, ConnectionPool.START_WAIT)) {
            SqlMessageStore store = new SqlMessageStore(pool);
            store.record(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
            assertThat(store.list()).extracting(Message::recordingSid).containsExactly("RE1");
        }
    }

    @Test
    void aDatabaseThatRefusesDoesNotHoldTheStart() {
        long start = System.nanoTime();
        try (ConnectionPool pool = ConnectionPool.open(DownDatabase.REFUSING, WAIT,
                ConnectionPool.START_WAIT)) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the line's start wait, on a refusing database")
                    .isLessThan(ConnectionPool.START_WAIT.dividedBy(4));
            assertThatThrownBy(() -> new SqlMessageStore(pool)).isInstanceOf(StoreException.class);
        }
    }

    @Test
    void aDatabaseThatNeverAnswersHoldsTheStartOnlyTheStartWait() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            long start = System.nanoTime();
            try (ConnectionPool pool = ConnectionPool.open(Database.postgres(
                    "postgres://clinic:secret@127.0.0.1:" + silent.getLocalPort() + "/clinic"), WAIT, Duration.ofSeconds(1))) {
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAILS_WITHIN);
                assertThatThrownBy(() -> new SqlMessageStore(pool)).isInstanceOf(StoreException.class);
            }
        }
    }

    @Test
    void rightAfterAFailureTheNextRequestsFailAtOnce() throws Exception {
        try (ConnectionPool pool = ConnectionPool.open(DownDatabase.REFUSING, WAIT)) {
            assertThatThrownBy(pool::connection).isInstanceOf(SQLException.class);
            for (int i = 0; i < 10; i++) {
                long start = System.nanoTime();
                assertThatThrownBy(pool::connection).isInstanceOf(SQLException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no wait for a database that just failed")
                        .isLessThan(WAIT.dividedBy(2));
            }
        }
    }

    @Test
    void aDatabaseWithAUserAndPasswordIsReachedWithThem() throws Exception {
        String url = "jdbc:h2:mem:guarded-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection owner = java.sql.DriverManager.getConnection(url, "clinic", "s3cret")) {
            try (ConnectionPool pool = ConnectionPool.open(new Database(url, "clinic", "s3cret"))) {
                SqlMessageStore store = new SqlMessageStore(pool);
                store.record(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
                assertThat(store.list()).hasSize(1);
                assertThat(pool.database().user()).isEqualTo("clinic");
            }
        }
    }

    @Test
    void manyMessagesAtOnceShareAFewConnections(@TempDir Path dir) throws Exception {
        try (ConnectionPool pool = ConnectionPool.open(Database.embedded(dir))) {
            SqlMessageStore store = new SqlMessageStore(pool);
            ExecutorService callbacks = Executors.newFixedThreadPool(16);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    Recording recording = new Recording("RE" + i, "https://api.twilio.com/RE" + i, 10, "completed");
                    done.add(callbacks.submit(() -> store.record(Message.recorded(recording, "CA1", "+12125550147", "en",
                            "main", Instant.parse("2026-03-04T15:00:00Z")))));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                callbacks.shutdown();
            }
            assertThat(store.list()).hasSize(64);
            try (Connection c = pool.connection(); Statement s = c.createStatement();
                 ResultSet sessions = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                sessions.next();
                assertThat(sessions.getInt(1)).as("connections open on the database").isBetween(1, ConnectionPool.SIZE);
            }
        }
    }
}
