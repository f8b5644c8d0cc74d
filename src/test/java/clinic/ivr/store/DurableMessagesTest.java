package clinic.ivr.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import clinic.ivr.desk.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** A store that fails never loses a message: it waits in the journal and is stored later. */
class DurableMessagesTest {

    @TempDir
    Path dataDir;

    static final StoreException DOWN = new StoreException("connection refused", new SQLException("refused"));

    @Test
    void aFailingStoreKeepsTheMessageInTheJournalAndTheCallGoesOn() throws Exception {
        MessageStore store = mock(MessageStore.class);
        doThrow(DOWN).when(store).record(any());
        DurableMessages messages = new DurableMessages(store, new Journal(dataDir));

        Message message = MessageStoreTest.recorded("RE1", MessageStoreTest.T0);
        messages.record(message); // does not throw

        assertEquals(1, messages.waiting());
        String line = Files.readString(dataDir.resolve(Journal.FILE));
        assertTrue(line.contains("\"recordingSid\":\"RE1\"") && line.contains("+12125550147"), line);
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
        ArgumentCaptor<Message> stored = ArgumentCaptor.forClass(Message.class);
        verify(store, times(2 + 2 + 1)).record(stored.capture()); // 2 failed writes, 1 failed retry, 2 stored
        List<Message> last = stored.getAllValues().subList(3, 5);
        assertEquals("RE1", last.get(0).recordingSid());
        assertEquals("Call me", last.get(1).transcription());
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
    void aPartlyWorkingStoreKeepsTheRestInOrder() throws Exception {
        MessageStore store = mock(MessageStore.class);
        Journal journal = new Journal(dataDir);
        journal.append(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
        journal.append(MessageStoreTest.recorded("RE2", MessageStoreTest.T0));
        journal.append(MessageStoreTest.recorded("RE3", MessageStoreTest.T0));
        Files.writeString(dataDir.resolve(Journal.FILE), "not json\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        doNothing().doThrow(DOWN).when(store).record(any());

        assertEquals(1, journal.replay(store::record));
        List<String> left = Files.readAllLines(journal.file());
        assertEquals(2, left.size());
        assertTrue(left.get(0).contains("RE2") && left.get(1).contains("RE3"), left.toString());
        assertEquals(List.of("not json"), Files.readAllLines(dataDir.resolve(Journal.UNREADABLE)),
                "an unreadable line is set aside, not dropped");
        InOrder order = inOrder(store);
        order.verify(store, times(2)).record(any());
    }
}
