package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.desk.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal as an operator finds it: how many messages wait and since when (also after a restart),
 * lines that are not messages set aside, and a store that fails in an unexpected way stopping the replay
 * with nothing lost.
 */
class JournalTest {

    static final Instant T0 = MessageStoreTest.T0;

    @TempDir
    Path dataDir;

    @Test
    void theOldestWaitingMessageIsKnownWhateverOrderTheyCameIn() throws Exception {
        Journal journal = new Journal(dataDir.resolve("new-folder"));
        assertThat(journal.backlog()).isEqualTo(Journal.Backlog.EMPTY);
        journal.append(MessageStoreTest.recorded("RE1", T0.plusSeconds(60)));
        journal.append(MessageStoreTest.recorded("RE2", T0));
        journal.append(MessageStoreTest.recorded("RE3", T0.plusSeconds(120)));
        assertThat(journal.backlog()).isEqualTo(new Journal.Backlog(3, Optional.of(T0)));
        assertThat(new Journal(dataDir.resolve("new-folder")).backlog()).as("after a restart")
                .isEqualTo(new Journal.Backlog(3, Optional.of(T0)));
    }

    @Test
    void linesThatAreNotMessagesAreSetAsideAndBlankLinesIgnored() throws Exception {
        Journal journal = new Journal(dataDir);
        journal.append(MessageStoreTest.recorded("RE1", T0));
        Files.writeString(journal.file(), "\n   \n{\"recordingSid\":\" \",\"receivedAt\":\"2026-03-08T14:00:00Z\"}\n"
                + "{\"recordingSid\":\"RE-no-time\"}\n", java.nio.file.StandardOpenOption.APPEND);
        Journal reopened = new Journal(dataDir);
        assertThat(reopened.backlog().waiting()).as("blank lines are no messages").isEqualTo(3);
        assertThat(reopened.backlog().oldest()).as("a line without a time counts as the oldest").hasValue(Instant.EPOCH);

        List<Message> stored = new ArrayList<>();
        Journal.Replay replay = reopened.replay(stored::add);

        assertThat(replay).isEqualTo(new Journal.Replay(1, 2, false));
        assertThat(stored).extracting(Message::recordingSid).containsExactly("RE1");
        assertThat(Files.readAllLines(reopened.deadLetters())).hasSize(2).last().asString().contains("RE-no-time");
        assertThat(reopened.backlog()).isEqualTo(Journal.Backlog.EMPTY);
    }

    @Test
    void aStoreFailingInAnUnexpectedWayKeepsTheMessageAndTheRestInOrder() throws Exception {
        Journal journal = new Journal(dataDir);
        journal.append(MessageStoreTest.recorded("RE1", T0));
        journal.append(MessageStoreTest.recorded("RE2", T0));
        List<String> asked = new ArrayList<>();
        Journal.Replay replay = journal.replay(m -> {
            asked.add(m.recordingSid());
            throw new IllegalStateException("pool is closed");
        });
        assertThat(replay).isEqualTo(new Journal.Replay(0, 0, true));
        assertThat(asked).as("the rest waits for the next try").containsExactly("RE1");
        assertThat(Files.readAllLines(journal.file())).hasSize(2).first().asString().contains("RE1");
        assertThat(journal.backlog().waiting()).isEqualTo(2);
        assertThat(Files.exists(journal.deadLetters())).isFalse();
    }

    @Test
    void anEmptyOrMissingJournalHasNothingToReplay() throws Exception {
        Journal journal = new Journal(dataDir);
        assertThat(journal.replay(m -> { })).isEqualTo(new Journal.Replay(0, 0, false));
        Files.writeString(journal.file(), "");
        assertThat(journal.replay(m -> { })).isEqualTo(new Journal.Replay(0, 0, false));
    }
}
