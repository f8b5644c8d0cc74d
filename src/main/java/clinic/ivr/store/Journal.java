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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Messages the store could not take, one JSON object a line in a file under DATA_DIR, written to
 * disk before the caller hears "thank you", and handed back to the store when it works again.
 */
public final class Journal {

    public static final String FILE = "messages-journal.jsonl";
    /** Lines that cannot be read back are set aside here, never dropped. */
    public static final String UNREADABLE = "messages-journal-unreadable.jsonl";

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final Path unreadable;

    public Journal(Path dataDir) {
        this.file = dataDir.resolve(FILE);
        this.unreadable = dataDir.resolve(UNREADABLE);
    }

    public Path file() {
        return file;
    }

    /** Appends a message and forces it to disk. */
    public synchronized void append(Message message) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] line = (JSON.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** How many messages wait in the journal. */
    public synchronized int size() throws IOException {
        return Files.exists(file) ? (int) Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).count() : 0;
    }

    /**
     * Hands each waiting message to {@code store}, in the order they came; those it still refuses stay
     * in the journal, in order. Returns how many were handed over.
     */
    public synchronized int replay(Consumer<Message> store) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        List<String> waiting = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        int done = 0;
        boolean storeDown = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Message message;
            try {
                message = JSON.readValue(line, Message.class);
            } catch (IOException e) {
                bad.add(line);
                continue;
            }
            if (storeDown) {
                waiting.add(line);
                continue;
            }
            try {
                store.accept(message);
                done++;
            } catch (RuntimeException e) {
                storeDown = true; // keep the order: the rest waits for the next try
                waiting.add(line);
            }
        }
        if (!bad.isEmpty()) {
            Files.write(unreadable, bad, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        Path next = file.resolveSibling(FILE + ".next");
        Files.write(next, waiting, StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return done;
    }
}
