package clinic.ivr.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one way to a JDBC connection: a small HikariCP pool per database, so a webhook borrows a
 * connection instead of opening one. A line is a small server: a few connections serve it (several
 * instances share one PostgreSQL and its connection limit). A database that is down or does not answer
 * fails a request within {@link #WAIT}, well inside Twilio's 15 seconds, and the journal takes the
 * message; the pool starts even then, and connects once the database is back. The embedded database
 * stays open as long as the pool holds a connection, which it always does.
 */
public final class ConnectionPool implements AutoCloseable {

    /** The longest a request waits for a connection before the store counts as down. */
    static final Duration WAIT = Duration.ofSeconds(2);
    /** Connections per line: a webhook holds one for milliseconds. */
    static final int SIZE = 4;
    /**
     * After the pool could not give a connection, requests fail at once for this long instead of each
     * waiting {@link #WAIT}: in an outage one request in a while waits to find out, the others go
     * straight to the journal.
     */
    static final Duration REST = Duration.ofSeconds(5);
    /**
     * The longest the pool's first connection, made as the line starts, may take: on a loaded host the
     * cold JVM, the driver and the database's first login can take well over {@link #WAIT}, and a start
     * that gave up then would report the store down although it is only slow. A database that refuses
     * fails its first connection at once and holds the start about a second; one that does not answer
     * holds it this long. Requests never wait this long: they wait for the pool, at most {@link #WAIT}.
     */
    static final Duration START_WAIT = Duration.ofSeconds(20);
    /** A statement PostgreSQL has not answered in this long has failed (seconds). */
    static final int POSTGRES_SOCKET_TIMEOUT_SECONDS = 10;

    private final Database database;
    private final HikariDataSource pool;
    /** Until when (System.nanoTime) requests fail at once; 0 while the database gives connections. */
    private final AtomicLong restingUntil = new AtomicLong();
    /** The {@link Schema} is up to date in this database: checked on the first connection given. */
    private volatile boolean schemaReady;

    private ConnectionPool(Database database, HikariDataSource pool) {
        this.database = database;
        this.pool = pool;
    }

    /**
     * A pool on this database, its first connection tried now (for up to {@link #START_WAIT}); it never fails
     * to start, a database that is down fails each request instead.
     */
    public static ConnectionPool open(Database database) {
        return open(database, WAIT, START_WAIT);
    }

    /** With another wait than {@link #WAIT}: tests of a database that is down need not wait the line's. */
    static ConnectionPool open(Database database, Duration wait) {
        return open(database, wait, wait);
    }

    /** With other waits: tests of a database that is slow or down at start need not wait the line's. */
    static ConnectionPool open(Database database, Duration wait, Duration startWait) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(database.isPostgres() ? "messages-postgres" : "messages-embedded");
        config.setJdbcUrl(database.url());
        if (!database.user().isEmpty()) {
            config.setUsername(database.user());
        }
        if (!database.password().isEmpty()) {
            config.setPassword(database.password());
        }
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(wait.toMillis());
        config.setValidationTimeout(Math.min(1_000, wait.toMillis()));
        // one try at the first connection before the pool is handed out, for as long as the driver's own
        // timeouts let it take; when it fails the pool starts anyway and keeps trying in the background
        config.setInitializationFailTimeout(0);
        if (database.isPostgres()) {
            // only the pool's own thread connects (a request waits for it at most the connection timeout), so
            // the start's wait bounds every try. As text: the driver reads only the properties that are strings
            String seconds = String.valueOf(Math.max(1, startWait.toSeconds()));
            config.addDataSourceProperty("connectTimeout", seconds);
            config.addDataSourceProperty("loginTimeout", seconds);
            config.addDataSourceProperty("socketTimeout", String.valueOf(POSTGRES_SOCKET_TIMEOUT_SECONDS));
        } else {
            // the embedded file closes with its last connection: the pool keeps one for good
            config.setMaxLifetime(0);
        }
        return new ConnectionPool(database, new HikariDataSource(config));
    }

    /**
     * A connection, to be closed (given back) by the caller, on a schema brought up to date the first time
     * (so a database that was down when the line started has every table once it is back); fails within
     * {@link #WAIT} when the database is down, and at once while it has just failed to give one.
     */
    public Connection connection() throws SQLException {
        Connection connection = borrow();
        if (!schemaReady) {
            try {
                synchronized (this) {
                    if (!schemaReady) {
                        Schema.migrate(connection);
                        schemaReady = true;
                    }
                }
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    private Connection borrow() throws SQLException {
        long until = restingUntil.get();
        if (until != 0 && System.nanoTime() - until < 0) {
            throw new SQLTransientConnectionException("the database gave no connection a moment ago", "08001");
        }
        try {
            Connection connection = pool.getConnection();
            restingUntil.set(0);
            return connection;
        } catch (SQLException e) {
            restingUntil.set(System.nanoTime() + REST.toNanos());
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    /** Closes every connection; the embedded database closes with the last one. */
    @Override
    public void close() {
        pool.close();
    }
}
