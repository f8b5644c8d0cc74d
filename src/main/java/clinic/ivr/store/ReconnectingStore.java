package clinic.ivr.store;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.MessageQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens the store on first use and again after a failed open, so a database that is down when the
 * line starts does not keep the line from answering calls (messages wait in the journal meanwhile).
 */
public final class ReconnectingStore implements MessageStore {

    private final Supplier<MessageStore> open;
    private volatile MessageStore store;

    public ReconnectingStore(Supplier<MessageStore> open) {
        this.open = open;
    }

    private MessageStore store() {
        MessageStore s = store;
        if (s == null) {
            synchronized (this) {
                if (store == null) {
                    store = open.get();
                }
                s = store;
            }
        }
        return s;
    }

    /** Tries to open the store now; false when it cannot be opened yet. */
    public boolean ready() {
        try {
            store();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void record(Message message) {
        store().record(message);
    }

    @Override
    public List<Message> list() {
        return store().list();
    }

    @Override
    public Optional<Message> find(long id) {
        return store().find(id);
    }

    @Override
    public MessageQuery.Found search(MessageQuery query) {
        return store().search(query);
    }

    @Override
    public void eachReceivedBetween(Instant from, Instant to, Consumer<Message> each) {
        store().eachReceivedBetween(from, to, each);
    }

    @Override
    public Unanswered unanswered() {
        return store().unanswered();
    }

    @Override
    public boolean markCalledBack(long id, Instant at, String by) {
        return store().markCalledBack(id, at, by);
    }

    @Override
    public boolean markNew(long id) {
        return store().markNew(id);
    }

    @Override
    public boolean note(long id, String notes) {
        return store().note(id, notes);
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
