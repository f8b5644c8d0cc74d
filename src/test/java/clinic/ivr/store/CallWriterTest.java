package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import clinic.ivr.desk.CallEvent;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The background writer of call records: a request only queues its event, never waiting; a store that
 * is down or hangs costs at most what the full queue drops, counted; nothing queued is lost when the
 * store comes back or when the line stops.
 */
public class CallWriterTest {

    static final Duration QUICKLY = Duration.ofSeconds(5);

    static CallEvent event(int n) {
        Instant at = Instant.parse("2026-03-04T15:00:00Z").plusSeconds(n);
        return new CallEvent("CA" + n, at, new CallEvent.Start(at, LocalDate.of(2026, 3, 4), 10, true),
                Optional.of("menu"), "main", 1, "en", false, "+12125550147", Optional.empty(), Optional.empty());
    }

    static StoreException down() {
        return StoreException.of("write", "a database", new SQLTransientConnectionException("refused", "08001"));
    }

    /** Waits, without sleeping longer than needed, until the condition holds. */
    public static void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + QUICKLY.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - end).as("waited too long").isNegative();
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    @Test
    void aStoreThatIsDownForAWhileLosesNothingTheQueueHolds() throws Exception {
        List<CallEvent> stored = new CopyOnWriteArrayList<>();
        AtomicInteger failures = new AtomicInteger(5);
        CallWriter writer = new CallWriter(batch -> {
            if (failures.getAndDecrement() > 0) {
                throw down();
            }
            stored.addAll(batch);
        }, 1_000, Duration.ofMillis(10)).start();
        try {
            for (int i = 0; i < 700; i++) {
                writer.record(event(i));
            }
            until(() -> stored.size() == 700);
            assertThat(stored).extracting(CallEvent::callSid).as("in the order they came")
                    .startsWith("CA0", "CA1", "CA2").endsWith("CA699");
            assertThat(writer.dropped()).isZero();
        } finally {
            writer.close();
        }
    }

    @Test
    void aStoreThatHangsNeverHoldsARequestAndTheFullQueueDropsAndCounts() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<CallEvent> stored = new CopyOnWriteArrayList<>();
        CallWriter writer = new CallWriter(batch -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stored.addAll(batch);
        }, 50, Duration.ofMillis(10)).start();
        try {
            writer.record(event(0));
            assertThat(entered.await(5, TimeUnit.SECONDS)).as("the writer holds the first event, stuck in the store").isTrue();
            assertTimeoutPreemptively(QUICKLY, () -> {
                for (int i = 1; i <= 200; i++) {
                    writer.record(event(i));
                }
            }, "recording never waits for the store");
            assertThat(writer.waiting()).isEqualTo(50);
            assertThat(writer.dropped()).as("what the full queue could not hold").isEqualTo(150);

            release.countDown();
            until(() -> stored.size() == 51);
            assertThat(stored).extracting(CallEvent::callSid).startsWith("CA0", "CA1").endsWith("CA50");
            assertThat(writer.dropped()).isEqualTo(150);
        } finally {
            release.countDown();
            writer.close();
        }
    }

    @Test
    void eventsTheStoreRefusesAreDroppedAndCountedAndTheOnesBehindThemGoOn() throws Exception {
        List<CallEvent> stored = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        CallWriter writer = new CallWriter(batch -> {
            if (batch.stream().anyMatch(e -> e.callSid().equals("CA0"))) {
                first.countDown();
                throw StoreException.of("write", "a database", new SQLException("value too long", "22001"));
            }
            stored.addAll(batch);
        }, 100, Duration.ofMillis(10)).start();
        try {
            writer.record(event(0));
            assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
            until(() -> writer.dropped() == 1);
            writer.record(event(1));
            until(() -> stored.size() == 1);
            assertThat(stored.get(0).callSid()).isEqualTo("CA1");
        } finally {
            writer.close();
        }
    }

    @Test
    void aBusyLinesEventsGoInBatchesOfAtMostFiveHundredInTheOrderTheyCame() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<List<CallEvent>> batches = new CopyOnWriteArrayList<>();
        CallWriter writer = new CallWriter(batch -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            batches.add(List.copyOf(batch));
        }, 2_000, Duration.ofMillis(10)).start();
        try {
            for (int i = 0; i < 1_201; i++) {
                writer.record(event(i));
            }
            release.countDown();
            until(() -> writer.written() == 1_201);
            assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(CallWriter.BATCH));
            assertThat(batches.stream().flatMap(List::stream)).extracting(CallEvent::callSid)
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 1_201).mapToObj(i -> "CA" + i).toList());
            assertThat(writer.waiting()).isZero();
        } finally {
            release.countDown();
            writer.close();
        }
    }

    @Test
    void aStoreThatKeepsFailingIsAskedLessAndLessOften() throws Exception {
        List<Long> tries = new CopyOnWriteArrayList<>();
        CallWriter writer = new CallWriter(batch -> {
            tries.add(System.nanoTime());
            throw down();
        }, 100, Duration.ofMillis(10)).start();
        try {
            writer.record(event(0));
            until(() -> tries.size() >= 6);
            // each pause between two tries at least as long as planned: 10, 20, 40, 80 and 160 ms
            for (int i = 1; i < 6; i++) {
                assertThat(Duration.ofNanos(tries.get(i) - tries.get(i - 1))).as("pause " + i)
                        .isGreaterThanOrEqualTo(Duration.ofMillis(10L << (i - 1)));
            }
        } finally {
            writer.close();
        }
        assertThat(writer.dropped()).as("the batch given up at stop is counted").isOne();
        assertThat(writer.written()).isZero();
    }

    @Test
    void theLineStopsAtOnceWhileTheWriterPausesForAStoreThatIsDown() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        CallWriter writer = new CallWriter(batch -> {
            tries.incrementAndGet();
            throw down();
        }, 100, Duration.ofMinutes(1)).start();
        writer.record(event(0));
        until(() -> tries.get() == 1);
        writer.record(event(1));
        long start = System.nanoTime();
        writer.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no wait for the pause to end")
                .isLessThan(Duration.ofSeconds(3));
        assertThat(writer.dropped()).as("the batch it held and the event behind it").isEqualTo(2);
    }

    @Test
    void eventsArrivingTogetherAreWrittenInOneBatchAndAllIsWrittenWhenTheLineStops() throws Exception {
        List<List<CallEvent>> batches = new CopyOnWriteArrayList<>();
        CallWriter writer = new CallWriter(batch -> batches.add(List.copyOf(batch)), 100, Duration.ofMillis(10)).start();
        writer.record(event(0));
        until(() -> writer.waiting() == 0); // the writer has taken the first, and gathers what follows it
        writer.record(event(1));
        until(() -> writer.written() == 2);
        assertThat(batches).as("one commit for both").hasSize(1);

        for (int i = 2; i < 40; i++) {
            writer.record(event(i));
        }
        writer.close();
        assertThat(writer.written()).as("everything, by the time the line has stopped").isEqualTo(40);
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(40);
    }

    @Test
    void whatCannotBeWrittenWhenTheLineStopsIsCounted() {
        CallWriter writer = new CallWriter(batch -> {
            throw down();
        }, 100, Duration.ofMillis(10));
        for (int i = 0; i < 30; i++) {
            writer.record(event(i));
        }
        writer.close();
        assertThat(writer.dropped()).isEqualTo(30);
        assertThat(writer.written()).isZero();
    }

    @Test
    void whatIsStillQueuedWhenTheLineStopsIsWritten() {
        List<CallEvent> stored = new CopyOnWriteArrayList<>();
        CallWriter writer = new CallWriter(stored::addAll, 100, Duration.ofMillis(10));
        for (int i = 0; i < 30; i++) {
            writer.record(event(i));
        }
        writer.close();
        assertThat(stored).hasSize(30);
        assertThat(writer.written()).isEqualTo(30);
    }
}
