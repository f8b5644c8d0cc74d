package clinic.ivr.flow;

import static clinic.ivr.flow.FlowTest.DESK;
import static clinic.ivr.flow.FlowTest.OPEN;
import static clinic.ivr.flow.FlowTest.at;
import static clinic.ivr.flow.FlowTest.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import clinic.ivr.desk.Closure;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.Recording;
import clinic.ivr.flow.Step.Lead;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Staff closed the clinic for the rest of today: the flow's hours decide it, in plain Java. The desk is
 * not rung, messages are offered, the welcome says why and when it opens, and at midnight it is over.
 */
class ClosedTodayFlowTest {

    final Flow flow = FlowTest.flow(Optional.of(DESK));
    /** The day of {@link FlowTest#OPEN} in New York, a Wednesday, and its closure. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    static final Closure SNOW = new Closure(TODAY, Map.of("en", "the snow", "es", "la nieve"));

    Call closed(Instant now) {
        return call(now).closed(SNOW);
    }

    @Test
    void theDeskIsNotRungAndAMessageIsOfferedWithTheReason() {
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class, flow.next(at("main"), Input.keys("0"),
                closed(OPEN)));
        assertThat(offer.lead().kind()).isEqualTo(Lead.Kind.DESK_CLOSED);
        assertThat(offer.tryAgain()).isFalse();
        assertThat(offer.today().closure()).hasValue(SNOW);
        assertThat(offer.today().nextOpening()).hasValueSatisfying(next ->
                assertThat(next.toLocalDate()).isEqualTo(TODAY.plusDays(1)));
        assertThat(flow.atDesk(offer.state(), Input.keys("1"), closed(OPEN))).isInstanceOf(Step.Voicemail.class);
    }

    @Test
    void theWelcomeSaysSoInEveryLanguage() {
        Step.Menu first = assertInstanceOf(Step.Menu.class, flow.start(closed(OPEN)));
        assertThat(first.lead().kind()).isEqualTo(Lead.Kind.WELCOME);
        assertThat(first.closedToday()).hasValueSatisfying(today -> assertThat(today.closure()).hasValue(SNOW));
        Step.Menu spanish = assertInstanceOf(Step.Menu.class, flow.next(at("main"), Input.keys("8"), closed(OPEN)));
        assertThat(spanish.state().language()).isEqualTo("es");
        assertThat(spanish.closedToday()).isPresent();
        assertThat(assertInstanceOf(Step.Menu.class, flow.start(call(OPEN))).closedToday()).as("an open day").isEmpty();
    }

    @Test
    void aMessageLeftIsCalledBackOnTheNextDayTheClinicOpens() {
        Step.MessageTaken taken = assertInstanceOf(Step.MessageTaken.class, flow.afterRecording(at("main"),
                new Recording("RE1", "https://api.twilio.com/RE1", 20, ""), closed(OPEN)));
        assertThat(taken.callback()).isEqualTo(new OpeningHours.Callback(OpeningHours.Callback.When.TOMORROW,
                DayOfWeek.THURSDAY));
    }

    @Test
    void atMidnightInTheClinicsTimeZoneItIsOverByItself() {
        // 9 AM in New York the day after: the closure was yesterday's
        Instant tomorrowMorning = Instant.parse("2026-03-05T14:00:00Z");
        assertThat(flow.next(at("main"), Input.keys("0"), closed(tomorrowMorning))).isInstanceOf(Step.FrontDesk.class);
        Instant justBeforeMidnight = Instant.parse("2026-03-05T04:59:00Z");
        assertThat(flow.next(at("main"), Input.keys("0"), closed(justBeforeMidnight))).isInstanceOf(Step.MessageOffer.class);
        assertThat(assertInstanceOf(Step.Menu.class, flow.start(closed(Instant.parse("2026-03-05T05:01:00Z"))))
                .closedToday()).isEmpty();
    }

    @Test
    void theHoursAnswerSaysClosedToday() {
        Step.Hours hours = assertInstanceOf(Step.Hours.class, flow.next(at("main"), Input.said("what are your hours", 0.9), closed(OPEN)));
        assertThat(hours.today().openNow()).isFalse();
        assertThat(hours.today().hours()).isEmpty();
        assertThat(hours.today().closure()).hasValue(SNOW);
    }
}
