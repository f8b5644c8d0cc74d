package clinic.ivr.store;

import clinic.ivr.desk.CallEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records calls without slowing a webhook: a request only puts its event in a bounded queue (never
 * waiting), and one background thread writes what is queued in batches, gathered for {@link #GATHER}.
 * When the store fails, the thread keeps its batch and tries again after a pause while the queue fills;
 * a full queue drops new events and counts them ({@link #dropped}, in /metrics). A store that is down
 * loses at most what arrives once the queue is full; an answer never waits for it.
 */
public final class CallWriter implements CallEvents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CallWriter.class);
    /** About an hour of a busy line's events, a few megabytes of memory. */
    public static final int CAPACITY = 10_000;
    static final int BATCH = 500;
    /**
     * How long the thread gathers events after the first before it writes them: a busy line's events go
     * in a few large commits (the embedded database rewrites its changed pages at every commit) rather
     * than in many small ones. The dashboard is that much later; nothing a caller hears waits for it.
     */
    static final Duration GATHER = Duration.ofMillis(200);
    /** The longest pause between two tries while the store fails. */
    static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    /** Where batches go. */
    public interface Sink {
        /** Writes a batch, all or nothing; throws {@link StoreException} when it cannot. */
        void write(List<CallEvent> batch);
    }

    private final Sink sink;
    private final BlockingQueue<CallEvent> queue;
    private final Duration firstPause;
    private final LongAdder dropped = new LongAdder();
    private final LongAdder written = new LongAdder();
    private final Thread thread;
    private volatile boolean stopping;
    /** Opened at stop: wakes the thread from a pause (never an interrupt, which would close H2's file). */
    private final CountDownLatch stop = new CountDownLatch(1);

    /**
     * @param capacity   the most events waiting at once
     * @param firstPause the pause after a failed write; it doubles on each failure up to {@link #MAX_PAUSE}
     */
    public CallWriter(Sink sink, int capacity, Duration firstPause) {
        this.sink = sink;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.firstPause = firstPause;
        this.thread = new Thread(this::run, "call-records");
        thread.setDaemon(true);
    }

    public CallWriter start() {
        thread.start();
        return this;
    }

    @Override
    public void record(CallEvent event) {
        if (!queue.offer(event)) {
            dropped.increment();
        }
    }

    /** Events dropped because the queue was full, or because the store refused their data. */
    public long dropped() {
        return dropped.sum();
    }

    /** Events written to the store. */
    public long written() {
        return written.sum();
    }

    /** Events waiting to be written. */
    public int waiting() {
        return queue.size();
    }

    private void run() {
        List<CallEvent> batch = new ArrayList<>(BATCH);
        while (!stopping) {
            try {
                CallEvent first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                if (queue.size() < BATCH - 1) {
                    stop.await(GATHER.toMillis(), TimeUnit.MILLISECONDS);
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                writeUntilDone(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Writes the batch, trying again while the store fails; gives up only when stopping. */
    private void writeUntilDone(List<CallEvent> batch) throws InterruptedException {
        Duration pause = firstPause;
        boolean told = false;
        while (true) {
            try {
                sink.write(batch);
                written.add(batch.size());
                if (told) {
                    LOG.info("call records are written again");
                }
                return;
            } catch (StoreException e) {
                if (e.refused()) {
                    // no retry changes the data: these events are lost, the ones behind them go on
                    dropped.add(batch.size());
                    LOG.error("{} call events dropped: the store refused them ({})", batch.size(), e.getMessage());
                    return;
                }
                if (!told) {
                    LOG.warn("call records cannot be written now ({}); they wait in memory, up to {} events",
                            e.getMessage(), queue.remainingCapacity() + queue.size());
                    told = true;
                }
            } catch (RuntimeException e) {
                LOG.warn("call records cannot be written now: {}", e.toString());
                told = true;
            }
            if (stopping) {
                dropped.add(batch.size());
                return;
            }
            stop.await(pause.toMillis(), TimeUnit.MILLISECONDS);
            pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
        }
    }

    /** Writes what is queued once more, then stops the thread. */
    @Override
    public void close() {
        stopping = true;
        stop.countDown();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<CallEvent> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            try {
                sink.write(rest);
                written.add(rest.size());
            } catch (RuntimeException e) {
                dropped.add(rest.size());
                LOG.warn("{} call events not written at stop: {}", rest.size(), e.getMessage());
            }
        }
    }
}
