package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.AssertionsForClassTypes.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DATA_DIR: one process owns it, only the line's user reads it, and no trace file quotes callers. */
class DataFolderTest {

    @TempDir
    Path temp;

    @Test
    void oneLineAtATime() throws Exception {
        Path data = temp.resolve("data");
        try (DataFolder first = DataFolder.open(data)) {
            DataFolder.InUse second = assertThatExceptionOfType(DataFolder.InUse.class).isThrownBy(() -> DataFolder.open(data)).actual();
            assertThat(second.getMessage()).as(second.getMessage()).startsWith("another clinic-ivr process is using the data folder " + data);
            assertThat(first.problems()).isEqualTo(List.of());
        }
        DataFolder.open(data).close(); // free again once the first has stopped
    }

    @Test
    void aFolderThatGoesAwayIsReportedWithinTheCheckIntervalAndClearedOnceItIsBack() throws Exception {
        Path data = temp.resolve("data");
        try (DataFolder folder = DataFolder.open(data).start(java.time.Duration.ofMillis(20))) {
            assertThat(folder.path()).isEqualTo(data);
            assertThat(folder.problems()).isEmpty();
            Path away = Files.move(data, temp.resolve("elsewhere"));
            Files.setPosixFilePermissions(away, PosixFilePermissions.fromString("rwxr-xr-x"));

            CallWriterTest.until(() -> folder.problems().size() == 2); // a check that began once the folder was gone
            assertThat(folder.problems()).containsExactly(
                    "the data folder " + data + " is not writable (NoSuchFileException): messages can be neither stored"
                            + " nor kept in the journal",
                    "the free space of the data folder " + data + " cannot be read (NoSuchFileException)");

            Files.move(away, data);
            CallWriterTest.until(() -> folder.problems().isEmpty());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).as("made private again")
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aFolderWhoseLockCannotBeMadeStillStartsTheLine() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve(DataFolder.LOCK)); // a folder where the lock file goes
        try (DataFolder folder = DataFolder.open(data)) {
            assertThat(folder.problems()).isEmpty();
            assertThat(DataFolder.open(data).problems()).as("nothing to hold, nothing in use").isEmpty();
        }
    }

    @Test
    void aFileTheLineFindsInItsFolderIsMadePrivate() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Path loose = Files.writeString(data.resolve(Journal.FILE), "{}\n");
        Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectories(data.resolve("sub"));
        try (DataFolder folder = DataFolder.open(data)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(loose))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("sub"))))
                    .as("a folder inside is left as it is").isNotEqualTo("rw-------");
        }
    }

    @Test
    void callersMessagesAreReadableByTheLinesUserOnlyAndNoTraceFileIsWritten() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (DataFolder folder = DataFolder.open(data)) {
            Database database = Database.embedded(data);
            try (SqlMessageStore store = new SqlMessageStore(database)) {
                store.record(MessageStoreTest.recorded("RE1", MessageStoreTest.T0));
                try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
                     Statement s = c.createStatement()) {
                    // a failing statement is what H2 would write to its trace file, values and all
                    assertThatExceptionOfType(SQLException.class).isThrownBy(() -> s.execute(
                            "INSERT INTO messages (recording_sid, caller) VALUES ('RE2', '+12125550147')"));
                }
                folder.check();
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(data)) {
                for (Path f : files.toList()) {
                    assertThat(f.getFileName().toString()).as("a trace file: " + f).doesNotEndWith(".trace.db");
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------");
                }
            }
            assertThat(Files.exists(data.resolve("messages.mv.db"))).isTrue();
            assertThat(Files.exists(data.resolve(".write-check"))).as("the writability probe cleans up after itself").isFalse();
        }
    }

    @Test
    void aFolderTheLineCannotWriteInIsReportedFromTheStart() throws Exception {
        for (boolean lockable : new boolean[] {true, false}) {
            Path data = temp.resolve("data-" + lockable);
            Files.createDirectories(data.resolve(".write-check").resolve("stuck")); // where the probe goes
            if (!lockable) {
                Files.createDirectories(data.resolve(DataFolder.LOCK));
            }
            try (DataFolder folder = DataFolder.open(data)) {
                assertThat(folder.problems()).as("lockable " + lockable).first().asString()
                        .startsWith("the data folder " + data + " is not writable");
            }
        }
    }
}
