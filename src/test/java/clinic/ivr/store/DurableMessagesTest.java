package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.AssertionsForClassTypes.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import clinic.ivr.MovingClock;
import clinic.ivr.desk.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/**
 * A store that fails never loses a message: it waits in the journal, on disk, and is stored later;
 * nothing in the journal blocks what comes behind it; and a message neither could take is never
 * called kept.
 */
class DurableMessagesTest {

    @TempDir
    Path dataDir;

    static final StoreException DOWN = new StoreException("connection refused", new SQLException("refused", "08001"));

    /** What a database says about a value it will not take: SQL state class 22, quoting the value. */
    static StoreException refused(String quoted) {
        return StoreException.of("store the message", "test database",
                new SQLException("Value too long for column: \"" + quoted + "\"", "22001", 22001));
    }

    @Test
    void aFailingStoreKeepsTheMessageInTheJournalOnDiskAndTheCallGoesOn() throws Exception {
        MessageStore store = mock(MessageStore.class);
        doThrow(DOWN).when(store).record(any());
        DurableMessages messages = new DurableMessages(store, new Journal(dataDir),
                Clock.fixed(MessageStoreTest.T0, ZoneOffset.UTC));

        messages.record(MessageStoreTest.recorded("RE1", MessageStoreTest.T0)); // does not throw

        assertThat(messages.waiting()).isOne();
        String line = Files.readString(dataDir.resolve(Journal.FILE));
        assertThat(line).contains("\"recordingSid\":\"RE1\"").contains("+12125550147");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(Journal.FILE)))).as("callers' messages are readable by the line's user only").isEqualTo("rw-------");
        assertThat(messages.problems().size()).as(messages.problems().toString()).isOne();
        assertThat(messages.problems().get(0)).as(messages.problems().get(0)).startsWith("the message store cannot write");
    }

    @Test
    void whenNeitherTheStoreNorTheJournalCanTakeItTheMessageIsNotCalledKept() throws Exception {
        MessageStore store = mock(MessageStore.class);
        doThrow(DOWN).when(store).record(any());
        Path notAFolder = dataDir.resolve("file");
        Files.writeString(notAFolder, "the journal cannot be made under a file");
        DurableMessages messages = new DurableMessages(store, new Journal(notAFolder));

        StoreException notKept = assertThatExceptionOfType(StoreException.class).isThrownBy(() -> messages.record(MessageStoreTest.recorded("RE1", MessageStoreTest.T0))).actual();

        assertThat(notKept.getMessage()).as(notKept.getMessage()).contains("RE1 could not be kept");
        assertThat(messages.problems().size()).as(messages.problems().toString()).isEqualTo(2);
        assertThat(messages.problems().get(1)).as(messages.problems().toString()).contains("journal");

        Files.delete(notAFolder); // the journal can be made again
        messages.record(MessageStoreTest.recorded("RE2", MessageStoreTest.T0));
        assertThat(messages.waiting()).isOne();
        assertThat(messages.problems()).as("the journal works again").noneMatch(p -> p.contains("journal " + notAFolder));
    }

    @Test
    void whenTheStoreWorksAgainTheJournalIsStoredInOrderAndEmptied() throws Exception {
        MessageStore store = mock(MessageStore.class);
        doThrow(DOWN).when(store).record(any());
        DurableMessages messages = new DurableMessages(store, new Journal(dataDir));
        messages.record(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
        messages.record(Message.transcribed("RE1", "CA1", null, null, "Call me", "completed", MessageStoreTest.T0));
        assertThat(messages.retry()).as("still down").isZero();
        assertThat(messages.waiting()).isEqualTo(2);

        doNothing().when(store).record(any());
        assertThat(messages.retry()).isEqualTo(2);
        assertThat(messages.waiting()).isZero();
        assertThat(messages.problems()).as("a replay that stores clears the store's problem").isEqualTo(List.of());
        ArgumentCaptor<Message> stored = ArgumentCaptor.forClass(Message.class);
        verify(store, times(2 + 1 + 2)).record(stored.capture()); // 2 failed writes, 1 failed retry, 2 stored
        List<Message> last = stored.getAllValues().subList(3, 5);
        assertThat(last.get(0).recordingSid()).isEqualTo("RE1");
        assertThat(last.get(1).transcription()).isEqualTo("Call me");
        assertThat(Files.exists(dataDir.resolve(Journal.FILE + ".next"))).as("the rewrite leaves no temporary file").isFalse();
    }

    @Test
    void aRestartReplaysWhatAnEarlierRunKept() throws Exception {
        MessageStore broken = mock(MessageStore.class);
        doThrow(DOWN).when(broken).record(any());
        new DurableMessages(broken, new Journal(dataDir)).record(MessageStoreTest.recorded("RE9", MessageStoreTest.T0));

        // a new run, with a real store this time
        try (SqlMessageStore store = new SqlMessageStore(Database.embedded(dataDir));
             DurableMessages messages = new DurableMessages(store, new Journal(dataDir))) {
            messages.start();
            assertThat(store.list().stream().map(Message::recordingSid).toList()).isEqualTo(List.of("RE9"));
            assertThat(messages.waiting()).isZero();
        }
    }

    @Test
    void aStoreThatIsDownKeepsTheRestInOrderAndAnUnreadableLineGoesToTheDeadLetters() throws Exception {
        MessageStore store = mock(MessageStore.class);
        Journal journal = new Journal(dataDir);
        journal.append(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
        Files.writeString(journal.file(), "{\"recordingSid\":\"RE-torn\",\"call\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        journal.append(MessageStoreTest.recorded("RE2", MessageStoreTest.T0));
        journal.append(MessageStoreTest.recorded("RE3", MessageStoreTest.T0));
        doNothing().doThrow(DOWN).when(store).record(any());

        Journal.Replay replay = journal.replay(store::record);

        assertThat(replay).isEqualTo(new Journal.Replay(1, 1, true));
        List<String> left = Files.readAllLines(journal.file());
        assertThat(left).hasSize(2);
        assertThat(left.get(0)).contains("RE2");
        assertThat(left.get(1)).contains("RE3");
        assertThat(Files.readAllLines(journal.deadLetters())).as("an unreadable line is set aside, not dropped").isEqualTo(List.of("{\"recordingSid\":\"RE-torn\",\"call"));
        assertThat(journal.backlog().waiting()).isEqualTo(2);
    }

    @Test
    void aMessageTheStoreRefusesMovesToTheDeadLettersAndTheOnesBehindItAreStored() throws Exception {
        MessageStore store = mock(MessageStore.class);
        Journal journal = new Journal(dataDir);
        journal.append(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
        journal.append(MessageStoreTest.recorded("RE2", MessageStoreTest.T0));
        journal.append(MessageStoreTest.recorded("RE3", MessageStoreTest.T0));
        doThrow(refused("+12125550147")).when(store).record(argThat(m -> m.recordingSid().equals("RE2")));

        Journal.Replay replay = journal.replay(store::record);

        assertThat(replay).isEqualTo(new Journal.Replay(2, 1, false));
        assertThat(journal.backlog().waiting()).isZero();
        assertThat(Files.readString(journal.file())).as("nothing waits behind the refused message").isEqualTo("");
        List<String> dead = Files.readAllLines(journal.deadLetters());
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0)).as(dead.toString()).contains("\"recordingSid\":\"RE2\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal.deadLetters()))).isEqualTo("rw-------");
        verify(store).record(argThat(m -> m.recordingSid().equals("RE3")));
    }

    @Test
    void aMessageArrivingWhileTheJournalIsReplayedIsKeptAndNeverWaitsForTheStore() throws Exception {
        MessageStore slow = mock(MessageStore.class);
        CountDownLatch inStore = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
            inStore.countDown();
            release.await(10, TimeUnit.SECONDS);
            throw DOWN;
        }).when(slow).record(any());
        Journal journal = new Journal(dataDir);
        journal.append(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));

        CompletableFuture<Journal.Replay> replay = CompletableFuture.supplyAsync(() -> {
            try {
                return journal.replay(slow::record);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(inStore.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        journal.append(MessageStoreTest.recorded("RE2", MessageStoreTest.T0)); // the store is still being asked
        assertThat(System.nanoTime() - start).as("the append waited for the store").isLessThan(TimeUnit.SECONDS.toNanos(2));
        release.countDown();
        replay.get(10, TimeUnit.SECONDS);

        List<String> left = Files.readAllLines(journal.file());
        assertThat(left.size()).as(left.toString()).isEqualTo(2);
        assertThat(left.get(0)).contains("RE1");
        assertThat(left.get(1)).contains("RE2");
    }

    @Test
    void messagesWaitingMoreThanFiveMinutesAreAProblemWithTheirCount() throws Exception {
        MessageStore store = mock(MessageStore.class);
        doThrow(DOWN).when(store).record(any());
        Instant now = MessageStoreTest.T0.plus(Duration.ofMinutes(6));
        DurableMessages messages = new DurableMessages(store, new Journal(dataDir), Clock.fixed(now, ZoneOffset.UTC));
        messages.record(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
        messages.record(MessageStoreTest.recorded("RE2", MessageStoreTest.T0.plusSeconds(200)));

        assertThat(messages.backlog().waiting()).isEqualTo(2);
        assertThat(messages.backlog().oldest().orElseThrow()).isEqualTo(MessageStoreTest.T0);
        assertThat(messages.problems().stream().anyMatch(p -> p.startsWith("2 message(s) have waited in the journal"
                + " for more than 5 minutes"))).as(messages.problems().toString()).isTrue();
        assertThat(new Journal(dataDir).backlog().waiting()).as("a restart finds the same backlog").isEqualTo(2);
    }

    @Test
    void messagesWaitingJustFiveMinutesAreNoProblemYet() throws Exception {
        MessageStore store = mock(MessageStore.class);
        Journal journal = new Journal(dataDir);
        journal.append(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
        DurableMessages messages = new DurableMessages(store, journal,
                Clock.fixed(MessageStoreTest.T0.plus(DurableMessages.STUCK), ZoneOffset.UTC));
        assertThat(messages.problems()).isEmpty();
        assertThat(new DurableMessages(store, journal, Clock.fixed(MessageStoreTest.T0.plus(DurableMessages.STUCK)
                .plusSeconds(1), ZoneOffset.UTC)).problems()).hasSize(1);
    }

    @Test
    void aStoreThatCouldNotOpenAtStartIsAProblemUntilAMessageIsStored() throws Exception {
        MessageStore store = mock(MessageStore.class);
        Instant down = MessageStoreTest.T0;
        DurableMessages messages = new DurableMessages(store, new Journal(dataDir), Clock.fixed(down, ZoneOffset.UTC));
        messages.storeDown();
        assertThat(messages.problems()).containsExactly("the message store cannot write since " + down
                + ": messages wait in the journal");

        messages.record(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
        assertThat(messages.problems()).as("it took a message").isEmpty();
    }

    @Test
    void theFirstFailureIsTheOneReportedAndAReplayIntoAStoreStillDownReportsIt() throws Exception {
        MessageStore store = mock(MessageStore.class);
        doThrow(DOWN).when(store).record(any());
        MovingClock clock = new MovingClock(MessageStoreTest.T0);
        DurableMessages messages = new DurableMessages(store, new Journal(dataDir), clock);
        messages.record(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
        clock.set(MessageStoreTest.T0.plusSeconds(60));
        messages.record(MessageStoreTest.recorded("RE2", MessageStoreTest.T0));
        messages.storeDown();
        assertThat(messages.problems()).first().asString().contains("since " + MessageStoreTest.T0 + ":");

        // a new run: the store is still down when the journal is replayed at start
        DurableMessages restarted = new DurableMessages(store, new Journal(dataDir), clock);
        assertThat(restarted.retry()).isZero();
        assertThat(restarted.problems()).first().asString().startsWith("the message store cannot write since "
                + clock.instant());
    }

    @Test
    void aJournalThatCannotBeReadIsTriedAgainLaterWithoutFailingTheLine() throws Exception {
        MessageStore store = mock(MessageStore.class);
        Journal journal = new Journal(dataDir);
        Files.createDirectories(journal.file()); // a folder where the journal should be: unreadable as a file
        DurableMessages messages = new DurableMessages(store, journal);
        assertThat(messages.retry()).isZero();
        messages.start();
        messages.start();
        messages.close();
        verify(store).close();
    }

    @Test
    void aDatabaseErrorNeverQuotesTheValueItRefused() {
        StoreException e = refused("+12125550147 says call me after 5");

        assertThat(e.refused()).isTrue();
        assertThat(e.getMessage()).as(e.getMessage()).doesNotContain("2125550147");
        assertThat(String.valueOf(e.getCause().getMessage())).as("nor does its cause").doesNotContain("2125550147");
        assertThat(e.getMessage()).as(e.getMessage()).contains("22001");
        assertThat(StoreException.of("x", "y", new SQLException("Connection refused", "08001")).refused()).as("a store that is down has not refused the message").isFalse();
    }

    @Test
    void aStoreDownAtStartStaysAProblemAfterAReplayWithNothingToStore() {
        DurableMessages messages = new DurableMessages(mock(MessageStore.class), new Journal(dataDir));
        messages.storeDown();
        assertThat(messages.retry()).isZero();
        assertThat(messages.problems()).hasSize(1);
    }
}
