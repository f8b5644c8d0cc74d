package clinic.ivr.store;

import clinic.ivr.desk.Message;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where callers' messages are kept for staff. Every method may throw {@link StoreException}. */
public interface MessageStore extends AutoCloseable {

    /**
     * Adds what a callback knows about a message, merged by its RecordingSid: the first time it creates
     * the message, later calls fill in what was missing (a retried callback changes nothing).
     */
    void record(Message message);

    /** Every message, newest first. */
    List<Message> list();

    Optional<Message> find(long id);

    /** Marks a message called back; false when there is no such message. */
    boolean markCalledBack(long id, Instant at);

    @Override
    void close();
}
