package clinic.ivr.store;

import java.time.Duration;

/**
 * A PostgreSQL that refuses every connection (nothing listens on port 1), for tests of a store that is
 * down. Its pools fail a request within a short wait, not the line's {@link ConnectionPool#WAIT}: the
 * behaviour is the same, the test does not sit out the line's patience.
 */
public final class DownDatabase {

    public static final Database REFUSING = Database.postgres("postgres://clinic:secret@127.0.0.1:1/clinic");
    /** How long a request waits for a connection from {@link #pool()}. */
    public static final Duration WAIT = Duration.ofMillis(300);

    private DownDatabase() {}

    /** A pool on the refusing database. */
    public static ConnectionPool pool() {
        return ConnectionPool.open(REFUSING, WAIT);
    }
}
