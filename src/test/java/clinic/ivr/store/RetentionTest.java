package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestDatabase;
import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.CallEvent;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.Recording;
import clinic.ivr.desk.RecordingAudio;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the line keeps, and for how long: calls older than the retention period go, with every step
 * their callers heard; so does the copy of a recording once its message was called back that long ago.
 * The messages themselves stay.
 */
class RetentionTest {

    enum Kind { EMBEDDED_H2, POSTGRESQL }

    static final Instant NOW = Instant.parse("2026-06-01T15:00:00Z");
    static final Duration KEEP = Duration.ofDays(90);

    static ConnectionPool pool(Kind kind) throws Exception {
        return ConnectionPool.open(kind == Kind.POSTGRESQL ? Database.postgres(TestDatabase.freshPostgres())
                : new Database("jdbc:h2:mem:retention-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    static CallEvent heard(String sid, Instant at) {
        return new CallEvent(sid, at, CallEvent.Start.at(at, Optional.empty()), Optional.of("answer"), "faq-painful", 1,
                "en", false, "+12125550147", Optional.of(new CallEnding.Where(CallEnding.HUNG_UP_AFTER_ANSWER,
                "faq-painful")), Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void callsOlderThanTheRetentionGoWithWhatTheirCallersHeard(Kind kind) throws Exception {
        try (ConnectionPool pool = pool(kind)) {
            SqlCallStore calls = new SqlCallStore(pool);
            Instant old = NOW.minus(KEEP).minusSeconds(60);
            Instant recent = NOW.minus(KEEP).plusSeconds(60);
            calls.write(List.of(heard("CAOLD", old), heard("CAOLD", old.plusSeconds(20)), heard("CANEW", recent)));

            new Retention(calls, new RecordingCopies(pool), KEEP, Clock.fixed(NOW, ZoneOffset.UTC)).purge();

            List<CallFigures.Call> left = CallStoreTest.between(new CallFigures(pool), Instant.EPOCH, NOW);
            assertThat(left).extracting(CallFigures.Call::callSid).containsExactly("CANEW");
            assertThat(new CallFigures(pool).topics(old.atZone(ZoneOffset.UTC).toLocalDate(),
                    NOW.atZone(ZoneOffset.UTC).toLocalDate())).extracting(CallFigures.DayCount::count)
                    .as("the old call's steps went too").containsExactly(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theCopyOfARecordingGoesOnceItsMessageWasCalledBackLongAgoAndTheMessageStays(Kind kind) throws Exception {
        try (ConnectionPool pool = pool(kind)) {
            SqlMessageStore messages = new SqlMessageStore(pool);
            RecordingCopies copies = new RecordingCopies(pool);
            for (String sid : new String[] {"RELONG", "RERECENT", "RENEW"}) {
                messages.record(Message.recorded(new Recording(sid, "https://api.twilio.com/r/" + sid, 20, "completed"),
                        "CA" + sid, "+12125550147", "en", "main", NOW.minus(Duration.ofDays(200))));
                copies.keep(sid, new RecordingAudio(new byte[] {1, 2, 3}, RecordingAudio.MP3), NOW.minus(Duration.ofDays(200)));
            }
            long longAgo = messages.search(new clinic.ivr.desk.MessageQuery(null, "", 1)).messages().stream()
                    .filter(m -> m.recordingSid().equals("RELONG")).findFirst().orElseThrow().id();
            long recently = messages.list().stream().filter(m -> m.recordingSid().equals("RERECENT")).findFirst()
                    .orElseThrow().id();
            messages.markCalledBack(longAgo, NOW.minus(KEEP).minusSeconds(1), "AL");
            messages.markCalledBack(recently, NOW.minus(Duration.ofDays(3)), "AL");

            new Retention(new SqlCallStore(pool), copies, KEEP, Clock.fixed(NOW, ZoneOffset.UTC)).purge();

            assertThat(copies.find("RELONG")).isEmpty();
            assertThat(copies.find("RERECENT")).isPresent();
            assertThat(copies.find("RENEW")).as("a message not called back keeps its sound").isPresent();
            assertThat(messages.list()).hasSize(3);
        }
    }

    @org.junit.jupiter.api.Test
    void theFirstPurgeRunsAtStartAndADatabaseThatIsDownWaitsForTheNextDay() throws Exception {
        ConnectionPool pool = pool(Kind.EMBEDDED_H2);
        SqlCallStore calls = new SqlCallStore(pool);
        calls.write(List.of(heard("CAOLD", NOW.minus(KEEP).minusSeconds(60))));
        try (Retention retention = new Retention(calls, new RecordingCopies(pool), KEEP, Clock.fixed(NOW, ZoneOffset.UTC))
                .start().start()) {
            CallWriterTest.until(() -> CallStoreTest.between(new CallFigures(pool), Instant.EPOCH, NOW).isEmpty());
        }
        pool.close();
        try (Retention down = new Retention(calls, new RecordingCopies(pool), KEEP, Clock.fixed(NOW, ZoneOffset.UTC))) {
            down.purge(); // does not throw
        }
    }
}
