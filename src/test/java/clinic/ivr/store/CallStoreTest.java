package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.CallEvent;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.store.CallFigures.Call;
import clinic.ivr.store.CallFigures.DayCount;
import clinic.ivr.store.CallFigures.Heard;
import clinic.ivr.store.CallFigures.HourCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calls as the front desk reads them back: each call with what its caller heard, in order, how it
 * ended and how long it lasted, the caller's number only hashed and masked; and the day's figures the
 * dashboard shows (endings, topics, hang-ups, hours, repeat callers), counted one call at a time.
 */
class CallStoreTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 4);
    static final Instant TEN = Instant.parse("2026-03-04T15:00:00Z");
    static final String ANA = "+12125550147";
    static final String BO = "+13105550199";

    final ConnectionPool pool = ConnectionPool.open(
            new Database("jdbc:h2:mem:calls-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    final SqlCallStore store = new SqlCallStore(pool);
    final CallFigures figures = new CallFigures(pool);

    @AfterEach
    void close() {
        pool.close();
    }

    /** A call as the line placed it: its start and the events it sends, ten seconds apart. */
    static final class Placed {
        final String sid;
        final CallEvent.Start start;
        final String caller;
        final List<CallEvent> events = new ArrayList<>();

        Placed(String sid, Instant at, LocalDate day, int hour, boolean inHours, String caller) {
            this.sid = sid;
            this.start = new CallEvent.Start(at, day, hour, inHours);
            this.caller = caller;
        }

        Placed step(String step, String node, int part, String language, boolean slow) {
            return add(step, node, part, language, slow, null, null);
        }

        Placed step(String step, String node, int part, CallEnding ending, String place) {
            return add(step, node, part, "en", false, ending, place);
        }

        Placed add(String step, String node, int part, String language, boolean slow, CallEnding ending, String place) {
            events.add(new CallEvent(sid, start.at().plusSeconds(10L * (events.size() + 1)), start, Optional.of(step),
                    node, part, language, slow, caller, Optional.ofNullable(ending).map(e -> new CallEnding.Where(e, place)),
                    Optional.empty()));
            return this;
        }

        /** Twilio's status callback: the call is over. */
        CallEvent over(int seconds) {
            return new CallEvent(sid, start.at().plusSeconds(seconds), start, Optional.empty(), null, 1, null, false,
                    caller, Optional.empty(), Optional.of(seconds));
        }
    }

    static Placed call(String sid, String caller) {
        return new Placed(sid, TEN, DAY, 10, true, caller);
    }

    List<Call> calls() {
        return between(figures, TEN.minusSeconds(3_600), TEN.plusSeconds(86_400));
    }

    /** What the export is handed, in the order it is handed. */
    static List<Call> between(CallFigures figures, Instant from, Instant to) {
        List<Call> calls = new ArrayList<>();
        figures.eachBetween(from, to, calls::add);
        return calls;
    }

    String hashOf(String sid) throws Exception {
        try (Connection c = pool.connection();
             PreparedStatement p = c.prepareStatement("SELECT caller_hash FROM calls WHERE call_sid = ?")) {
            p.setString(1, sid);
            try (ResultSet r = p.executeQuery()) {
                assertThat(r.next()).as("a row for " + sid).isTrue();
                return r.getString(1);
            }
        }
    }

    @Test
    void aCallIsKeptStepByStepWithHowItEndedAndHowLongItLasted() {
        Placed ana = call("CA1", ANA).step("menu", "main", 1, "en", false)
                .step("answer", "faq-painful", 1, "es", true)
                .add("answer", "faq-painful", 2, null, false, CallEnding.HUNG_UP_AFTER_ANSWER, "faq-painful");
        store.write(ana.events.subList(0, 2));
        store.write(List.of(ana.events.get(2), ana.over(95)));

        Call call = calls().get(0);
        assertThat(calls()).hasSize(1);
        assertThat(call.callSid()).isEqualTo("CA1");
        assertThat(call.started()).isEqualTo(TEN);
        assertThat(call.ended()).isEqualTo(TEN.plusSeconds(95));
        assertThat(call.seconds()).isEqualTo(95);
        assertThat(call.language()).as("the language the caller chose last").isEqualTo("es");
        assertThat(call.slow()).as("they asked for slower speech once").isTrue();
        assertThat(call.ending()).isEqualTo("hung-up-after-answer");
        assertThat(call.place()).isEqualTo("faq-painful");
        assertThat(call.steps()).containsExactly(new Heard("menu", "main"), new Heard("answer", "faq-painful"),
                new Heard("answer", "faq-painful"));
        assertThat(call.caller()).as("masked").isEqualTo(PhoneNumber.mask(ANA)).doesNotContain("2125550147");
    }

    @Test
    void theFirstCallsAfterAStartAreWrittenWhileAnswersHoldAllButOneConnection() throws Exception {
        // the caller's hash needs the line's salt, read once: not on a second connection while the write holds one
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 1; i < ConnectionPool.SIZE; i++) {
                held.add(pool.connection());
            }
            store.write(call("CA1", ANA).step("menu", "main", 1, "en", false).events);
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        assertThat(calls()).extracting(Call::callSid).containsExactly("CA1");
    }

    @Test
    void aCallStillGoingHasNoEndNorLengthAndAnUnknownCallerNoNumber() {
        store.write(call("CA2", null).step("menu", "main", 1, "en", false).events);
        store.write(call("CA3", " ").step("menu", "main", 1, null, false).events);
        Call call = calls().get(0);
        assertThat(call.ended()).isNull();
        assertThat(call.seconds()).isNull();
        assertThat(call.ending()).isNull();
        assertThat(call.place()).isNull();
        assertThat(call.slow()).isFalse();
        assertThat(call.caller()).isNull();
        assertThat(calls().get(1).caller()).as("a blank number is no number").isNull();
        assertThat(calls().get(1).language()).isNull();
        assertThat(figures.repeatCallers(DAY, DAY)).isZero();
    }

    @Test
    void theExportTakesTheCallsThatStartedInItsRangeOldestFirst() {
        for (int i = 0; i < 4; i++) {
            Instant at = TEN.plusSeconds(3_600L * i);
            store.write(new Placed("CA-" + i, at, DAY, 10 + i, true, ANA).step("menu", "main", 1, "en", false).events);
        }
        store.write(new Placed("CA-0b", TEN, DAY, 10, true, BO).step("menu", "main", 1, "en", false).events);
        assertThat(between(figures, TEN, TEN.plusSeconds(3 * 3_600))).extracting(Call::callSid)
                .containsExactly("CA-0", "CA-0b", "CA-1", "CA-2");
        assertThat(between(figures, TEN.plusSeconds(1), TEN.plusSeconds(3_601))).extracting(Call::callSid)
                .containsExactly("CA-1");
        assertThat(between(figures, TEN.plusSeconds(3_601), TEN.plusSeconds(3_602))).isEmpty();
    }

    @Test
    void aLongExportIsHandedOverInPagesEachCallOnceInOrderWithItsOwnSteps() {
        // more calls than two pages, a page boundary falling among calls that started at the same second
        int count = 2 * Pages.SIZE + 7;
        List<CallEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = TEN.plusSeconds(i < Pages.SIZE + 20 ? i / 40 : i);
            events.addAll(new Placed(String.format("CA%05d", i), at, DAY, 10, true, ANA)
                    .step("menu", "main", 1, "en", false).step("answer", "topic-" + i, 1, "en", false).events);
        }
        store.write(events);
        List<Call> calls = between(figures, TEN, TEN.plusSeconds(86_400));
        assertThat(calls).hasSize(count);
        assertThat(calls).extracting(Call::callSid).doesNotHaveDuplicates()
                .isSorted();
        assertThat(calls).allSatisfy(call -> assertThat(call.steps()).extracting(CallFigures.Heard::node)
                .containsExactly("main", "topic-" + Integer.parseInt(call.callSid().substring(2))));
        assertThat(between(figures, TEN.plusSeconds(1), TEN.plusSeconds(2))).extracting(Call::callSid)
                .as("the calls that started in that second").hasSize(40);
    }

    @Test
    void theLatestEndingWinsWhateverOrderTheEventsArriveIn() {
        Placed c = call("CA4", ANA).step("menu", "main", 1, CallEnding.HUNG_UP_IN_MENU, "main")
                .step("ask-the-desk", null, 1, CallEnding.REACHED_DESK, null)
                .step("message", null, 1, CallEnding.MESSAGE_LEFT, CallEnding.MESSAGE_OFFER);
        store.write(List.of(c.events.get(2)));
        store.write(List.of(c.events.get(0)));
        store.write(List.of(c.events.get(1)));
        Call call = calls().get(0);
        assertThat(call.ending()).isEqualTo("message-left");
        assertThat(call.place()).isEqualTo(CallEnding.MESSAGE_OFFER);
        assertThat(figures.endings(DAY, DAY)).containsExactly(new DayCount(DAY, "message-left", 1));
        assertThat(figures.hangUps(DAY, DAY)).isEmpty();
    }

    @Test
    void theDaysFiguresCountEachCallOnceByHowItEnded() {
        // in one batch: an ending that changes, and one that comes back to what it was
        Placed a = call("CA5", ANA).step("menu", "main", 1, CallEnding.HUNG_UP_IN_MENU, "main")
                .step("menu", "faq", 1, CallEnding.HUNG_UP_IN_MENU, "faq");
        Placed b = call("CA6", BO).step("menu", "main", 1, CallEnding.HUNG_UP_IN_MENU, "main")
                .step("answer", "hours", 1, CallEnding.HUNG_UP_AFTER_ANSWER, "hours")
                .step("menu", "main", 1, CallEnding.HUNG_UP_IN_MENU, "main");
        Placed c = call("CA7", ANA).step("menu", "main", 1, CallEnding.HUNG_UP_IN_MENU, "main");
        Placed d = call("CA8", null).step("menu", "main", 1, "en", false);
        List<CallEvent> all = new ArrayList<>(a.events);
        all.addAll(b.events);
        all.addAll(c.events);
        store.write(all);
        store.write(d.events);

        assertThat(figures.endings(DAY, DAY)).containsExactlyInAnyOrder(new DayCount(DAY, "hung-up-in-menu", 3),
                new DayCount(DAY, "", 1));
        assertThat(figures.hangUps(DAY, DAY)).containsExactlyInAnyOrder(new DayCount(DAY, "main", 2),
                new DayCount(DAY, "faq", 1));
        assertThat(figures.endings(DAY.plusDays(1), DAY.plusDays(3))).as("another range").isEmpty();

        // the unknown call ends later, in a batch of its own
        store.write(List.of(new CallEvent("CA8", TEN.plusSeconds(60), d.start, Optional.of("ask-the-desk"), null, 1, "en",
                false, null, Optional.of(new CallEnding.Where(CallEnding.DESK_MISSED, null)), Optional.empty())));
        assertThat(figures.endings(DAY, DAY)).containsExactlyInAnyOrder(new DayCount(DAY, "hung-up-in-menu", 3),
                new DayCount(DAY, "desk-missed", 1));
    }

    @Test
    void topicsCountAnswersOnceTheHoursAndTheQuestionsForTheDeskByName() {
        store.write(call("CA9", ANA).step("menu", "main", 1, "en", false)
                .step("answer", "faq-painful", 1, "en", false)
                .step("answer", "faq-painful", 2, "en", false)
                .step("hours", "hours", 1, "en", false)
                .step("ask-the-desk", "main", 1, "en", false)
                .step("directions", "main", 1, "en", false)
                .step("front-desk", "main", 1, "en", false).events);
        store.write(call("CA10", BO).step("answer", "faq-painful", 1, "en", false)
                .step("answer", null, 1, "en", false).events);

        assertThat(figures.topics(DAY, DAY)).containsExactlyInAnyOrder(new DayCount(DAY, "faq-painful", 2),
                new DayCount(DAY, "hours", 1), new DayCount(DAY, "ask-the-desk", 1), new DayCount(DAY, "directions", 1),
                new DayCount(DAY, "", 1));
        assertThat(figures.topics(DAY.minusDays(2), DAY.minusDays(1))).isEmpty();
    }

    @Test
    void callsAreCountedByTheHourTheyStartedAndWhetherTheDeskWasOpen() {
        store.write(new Placed("CA11", TEN, DAY, 10, true, ANA).step("menu", "main", 1, "en", false).events);
        store.write(new Placed("CA12", TEN.plusSeconds(60), DAY, 10, true, BO).step("menu", "main", 1, "en", false).events);
        store.write(new Placed("CA13", TEN.plusSeconds(36_000), DAY, 20, false, BO).step("menu", "main", 1, "en", false)
                .events);
        store.write(new Placed("CA14", TEN.plusSeconds(86_400), DAY.plusDays(1), 10, true, BO)
                .step("menu", "main", 1, "en", false).events);
        assertThat(figures.hours(DAY, DAY)).containsExactlyInAnyOrder(new HourCount(DAY, 10, true, 2),
                new HourCount(DAY, 20, false, 1));
        assertThat(figures.hours(DAY.plusDays(1), DAY.plusDays(5))).containsExactly(
                new HourCount(DAY.plusDays(1), 10, true, 1));
    }

    /** A call from {@code caller} on a day, written in a batch of its own. */
    void callOn(String sid, String caller, LocalDate day) {
        Instant at = TEN.plusSeconds(86_400L * (day.toEpochDay() - DAY.toEpochDay()));
        store.write(new Placed(sid, at, day, 10, true, caller).step("menu", "main", 1, "en", false).events);
    }

    @Test
    void aRepeatCallerIsCountedOnceInARangeWhateverOrderTheirCallsAreWrittenIn() {
        String cy = "+447700900123";
        String di = "+33612345678";
        callOn("CA20", ANA, DAY);            // Ana twice on the day
        callOn("CA21", ANA, DAY);
        callOn("CA22", BO, DAY.plusDays(2)); // Bo two days apart, the later call written first
        callOn("CA23", BO, DAY);
        callOn("CA24", cy, DAY);             // Cy once
        callOn("CA25", di, DAY.minusDays(1)); // Di the day before and on the day
        callOn("CA26", di, DAY);
        callOn("CA27", di, DAY.plusDays(4)); // and again later, written last: her days link up
        callOn("CA28", di, DAY.plusDays(3)); // and in between, after it

        assertThat(figures.repeatCallers(DAY, DAY)).as("Ana").isEqualTo(1);
        assertThat(figures.repeatCallers(DAY, DAY.plusDays(2))).as("Ana and Bo").isEqualTo(2);
        assertThat(figures.repeatCallers(DAY.minusDays(1), DAY)).as("Ana and Di").isEqualTo(2);
        assertThat(figures.repeatCallers(DAY.plusDays(1), DAY.plusDays(2))).as("Bo once in it").isZero();
        assertThat(figures.repeatCallers(DAY.plusDays(2), DAY.plusDays(3))).as("Bo and Di once each").isZero();
        assertThat(figures.repeatCallers(DAY.plusDays(3), DAY.plusDays(4))).as("Di").isEqualTo(1);
        assertThat(figures.repeatCallers(DAY.minusDays(1), DAY.plusDays(4))).as("everyone but Cy").isEqualTo(3);
    }

    @Test
    void aCallersNumberIsKeptAsAHashTheSameForTheSameCallerAndTheLinesOwn() throws Exception {
        callOn("CA30", ANA, DAY);
        callOn("CA31", " " + ANA + " ", DAY.plusDays(1));
        callOn("CA32", BO, DAY);
        String ana = hashOf("CA30");
        assertThat(ana).hasSize(32).doesNotContain("2125550147");
        assertThat(hashOf("CA31")).as("the same caller").isEqualTo(ana);
        assertThat(hashOf("CA32")).as("another caller").isNotEqualTo(ana);

        SqlCallStore elsewhere = new SqlCallStore(pool, () -> new byte[] {1, 2, 3}, new FileCompaction(0));
        elsewhere.write(call("CA33", ANA).step("menu", "main", 1, "en", false).events);
        assertThat(hashOf("CA33")).as("another line's salt").isNotEqualTo(ana);
        assertThat(new SharedSecrets(pool).get(SqlCallStore.CALLER_SALT)).as("the salt is kept for the next start")
                .hasSize(32);
        SqlCallStore restarted = new SqlCallStore(pool);
        restarted.write(call("CA34", ANA).step("menu", "main", 1, "en", false).events);
        assertThat(hashOf("CA34")).as("after a restart").isEqualTo(ana);
    }

    @Test
    void aBatchTheDatabaseRefusesIsKeptNotHalfAndSaysSo() {
        Placed good = call("CA40", ANA).step("menu", "main", 1, "en", false);
        Placed bad = call("CA41", BO).step("x".repeat(40), "main", 1, "en", false);
        List<CallEvent> batch = new ArrayList<>(good.events);
        batch.addAll(bad.events);
        assertThatThrownBy(() -> store.write(batch)).isInstanceOf(StoreException.class)
                .hasMessageContaining("write 2 call events")
                .matches(e -> ((StoreException) e).refused(), "refused, not down");
        assertThat(calls()).as("none of the batch").isEmpty();
        assertThat(figures.hours(DAY, DAY)).isEmpty();

        store.write(good.events);
        assertThat(calls()).extracting(Call::callSid).containsExactly("CA40");
        assertThat(figures.hours(DAY, DAY)).containsExactly(new HourCount(DAY, 10, true, 1));
    }

    @Test
    void aBusyBatchOfStepsIsOneWriteOfTheEmbeddedFileNotOneEveryFewSteps(@TempDir Path dir) throws Exception {
        // the embedded file rewrites every changed page at each of its commits; numbering the steps must
        // not add commits of its own (a busy line then spent most of its CPU writing the same pages again)
        try (ConnectionPool file = ConnectionPool.open(Database.embedded(dir))) {
            SqlCallStore line = new SqlCallStore(file);
            line.write(call("CA70", ANA).step("menu", "main", 1, "en", false).events);
            Placed busy = call("CA71", BO);
            for (int i = 0; i < CallWriter.BATCH; i++) {
                busy.step("answer", "faq-painful", 1, "en", false);
            }
            long before = fileVersion(file);
            line.write(busy.events);

            assertThat(fileVersion(file) - before).as("writes of the file for one batch").isLessThanOrEqualTo(2);
            assertThat(between(new CallFigures(file), TEN, TEN.plusSeconds(86_400)))
                    .filteredOn(call -> call.callSid().equals("CA71"))
                    .singleElement().satisfies(call -> assertThat(call.steps()).hasSize(CallWriter.BATCH));
        }
    }

    /** H2's count of its writes to the file: one or two a commit. */
    static long fileVersion(ConnectionPool file) throws Exception {
        try (Connection c = file.connection();
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE'")) {
            assertThat(r.next()).as("H2 reports its file's version").isTrue();
            return Long.parseLong(r.getString(1));
        }
    }

    @Test
    void thePurgeTakesOldCallsWithWhatTheirCallersHeardAndCountsTheirDayAgain() {
        assertThat(store.purge(TEN)).as("nothing yet").isZero();
        for (int h = 0; h < 4; h++) {
            Instant at = TEN.plusSeconds(3_600L * h);
            store.write(new Placed("CA5" + h, at, DAY, 10 + h, true, h % 2 == 0 ? ANA : BO)
                    .step("answer", "faq-painful", 1, CallEnding.HUNG_UP_AFTER_ANSWER, "faq-painful").events);
        }
        store.write(new Placed("CA59", TEN.minusSeconds(86_400), DAY.minusDays(1), 10, true, ANA)
                .step("menu", "main", 1, CallEnding.HUNG_UP_IN_MENU, "main").events);

        assertThat(store.purge(TEN.plusSeconds(3_600 + 1))).as("the day before, and two of the day's four").isEqualTo(3);

        assertThat(calls()).extracting(Call::callSid).containsExactly("CA52", "CA53");
        assertThat(figures.endings(DAY.minusDays(1), DAY)).containsExactly(new DayCount(DAY, "hung-up-after-answer", 2));
        assertThat(figures.hangUps(DAY.minusDays(1), DAY)).isEmpty();
        assertThat(figures.topics(DAY.minusDays(1), DAY)).containsExactly(new DayCount(DAY, "faq-painful", 2));
        assertThat(figures.hours(DAY.minusDays(1), DAY)).containsExactlyInAnyOrder(new HourCount(DAY, 12, true, 1),
                new HourCount(DAY, 13, true, 1));
        assertThat(figures.repeatCallers(DAY.minusDays(1), DAY)).as("Ana's earlier calls are gone").isZero();

        callOn("CA60", ANA, DAY.plusDays(1));
        assertThat(figures.repeatCallers(DAY, DAY.plusDays(1))).as("Ana's day links to what is left").isEqualTo(1);
    }

    @Test
    void instancesWritingTheSameCallsAtOnceLoseNothingAndCountEachCallOnce() throws Exception {
        // several instances behind a load balancer: each writes the events of the calls it answered
        int instances = 4;
        List<ConnectionPool> pools = new ArrayList<>();
        List<SqlCallStore> stores = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            pools.add(ConnectionPool.open(pool.database()));
            stores.add(new SqlCallStore(pools.get(i)));
        }
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(instances);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                SqlCallStore instance = stores.get(i);
                int n = i;
                done.add(threads.submit(() -> {
                    for (int c = 0; c < 25; c++) {
                        Placed placed = new Placed("CA-" + c, TEN.plusSeconds(c), DAY, 10, true, c % 2 == 0 ? ANA : BO);
                        placed.events.add(new CallEvent(placed.sid, TEN.plusSeconds(c + n), placed.start,
                                Optional.of("answer"), "faq-" + n, 1, "en", false, placed.caller, Optional.empty(),
                                Optional.empty()));
                        instance.write(placed.events);
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
            pools.forEach(ConnectionPool::close);
        }
        assertThat(calls()).hasSize(25).allSatisfy(call -> assertThat(call.steps()).hasSize(instances));
        assertThat(figures.hours(DAY, DAY)).containsExactly(new HourCount(DAY, 10, true, 25));
        assertThat(figures.endings(DAY, DAY)).containsExactly(new DayCount(DAY, "", 25));
        assertThat(figures.topics(DAY, DAY)).extracting(DayCount::count).containsOnly(25);
        assertThat(figures.repeatCallers(DAY, DAY)).isEqualTo(2);
    }

    @Test
    void aDatabaseThatIsGoneSaysWhatCouldNotBeDone() {
        pool.close();
        assertThatThrownBy(() -> figures.endings(DAY, DAY)).isInstanceOf(StoreException.class)
                .hasMessageContaining("count the calls");
        assertThatThrownBy(() -> figures.hours(DAY, DAY)).hasMessageContaining("count the calls by hour");
        assertThatThrownBy(() -> figures.repeatCallers(DAY, DAY)).hasMessageContaining("count the repeat callers");
        assertThatThrownBy(() -> between(figures, TEN, TEN)).hasMessageContaining("read the calls to export");
        assertThatThrownBy(() -> store.purge(TEN)).hasMessageContaining("delete old calls");
        assertThatThrownBy(() -> store.write(List.of())).hasMessageContaining("write 0 call events");
    }
}
