package clinic.ivr.store;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.MessageQuery;
import clinic.ivr.desk.PhoneNumber;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message store as the line uses it: a message is kept when the store has committed it or, when
 * the store fails, once the {@link Journal} holds it on disk; the journal is replayed into the store
 * at start and every minute until it is empty. When neither can take a message, {@link #record}
 * says so (a {@link StoreException}) and nothing tells Twilio or the caller it was kept.
 */
public final class DurableMessages implements MessageStore {

    private static final Logger LOG = LoggerFactory.getLogger(DurableMessages.class);
    static final long RETRY_SECONDS = 60;
    /** A message waiting longer than this means the store is not coming back by itself. */
    static final Duration STUCK = Duration.ofMinutes(5);

    private final MessageStore store;
    private final Journal journal;
    private final Clock clock;
    private ScheduledExecutorService retries;
    /** Since when the store fails to write, or null while it works. */
    private volatile Instant storeFailingSince;
    /** Since when the journal fails to write, or null while it works. */
    private volatile Instant journalFailingSince;

    public DurableMessages(MessageStore store, Journal journal) {
        this(store, journal, Clock.systemUTC());
    }

    public DurableMessages(MessageStore store, Journal journal, Clock clock) {
        this.store = store;
        this.journal = journal;
        this.clock = clock;
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

    /**
     * Stores a message, or keeps it in the journal.
     *
     * @throws StoreException when neither took it: the message is not kept, and Twilio must send it again
     */
    @Override
    public void record(Message message) {
        try {
            store.record(message);
            storeFailingSince = null;
            return;
        } catch (RuntimeException e) {
            if (storeFailingSince == null) {
                storeFailingSince = clock.instant();
            }
            LOG.error("message {} from {} could not be stored ({}); keeping it in {} to store later",
                    message.recordingSid(), PhoneNumber.mask(message.caller()), e.getMessage(), journal.file());
        }
        try {
            journal.append(message);
            journalFailingSince = null;
        } catch (IOException | RuntimeException e) {
            if (journalFailingSince == null) {
                journalFailingSince = clock.instant();
            }
            LOG.error("MESSAGE NOT KEPT: recording {} of call {} could be written neither to the store nor to {} ({});"
                    + " Twilio is told to send it again", message.recordingSid(), message.callSid(), journal.file(),
                    e.getClass().getSimpleName());
            throw new StoreException("message " + message.recordingSid() + " could not be kept: the store and the"
                    + " journal both failed", e);
        }
    }

    /** The store could not be opened at start: /health says so before the first message finds out. */
    public void storeDown() {
        if (storeFailingSince == null) {
            storeFailingSince = clock.instant();
        }
    }

    /** Hands the journal to the store; returns how many messages were stored. Never throws. */
    public int retry() {
        try {
            Journal.Replay replay = journal.replay(store::record);
            if (replay.stored() > 0) {
                storeFailingSince = null;
                LOG.info("stored {} message(s) kept in {}", replay.stored(), journal.file());
            }
            if (replay.storeDown() && storeFailingSince == null) {
                storeFailingSince = clock.instant();
            }
            return replay.stored();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not replay {}: {}", journal.file(), e.getClass().getSimpleName());
            return 0;
        }
    }

    /** The messages waiting in the journal for the store. */
    public Journal.Backlog backlog() {
        return journal.backlog();
    }

    /** What keeps messages from being stored, in plain words; empty when all is well. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Instant store = storeFailingSince;
        if (store != null) {
            problems.add("the message store cannot write since " + store + ": messages wait in the journal");
        }
        Instant journalFailing = journalFailingSince;
        if (journalFailing != null) {
            problems.add("the journal " + journal.file() + " cannot write since " + journalFailing
                    + ": a message the store cannot take is not kept (Twilio is asked to send it again)");
        }
        Journal.Backlog backlog = journal.backlog();
        Optional<Instant> oldest = backlog.oldest();
        if (oldest.isPresent() && Duration.between(oldest.get(), clock.instant()).compareTo(STUCK) > 0) {
            problems.add(backlog.waiting() + " message(s) have waited in the journal for more than "
                    + STUCK.toMinutes() + " minutes: the store does not take them");
        }
        return problems;
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
    public MessageQuery.Found search(MessageQuery query) {
        return store.search(query);
    }

    @Override
    public void eachReceivedBetween(Instant from, Instant to, Consumer<Message> each) {
        store.eachReceivedBetween(from, to, each);
    }

    @Override
    public Unanswered unanswered() {
        return store.unanswered();
    }

    @Override
    public boolean markCalledBack(long id, Instant at, String by) {
        return store.markCalledBack(id, at, by);
    }

    @Override
    public boolean markNew(long id) {
        return store.markNew(id);
    }

    @Override
    public boolean note(long id, String notes) {
        return store.note(id, notes);
    }

    /** Messages still waiting in the journal. */
    public int waiting() {
        return journal.backlog().waiting();
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
