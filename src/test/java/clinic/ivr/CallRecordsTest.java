package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import clinic.ivr.desk.CallEvent;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.line.Office;
import clinic.ivr.store.CallFigures;
import clinic.ivr.store.CallWriter;
import clinic.ivr.store.ConnectionPool;
import clinic.ivr.store.DownDatabase;
import clinic.ivr.store.Database;
import clinic.ivr.store.SqlCallStore;
import clinic.ivr.store.CallWriterTest;
import clinic.ivr.store.SqlMessageStore;
import clinic.ivr.web.LineMetrics;
import clinic.ivr.web.LineServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceAccessMode;

/**
 * What the line records of its calls, placed over HTTP as Twilio places them, on the embedded database
 * and on PostgreSQL: each step the caller heard in order, how the call ended (from the flow's steps),
 * its length from the status callback, and the caller's number only as a salted hash and masked.
 */
@ResourceLock(value = CallLines.LOGGING, mode = ResourceAccessMode.READ)
class CallRecordsTest {

    enum Kind { EMBEDDED_H2, POSTGRESQL }

    static final Instant TEN_AM = TestLine.OPEN;

    /** The line with its calls recorded in the background, as Main wires it, on a database of this kind. */
    static final class Recorded implements AutoCloseable {
        final SqlMessageStore messages;
        final CallWriter writer;
        final MovingClock clock;
        final TestLine line;

        Recorded(Kind kind, Instant now) throws Exception {
            Database db = kind == Kind.POSTGRESQL ? Database.postgres(TestDatabase.freshPostgres())
                    : new Database("jdbc:h2:mem:calls-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
            messages = new SqlMessageStore(db);
            writer = new CallWriter(new SqlCallStore(messages.pool()), CallWriter.CAPACITY, Duration.ofMillis(50)).start();
            clock = new MovingClock(now);
            line = TestLine.start(new Office(clock, messages, TextMessages.NONE).withCalls(writer));
        }

        ConnectionPool pool() {
            return messages.pool();
        }

        /** Everything recorded so far, written: the writer empties its queue as the line does when it stops. */
        List<CallFigures.Call> calls() {
            writer.close();
            List<CallFigures.Call> calls = new ArrayList<>();
            new CallFigures(pool()).eachBetween(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), calls::add);
            return calls;
        }

        Caller caller(String sid, String number) {
            return new Caller(line.twilio(), sid, number);
        }

        @Override
        public void close() throws Exception {
            writer.close();
            line.close();
            messages.close();
        }
    }

    static String heard(CallFigures.Call call) {
        return call.steps().stream().map(h -> h.step() + " " + h.node()).collect(Collectors.joining(", "));
    }

    @Test
    void aCallerWhoSaysGoodbyeAfterAnAnswerHearsItBackAndIsCountedAsHavingHeardTheAnswer() throws Exception {
        try (Recorded r = new Recorded(Kind.EMBEDDED_H2, TEN_AM)) {
            Caller ana = r.caller("CA150", "+12125550147");
            Twiml hours = ana.press(ana.calls(), "5");
            Twiml goodbye = ana.says(hours, "okay great thank you so much bye");
            assertThat(goodbye.spoken()).isEqualTo("Thank you for calling Gramercy Physical Therapy. Take care. Goodbye.");
            assertThat(goodbye.has("Hangup")).isTrue();
            assertThat(goodbye.has("Gather")).isFalse();
            ana.hangsUp(40);

            CallFigures.Call call = r.calls().get(0);
            assertThat(call.ending()).isEqualTo("hung-up-after-answer");
            assertThat(call.place()).isEqualTo("hours");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCallerWhoListensThenHangsUpIsRecordedStepByStep(Kind kind) throws Exception {
        try (Recorded r = new Recorded(kind, TEN_AM)) {
            Caller ana = r.caller("CA100", "+12125550147");
            Twiml main = ana.calls();
            r.clock.advance(Duration.ofSeconds(30));
            Twiml faq = ana.press(main, "3");
            Twiml slower = ana.press(faq, "*");
            Twiml slowerStill = ana.press(slower, "*");
            ana.press(slowerStill, "2");
            r.clock.advance(Duration.ofSeconds(65));
            ana.hangsUp(95);

            List<CallFigures.Call> calls = r.calls();
            assertThat(calls).hasSize(1);
            CallFigures.Call call = calls.get(0);
            assertThat(heard(call)).isEqualTo("menu main, menu faq, menu faq, menu faq, answer faq-painful");
            assertThat(call.ending()).isEqualTo("hung-up-after-answer");
            assertThat(call.place()).isEqualTo("faq-painful");
            assertThat(call.seconds()).isEqualTo(95);
            assertThat(call.started()).isEqualTo(TEN_AM);
            assertThat(call.ended()).isEqualTo(TEN_AM.plusSeconds(95));
            assertThat(call.language()).isEqualTo("en");
            assertThat(call.slow()).as("star twice asked for slower speech").isTrue();
            assertThat(call.caller()).isEqualTo("+1******0147");
            assertThat(storedText(r.pool())).as("the caller's number is never stored in clear")
                    .doesNotContain("2125550147").doesNotContain("5550147");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void howEachCallEndedComesFromWhatTheCallerHeardLast(Kind kind) throws Exception {
        try (Recorded r = new Recorded(kind, TEN_AM)) {
            Caller reached = r.caller("CA201", "+12125550101");
            reached.desk(reached.press(reached.calls(), "0"), true);

            Caller missed = r.caller("CA202", "+12125550102");
            Twiml offer = missed.desk(missed.press(missed.calls(), "0"), false);
            assertThat(offer.spoken()).contains("no one at the front desk could answer");

            Caller message = r.caller("CA203", "+12125550103");
            Twiml record = message.press(message.desk(message.press(message.calls(), "0"), false), "1");
            message.leavesMessage(record, "RE203", 20);

            Caller inMenu = r.caller("CA204", "+12125550104");
            inMenu.press(inMenu.calls(), "3");

            Caller spanish = r.caller("CA205", "+12125550105");
            spanish.says(spanish.press(spanish.calls(), "8"), "cuánto dura una sesión");

            Map<String, String> endings = r.calls().stream().collect(Collectors.toMap(CallFigures.Call::callSid,
                    c -> c.ending() + " " + c.place() + " " + c.language()));
            assertThat(endings).containsEntry("CA201", "reached-desk main en")
                    .containsEntry("CA202", "desk-missed main en")
                    .containsEntry("CA203", "message-left main en")
                    .containsEntry("CA204", "hung-up-in-menu faq en")
                    .containsEntry("CA205", "hung-up-after-answer session es");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void whatCallersAskedIsCountedByTopicTheHoursTheDesksQuestionsAndDirectionsIncluded(Kind kind) throws Exception {
        try (Recorded r = new Recorded(kind, TEN_AM)) {
            Caller hours = r.caller("CA301", "+12125550111");
            hours.press(hours.calls(), "5");
            Caller cost = r.caller("CA302", "+12125550112");
            Twiml confirm = cost.says(cost.calls(), "does my insurance cover it");
            assertThat(confirm.spoken()).containsIgnoringCase("front desk");
            Caller lost = r.caller("CA303", "+12125550113");
            lost.says(lost.calls(), "which subway station is closest");
            Caller spoken = r.caller("CA304", "+12125550114");
            spoken.says(spoken.calls(), "what time do you close today");

            r.calls();
            LocalDate day = LocalDate.of(2026, 3, 4);
            Map<String, Integer> topics = new CallFigures(r.pool()).topics(day, day).stream()
                    .collect(Collectors.toMap(CallFigures.DayCount::key, CallFigures.DayCount::count, Integer::sum));
            assertThat(topics).isEqualTo(Map.of("hours", 2, "ask-the-desk", 1, "directions", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSameCallerHasTheSameHashAnotherCallerAnotherAndTheSaltIsTheLinesOwn(Kind kind) throws Exception {
        try (Recorded r = new Recorded(kind, TEN_AM)) {
            r.caller("CA301", "+12125550147").calls();
            r.caller("CA302", "+12125550147").calls();
            r.caller("CA303", "+13105550199").calls();
            r.calls();
            Map<String, String> hashes = hashes(r.pool());
            assertThat(hashes.get("CA301")).isEqualTo(hashes.get("CA302")).hasSize(32);
            assertThat(hashes.get("CA303")).isNotEqualTo(hashes.get("CA301"));
            assertThat(new CallFigures(r.pool()).repeatCallers(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4)))
                    .as("one caller called twice").isEqualTo(1);
            assertThat(hashes.get("CA301")).as("not a hash anyone could compute from the number alone")
                    .isNotEqualTo(sha256("+12125550147").substring(0, 32));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theDayAndHourAreTheClinicsAndWhetherTheDeskWasOpen(Kind kind) throws Exception {
        // 11:30 PM in New York on Wednesday is Thursday in UTC; the desk is closed
        try (Recorded r = new Recorded(kind, Instant.parse("2026-03-05T04:30:00Z"))) {
            r.caller("CA401", "+12125550147").calls();
            r.clock.set(TEN_AM);
            r.caller("CA402", "+12125550147").calls();
            r.calls();
            List<CallFigures.HourCount> hours = new CallFigures(r.pool()).hours(LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 10));
            assertThat(hours).containsExactlyInAnyOrder(
                    new CallFigures.HourCount(LocalDate.of(2026, 3, 4), 23, false, 1),
                    new CallFigures.HourCount(LocalDate.of(2026, 3, 4), 10, true, 1));
        }
    }

    /** A store that hangs (every write waits for the test) and then works. */
    static final class HangingStore implements CallWriter.Sink {
        final CountDownLatch release = new CountDownLatch(1);
        /** Opened once the writer is stuck in its first write. */
        final CountDownLatch entered = new CountDownLatch(1);
        final CallWriter.Sink store;

        HangingStore(CallWriter.Sink store) {
            this.store = store;
        }

        @Override
        public void write(List<CallEvent> batch) {
            try {
                entered.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            store.write(batch);
        }
    }

    /** The line's database, down (nothing listens where it should be), then back. */
    static final class DownThenBack implements CallWriter.Sink {
        final SqlCallStore down = new SqlCallStore(DownDatabase.pool());
        final CallWriter.Sink back;
        volatile boolean up;
        final AtomicInteger failures = new AtomicInteger();

        DownThenBack(CallWriter.Sink back) {
            this.back = back;
        }

        @Override
        public void write(List<CallEvent> batch) {
            if (!up) {
                failures.incrementAndGet();
                down.write(batch);
            }
            back.write(batch);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDatabaseThatIsDownDelaysNoAnswerAndTheCallsAreRecordedWhenItIsBack(Kind kind) throws Exception {
        try (Recorded r = new Recorded(kind, TEN_AM)) {
            DownThenBack store = new DownThenBack(new SqlCallStore(r.pool()));
            try (CallWriter writer = new CallWriter(store, CallWriter.CAPACITY, Duration.ofMillis(20)).start();
                 TestLine line = TestLine.start(new Office(r.clock, r.messages, TextMessages.NONE).withCalls(writer))) {
                for (int i = 0; i < 5; i++) {
                    Caller caller = new Caller(line.twilio(), "CA50" + i, "+1212555010" + i);
                    caller.press(caller.press(caller.calls(), "3"), "5");
                    caller.hangsUp(40);
                }
                // the writer meets the database down (it gathers events a moment before it writes them)
                CallWriterTest.until(() -> store.failures.get() > 0);
                store.up = true;
                CallWriterTest.until(() -> writer.waiting() == 0 && writer.written() == 20);
                assertThat(writer.dropped()).isZero();
            }
            List<CallFigures.Call> calls = r.calls();
            assertThat(calls).hasSize(5).allSatisfy(c -> {
                assertThat(heard(c)).isEqualTo("menu main, menu faq, answer faq-start");
                assertThat(c.seconds()).isEqualTo(40);
            });
        }
    }

    @Test
    void aDatabaseThatHangsHoldsNoAnswerAndMetricsCountWhatTheFullQueueDropped() throws Exception {
        try (Recorded r = new Recorded(Kind.EMBEDDED_H2, TEN_AM)) {
            HangingStore store = new HangingStore(new SqlCallStore(r.pool()));
            // the line's metrics, and a call log of the test's: stopping this line leaves the line's own log open
            LineServer.Operations ops = new LineServer.Operations(LineMetrics.forLine(), new CallLines().log(r.clock));
            CallWriter writer = Main.callRecords(new CallWriter(store, 5, Duration.ofMillis(20)), ops.metrics());
            try (TestLine line = TestLine.with().office(new Office(r.clock, r.messages, TextMessages.NONE).withCalls(writer))
                    .operations(ops).start()) {
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                    for (int i = 0; i < 4; i++) {
                        Caller caller = new Caller(line.twilio(), "CA60" + i, "+1212555010" + i);
                        caller.press(caller.press(caller.calls(), "3"), "2");
                        caller.hangsUp(30);
                    }
                }, "every answer while the database hangs");
                // 16 events: a batch held by the stuck writer, what waits in the queue of 5, the rest dropped
                store.entered.await();
                String metrics = StaffRequests.get(line, "/metrics", TestLine.STAFF_PASSWORD, null).body();
                long dropped = writer.dropped();
                assertThat(dropped).as("dropped while the queue was full").isBetween(1L, 10L);
                assertThat(metrics).contains("ivr_call_events_dropped_total " + dropped)
                        .contains("# TYPE ivr_call_events_dropped_total counter")
                        .contains("ivr_call_events_waiting " + writer.waiting());
                store.release.countDown();
                CallWriterTest.until(() -> writer.waiting() == 0 && writer.written() == 16 - dropped);
            } finally {
                store.release.countDown();
                writer.close();
            }
        }
    }

    static String storedText(ConnectionPool pool) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = pool.connection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"calls", "call_events"}) {
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    while (r.next()) {
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            all.append(r.getString(i)).append(' ');
                        }
                    }
                }
            }
        }
        return all.toString();
    }

    static Map<String, String> hashes(ConnectionPool pool) throws Exception {
        try (Connection c = pool.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT call_sid, caller_hash FROM calls")) {
            Map<String, String> hashes = new java.util.HashMap<>();
            while (r.next()) {
                hashes.put(r.getString(1), r.getString(2));
            }
            return hashes;
        }
    }

    static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
