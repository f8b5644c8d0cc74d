package clinic.ivr.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The versions of what the phone says, in the line's database (embedded, or PostgreSQL shared by every
 * instance): each a complete set of the files staff may change, numbered 1, 2, 3..., published or a
 * draft, with who, when and a note. Also the day staff closed the clinic, if any. Every instance
 * polls {@link #newestPublished()} and {@link #newestClosure()}; a change that reads and then writes
 * runs in {@link #locked}, one instance at a time.
 */
public final class PromptVersionStore {

    /** A version callers may hear, or one waiting for staff. */
    public enum Status {
        PUBLISHED, DRAFT;

        String code() {
            return name().toLowerCase();
        }

        static Status of(String code) {
            return valueOf(code.toUpperCase());
        }
    }

    /**
     * A version, without its files.
     *
     * @param origin      where it came from: "folder" (the prompts folder), "staff" (the page), "restore", "import"
     * @param fingerprint of the files staff may change, so an import of the same folder is known again
     * @param basedOn     the version staff started from, if any
     * @param reviewedAt  for a draft from the folder: when staff published it or kept their own words
     */
    public record Version(int number, Status status, String origin, String author, String note, Instant createdAt,
                          String fingerprint, Integer basedOn, Instant reviewedAt) {}

    /** A version to add, with its files by name ("en/faq.txt"). */
    public record NewVersion(Status status, String origin, String author, String note, String fingerprint,
                             Integer basedOn, Map<String, String> files) {}

    /** The clinic closed for the rest of a day, and why in each language. */
    public record Closed(LocalDate day, Map<String, String> reasons, String by, Instant at) {}

    /** The versions as one instance sees them while it holds the lock. */
    public interface Locked {
        Optional<Version> newestPublished() throws SQLException;

        /** The newest version of this origin, in any status. */
        Optional<Version> newest(String origin) throws SQLException;

        Optional<Version> find(int number) throws SQLException;

        /** @return its number, one more than the newest */
        int add(NewVersion version, Instant at) throws SQLException;

        void reviewed(int number, Instant at) throws SQLException;

        /** Every draft of this origin older than {@code number} no longer waits for review. */
        void reviewedBelow(String origin, int number, Instant at) throws SQLException;
    }

    /** Work done while holding the lock. */
    public interface Work<T> {
        T run(Locked versions) throws SQLException;
    }

    private static final String COLUMNS = "number, status, origin, author, note, created_at, fingerprint, based_on,"
            + " reviewed_at";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Note, author and reasons are cut to what their columns hold. */
    static final int AUTHOR_CHARS = 100;
    static final int NOTE_CHARS = 1000;

    private final ConnectionPool pool;

    public PromptVersionStore(ConnectionPool pool) {
        this.pool = pool;
    }

    /** The number of the newest published version; empty when none is. */
    public OptionalInt newestPublished() {
        return read("find the newest published version of the prompts", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT MAX(number) FROM prompt_versions WHERE status = ?")) {
                p.setString(1, Status.PUBLISHED.code());
                try (ResultSet r = p.executeQuery()) {
                    int number = r.next() ? r.getInt(1) : 0;
                    return r.wasNull() || number == 0 ? OptionalInt.empty() : OptionalInt.of(number);
                }
            }
        });
    }

    /** Every version, newest first. */
    public List<Version> list() {
        return read("list the versions of the prompts", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM prompt_versions ORDER BY number DESC");
                 ResultSet r = p.executeQuery()) {
                List<Version> versions = new ArrayList<>();
                while (r.next()) {
                    versions.add(version(r));
                }
                return versions;
            }
        });
    }

    public Optional<Version> find(int number) {
        return read("read version " + number + " of the prompts", c -> find(c, number));
    }

    /** A version's files by name; empty when there is no such version. */
    public Map<String, String> files(int number) {
        return read("read the files of version " + number + " of the prompts", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT name, text FROM prompt_files WHERE version = ?")) {
                p.setInt(1, number);
                try (ResultSet r = p.executeQuery()) {
                    Map<String, String> files = new TreeMap<>();
                    while (r.next()) {
                        files.put(r.getString(1), r.getString(2));
                    }
                    return files;
                }
            }
        });
    }

    /**
     * Runs {@code work} in one transaction holding the versions' lock, so two instances never number two
     * versions alike nor import the same folder twice; commits when it returns.
     */
    public <T> T locked(Work<T> work) {
        return read("change the versions of the prompts", c -> {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT id FROM prompt_lock WHERE id = 1 FOR UPDATE")) {
                    r.next();
                }
                T result = work.run(new InLock(c));
                c.commit();
                sync(c);
                return result;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        });
    }

    /** The newest day staff closed the clinic (it counts only on that day); empty when none. */
    public Optional<Closed> newestClosure() {
        return read("read the day the clinic is closed", c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT closed_on, reasons, closed_by, closed_at FROM clinic_closures ORDER BY closed_on DESC")) {
                p.setMaxRows(1);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Closed(r.getObject(1, LocalDate.class), reasons(r.getString(2)), r.getString(3),
                            instant(r, "closed_at")));
                }
            }
        });
    }

    /** Closes the clinic for the rest of {@code day}, replacing a closure of that day. */
    public void close(Closed closed) {
        read("close the clinic for the day", c -> {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM clinic_closures WHERE closed_on = ?");
                     PreparedStatement insert = c.prepareStatement("INSERT INTO clinic_closures (closed_on, reasons, closed_by,"
                             + " closed_at) VALUES (?, ?, ?, ?)")) {
                    delete.setObject(1, closed.day());
                    delete.executeUpdate();
                    insert.setObject(1, closed.day());
                    insert.setString(2, JSON.writeValueAsString(closed.reasons()));
                    insert.setString(3, cut(closed.by(), AUTHOR_CHARS));
                    insert.setObject(4, OffsetDateTime.ofInstant(closed.at(), ZoneOffset.UTC));
                    insert.executeUpdate();
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                c.commit();
                sync(c);
                return null;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        });
    }

    /** Opens the clinic again on {@code day}: its closure is gone. @return whether it was closed */
    public boolean reopen(LocalDate day) {
        return read("open the clinic again", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM clinic_closures WHERE closed_on <= ?")) {
                p.setObject(1, day);
                boolean was = p.executeUpdate() > 0;
                sync(c);
                return was;
            }
        });
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(String what, Query<T> query) {
        try (Connection c = pool.connection()) {
            return query.run(c);
        } catch (SQLException e) {
            throw StoreException.of(what, pool.database().describe(), e);
        }
    }

    /** The embedded database has written the commit (WRITE_DELAY=0); this makes the disk itself hold it. */
    private void sync(Connection c) throws SQLException {
        if (!pool.database().isPostgres()) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }

    private static Optional<Version> find(Connection c, int number) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM prompt_versions WHERE number = ?")) {
            p.setInt(1, number);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(version(r)) : Optional.empty();
            }
        }
    }

    /** The versions through the connection that holds the lock. */
    private static final class InLock implements Locked {
        private final Connection c;

        InLock(Connection c) {
            this.c = c;
        }

        @Override
        public Optional<Version> newestPublished() throws SQLException {
            return first("SELECT " + COLUMNS + " FROM prompt_versions WHERE status = ? ORDER BY number DESC",
                    Status.PUBLISHED.code());
        }

        @Override
        public Optional<Version> newest(String origin) throws SQLException {
            return first("SELECT " + COLUMNS + " FROM prompt_versions WHERE origin = ? ORDER BY number DESC", origin);
        }

        @Override
        public Optional<Version> find(int number) throws SQLException {
            return PromptVersionStore.find(c, number);
        }

        private Optional<Version> first(String sql, String value) throws SQLException {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setMaxRows(1);
                p.setString(1, value);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(version(r)) : Optional.empty();
                }
            }
        }

        @Override
        public int add(NewVersion v, Instant at) throws SQLException {
            int number;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(number) FROM prompt_versions")) {
                number = (r.next() ? r.getInt(1) : 0) + 1;
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO prompt_versions (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
                p.setInt(1, number);
                p.setString(2, v.status().code());
                p.setString(3, v.origin());
                p.setString(4, cut(v.author(), AUTHOR_CHARS));
                p.setString(5, v.note() == null || v.note().isBlank() ? null : cut(v.note(), NOTE_CHARS));
                p.setObject(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                p.setString(7, v.fingerprint());
                if (v.basedOn() == null) {
                    p.setNull(8, Types.INTEGER);
                } else {
                    p.setInt(8, v.basedOn());
                }
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO prompt_files (version, name, text) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> file : v.files().entrySet()) {
                    p.setInt(1, number);
                    p.setString(2, file.getKey());
                    p.setString(3, file.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return number;
        }

        @Override
        public void reviewed(int number, Instant at) throws SQLException {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE prompt_versions SET reviewed_at = ? WHERE number = ? AND reviewed_at IS NULL")) {
                p.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                p.setInt(2, number);
                p.executeUpdate();
            }
        }

        @Override
        public void reviewedBelow(String origin, int number, Instant at) throws SQLException {
            try (PreparedStatement p = c.prepareStatement("UPDATE prompt_versions SET reviewed_at = ? WHERE origin = ?"
                    + " AND status = ? AND number < ? AND reviewed_at IS NULL")) {
                p.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                p.setString(2, origin);
                p.setString(3, Status.DRAFT.code());
                p.setInt(4, number);
                p.executeUpdate();
            }
        }
    }

    private static Version version(ResultSet r) throws SQLException {
        int basedOn = r.getInt("based_on");
        Integer based = r.wasNull() ? null : basedOn;
        return new Version(r.getInt("number"), Status.of(r.getString("status")), r.getString("origin"),
                r.getString("author"), r.getString("note"), instant(r, "created_at"), r.getString("fingerprint"), based,
                instant(r, "reviewed_at"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Map<String, String> reasons(String json) {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static String cut(String value, int chars) {
        String v = value == null ? "" : value.strip();
        return v.length() <= chars ? v : v.substring(0, chars);
    }
}
