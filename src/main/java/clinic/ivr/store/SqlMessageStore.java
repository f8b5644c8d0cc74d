package clinic.ivr.store;

import clinic.ivr.desk.Message;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Messages in a SQL database: the embedded H2 file by default, PostgreSQL when several instances
 * share one store. Plain JDBC and portable SQL over the database's {@link ConnectionPool}; the
 * {@link Schema} is brought up to date at start.
 */
public final class SqlMessageStore implements MessageStore {

    private static final String COLUMNS = "id, recording_sid, call_sid, caller, caller_language, topic, received_at,"
            + " recording_url, duration_seconds, transcription, transcription_status, status, called_back_at";
    /** Callbacks fill in what is missing; a transcription, when it comes, is the newest word. */
    private static final String UPDATE = "UPDATE messages SET call_sid = COALESCE(call_sid, ?),"
            + " caller = COALESCE(caller, ?), caller_language = COALESCE(caller_language, ?),"
            + " topic = COALESCE(topic, ?), recording_url = COALESCE(recording_url, ?),"
            + " duration_seconds = COALESCE(duration_seconds, ?), transcription = COALESCE(?, transcription),"
            + " transcription_status = COALESCE(?, transcription_status) WHERE recording_sid = ?";
    private static final String INSERT = "INSERT INTO messages (call_sid, caller, caller_language, topic, recording_url,"
            + " duration_seconds, transcription, transcription_status, recording_sid, received_at, status)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new')";
    private static final String UNIQUE_VIOLATION = "23505";

    private final ConnectionPool pool;
    /** The pool is this store's own, closed with it. */
    private final boolean owned;

    /**
     * Brings the schema up to date on a pool the line shares with the other users of its database;
     * throws {@link StoreException} when the database cannot be used.
     */
    public SqlMessageStore(ConnectionPool pool) {
        this(pool, false);
    }

    /** On a pool of its own, closed with the store. */
    public SqlMessageStore(Database database) {
        this(ConnectionPool.open(database), true);
    }

    private SqlMessageStore(ConnectionPool pool, boolean owned) {
        this.pool = pool;
        this.owned = owned;
        try {
            Schema.migrate(pool);
        } catch (SQLException e) {
            if (owned) {
                pool.close();
            }
            // opening fails for reasons an operator must read (refused, wrong password, locked), never a caller's data
            throw new StoreException("cannot open the message store at " + pool.database().describe() + ": "
                    + e.getMessage(), e);
        }
    }

    public ConnectionPool pool() {
        return pool;
    }

    /** The schema's version, for checks. */
    public int schemaVersion() {
        try {
            return Schema.version(pool);
        } catch (SQLException e) {
            throw failed("read the schema version", e);
        }
    }

    /** Returns once the message is committed, and on the embedded database, forced to the disk. */
    @Override
    public void record(Message m) {
        try (Connection c = pool.connection()) {
            merge(c, m);
            if (!pool.database().isPostgres()) {
                // WRITE_DELAY=0 has written the commit; this makes the disk itself hold it
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
            }
        } catch (SQLException e) {
            throw failed("store the message " + m.recordingSid(), e);
        }
    }

    private static void merge(Connection c, Message m) throws SQLException {
        if (update(c, m) > 0) {
            return;
        }
        try {
            insert(c, m);
        } catch (SQLException e) {
            // another callback about the same recording got there first: merge into its row
            if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || update(c, m) == 0) {
                throw e;
            }
        }
    }

    private static int update(Connection c, Message m) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(UPDATE)) {
            fields(p, m);
            p.setString(9, m.recordingSid());
            return p.executeUpdate();
        }
    }

    private static void insert(Connection c, Message m) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            fields(p, m);
            p.setString(9, m.recordingSid());
            p.setObject(10, OffsetDateTime.ofInstant(m.receivedAt(), ZoneOffset.UTC));
            p.executeUpdate();
        }
    }

    private static void fields(PreparedStatement p, Message m) throws SQLException {
        text(p, 1, m.callSid());
        text(p, 2, m.caller());
        text(p, 3, m.language());
        text(p, 4, m.topic());
        text(p, 5, m.recordingUrl());
        if (m.seconds() == null) {
            p.setNull(6, Types.INTEGER);
        } else {
            p.setInt(6, m.seconds());
        }
        text(p, 7, m.transcription());
        text(p, 8, m.transcriptionStatus());
    }

    private static void text(PreparedStatement p, int index, String value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.VARCHAR);
        } else {
            p.setString(index, value);
        }
    }

    @Override
    public List<Message> list() {
        try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM messages ORDER BY received_at DESC, id DESC");
             ResultSet r = p.executeQuery()) {
            List<Message> messages = new ArrayList<>();
            while (r.next()) {
                messages.add(message(r));
            }
            return messages;
        } catch (SQLException e) {
            throw failed("list the messages", e);
        }
    }

    @Override
    public Optional<Message> find(long id) {
        try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM messages WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(message(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read message " + id, e);
        }
    }

    @Override
    public boolean markCalledBack(long id, Instant at) {
        try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement(
                "UPDATE messages SET status = ?, called_back_at = COALESCE(called_back_at, ?) WHERE id = ?")) {
            p.setString(1, Message.Status.CALLED_BACK.code());
            p.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            p.setLong(3, id);
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed("mark message " + id + " called back", e);
        }
    }

    private static Message message(ResultSet r) throws SQLException {
        int seconds = r.getInt("duration_seconds");
        Integer duration = r.wasNull() ? null : seconds;
        return new Message(r.getLong("id"), r.getString("recording_sid"), r.getString("call_sid"),
                r.getString("caller"), r.getString("caller_language"), r.getString("topic"),
                instant(r, "received_at"), r.getString("recording_url"), duration, r.getString("transcription"),
                r.getString("transcription_status"), Message.Status.of(r.getString("status")),
                instant(r, "called_back_at"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private StoreException failed(String what, SQLException e) {
        return StoreException.of(what, pool.database().describe(), e);
    }

    @Override
    public void close() {
        if (owned) {
            pool.close();
        }
    }
}
