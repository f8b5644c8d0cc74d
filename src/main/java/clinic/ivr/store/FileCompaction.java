package clinic.ivr.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded database's file about the size of what it holds. Each commit is written to the file
 * at once ({@code WRITE_DELAY=0}, see {@link Database#embedded}), which also stops H2's background thread,
 * the one that would free the space of old versions: left alone, the file grows with every commit (about
 * 5 KB for a commit of one call event, 300 KB for a batch of 500; gigabytes in a month of a busy line) and
 * never shrinks, even after the retention purge. So every {@link #EVERY} events written the call writer's
 * thread does that work (the file does not shrink, but new commits reuse the freed space). Nothing to do
 * on PostgreSQL, which keeps its own files.
 */
final class FileCompaction {

    private static final Logger LOG = LoggerFactory.getLogger(FileCompaction.class);
    /** At most about 100 MB of file growth between two compactions, a few MB on a busy line's large batches. */
    static final int EVERY = 20_000;
    /** Chunks less used than this are rewritten. */
    static final int FILL_RATE = 50;
    /** At most about this much is rewritten at once, a fraction of a second's work. */
    static final int WRITE_BYTES = 4 << 20;

    private final int every;
    private final AtomicInteger since = new AtomicInteger();

    /** @param every events between two compactions, 0 for never */
    FileCompaction(int every) {
        this.every = every;
    }

    static FileCompaction of(Database database) {
        return new FileCompaction(database.isPostgres() ? 0 : EVERY);
    }

    /** Events were committed: compacts when enough were since the last time. Never throws (they are committed). */
    void written(Connection c, int events) {
        if (every == 0 || since.addAndGet(events) < every) {
            return;
        }
        since.set(0);
        try {
            compact(c);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not compact the database file: {}", e.toString());
        }
    }

    static void compact(Connection c) throws SQLException {
        MVStore store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                .getMvStore();
        // what H2's background thread does: rewrite the pages still used in mostly dead chunks, then free the
        // chunks no longer used (once older than H2's retention time), whose space new commits reuse
        store.compact(FILL_RATE, WRITE_BYTES);
        store.executeFilestoreOperation(() -> store.getFileStore().dropUnusedChunks());
    }
}
