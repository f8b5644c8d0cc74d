package clinic.ivr.store;

import clinic.ivr.desk.Message;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages the store could not take, one JSON object a line in a file under DATA_DIR, forced to disk
 * before Twilio hears that the message is kept, and handed back to the store when it works again.
 *
 * <p>Nothing in it blocks the rest: a message the store refuses for its own data (as opposed to the
 * store being down) moves to the dead-letter file with an ERROR naming its RecordingSid, and the
 * messages behind it go on. Appends never wait for a replay: the store is called outside the lock,
 * and what was appended meanwhile is kept when the file is rewritten. Each rewrite is atomic (a
 * temporary file forced to disk, renamed over the journal, then the folder forced too).
 */
public final class Journal {

    public static final String FILE = "messages-journal.jsonl";
    /** Lines that cannot be read back or that the store refuses, set aside for staff, never dropped. */
    public static final String DEAD_LETTERS = "messages-dead-letter.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** How many messages wait, and when the oldest of them came in. */
    public record Backlog(int waiting, Optional<Instant> oldest) {
        public static final Backlog EMPTY = new Backlog(0, Optional.empty());

        Backlog plus(Instant receivedAt) {
            Instant at = receivedAt == null ? Instant.EPOCH : receivedAt;
            return new Backlog(waiting + 1, Optional.of(oldest.filter(o -> o.isBefore(at)).orElse(at)));
        }
    }

    /** What one replay did. */
    public record Replay(int stored, int deadLettered, boolean storeDown) {}

    private final Path file;
    private final Path deadLetters;
    private volatile Backlog backlog;

    public Journal(Path dataDir) {
        this.file = dataDir.resolve(FILE);
        this.deadLetters = dataDir.resolve(DEAD_LETTERS);
        this.backlog = backlogOf(readLines(file));
    }

    public Path file() {
        return file;
    }

    public Path deadLetters() {
        return deadLetters;
    }

    public Backlog backlog() {
        return backlog;
    }

    /** Appends a message and forces it to disk; when this returns, a crash cannot lose it. */
    public synchronized void append(Message message) throws IOException {
        appendForced(file, JSON.writeValueAsString(message));
        backlog = backlog.plus(message.receivedAt());
    }

    /**
     * Hands each waiting message to {@code store}, in the order they came; those it cannot take now
     * stay, in order. A store that is down stops the replay (the rest waits for the next one).
     */
    public Replay replay(Consumer<Message> store) throws IOException {
        byte[] taken;
        synchronized (this) {
            taken = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        }
        if (taken.length == 0) {
            return new Replay(0, 0, false);
        }
        List<String> waiting = new ArrayList<>();
        int stored = 0;
        int dead = 0;
        boolean storeDown = false;
        for (String line : lines(taken)) {
            if (storeDown) {
                waiting.add(line);
                continue;
            }
            Optional<Message> message = parse(line);
            if (message.isEmpty()) {
                deadLetter(line, "-", "it cannot be read back as a message");
                dead++;
                continue;
            }
            Message m = message.get();
            try {
                store.accept(m);
                stored++;
            } catch (StoreException e) {
                if (e.refused()) {
                    deadLetter(line, m.recordingSid(), "the store refuses its data (" + e.getMessage() + ")");
                    dead++;
                } else {
                    storeDown = true; // keep the order: the rest waits for the next try
                    waiting.add(line);
                }
            } catch (RuntimeException e) {
                storeDown = true;
                waiting.add(line);
            }
        }
        synchronized (this) {
            // what was appended while the store was being called goes on waiting, after the rest
            byte[] now = Files.readAllBytes(file);
            waiting.addAll(lines(java.util.Arrays.copyOfRange(now, Math.min(taken.length, now.length), now.length)));
            rewrite(waiting);
            backlog = backlogOf(waiting);
        }
        return new Replay(stored, dead, storeDown);
    }

    /** A message that can be neither read nor stored: set aside, forced to disk, never lost. */
    private void deadLetter(String line, String recordingSid, String why) throws IOException {
        appendForced(deadLetters, line);
        LOG.error("message {} moved from {} to {}: {}; staff can find it there, and the messages behind it go on",
                recordingSid == null ? "-" : recordingSid, file.getFileName(), deadLetters, why);
    }

    private static Optional<Message> parse(String line) {
        try {
            Message m = JSON.readValue(line, Message.class);
            return m.recordingSid() == null || m.recordingSid().isBlank() || m.receivedAt() == null
                    ? Optional.empty() : Optional.of(m);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void rewrite(List<String> waiting) throws IOException {
        Path next = file.resolveSibling(FILE + ".next");
        try (FileChannel channel = FileChannel.open(next, Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), DataFolder.privateFile())) {
            write(channel, String.join("", waiting.stream().map(l -> l + "\n").toList()));
            channel.force(true);
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        DataFolder.force(file.getParent());
    }

    private static void appendForced(Path target, String line) throws IOException {
        boolean created = !Files.exists(target);
        if (created) {
            Files.createDirectories(target.getParent());
        }
        try (FileChannel channel = FileChannel.open(target, Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE), DataFolder.privateFile())) {
            write(channel, line + "\n");
            channel.force(true);
        }
        if (created) {
            DataFolder.force(target.getParent()); // the new file's name must survive a crash too
        }
    }

    private static void write(FileChannel channel, String text) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.exists(file) ? lines(Files.readAllBytes(file)) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    private static Backlog backlogOf(List<String> lines) {
        Backlog b = Backlog.EMPTY;
        for (String line : lines) {
            b = b.plus(parse(line).map(Message::receivedAt).orElse(null));
        }
        return b;
    }
}
