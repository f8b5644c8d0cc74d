package clinic.ivr.store;

import clinic.ivr.desk.CallEvent;
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
import java.util.HexFormat;
import java.util.List;
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
        // the salt is read on a connection of its own: before the write takes one, never while it holds one
        byte[] k = batch.isEmpty() ? null : key();
        try (Connection c = pool.connection()) {
            c.setAutoCommit(false);
            try {
                CallDays.lock(c);
                new CallBatch(c, caller -> hash(k, caller)).write(batch);
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

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = salt.get();
            key = k;
        }
        return k;
    }

    /** The caller's number, hashed with the line's secret salt: the same caller, the same hash, and no way back. */
    private static String hash(byte[] key, String caller) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
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
