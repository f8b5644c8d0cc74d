package clinic.ivr.bench;

import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.CallEvent;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.Recording;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.staff.ClinicView;
import clinic.ivr.staff.DashboardPage;
import clinic.ivr.staff.HtmlPages;
import clinic.ivr.store.CallFigures;
import clinic.ivr.store.ConnectionPool;
import clinic.ivr.store.Database;
import clinic.ivr.store.SqlCallStore;
import clinic.ivr.store.SqlMessageStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The dashboard over many calls: generates {@code calls} calls over the last 30 days (through the line's
 * own writer, {@link SqlCallStore#write}, in batches as the line writes them) and a few thousand
 * messages, then times each query the dashboard makes and the whole page (queries and drawing).
 *
 * <pre>
 *   java ... clinic.ivr.bench.DashboardBench h2:DIR|postgres://... [calls] [rounds]
 * </pre>
 */
public final class DashboardBench {

    static final String[] MAIN_TOPICS = {"what-it-is", "who-it-helps", "session", "hours"};
    static final String[] FAQ_TOPICS = {"faq-results", "faq-painful", "faq-avoid", "faq-prevent", "faq-start"};

    public static void main(String[] args) throws Exception {
        String where = args[0];
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Database database = where.startsWith("h2:") ? Database.embedded(Path.of(where.substring(3)))
                : Database.postgres(where);
        empty(database);
        Prompts prompts = new PromptsLoader(Optional.empty()).load(Path.of("prompts"));
        OpeningHours hours = prompts.flow().hours();
        Instant now = LocalDate.of(2026, 3, 4).atTime(17, 0).atZone(hours.zone()).toInstant();

        try (ConnectionPool pool = ConnectionPool.open(database)) {
            SqlMessageStore messages = new SqlMessageStore(pool);
            SqlCallStore store = new SqlCallStore(pool);
            long start = System.nanoTime();
            int events = generate(store, calls, now, hours);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("generated %,d calls (%,d events) in %.1f s: %,.0f events/s through the line's writer%n",
                    calls, events, seconds, events / seconds);
            messages(messages, now);

            CallFigures figures = new CallFigures(pool);
            LocalDate today = now.atZone(hours.zone()).toLocalDate();
            LocalDate from = today.minusDays(DashboardPage.DAYS - 1);
            ClinicView clinic = new ClinicView(() -> Optional.of(prompts), Clock.fixed(now, ZoneOffset.UTC));
            DashboardPage page = new DashboardPage(new HtmlPages(List.of(HtmlPages.Page.DASHBOARD)), clinic, figures,
                    messages);
            System.out.println("database: " + database.describe());
            System.out.printf("%-40s %10s %10s %10s%n", "query (last 30 days)", "median ms", "p90 ms", "max ms");
            // a call comes in before each round, as on a working line: no database answers from a cache of
            // results it would have to throw away (H2 reuses a query's result while its tables do not change)
            Runnable call = () -> store.write(List.of(new CallEvent("CAnew" + System.nanoTime(), now,
                    CallEvent.Start.at(now, Optional.of(hours)), Optional.of("menu"), "main", 1, "en", false, "+12125550147",
                    Optional.of(new CallEnding.Where(CallEnding.HUNG_UP_IN_MENU, "main")), Optional.empty())));
            time("calls a day, by how they ended", rounds, call, () -> figures.endings(from, today));
            time("calls by hour, desk open or not", rounds, call, () -> figures.hours(from, today));
            time("answers started, by topic", rounds, call, () -> figures.topics(from, today));
            time("hang-ups in a menu, by menu", rounds, call, () -> figures.hangUps(from, today));
            time("repeat callers (30 days)", rounds, call, () -> figures.repeatCallers(from, today));
            time("repeat callers (today)", rounds, call, () -> figures.repeatCallers(today, today));
            time("messages waiting, the oldest", rounds, () -> messages.note(1, "n" + System.nanoTime()),
                    messages::unanswered);
            time("the whole dashboard page", rounds, call, page::html);
        }
    }

    /** The bench's database starts without the line's tables: the bench may empty it. */
    static void empty(Database database) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(database.url(), database.user(),
                database.password()); java.sql.Statement s = c.createStatement()) {
            for (String table : new String[] {"call_events", "calls", "call_day_endings", "call_day_hours", "call_day_topics",
                    "call_day_callers", "call_lock", "recording_copies", "messages", "line_secrets",
                    "schema_version"}) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    /** Calls spread over 30 days (more on weekdays and in the day), each walking the phone tree a little. */
    static int generate(SqlCallStore store, int calls, Instant now, OpeningHours hours) {
        Random random = new Random(2026);
        List<CallEvent> batch = new ArrayList<>();
        int events = 0;
        for (int i = 0; i < calls; i++) {
            Instant at = now.minus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)));
            String sid = "CA" + String.format("%032x", i);
            String caller = "+1212" + (5_550_000 + random.nextInt(40_000));
            CallEvent.Start begins = CallEvent.Start.at(at, Optional.of(hours));
            List<String[]> steps = new ArrayList<>();
            steps.add(new String[] {"menu", "main"});
            CallEnding.Where ending = new CallEnding.Where(CallEnding.HUNG_UP_IN_MENU, "main");
            int path = random.nextInt(10);
            if (path < 3) {
                String topic = MAIN_TOPICS[random.nextInt(MAIN_TOPICS.length)];
                steps.add(new String[] {topic.equals("hours") ? "hours" : "answer", topic});
                ending = new CallEnding.Where(CallEnding.HUNG_UP_AFTER_ANSWER, topic);
            } else if (path < 6) {
                steps.add(new String[] {"menu", "faq"});
                ending = new CallEnding.Where(CallEnding.HUNG_UP_IN_MENU, "faq");
                if (path < 5) {
                    String topic = FAQ_TOPICS[random.nextInt(FAQ_TOPICS.length)];
                    steps.add(new String[] {"answer", topic});
                    ending = new CallEnding.Where(CallEnding.HUNG_UP_AFTER_ANSWER, topic);
                }
            } else if (path < 9) {
                steps.add(new String[] {"front-desk", "main"});
                ending = new CallEnding.Where(random.nextBoolean() ? CallEnding.REACHED_DESK : CallEnding.DESK_MISSED, "main");
                if (ending.ending() == CallEnding.DESK_MISSED && random.nextBoolean()) {
                    steps.add(new String[] {"message-offer", "main"});
                    steps.add(new String[] {"voicemail", "main"});
                    steps.add(new String[] {"message-taken", "main"});
                    ending = new CallEnding.Where(CallEnding.MESSAGE_LEFT, "main");
                }
            }
            Instant t = at;
            for (int s = 0; s < steps.size(); s++) {
                boolean last = s == steps.size() - 1;
                batch.add(new CallEvent(sid, t, begins, Optional.of(steps.get(s)[0]), steps.get(s)[1], 1, "en",
                        false, caller, last ? Optional.of(ending) : Optional.empty(), Optional.empty()));
                t = t.plusSeconds(20);
            }
            batch.add(new CallEvent(sid, t, begins, Optional.empty(), null, 1, null, false, caller, Optional.empty(),
                    Optional.of((int) Duration.between(at, t).toSeconds())));
            if (batch.size() >= 500) {
                events += batch.size();
                store.write(batch);
                batch.clear();
            }
        }
        events += batch.size();
        store.write(batch);
        return events;
    }

    /** Two thousand messages over the month, a few hundred not called back. */
    static void messages(SqlMessageStore messages, Instant now) {
        Random random = new Random(4);
        for (int i = 0; i < 2_000; i++) {
            String sid = "RE" + String.format("%032x", i);
            messages.record(Message.recorded(new Recording(sid, "https://api.twilio.com/r/" + sid, 20, "completed"),
                    "CA" + i, "+12125550147", "en", "main", now.minus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)))));
        }
        messages.list().stream().filter(m -> random.nextInt(10) > 0)
                .forEach(m -> messages.markCalledBack(m.id(), now, "AL"));
    }

    static void time(String what, int rounds, Runnable before, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            before.run();
            long start = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-40s %10.1f %10.1f %10.1f%n", what, ms[rounds / 2], ms[(int) (rounds * 0.9)], ms[rounds - 1]);
    }
}
