package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.MessageQuery;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that is down when the line starts: the store is opened on first use and again after a failed
 * open, and once open, staff's pages and Twilio's callbacks reach the messages through it, and through the
 * journal's keeper in front of it, as they would the store itself.
 */
class ReconnectingStoreTest {

    static final java.time.Instant T0 = MessageStoreTest.T0;

    @TempDir
    Path dataDir;

    final AtomicInteger opens = new AtomicInteger();
    final AtomicInteger failuresLeft = new AtomicInteger();

    ReconnectingStore store() {
        return new ReconnectingStore(() -> {
            opens.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new StoreException("cannot open the message store", new SQLException("refused", "08001"));
            }
            return new SqlMessageStore(Database.embedded(dataDir));
        });
    }

    @Test
    void aStoreThatCannotBeOpenedYetIsOpenedOnTheNextTry() {
        failuresLeft.set(2);
        try (ReconnectingStore store = store()) {
            assertThat(opens).hasValue(0);
            assertThat(store.ready()).isFalse();
            assertThatThrownBy(store::list).isInstanceOf(StoreException.class);
            assertThat(store.ready()).as("the database is back").isTrue();
            assertThat(store.ready()).isTrue();
            store.record(MessageStoreTest.recorded("RE1", T0));
            assertThat(store.list()).extracting(Message::recordingSid).containsExactly("RE1");
            assertThat(opens).as("opened once it worked, not again").hasValue(3);
        }
    }

    @Test
    void closingLetsGoOfTheStoresDatabase() {
        java.util.List<SqlMessageStore> opened = new java.util.ArrayList<>();
        ReconnectingStore store = new ReconnectingStore(() -> {
            SqlMessageStore s = new SqlMessageStore(Database.embedded(dataDir));
            opened.add(s);
            return s;
        });
        assertThat(store.ready()).isTrue();
        store.close();
        assertThatThrownBy(() -> opened.get(0).pool().connection()).isInstanceOf(SQLException.class);
    }

    @Test
    void aStoreClosedIsOpenedAgainOnItsNextUse() {
        ReconnectingStore store = store();
        store.record(MessageStoreTest.recorded("RE1", T0));
        store.close();
        store.close();
        assertThat(store.list()).as("the file's messages, opened again").extracting(Message::recordingSid)
                .containsExactly("RE1");
        assertThat(opens).hasValue(2);
        store.close();
    }

    @Test
    void staffReachTheMessagesThroughTheReconnectingStoreAndTheJournalsKeeper() throws Exception {
        try (DurableMessages messages = new DurableMessages(store(), new Journal(dataDir))) {
            messages.record(MessageStoreTest.recorded("RE1", T0));
            messages.record(MessageStoreTest.recorded("RE2", T0.plusSeconds(60)));
            messages.record(Message.transcribed("RE2", "CARE2", null, null, "Please call about my knee", "completed",
                    T0.plusSeconds(90)));
            assertThat(messages.list()).extracting(Message::recordingSid).containsExactly("RE2", "RE1");
            long first = messages.list().get(1).id();
            long second = messages.list().get(0).id();

            assertThat(messages.find(second)).map(Message::transcription).hasValue("Please call about my knee");
            assertThat(messages.find(999_999)).isEmpty();
            assertThat(messages.search(new MessageQuery(MessageQuery.Show.ALL, "knee", 1)).messages())
                    .extracting(Message::recordingSid).containsExactly("RE2");
            assertThat(MessageStoreTest.exported(messages, T0, T0.plusSeconds(30))).extracting(Message::recordingSid)
                    .containsExactly("RE1");
            assertThat(messages.unanswered()).isEqualTo(new MessageStore.Unanswered(2, java.util.Optional.of(T0)));

            assertThat(messages.markCalledBack(first, T0.plusSeconds(600), "AL")).isTrue();
            assertThat(messages.unanswered().count()).isEqualTo(1);
            assertThat(messages.note(first, "left a voicemail")).isTrue();
            assertThat(messages.find(first).orElseThrow().notes()).isEqualTo("left a voicemail");
            assertThat(messages.markNew(first)).isTrue();
            assertThat(messages.find(first).orElseThrow().status()).isEqualTo(Message.Status.NEW);
            assertThat(messages.markCalledBack(999_999, T0, "AL")).isFalse();
            assertThat(messages.markNew(999_999)).isFalse();
            assertThat(messages.note(999_999, "x")).isFalse();
            assertThat(messages.waiting()).as("nothing needed the journal").isZero();
            assertThat(messages.problems()).isEmpty();
        }
    }
}
