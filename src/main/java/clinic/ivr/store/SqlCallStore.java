package clinic.ivr.store;

import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.CallEvent;
import clinic.ivr.desk.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The calls in the line's database: a row a call (when it started, how it ended, the caller's number
 * as a salted hash and masked) and, in order, each step the caller heard. Written in batches by the
 * {@link CallWriter}; read by {@link CallFigures}; kept for the retention period ({@link #purge}).
 */
public final class SqlCallStore implements CallWriter.Sink {

    /** The secret the callers' numbers are hashed with, kept in {@code line_secrets}. */
    public static final String CALLER_SALT = "caller-hash";

    private final ConnectionPool pool;
    private final Supplier<byte[]> salt;
    private final FileCompaction upkeep;
    private volatile byte[] key;

    /** @param pool the line's database, whose {@link Schema} has the calls' tables */
    public SqlCallStore(ConnectionPool pool) {
        this(pool, () -> new SharedSecrets(pool).get(CALLER_SALT), FileCompaction.of(pool.database()));
    }

    SqlCallStore(ConnectionPool pool, Supplier<byte[]> salt, FileCompaction upkeep) {
        this.pool = pool;
        this.salt = salt;
        this.upkeep = upkeep;
    }

    /** Writes the events in one transaction: all of them, or none (and the writer tries again). */
    @Override
    public void write(List<CallEvent> batch) {
        try (Connection c = pool.connection()) {
            c.setAutoCommit(false);
            try {
                CallDays.lock(c);
                Map<String, String> hashes = new HashMap<>();
                for (CallEvent e : batch) {
                    if (!exists(c, e.callSid())) {
                        insertCall(c, e, hashes);
                    } else {
                        updateCall(c, e);
                    }
                    if (e.step().isPresent()) {
                        insertStep(c, e);
                    }
                    if (e.ending().isPresent()) {
                        ending(c, e, e.ending().get());
                    }
                    if (e.duration().isPresent()) {
                        ended(c, e, e.duration().get());
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            upkeep.written(c, batch.size());
        } catch (SQLException e) {
            throw StoreException.of("write " + batch.size() + " call events", pool.database().describe(), e);
        }
    }

    private static boolean exists(Connection c, String callSid) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM calls WHERE call_sid = ?")) {
            p.setString(1, callSid);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private void insertCall(Connection c, CallEvent e, Map<String, String> hashes) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO calls (call_sid, started_at, started_day,"
                + " started_hour, in_hours, language, slow, caller_hash, caller_masked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            CallEvent.Start start = e.start();
            p.setString(1, e.callSid());
            p.setObject(2, utc(start.at()));
            p.setObject(3, start.day());
            p.setInt(4, start.hour());
            p.setBoolean(5, start.inHours());
            text(p, 6, e.language());
            p.setBoolean(7, e.slow());
            boolean known = e.caller() != null && !e.caller().isBlank();
            String hash = known ? hashes.computeIfAbsent(e.caller(), this::hash) : null;
            text(p, 8, hash);
            text(p, 9, known ? PhoneNumber.mask(e.caller()) : null);
            p.executeUpdate();
            CallDays.started(c, start, Optional.ofNullable(hash));
        }
    }

    /** The language the caller uses now; slow once they asked for it. */
    private static void updateCall(Connection c, CallEvent e) throws SQLException {
        if (e.step().isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE calls SET language = COALESCE(?, language),"
                + " slow = CASE WHEN ? THEN TRUE ELSE slow END WHERE call_sid = ?")) {
            text(p, 1, e.language());
            p.setBoolean(2, e.slow());
            p.setString(3, e.callSid());
            p.executeUpdate();
        }
    }

    private static void insertStep(Connection c, CallEvent e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO call_events (call_sid, heard_at, heard_day, step,"
                + " node, part) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, e.callSid());
            p.setObject(2, utc(e.at()));
            p.setObject(3, e.start().day());
            p.setString(4, e.step().orElseThrow());
            text(p, 5, e.node());
            p.setInt(6, e.part());
            p.executeUpdate();
        }
        CallDays.heard(c, e.start().day(), e.step().orElseThrow(), e.node(), e.part());
    }

    /** The latest event that says how the call ended wins, whatever order instances write them in. */
    private static void ending(Connection c, CallEvent e, CallEnding.Where where) throws SQLException {
        LocalDate day;
        String was;
        String wasPlace;
        try (PreparedStatement p = c.prepareStatement("SELECT started_day, COALESCE(ending, ''),"
                + " COALESCE(ending_place, '') FROM calls WHERE call_sid = ? AND (ending_at IS NULL OR ending_at <= ?)")) {
            p.setString(1, e.callSid());
            p.setObject(2, utc(e.at()));
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return; // a later event already said how it ended
                }
                day = day(r, 1);
                was = r.getString(2);
                wasPlace = r.getString(3);
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE calls SET ending = ?, ending_place = ?, ending_at = ?"
                + " WHERE call_sid = ?")) {
            p.setString(1, where.ending().code());
            text(p, 2, where.place());
            p.setObject(3, utc(e.at()));
            p.setString(4, e.callSid());
            p.executeUpdate();
        }
        CallDays.endingChanged(c, day, was, wasPlace, where);
    }

    private static void ended(Connection c, CallEvent e, int seconds) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE calls SET ended_at = ?, duration_seconds = ? WHERE call_sid = ?")) {
            p.setObject(1, utc(e.at()));
            p.setInt(2, seconds);
            p.setString(3, e.callSid());
            p.executeUpdate();
        }
    }

    /**
     * Deletes the calls that started before {@code before}, with what their callers heard.
     *
     * @return how many calls went
     */
    public int purge(Instant before) {
        try (Connection c = pool.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement touched = c.prepareStatement("SELECT MAX(d) FROM (SELECT MAX(started_day) d FROM calls"
                    + " WHERE started_at < ? UNION ALL SELECT MAX(heard_day) FROM call_events WHERE heard_at < ?) t");
                 PreparedStatement events = c.prepareStatement("DELETE FROM call_events WHERE heard_at < ?"
                    + " OR call_sid IN (SELECT call_sid FROM calls WHERE started_at < ?)");
                 PreparedStatement calls = c.prepareStatement("DELETE FROM calls WHERE started_at < ?")) {
                CallDays.lock(c);
                touched.setObject(1, utc(before));
                touched.setObject(2, utc(before));
                LocalDate lastDay;
                try (ResultSet r = touched.executeQuery()) {
                    r.next();
                    lastDay = day(r, 1);
                }
                events.setObject(1, utc(before));
                events.setObject(2, utc(before));
                events.executeUpdate();
                calls.setObject(1, utc(before));
                int gone = calls.executeUpdate();
                if (lastDay != null) {
                    // the last day purged may keep some of its calls: its figures are what is left
                    CallDays.recount(c, lastDay);
                }
                c.commit();
                return gone;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreException.of("delete old calls", pool.database().describe(), e);
        }
    }

    /** The caller's number, hashed with the line's secret salt: the same caller, the same hash, and no way back. */
    private String hash(String caller) {
        byte[] k = key;
        if (k == null) {
            k = salt.get();
            key = k;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(k, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(caller.strip().getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static void text(PreparedStatement p, int index, String value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.VARCHAR);
        } else {
            p.setString(index, value);
        }
    }

    static LocalDate day(ResultSet r, int column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }
}
