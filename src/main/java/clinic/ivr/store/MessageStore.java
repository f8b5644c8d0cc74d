package clinic.ivr.store;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.MessageQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where callers' messages are kept for staff. Every method may throw {@link StoreException}. */
public interface MessageStore extends AutoCloseable {

    /**
     * Adds what a callback knows about a message, merged by its RecordingSid: the first time it creates
     * the message, later calls fill in what was missing (a retried callback changes nothing).
     */
    void record(Message message);

    /** Every message, newest first. */
    List<Message> list();

    /** One page of the messages staff look for, newest first, and how many there are in all. */
    MessageQuery.Found search(MessageQuery query);

    /**
     * The messages received in [from, to), oldest first, handed to {@code each} a page at a time: what an
     * export holds, in the memory of one page however long the range.
     */
    void eachReceivedBetween(Instant from, Instant to, Consumer<Message> each);

    Optional<Message> find(long id);

    /** The messages no one has called back yet: how many, and when the oldest came in. */
    Unanswered unanswered();

    /** How many messages wait for a call back, and since when the oldest has. */
    record Unanswered(int count, Optional<Instant> oldest) {}

    /**
     * Marks a message called back by someone (a name or initials); a message already marked keeps who
     * called back first. False when there is no such message.
     */
    boolean markCalledBack(long id, Instant at, String by);

    /** Undoes {@link #markCalledBack}: the message is new again. False when there is no such message. */
    boolean markNew(long id);

    /** Replaces staff's notes on a message (blank clears them); false when there is no such message. */
    boolean note(long id, String notes);

    @Override
    void close();
}
