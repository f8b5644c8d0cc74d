package clinic.ivr.store;

import clinic.ivr.desk.Message;
import clinic.ivr.line.PhoneNumbers;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message store as the line uses it: a message is never lost. When the store fails, the message
 * goes to the {@link Journal} on disk, and the journal is replayed into the store at start and every
 * minute until it is empty.
 */
public final class DurableMessages implements MessageStore {

    private static final Logger LOG = LoggerFactory.getLogger(DurableMessages.class);
    static final long RETRY_SECONDS = 60;

    private final MessageStore store;
    private final Journal journal;
    private ScheduledExecutorService retries;

    public DurableMessages(MessageStore store, Journal journal) {
        this.store = store;
        this.journal = journal;
    }

    /** Replays what an earlier run left in the journal, then keeps retrying in the background. */
    public synchronized void start() {
        retry();
        if (retries == null) {
            retries = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "message-journal");
                t.setDaemon(true);
                return t;
            });
            retries.scheduleWithFixedDelay(this::retry, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Stores a message, or keeps it in the journal; never throws. */
    @Override
    public void record(Message message) {
        try {
            store.record(message);
            return;
        } catch (RuntimeException e) {
            LOG.error("message {} from {} could not be stored ({}); kept in {} to store later",
                    message.recordingSid(), PhoneNumbers.mask(message.caller()), e.getMessage(), journal.file());
        }
        try {
            journal.append(message);
        } catch (IOException | RuntimeException e) {
            // the last resort: with the call and recording, staff find the caller in Twilio's call log
            LOG.error("MESSAGE NOT STORED: recording {} call {} from {} at {} url {}: {}", message.recordingSid(),
                    message.callSid(), PhoneNumbers.mask(message.caller()), message.receivedAt(),
                    message.recordingUrl(), e.toString());
        }
    }

    /** Hands the journal to the store; returns how many messages were stored. */
    public int retry() {
        try {
            int done = journal.replay(store::record);
            if (done > 0) {
                LOG.info("stored {} message(s) kept in {}", done, journal.file());
            }
            return done;
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not replay {}: {}", journal.file(), e.toString());
            return 0;
        }
    }

    @Override
    public List<Message> list() {
        return store.list();
    }

    @Override
    public Optional<Message> find(long id) {
        return store.find(id);
    }

    @Override
    public boolean markCalledBack(long id, Instant at) {
        return store.markCalledBack(id, at);
    }

    /** Messages still waiting in the journal. */
    public int waiting() {
        try {
            return journal.size();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public synchronized void close() {
        if (retries != null) {
            retries.shutdownNow();
            retries = null;
        }
        store.close();
    }
}
