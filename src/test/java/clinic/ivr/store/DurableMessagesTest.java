package clinic.ivr.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

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

        assertEquals(1, messages.waiting());
        String line = Files.readString(dataDir.resolve(Journal.FILE));
        assertTrue(line.contains("\"recordingSid\":\"RE1\"") && line.contains("+12125550147"), line);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(Journal.FILE))),
                "callers' messages are readable by the line's user only");
        assertEquals(1, messages.problems().size(), messages.problems().toString());
        assertTrue(messages.problems().get(0).startsWith("the message store cannot write"), messages.problems().get(0));
    }

    @Test
    void whenNeitherTheStoreNorTheJournalCanTakeItTheMessageIsNotCalledKept() throws Exception {
        MessageStore store = mock(MessageStore.class);
        doThrow(DOWN).when(store).record(any());
        Path notAFolder = dataDir.resolve("file");
        Files.writeString(notAFolder, "the journal cannot be made under a file");
        DurableMessages messages = new DurableMessages(store, new Journal(notAFolder));

        StoreException notKept = assertThrows(StoreException.class,
                () -> messages.record(MessageStoreTest.recorded("RE1", MessageStoreTest.T0)));

        assertTrue(notKept.getMessage().contains("RE1 could not be kept"), notKept.getMessage());
        assertEquals(2, messages.problems().size(), messages.problems().toString());
        assertTrue(messages.problems().get(1).contains("journal"), messages.problems().toString());
    }

    @Test
    void whenTheStoreWorksAgainTheJournalIsStoredInOrderAndEmptied() throws Exception {
        MessageStore store = mock(MessageStore.class);
        doThrow(DOWN).when(store).record(any());
        DurableMessages messages = new DurableMessages(store, new Journal(dataDir));
        messages.record(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
        messages.record(Message.transcribed("RE1", "CA1", null, null, "Call me", "completed", MessageStoreTest.T0));
        assertEquals(0, messages.retry(), "still down");
        assertEquals(2, messages.waiting());

        doNothing().when(store).record(any());
        assertEquals(2, messages.retry());
        assertEquals(0, messages.waiting());
        assertEquals(List.of(), messages.problems(), "a replay that stores clears the store's problem");
        ArgumentCaptor<Message> stored = ArgumentCaptor.forClass(Message.class);
        verify(store, times(2 + 1 + 2)).record(stored.capture()); // 2 failed writes, 1 failed retry, 2 stored
        List<Message> last = stored.getAllValues().subList(3, 5);
        assertEquals("RE1", last.get(0).recordingSid());
        assertEquals("Call me", last.get(1).transcription());
        assertFalse(Files.exists(dataDir.resolve(Journal.FILE + ".next")), "the rewrite leaves no temporary file");
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
            assertEquals(List.of("RE9"), store.list().stream().map(Message::recordingSid).toList());
            assertEquals(0, messages.waiting());
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

        assertEquals(new Journal.Replay(1, 1, true), replay);
        List<String> left = Files.readAllLines(journal.file());
        assertEquals(2, left.size());
        assertTrue(left.get(0).contains("RE2") && left.get(1).contains("RE3"), left.toString());
        assertEquals(List.of("{\"recordingSid\":\"RE-torn\",\"call"), Files.readAllLines(journal.deadLetters()),
                "an unreadable line is set aside, not dropped");
        assertEquals(2, journal.backlog().waiting());
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

        assertEquals(new Journal.Replay(2, 1, false), replay);
        assertEquals(0, journal.backlog().waiting());
        assertEquals("", Files.readString(journal.file()), "nothing waits behind the refused message");
        List<String> dead = Files.readAllLines(journal.deadLetters());
        assertEquals(1, dead.size());
        assertTrue(dead.get(0).contains("\"recordingSid\":\"RE2\""), dead.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(journal.deadLetters())));
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
        assertTrue(inStore.await(10, TimeUnit.SECONDS));
        long start = System.nanoTime();
        journal.append(MessageStoreTest.recorded("RE2", MessageStoreTest.T0)); // the store is still being asked
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "the append waited for the store");
        release.countDown();
        replay.get(10, TimeUnit.SECONDS);

        List<String> left = Files.readAllLines(journal.file());
        assertEquals(2, left.size(), left.toString());
        assertTrue(left.get(0).contains("RE1") && left.get(1).contains("RE2"), left.toString());
    }

    @Test
    void messagesWaitingMoreThanFiveMinutesAreAProblemWithTheirCount() throws Exception {
        MessageStore store = mock(MessageStore.class);
        doThrow(DOWN).when(store).record(any());
        Instant now = MessageStoreTest.T0.plus(Duration.ofMinutes(6));
        DurableMessages messages = new DurableMessages(store, new Journal(dataDir), Clock.fixed(now, ZoneOffset.UTC));
        messages.record(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
        messages.record(MessageStoreTest.recorded("RE2", MessageStoreTest.T0.plusSeconds(200)));

        assertEquals(2, messages.backlog().waiting());
        assertEquals(MessageStoreTest.T0, messages.backlog().oldest().orElseThrow());
        assertTrue(messages.problems().stream().anyMatch(p -> p.startsWith("2 message(s) have waited in the journal"
                + " for more than 5 minutes")), messages.problems().toString());
        assertEquals(2, new Journal(dataDir).backlog().waiting(), "a restart finds the same backlog");
    }

    @Test
    void aDatabaseErrorNeverQuotesTheValueItRefused() {
        StoreException e = refused("+12125550147 says call me after 5");

        assertTrue(e.refused());
        assertFalse(e.getMessage().contains("2125550147"), e.getMessage());
        assertFalse(String.valueOf(e.getCause().getMessage()).contains("2125550147"), "nor does its cause");
        assertTrue(e.getMessage().contains("22001"), e.getMessage());
        assertFalse(StoreException.of("x", "y", new SQLException("Connection refused", "08001")).refused(),
                "a store that is down has not refused the message");
    }
}
