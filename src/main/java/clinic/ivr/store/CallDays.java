package clinic.ivr.store;

import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.CallEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A day's figures, kept beside the calls so the dashboard reads a few rows a day instead of every call:
 * calls by how they ended and where, by hour, the topics asked, and each caller's days (to count repeat
 * callers). The call writer changes them in the same transaction as the calls ({@link SqlCallStore}),
 * one writer at a time ({@code call_lock}); the retention purge counts the oldest day left again from
 * its rows. A caller's days are linked (the day before and after it on which that caller called), so a
 * caller who called more than once in a range is counted from one row: their first day in the range.
 */
final class CallDays {

    /** Questions the line hands to the front desk are counted by their step's name, answers by their topic. */
    private static final String TOPIC = "COALESCE(CASE WHEN step IN ('answer', 'hours') THEN node ELSE step END, '')";
    private static final String ASKED = "(step IN ('answer', 'hours') AND part = 1 OR step IN ('ask-the-desk', 'directions'))";

    /** Counts the days up to a day (the placeholder {@code %1$s}) again from the calls' rows. */
    private static final List<String> RECOUNT = List.of(
            "DELETE FROM call_day_endings WHERE started_day <= %1$s",
            "INSERT INTO call_day_endings (started_day, ending, place, calls) SELECT started_day, COALESCE(ending, ''),"
                    + " COALESCE(ending_place, ''), COUNT(*) FROM calls WHERE started_day <= %1$s"
                    + " GROUP BY started_day, COALESCE(ending, ''), COALESCE(ending_place, '')",
            "DELETE FROM call_day_hours WHERE started_day <= %1$s",
            "INSERT INTO call_day_hours (started_day, started_hour, in_hours, calls) SELECT started_day, started_hour,"
                    + " in_hours, COUNT(*) FROM calls WHERE started_day <= %1$s GROUP BY started_day, started_hour, in_hours",
            "DELETE FROM call_day_topics WHERE heard_day <= %1$s",
            "INSERT INTO call_day_topics (heard_day, topic, times) SELECT heard_day, " + TOPIC + ", COUNT(*)"
                    + " FROM call_events WHERE heard_day <= %1$s AND " + ASKED + " GROUP BY heard_day, " + TOPIC,
            "DELETE FROM call_day_callers WHERE started_day <= %1$s",
            "INSERT INTO call_day_callers (caller_hash, started_day, calls, previous_day, next_day)"
                    + " SELECT caller_hash, started_day, COUNT(*),"
                    + " LAG(started_day) OVER (PARTITION BY caller_hash ORDER BY started_day),"
                    + " LEAD(started_day) OVER (PARTITION BY caller_hash ORDER BY started_day)"
                    + " FROM calls WHERE started_day <= %1$s AND caller_hash IS NOT NULL GROUP BY caller_hash, started_day",
            // the links across the day counted again, both ways
            "UPDATE call_day_callers SET next_day = (SELECT MIN(x.started_day) FROM call_day_callers x"
                    + " WHERE x.caller_hash = call_day_callers.caller_hash AND x.started_day > %1$s)"
                    + " WHERE started_day <= %1$s AND next_day IS NULL",
            "UPDATE call_day_callers SET previous_day = (SELECT MAX(x.started_day) FROM call_day_callers x"
                    + " WHERE x.caller_hash = call_day_callers.caller_hash AND x.started_day <= %1$s)"
                    + " WHERE started_day > %1$s AND previous_day <= %1$s");

    /** The tables, and their figures from the calls recorded before them. */
    static final List<String> MIGRATION = migration();

    private CallDays() {}

    private static List<String> migration() {
        List<String> sql = new ArrayList<>(List.of("""
                CREATE TABLE IF NOT EXISTS call_day_endings (
                  started_day DATE NOT NULL,
                  ending VARCHAR(20) NOT NULL,
                  place VARCHAR(256) NOT NULL,
                  calls INTEGER NOT NULL,
                  PRIMARY KEY (started_day, ending, place)
                )""", """
                CREATE TABLE IF NOT EXISTS call_day_hours (
                  started_day DATE NOT NULL,
                  started_hour SMALLINT NOT NULL,
                  in_hours BOOLEAN NOT NULL,
                  calls INTEGER NOT NULL,
                  PRIMARY KEY (started_day, started_hour, in_hours)
                )""", """
                CREATE TABLE IF NOT EXISTS call_day_topics (
                  heard_day DATE NOT NULL,
                  topic VARCHAR(256) NOT NULL,
                  times INTEGER NOT NULL,
                  PRIMARY KEY (heard_day, topic)
                )""", """
                CREATE TABLE IF NOT EXISTS call_day_callers (
                  caller_hash VARCHAR(64) NOT NULL,
                  started_day DATE NOT NULL,
                  calls INTEGER NOT NULL,
                  previous_day DATE,
                  next_day DATE,
                  PRIMARY KEY (caller_hash, started_day)
                )""",
                // repeat callers are counted from this index alone
                "CREATE INDEX IF NOT EXISTS call_day_callers_day ON call_day_callers (started_day, previous_day, next_day, calls)",
                "CREATE TABLE IF NOT EXISTS call_lock (id INTEGER PRIMARY KEY)",
                "INSERT INTO call_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM call_lock)"));
        RECOUNT.forEach(s -> sql.add(String.format(s, "DATE '9999-12-31'")));
        return List.copyOf(sql);
    }

    /** Waits for any other writer of calls (another instance on the same database) until this transaction ends. */
    static void lock(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM call_lock WHERE id = 1 FOR UPDATE");
             ResultSet r = p.executeQuery()) {
            r.next();
        }
    }

    /**
     * The changes a batch of call events makes to the days' figures, summed in memory first so that a
     * busy line adds to each figure once per batch rather than once per event.
     */
    static final class Tally {

        private record Figure(String table, String count, List<String> keys, List<Object> values) {}

        private final Map<Figure, Integer> changes = new LinkedHashMap<>();

        /** A new call: its hour, and an ending not known yet. */
        void started(CallEvent.Start start) {
            change("call_day_hours", "calls", List.of("started_day", "started_hour", "in_hours"),
                    List.of(start.day(), start.hour(), start.inHours()), 1);
            ended(start.day(), "", "", 1);
        }

        /** A call's ending changed, from (was, wasPlace) to now; empty for none. */
        void endingChanged(LocalDate day, String was, String wasPlace, CallEnding.Where now) {
            String ending = now.ending().code();
            String place = now.place() == null ? "" : now.place();
            if (!(ending.equals(was) && place.equals(wasPlace))) {
                ended(day, was, wasPlace, -1);
                ended(day, ending, place, 1);
            }
        }

        /** A step the caller heard, counted when it is a question they asked. */
        void heard(LocalDate day, String step, String node, int part) {
            boolean answer = step.equals("answer") || step.equals("hours");
            if (answer && part == 1 || step.equals("ask-the-desk") || step.equals("directions")) {
                String topic = answer ? node : step;
                change("call_day_topics", "times", List.of("heard_day", "topic"), List.of(day, topic == null ? "" : topic), 1);
            }
        }

        /** Adds what was summed to the days' rows, creating the rows that are new. */
        void add(Connection c) throws SQLException {
            for (Map.Entry<Figure, Integer> change : changes.entrySet()) {
                Figure f = change.getKey();
                if (change.getValue() != 0) {
                    CallDays.add(c, f.table(), f.count(), f.keys().toArray(String[]::new), f.values().toArray(),
                            change.getValue());
                }
            }
            changes.clear();
        }

        private void ended(LocalDate day, String ending, String place, int by) {
            change("call_day_endings", "calls", List.of("started_day", "ending", "place"), List.of(day, ending, place), by);
        }

        private void change(String table, String count, List<String> keys, List<Object> values, int by) {
            changes.merge(new Figure(table, count, keys, values), by, Integer::sum);
        }
    }

    /** After the purge: the days up to the last one it touched, counted again from what is left. */
    static void recount(Connection c, LocalDate upTo) throws SQLException {
        for (String template : RECOUNT) {
            String sql = String.format(template, "?");
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 1; i <= sql.chars().filter(ch -> ch == '?').count(); i++) {
                    p.setObject(i, upTo);
                }
                p.executeUpdate();
            }
        }
    }

    /** The caller's day: one call more, or a new day linked to the days before and after it. */
    static void called(Connection c, String hash, LocalDate day) throws SQLException {
        if (increment(c, "call_day_callers", "calls", new String[] {"caller_hash", "started_day"},
                new Object[] {hash, day}, 1)) {
            return;
        }
        LocalDate before = neighbour(c, "MAX(started_day)", "<", hash, day);
        LocalDate after = neighbour(c, "MIN(started_day)", ">", hash, day);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO call_day_callers (caller_hash, started_day, calls,"
                + " previous_day, next_day) VALUES (?, ?, 1, ?, ?)")) {
            p.setString(1, hash);
            p.setObject(2, day);
            p.setObject(3, before);
            p.setObject(4, after);
            p.executeUpdate();
        }
        link(c, "next_day", hash, before, day);
        link(c, "previous_day", hash, after, day);
    }

    private static LocalDate neighbour(Connection c, String which, String side, String hash, LocalDate day)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + which + " FROM call_day_callers"
                + " WHERE caller_hash = ? AND started_day " + side + " ?")) {
            p.setString(1, hash);
            p.setObject(2, day);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getObject(1, LocalDate.class) : null;
            }
        }
    }

    private static void link(Connection c, String column, String hash, LocalDate row, LocalDate to) throws SQLException {
        if (row == null) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE call_day_callers SET " + column + " = ?"
                + " WHERE caller_hash = ? AND started_day = ?")) {
            p.setObject(1, to);
            p.setString(2, hash);
            p.setObject(3, row);
            p.executeUpdate();
        }
    }

    /** Adds {@code by} to a day's count, creating its row. */
    private static void add(Connection c, String table, String count, String[] keys, Object[] values, int by)
            throws SQLException {
        if (increment(c, table, count, keys, values, by)) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", keys) + ", "
                + count + ") VALUES (" + "?, ".repeat(keys.length) + "?)")) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.setInt(values.length + 1, by);
            p.executeUpdate();
        }
    }

    /** @return whether the day's row was there (the writer's lock keeps it so until the commit) */
    private static boolean increment(Connection c, String table, String count, String[] keys, Object[] values, int by)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET " + count + " = " + count + " + ?"
                + " WHERE " + String.join(" = ? AND ", keys) + " = ?")) {
            p.setInt(1, by);
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 2, values[i]);
            }
            return p.executeUpdate() > 0;
        }
    }
}
