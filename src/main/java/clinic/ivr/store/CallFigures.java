package clinic.ivr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the dashboard and the export read about the calls. Each figure is one query over a range of days
 * in the clinic's time zone, answered from the day's figures the call writer keeps ({@link CallDays}):
 * a few rows a day, however many calls the line takes.
 */
public final class CallFigures {

    /** A count for one day: of calls by how they ended, of answers by topic, of hang-ups by menu. */
    public record DayCount(LocalDate day, String key, int count) {}

    /** Calls that started in one hour of one day, when the front desk was open or not. */
    public record HourCount(LocalDate day, int hour, boolean inHours, int count) {}

    /** One call, as the export lists it; the steps are what the caller heard, in order. */
    public record Call(String callSid, Instant started, Instant ended, Integer seconds, String language, boolean slow,
                       String caller, String ending, String place, List<Heard> steps) {

        Call withSteps(List<Heard> heard) {
            return new Call(callSid, started, ended, seconds, language, slow, caller, ending, place, List.copyOf(heard));
        }
    }

    /** One step a caller heard: its kind ("menu", "answer", "front-desk" ...) and its menu or topic. */
    public record Heard(String step, String node) {}

    private final ConnectionPool pool;

    public CallFigures(ConnectionPool pool) {
        this.pool = pool;
    }

    /** Calls a day, by how they ended (the key is the ending's code, or empty while unknown). */
    public List<DayCount> endings(LocalDate from, LocalDate to) {
        return days("SELECT started_day, ending, SUM(calls) FROM call_day_endings WHERE started_day BETWEEN ? AND ?"
                + " GROUP BY started_day, ending HAVING SUM(calls) > 0", from, to, "count the calls");
    }

    /**
     * What callers asked a day, by topic: answers started (the first part: hearing it through counts once),
     * and questions the line hands to the front desk, directions included, by their step's name.
     */
    public List<DayCount> topics(LocalDate from, LocalDate to) {
        return days("SELECT heard_day, topic, times FROM call_day_topics WHERE heard_day BETWEEN ? AND ? AND times > 0",
                from, to, "count the topics");
    }

    /** Calls a day that ended with a hang-up in a menu, by the menu. */
    public List<DayCount> hangUps(LocalDate from, LocalDate to) {
        return days("SELECT started_day, place, calls FROM call_day_endings WHERE started_day BETWEEN ? AND ?"
                + " AND ending = 'hung-up-in-menu' AND calls > 0", from, to, "count the hang-ups");
    }

    /** Calls by the hour of the day they started in, and whether the front desk was open then. */
    public List<HourCount> hours(LocalDate from, LocalDate to) {
        try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT started_day, started_hour, in_hours, calls FROM call_day_hours WHERE started_day BETWEEN ? AND ?"
                        + " AND calls > 0")) {
            p.setObject(1, from);
            p.setObject(2, to);
            List<HourCount> counts = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    counts.add(new HourCount(SqlCallStore.day(r, 1), r.getInt(2), r.getBoolean(3), r.getInt(4)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw StoreException.of("count the calls by hour", pool.database().describe(), e);
        }
    }

    /**
     * Callers (by their hashed number) who called more than once in the range: each counted on their first day
     * in it (none before it in the range), when they called twice that day or again on a later day of it.
     */
    public int repeatCallers(LocalDate from, LocalDate to) {
        try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*) FROM call_day_callers WHERE started_day BETWEEN ? AND ?"
                        + " AND (previous_day IS NULL OR previous_day < ?) AND (calls > 1 OR next_day <= ?)")) {
            p.setObject(1, from);
            p.setObject(2, to);
            p.setObject(3, from);
            p.setObject(4, to);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw StoreException.of("count the repeat callers", pool.database().describe(), e);
        }
    }

    /**
     * The calls that started in [from, to), oldest first, each with the steps its caller heard, handed to
     * {@code each} a page of {@link Pages#SIZE} calls at a time: an export of a year of a busy line needs the
     * memory of one page, and no connection is held while {@code each} writes to a slow download.
     */
    public void eachBetween(Instant from, Instant to, Consumer<Call> each) {
        Pages.each(last -> page(from, to, last.map(Call::started).orElse(from),
                last.map(Call::callSid).orElse("")), each);
    }

    /** The next page of calls after (afterStarted, afterSid) in the order of their start, then their sid. */
    private List<Call> page(Instant from, Instant to, Instant afterStarted, String afterSid) {
        try (Connection c = pool.connection()) {
            List<Call> calls = callsAfter(c, from, to, afterStarted, afterSid);
            Map<String, List<Heard>> steps = calls.isEmpty() ? Map.of() : stepsOf(c, calls);
            return calls.stream().map(call -> call.withSteps(steps.getOrDefault(call.callSid(), List.of()))).toList();
        } catch (SQLException e) {
            throw StoreException.of("read the calls to export", pool.database().describe(), e);
        }
    }

    private static List<Call> callsAfter(Connection c, Instant from, Instant to, Instant afterStarted, String afterSid)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT call_sid, started_at, ended_at, duration_seconds,"
                + " language, slow, caller_masked, ending, ending_place FROM calls"
                + " WHERE started_at >= ? AND started_at < ? AND (started_at > ? OR (started_at = ? AND call_sid > ?))"
                + " ORDER BY started_at, call_sid LIMIT " + Pages.SIZE)) {
            p.setObject(1, SqlCallStore.utc(from));
            p.setObject(2, SqlCallStore.utc(to));
            p.setObject(3, SqlCallStore.utc(afterStarted));
            p.setObject(4, SqlCallStore.utc(afterStarted));
            p.setString(5, afterSid);
            List<Call> calls = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    int seconds = r.getInt(4);
                    Integer duration = r.wasNull() ? null : seconds;
                    calls.add(new Call(r.getString(1), instant(r, 2), instant(r, 3), duration, r.getString(5),
                            r.getBoolean(6), r.getString(7), r.getString(8), r.getString(9), List.of()));
                }
            }
            return calls;
        }
    }

    /** The steps each of these calls' callers heard, in order. */
    private static Map<String, List<Heard>> stepsOf(Connection c, List<Call> calls) throws SQLException {
        String sids = String.join(",", Collections.nCopies(calls.size(), "?"));
        try (PreparedStatement p = c.prepareStatement("SELECT call_sid, step, node FROM call_events"
                + " WHERE call_sid IN (" + sids + ") ORDER BY call_sid, heard_at, id")) {
            for (int i = 0; i < calls.size(); i++) {
                p.setString(i + 1, calls.get(i).callSid());
            }
            Map<String, List<Heard>> steps = new HashMap<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    steps.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new Heard(r.getString(2), r.getString(3)));
                }
            }
            return steps;
        }
    }

    private List<DayCount> days(String sql, LocalDate from, LocalDate to, String what) {
        try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, from);
            p.setObject(2, to);
            List<DayCount> counts = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String key = r.getString(2);
                    counts.add(new DayCount(SqlCallStore.day(r, 1), key == null ? "" : key, r.getInt(3)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw StoreException.of(what, pool.database().describe(), e);
        }
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
