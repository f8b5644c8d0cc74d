package clinic.ivr.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the dashboard counts a call by, and what staff type when they close the clinic for a day: when the
 * call began in the clinic's day, how it ended, and a reason callers can hear.
 */
class CallRecordTest {

    static final OpeningHours HOURS = OpeningHoursTest.hours("America/New_York");

    @Test
    void aCallBeginsOnTheClinicsDayAndHourWhereverTheServerRuns() {
        Instant lateEvening = Instant.parse("2026-03-05T02:30:00Z"); // 21:30 on March 4 in New York
        CallEvent.Start start = CallEvent.Start.at(lateEvening, Optional.of(HOURS));
        assertThat(start.day()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(start.hour()).isEqualTo(21);
        assertThat(start.inHours()).isFalse();
        assertThat(start.at()).isEqualTo(lateEvening);
        CallEvent.Start open = CallEvent.Start.at(Instant.parse("2026-03-04T15:00:00Z"), Optional.of(HOURS));
        assertThat(open.hour()).isEqualTo(10);
        assertThat(open.inHours()).isTrue();
    }

    @Test
    void aLineWithoutHoursCountsInUtcAndClosed() {
        CallEvent.Start start = CallEvent.Start.at(Instant.parse("2026-03-05T02:30:00Z"), Optional.empty());
        assertThat(start.day()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(start.hour()).isEqualTo(2);
        assertThat(start.inHours()).isFalse();
    }

    @Test
    void whatTwilioSendsIsCutToWhatTheStoreHolds() {
        String wide = "x".repeat(300);
        CallEvent e = new CallEvent(wide, Instant.EPOCH, CallEvent.Start.at(Instant.EPOCH, Optional.empty()),
                Optional.of("menu"), wide, 1, "es-US-and-more", false, wide, Optional.empty(), Optional.empty());
        assertThat(e.callSid()).hasSize(CallEvent.FIELD_CHARS);
        assertThat(e.node()).hasSize(CallEvent.FIELD_CHARS);
        assertThat(e.caller()).hasSize(CallEvent.FIELD_CHARS);
        assertThat(e.language()).isEqualTo("es-US-an");
    }

    @Test
    void anEndingIsReadFromItsStoredCode() {
        for (CallEnding ending : CallEnding.values()) {
            assertThat(CallEnding.of(ending.code())).hasValue(ending);
        }
        assertThat(CallEnding.of("hung-up-in-menu")).hasValue(CallEnding.HUNG_UP_IN_MENU);
        assertThat(CallEnding.MESSAGE_LEFT.words()).isEqualTo("Left a message");
        assertThat(CallEnding.of("vanished")).isEmpty();
    }

    @Test
    void aClosingReasonIsOneLineCallersCanHear() {
        Closure closure = new Closure(LocalDate.of(2026, 3, 4), Map.of("en", "  the\nsnow\u0007 ", "es", "   "));
        assertThat(closure.reason("en")).hasValue("the snow");
        assertThat(closure.reason("es")).as("nothing to say is no reason").isEmpty();
        assertThat(closure.reason("fr")).isEmpty();
        assertThat(Closure.clean(null)).isEmpty();
        assertThat(Closure.clean("ice \uD83D storm")).as("half a character is dropped").isEqualTo("ice storm");
        assertThat(Closure.clean("a".repeat(200))).hasSize(200);
        assertThat(Closure.clean("a".repeat(199) + " b")).as("cut, then trimmed").isEqualTo("a".repeat(199));
    }
}
