package clinic.ivr.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DATA_DIR: the embedded database and the journal. One process owns it (a lock held for the
 * process's life), only its owner may read it (the folder 0700, its files 0600), and whether it can
 * still take a message (writable, not nearly full) is checked at start and every minute.
 */
public final class DataFolder implements AutoCloseable {

    public static final String LOCK = "line.lock";
    /** Nearly full: less free than this, or than a tenth of the disk, whichever is less. */
    static final long LOW_SPACE_BYTES = 100L * 1024 * 1024;
    private static final String PROBE = ".write-check";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private volatile List<String> problems = List.of();
    private ScheduledExecutorService checks;

    private DataFolder(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Creates the folder if needed and takes it for this process.
     *
     * @throws InUse when another process holds it: two lines writing one database and journal would
     *               corrupt them
     */
    public static DataFolder open(Path dir) throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        secure(folder);
        FileChannel channel;
        try {
            channel = FileChannel.open(folder.resolve(LOCK), Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    privateFile());
        } catch (IOException | RuntimeException readOnly) {
            // nobody can write here, so nobody can corrupt it: the line starts, answers calls, and says so
            DataFolder unlocked = new DataFolder(folder, null, null);
            unlocked.check();
            return unlocked;
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new InUse(folder);
        }
        DataFolder data = new DataFolder(folder, channel, lock);
        data.check();
        return data;
    }

    /** Another process holds the folder. */
    public static final class InUse extends IOException {
        InUse(Path folder) {
            super("another clinic-ivr process is using the data folder " + folder + " (its message database and"
                    + " journal). Stop that process, or give this one its own DATA_DIR.");
        }
    }

    public Path path() {
        return dir;
    }

    /** Looks again every {@code every}, in the background (it looked once when opened). */
    public synchronized DataFolder start(Duration every) {
        if (checks == null) {
            checks = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "data-folder-check");
                t.setDaemon(true);
                return t;
            });
            checks.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Looks again: writable, enough free space, private. Never throws. */
    public void check() {
        List<String> found = new ArrayList<>();
        Path probe = dir.resolve(PROBE);
        try (FileChannel channel = FileChannel.open(probe, Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), privateFile())) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            found.add("the data folder " + dir + " is not writable (" + e.getClass().getSimpleName()
                    + "): messages can be neither stored nor kept in the journal");
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // a read-only folder: already reported
            }
        }
        try {
            FileStore store = Files.getFileStore(dir);
            long free = store.getUsableSpace();
            if (free < Math.min(LOW_SPACE_BYTES, store.getTotalSpace() / 10)) {
                found.add("the disk of the data folder " + dir + " is nearly full (" + free / 1024
                        + " KB free): free some space before messages can no longer be kept");
            }
        } catch (IOException | RuntimeException e) {
            found.add("the free space of the data folder " + dir + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        secure(dir);
        if (!found.equals(problems)) {
            found.forEach(p -> LOG.error("{}", p));
            if (found.isEmpty()) {
                LOG.info("the data folder {} is writable again", dir);
            }
        }
        problems = List.copyOf(found);
    }

    /** What the last check found, in plain words; empty when all is well. */
    public List<String> problems() {
        return problems;
    }

    /**
     * Only the line's own user may read callers' messages: the folder 0700 and every file in it 0600,
     * including those the embedded database creates. Does nothing where files have no POSIX permissions.
     */
    static void secure(Path folder) {
        try {
            Files.setPosixFilePermissions(folder, OWNER_FOLDER);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f) && !Files.getPosixFilePermissions(f).equals(OWNER_FILE)) {
                        Files.setPosixFilePermissions(f, OWNER_FILE);
                    }
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not POSIX, or a read-only folder: nothing more to do here; check() reports a read-only folder
        }
    }

    /** The attribute that creates a file 0600, where the file system has POSIX permissions. */
    static FileAttribute<?>[] privateFile() {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)} : new FileAttribute<?>[0];
    }

    /** Forces a folder's entries (a new or renamed file) to disk; not every platform can, which is no error. */
    static void force(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // e.g. Windows cannot open a folder as a channel
        }
    }

    @Override
    public synchronized void close() {
        if (checks != null) {
            checks.shutdownNow();
        }
        try {
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the process is ending: the lock goes with it
        }
    }
}
