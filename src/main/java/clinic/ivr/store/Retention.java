package clinic.ivr.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the line keeps, and for how long (RETENTION_DAYS): the record of a call, and the line's copy of
 * a message's recording once the message was called back. Purged at start and once a day.
 */
public final class Retention implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final SqlCallStore calls;
    private final RecordingCopies copies;
    private final Duration keep;
    private final Clock clock;
    private ScheduledExecutorService daily;

    public Retention(SqlCallStore calls, RecordingCopies copies, Duration keep, Clock clock) {
        this.calls = calls;
        this.copies = copies;
        this.keep = keep;
        this.clock = clock;
    }

    /** Purges now (in the background) and then every day. */
    public synchronized Retention start() {
        if (daily == null) {
            daily = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "retention");
                t.setDaemon(true);
                return t;
            });
            daily.scheduleWithFixedDelay(this::purge, 0, 1, TimeUnit.DAYS);
        }
        return this;
    }

    /** Deletes what is older than the retention period; never throws (a database that is down waits a day). */
    public void purge() {
        Instant before = clock.instant().minus(keep);
        try {
            int gone = calls.purge(before);
            int sounds = copies.purge(before);
            if (gone > 0 || sounds > 0) {
                LOG.info("deleted {} call records and {} copies of recordings older than {} days", gone, sounds,
                        keep.toDays());
            }
        } catch (RuntimeException e) {
            LOG.warn("could not delete old call records: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (daily != null) {
            daily.shutdown(); // never an interrupt: it would close the embedded database's file
            daily = null;
        }
    }
}
