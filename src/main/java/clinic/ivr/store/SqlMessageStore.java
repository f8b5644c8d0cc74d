package clinic.ivr.store;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.MessageQuery;
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
import java.util.function.Consumer;

/**
 * Messages in a SQL database: the embedded H2 file by default, PostgreSQL when several instances
 * share one store. Plain JDBC and portable SQL over the database's {@link ConnectionPool}; the
 * {@link Schema} is brought up to date at start.
 */
public final class SqlMessageStore implements MessageStore {

    private static final String COLUMNS = "id, recording_sid, call_sid, caller, caller_language, topic, received_at,"
            + " recording_url, duration_seconds, transcription, transcription_status, status, called_back_at,"
            + " called_back_by, notes";
    private static final String NEWEST_FIRST = " ORDER BY received_at DESC, id DESC";
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
            pool.connection().close(); // the pool's first connection brings the schema up to date
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
                "SELECT " + COLUMNS + " FROM messages" + NEWEST_FIRST)) {
            return messages(p);
        } catch (SQLException e) {
            throw failed("list the messages", e);
        }
    }

    @Override
    public MessageQuery.Found search(MessageQuery query) {
        List<Object> values = new ArrayList<>();
        String where = where(query, values);
        try (Connection c = pool.connection()) {
            int total;
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM messages" + where)) {
                bind(p, values);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    total = r.getInt(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM messages" + where + NEWEST_FIRST
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                List<Object> paged = new ArrayList<>(values);
                paged.add(query.offset());
                paged.add(MessageQuery.PAGE_SIZE);
                bind(p, paged);
                return new MessageQuery.Found(query, messages(p), total);
            }
        } catch (SQLException e) {
            throw failed("search the messages", e);
        }
    }

    /**
     * The WHERE clause of a query, its values added to {@code values}: the filter, the caller's number
     * holding the digits typed, or every word in the transcription or the notes.
     */
    private static String where(MessageQuery query, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        if (query.show() != MessageQuery.Show.ALL) {
            conditions.add("status = ?");
            values.add(query.show() == MessageQuery.Show.NEW ? Message.Status.NEW.code() : Message.Status.CALLED_BACK.code());
        }
        query.digits().ifPresent(digits -> {
            conditions.add("caller LIKE ?");
            values.add("%" + digits + "%");
        });
        for (String word : query.words()) {
            conditions.add("(LOWER(COALESCE(transcription, '')) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(COALESCE(notes, '')) LIKE ? ESCAPE '\\')");
            String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            values.add(like);
            values.add(like);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(PreparedStatement p, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Integer n) {
                p.setInt(i + 1, n);
            } else if (v instanceof Instant t) {
                p.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
            } else {
                p.setString(i + 1, (String) v);
            }
        }
    }

    @Override
    public void eachReceivedBetween(Instant from, Instant to, Consumer<Message> each) {
        Pages.each(last -> receivedAfter(from, to, last.map(Message::receivedAt).orElse(from),
                last.map(Message::id).orElse(Long.MIN_VALUE)), each);
    }

    /** The next page of messages after (afterReceived, afterId) in the order they were received. */
    private List<Message> receivedAfter(Instant from, Instant to, Instant afterReceived, long afterId) {
        try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
                + " FROM messages WHERE received_at >= ? AND received_at < ?"
                + " AND (received_at > ? OR (received_at = ? AND id > ?)) ORDER BY received_at, id LIMIT " + Pages.SIZE)) {
            bind(p, List.of(from, to, afterReceived, afterReceived));
            p.setLong(5, afterId);
            return messages(p);
        } catch (SQLException e) {
            throw failed("read the messages to export", e);
        }
    }

    private static List<Message> messages(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            List<Message> messages = new ArrayList<>();
            while (r.next()) {
                messages.add(message(r));
            }
            return messages;
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
    public Unanswered unanswered() {
        try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*), MIN(received_at) FROM messages WHERE status = ?")) {
            p.setString(1, Message.Status.NEW.code());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                OffsetDateTime oldest = r.getObject(2, OffsetDateTime.class);
                return new Unanswered(r.getInt(1), Optional.ofNullable(oldest).map(OffsetDateTime::toInstant));
            }
        } catch (SQLException e) {
            throw failed("count the new messages", e);
        }
    }

    @Override
    public boolean markCalledBack(long id, Instant at, String by) {
        String name = Message.cut(by == null || by.isBlank() ? null : by.strip(), Message.NAME_CHARS);
        return change(id, "mark message " + id + " called back", "UPDATE messages SET status = ?, called_back_at = ?,"
                + " called_back_by = ? WHERE id = ? AND status <> ?", p -> {
                    p.setString(1, Message.Status.CALLED_BACK.code());
                    p.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    text(p, 3, name);
                    p.setLong(4, id);
                    p.setString(5, Message.Status.CALLED_BACK.code());
                });
    }

    @Override
    public boolean markNew(long id) {
        return change(id, "mark message " + id + " new", "UPDATE messages SET status = ?, called_back_at = NULL,"
                + " called_back_by = NULL WHERE id = ?", p -> {
                    p.setString(1, Message.Status.NEW.code());
                    p.setLong(2, id);
                });
    }

    @Override
    public boolean note(long id, String notes) {
        String text = Message.cut(notes == null || notes.isBlank() ? null : notes.strip(), Message.NOTES_CHARS);
        return change(id, "note on message " + id, "UPDATE messages SET notes = ? WHERE id = ?", p -> {
            text(p, 1, text);
            p.setLong(2, id);
        });
    }

    private interface Binding {
        void bind(PreparedStatement p) throws SQLException;
    }

    /** Runs an update of one message; true when the message exists (changed now, or already so). */
    private boolean change(long id, String what, String sql, Binding binding) {
        try (Connection c = pool.connection()) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                binding.bind(p);
                if (p.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM messages WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            }
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    private static Message message(ResultSet r) throws SQLException {
        int seconds = r.getInt("duration_seconds");
        Integer duration = r.wasNull() ? null : seconds;
        return new Message(r.getLong("id"), r.getString("recording_sid"), r.getString("call_sid"),
                r.getString("caller"), r.getString("caller_language"), r.getString("topic"),
                instant(r, "received_at"), r.getString("recording_url"), duration, r.getString("transcription"),
                r.getString("transcription_status"), Message.Status.of(r.getString("status")),
                instant(r, "called_back_at"), r.getString("called_back_by"), r.getString("notes"));
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
