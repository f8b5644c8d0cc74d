package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.RecordingAudio;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The line's own copies of callers' recordings: kept once, found by RecordingSid, gone a while after the call back. */
class RecordingCopiesTest {

    static final Instant T0 = MessageStoreTest.T0;

    final ConnectionPool pool = ConnectionPool.open(
            new Database("jdbc:h2:mem:copies-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    final RecordingCopies copies = new RecordingCopies(pool);

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aCopyIsKeptOnceAndFoundByItsRecordingSid() {
        assertThat(copies.find("RE1")).isEmpty();
        copies.keep("RE1", new RecordingAudio(new byte[] {1, 2, 3}, RecordingAudio.MP3), T0);
        copies.keep("RE1", new RecordingAudio(new byte[] {9}, "audio/wav"), T0.plusSeconds(1)); // another instance, same moment
        copies.keep("RE2", new RecordingAudio(new byte[] {4}, "audio/wav"), T0);

        RecordingAudio kept = copies.find("RE1").orElseThrow();
        assertThat(kept.bytes()).as("the first copy stays").containsExactly(1, 2, 3);
        assertThat(kept.contentType()).isEqualTo(RecordingAudio.MP3);
        assertThat(copies.kept(List.of("RE1", "RE2", "RE3"))).isEqualTo(Set.of("RE1", "RE2"));
        assertThat(copies.kept(List.of("RE3"))).isEmpty();
        assertThat(copies.kept(List.of())).isEmpty();
    }

    @Test
    void aCopyKeptFirstThingAfterAStartIsKept() {
        copies.keep("RE1", new RecordingAudio(new byte[] {1, 2, 3}, RecordingAudio.MP3), T0);
        assertThat(copies.find("RE1")).isPresent();
    }

    @Test
    void aCopyGoesOnceItsMessageWasCalledBackBeforeTheCutOnly() {
        SqlMessageStore messages = new SqlMessageStore(pool);
        for (String sid : List.of("RE1", "RE2", "RE3")) {
            messages.record(MessageStoreTest.recorded(sid, T0));
            copies.keep(sid, new RecordingAudio(new byte[] {1}, RecordingAudio.MP3), T0);
        }
        long re1 = id(messages, "RE1");
        long re2 = id(messages, "RE2");
        messages.markCalledBack(re1, T0.plusSeconds(100), "AL");
        messages.markCalledBack(re2, T0.plusSeconds(200), "AL");

        assertThat(copies.purge(T0.plusSeconds(100))).as("called back at the cut itself: kept").isZero();
        assertThat(copies.purge(T0.plusSeconds(101))).isOne();
        assertThat(copies.kept(List.of("RE1", "RE2", "RE3"))).isEqualTo(Set.of("RE2", "RE3"));
    }

    static long id(SqlMessageStore messages, String sid) {
        return messages.list().stream().filter(m -> m.recordingSid().equals(sid)).findFirst().map(Message::id)
                .orElseThrow();
    }

    @Test
    void aCopyTheDatabaseCannotTakeOrADatabaseThatIsGoneSaysWhatCouldNotBeDone() {
        assertThatThrownBy(() -> copies.keep("RE1", new RecordingAudio(new byte[] {1}, "x".repeat(100)), T0))
                .isInstanceOf(StoreException.class).hasMessageContaining("keep a copy of recording RE1");
        pool.close();
        assertThatThrownBy(() -> copies.find("RE1")).hasMessageContaining("read the copy of recording RE1");
        assertThatThrownBy(() -> copies.kept(List.of("RE1"))).hasMessageContaining("look up copies of recordings");
        assertThatThrownBy(() -> copies.purge(T0)).hasMessageContaining("delete old copies of recordings");
    }
}
