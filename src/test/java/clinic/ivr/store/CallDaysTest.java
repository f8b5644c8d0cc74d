package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestDatabase;
import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.CallEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The day's figures the dashboard reads say what the calls' rows say: counted from the rows for each range
 * of days, after calls written out of order with endings that change, after the retention purge cuts a day
 * in two, and when the figures are first filled from calls recorded before them.
 */
class CallDaysTest {

    enum Kind { EMBEDDED_H2, POSTGRESQL }

    static final ZoneId CLINIC = ZoneId.of("America/New_York");
    static final Instant NOW = Instant.parse("2026-03-04T22:00:00Z");
    static final String[] TOPICS = {"faq-painful", "session", "hours", "what-it-is"};
    static final String[] ENDINGS = {"hung-up-in-menu", "hung-up-after-answer", "reached-desk", "message-left"};

    static ConnectionPool pool(Kind kind) throws Exception {
        return ConnectionPool.open(kind == Kind.POSTGRESQL ? Database.postgres(TestDatabase.freshPostgres())
                : new Database("jdbc:h2:mem:days-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** Calls over 20 days from 30 callers (some unknown), their events shuffled and written in small batches. */
    static void generate(SqlCallStore store, int calls, long seed) {
        Random random = new Random(seed);
        List<CallEvent> events = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            Instant at = NOW.minus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
            CallEvent.Start start = new CallEvent.Start(at, at.atZone(CLINIC).toLocalDate(), at.atZone(CLINIC).getHour(),
                    random.nextBoolean());
            String sid = "CA" + seed + "x" + i;
            String caller = random.nextInt(10) == 0 ? null : "+1212555" + (1000 + random.nextInt(30));
            int steps = 1 + random.nextInt(4);
            for (int s = 0; s < steps; s++) {
                String step = s == 0 ? "menu" : List.of("answer", "hours", "ask-the-desk", "directions", "menu")
                        .get(random.nextInt(5));
                Optional<CallEnding.Where> ending = random.nextInt(3) == 0 ? Optional.empty() : Optional.of(
                        new CallEnding.Where(CallEnding.of(ENDINGS[random.nextInt(ENDINGS.length)]).orElseThrow(),
                                random.nextInt(5) == 0 ? null : TOPICS[random.nextInt(TOPICS.length)]));
                events.add(new CallEvent(sid, at.plusSeconds(10L * s), start, Optional.of(step),
                        TOPICS[random.nextInt(TOPICS.length)], 1 + random.nextInt(2), "en", false, caller, ending,
                        Optional.empty()));
            }
        }
        Collections.shuffle(events, random);
        for (int from = 0; from < events.size(); from += 7) {
            store.write(events.subList(from, Math.min(events.size(), from + 7)));
        }
    }

    /** Every figure, for several ranges, read from the day's figures and counted from the rows. */
    static void assertFiguresMatchTheRows(ConnectionPool pool) throws Exception {
        CallFigures figures = new CallFigures(pool);
        LocalDate today = NOW.atZone(CLINIC).toLocalDate();
        for (LocalDate[] range : new LocalDate[][] {{today.minusDays(29), today}, {today, today},
                {today.minusDays(12), today.minusDays(4)}, {today.minusDays(19), today.minusDays(19)}}) {
            LocalDate from = range[0];
            LocalDate to = range[1];
            String between = " BETWEEN DATE '" + from + "' AND DATE '" + to + "'";
            assertThat(counts(figures.endings(from, to))).as("endings " + from + " " + to).isEqualTo(rows(pool,
                    "SELECT started_day, COALESCE(ending, ''), COUNT(*) FROM calls WHERE started_day" + between
                            + " GROUP BY started_day, COALESCE(ending, '')"));
            assertThat(counts(figures.hangUps(from, to))).as("hang-ups").isEqualTo(rows(pool,
                    "SELECT started_day, COALESCE(ending_place, ''), COUNT(*) FROM calls WHERE started_day" + between
                            + " AND ending = 'hung-up-in-menu' GROUP BY started_day, COALESCE(ending_place, '')"));
            assertThat(counts(figures.topics(from, to))).as("topics").isEqualTo(rows(pool,
                    "SELECT heard_day, COALESCE(CASE WHEN step IN ('answer', 'hours') THEN node ELSE step END, ''),"
                            + " COUNT(*) FROM call_events WHERE heard_day" + between + " AND (step IN ('answer', 'hours')"
                            + " AND part = 1 OR step IN ('ask-the-desk', 'directions'))"
                            + " GROUP BY heard_day, COALESCE(CASE WHEN step IN ('answer', 'hours') THEN node ELSE step END, '')"));
            Map<String, Integer> hours = new HashMap<>();
            figures.hours(from, to).forEach(h -> hours.merge(h.day() + " " + h.hour() + " " + h.inHours(), h.count(),
                    Integer::sum));
            assertThat(hours).as("hours").isEqualTo(rows(pool, "SELECT started_day, started_hour || ' ' ||"
                    + " CASE WHEN in_hours THEN 'true' ELSE 'false' END, COUNT(*) FROM calls WHERE started_day"
                    + between + " GROUP BY started_day, started_hour, in_hours"));
            int repeat = rows(pool, "SELECT caller_hash, '', COUNT(*) FROM calls WHERE started_day" + between
                    + " AND caller_hash IS NOT NULL GROUP BY caller_hash HAVING COUNT(*) > 1").size();
            assertThat(figures.repeatCallers(from, to)).as("repeat callers " + from + " " + to).isEqualTo(repeat);
        }
    }

    static Map<String, Integer> counts(List<CallFigures.DayCount> counts) {
        Map<String, Integer> map = new HashMap<>();
        counts.forEach(c -> map.merge(c.day() + " " + c.key(), c.count(), Integer::sum));
        return map;
    }

    static Map<String, Integer> rows(ConnectionPool pool, String sql) throws Exception {
        Map<String, Integer> map = new HashMap<>();
        try (Connection c = pool.connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                map.put(r.getString(1) + " " + r.getString(2), r.getInt(3));
            }
        }
        return map;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theDaysFiguresAreWhatTheCallsSayAfterWritingAndAfterThePurge(Kind kind) throws Exception {
        try (ConnectionPool pool = pool(kind)) {
            SqlCallStore store = new SqlCallStore(pool);
            generate(store, 400, 1);
            assertThat(new CallFigures(pool).repeatCallers(NOW.atZone(CLINIC).toLocalDate().minusDays(29),
                    NOW.atZone(CLINIC).toLocalDate())).as("the generated callers call again").isPositive();
            assertFiguresMatchTheRows(pool);

            // the purge's moment falls in the middle of a day in the clinic's time zone
            int gone = store.purge(NOW.minus(Duration.ofDays(9)).minus(Duration.ofHours(5)));
            assertThat(gone).isPositive();
            assertFiguresMatchTheRows(pool);

            generate(store, 100, 2);
            assertFiguresMatchTheRows(pool);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void callsRecordedBeforeTheDaysFiguresExistedAreCountedWhenTheyAreAdded(Kind kind) throws Exception {
        try (ConnectionPool pool = pool(kind)) {
            generate(new SqlCallStore(pool), 300, 3);
            try (Connection c = pool.connection(); Statement s = c.createStatement()) {
                for (String table : new String[] {"call_day_endings", "call_day_hours", "call_day_topics",
                        "call_day_callers", "call_lock"}) {
                    s.execute("DROP TABLE " + table);
                }
                s.execute("DELETE FROM schema_version WHERE version >= " + Schema.versionOf(CallDays.MIGRATION));
                Schema.migrate(c);
            }
            assertFiguresMatchTheRows(pool);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachCallEndsAsItsLatestEventSaysWhateverTheOrderAndHoweverTheEventsAreBatched(Kind kind) throws Exception {
        try (ConnectionPool pool = pool(kind)) {
            SqlCallStore store = new SqlCallStore(pool);
            Random random = new Random(7);
            for (int batch : new int[] {1, 6, 500}) {
                List<CallEvent> events = new ArrayList<>();
                Map<String, CallEvent> latestEnding = new HashMap<>();
                Map<String, Boolean> slow = new HashMap<>();
                for (int i = 0; i < 60; i++) {
                    String sid = "CA" + batch + "n" + i;
                    Instant at = NOW.minusSeconds(600L * i);
                    CallEvent.Start start = CallEvent.Start.at(at, Optional.empty());
                    for (int s = 0; s < 1 + random.nextInt(5); s++) {
                        Optional<CallEnding.Where> ending = Optional.of(new CallEnding.Where(
                                CallEnding.of(ENDINGS[random.nextInt(ENDINGS.length)]).orElseThrow(),
                                TOPICS[random.nextInt(TOPICS.length)]));
                        CallEvent e = new CallEvent(sid, at.plusSeconds(10L * s), start, Optional.of("answer"),
                                TOPICS[random.nextInt(TOPICS.length)], 1, "en", random.nextInt(4) == 0, "+12125550100",
                                ending, Optional.empty());
                        events.add(e);
                        latestEnding.put(sid, e);
                        slow.merge(sid, e.slow(), Boolean::logicalOr);
                    }
                    events.add(new CallEvent(sid, at.plusSeconds(95), start, Optional.empty(), null, 1, null, false,
                            "+12125550100", Optional.empty(), Optional.of(95)));
                }
                Collections.shuffle(events, random);
                for (int from = 0; from < events.size(); from += batch) {
                    store.write(events.subList(from, Math.min(events.size(), from + batch)));
                }
                try (Connection c = pool.connection(); PreparedStatement p = c.prepareStatement(
                        "SELECT call_sid, ending, ending_place, slow, duration_seconds FROM calls WHERE call_sid LIKE ?")) {
                    p.setString(1, "CA" + batch + "n%");
                    int calls = 0;
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            CallEnding.Where last = latestEnding.get(r.getString(1)).ending().orElseThrow();
                            assertThat(r.getString(2)).as("ending of " + r.getString(1) + ", batches of " + batch)
                                    .isEqualTo(last.ending().code());
                            assertThat(r.getString(3)).as("where it ended").isEqualTo(last.place());
                            assertThat(r.getBoolean(4)).as("slow").isEqualTo(slow.get(r.getString(1)));
                            assertThat(r.getInt(5)).as("duration").isEqualTo(95);
                            calls++;
                        }
                    }
                    assertThat(calls).isEqualTo(60);
                }
            }
            assertFiguresMatchTheRows(pool);
        }
    }

    @Test
    void theEmbeddedFileStaysTheSizeOfWhatItHolds(@TempDir Path dir) throws Exception {
        // the line's file; H2 reuses freed space only 45 s after it was freed, longer than this test takes
        Database line = Database.embedded(dir);
        try (ConnectionPool pool = ConnectionPool.open(new Database(line.url() + ";RETENTION_TIME=0", "sa", ""))) {
            SqlCallStore store = new SqlCallStore(pool, () -> new byte[] {1, 2, 3}, new FileCompaction(100));
            Random random = new Random(5);
            Set<String> sids = new HashSet<>();
            String sid = null;
            for (int i = 0; i < 1_000; i++) {
                // one event a commit, as a line with a call now and then writes them; a new call every four events
                Instant at = NOW.minusSeconds(30L * (1_000 - i));
                if (i % 4 == 0) {
                    sid = "CA" + UUID.randomUUID().toString().replace("-", "");
                    sids.add(sid);
                }
                store.write(List.of(new CallEvent(sid, at, CallEvent.Start.at(at, Optional.empty()), Optional.of("menu"),
                        "main", 1, "en", false, "+1212555" + (1000 + random.nextInt(9000)), Optional.empty(),
                        Optional.empty())));
            }
            long size = Files.size(dir.resolve(Database.FILE + ".mv.db"));
            // without compaction, these 1,000 commits make a file of about 5 MB; compacted, about 1 MB
            assertThat(size).as("the file's size after 1,000 commits").isLessThan(2_000_000);
            try (Connection c = pool.connection();
                 PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM calls");
                 ResultSet r = p.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).as("every call is still there").isEqualTo(sids.size());
            }
        }
    }
}
