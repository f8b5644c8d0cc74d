package clinic.ivr.flow;

import static clinic.ivr.flow.FlowTest.CLOSED;
import static clinic.ivr.flow.FlowTest.DESK;
import static clinic.ivr.flow.FlowTest.OPEN;
import static clinic.ivr.flow.FlowTest.at;
import static clinic.ivr.flow.FlowTest.call;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.CallEnding.Where;
import clinic.ivr.desk.Recording;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a call ended, if the caller hung up after a step: decided from the flow's own steps. Plain Java. */
class EndingsTest {

    final Flow flow = FlowTest.flow(Optional.of(DESK));

    static Optional<Where> where(CallEnding ending, String place) {
        return Optional.of(new Where(ending, place));
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "faq"})
    void aCallerWhoHangsUpAtAMenuHungUpInThatMenu(String menu) {
        assertThat(Endings.after(Routes.MENU, flow.next(at(menu), Input.keys("*"), call(OPEN))))
                .isEqualTo(where(CallEnding.HUNG_UP_IN_MENU, menu));
        assertThat(Endings.after(Routes.VOICE, flow.start())).isEqualTo(where(CallEnding.HUNG_UP_IN_MENU, "main"));
    }

    @Test
    void aCallerWhoHangsUpDuringOrAfterAnAnswerHeardThatTopic() {
        Step answer = flow.next(at("faq"), Input.keys("1"), call(OPEN));
        assertThat(Endings.after(Routes.MENU, answer)).isEqualTo(where(CallEnding.HUNG_UP_AFTER_ANSWER, "painful"));
        Step hours = flow.next(at("main"), Input.said("what are your hours", 0.9), call(OPEN));
        assertThat(hours.kind()).isEqualTo("hours");
        assertThat(Endings.after(Routes.MENU, hours)).isEqualTo(where(CallEnding.HUNG_UP_AFTER_ANSWER, "hours"));
    }

    @Test
    void theDeskRingingIsNotReachingItOnlyTheGoodbyeAfterSomeoneTookTheCallIs() {
        Step ringing = flow.next(at("faq"), Input.keys("0"), call(OPEN));
        assertThat(Endings.after(Routes.MENU, ringing)).as("hung up while it rang")
                .isEqualTo(where(CallEnding.DESK_MISSED, "faq"));
        Step talked = flow.afterFrontDesk(at("faq"), "completed", "true", call(OPEN));
        assertThat(Endings.after(Routes.FRONT_DESK, talked)).isEqualTo(where(CallEnding.REACHED_DESK, "faq"));
        Step noOne = flow.afterFrontDesk(at("faq"), "no-answer", "", call(OPEN));
        assertThat(Endings.after(Routes.FRONT_DESK, noOne)).isEqualTo(where(CallEnding.DESK_MISSED, "faq"));
        Step voicemailPickedUp = flow.afterFrontDesk(at("faq"), "completed", "false", call(OPEN));
        assertThat(Endings.after(Routes.FRONT_DESK, voicemailPickedUp)).as("a personal voicemail is not the desk")
                .isEqualTo(where(CallEnding.DESK_MISSED, "faq"));
    }

    @Test
    void atAClosedDeskTheCallerHangsUpAtTheOfferOfAMessageOrLeavesOne() {
        Step closed = flow.next(at("main"), Input.keys("0"), call(CLOSED));
        assertThat(Endings.after(Routes.MENU, closed)).isEqualTo(where(CallEnding.HUNG_UP_IN_MENU, CallEnding.MESSAGE_OFFER));
        Step recording = flow.atDesk(at("main"), Input.keys("1"), call(CLOSED));
        assertThat(Endings.after(Routes.DESK, recording)).as("recording: the step before still tells").isEmpty();
        Step again = flow.atDesk(at("main"), Input.keys("*"), call(CLOSED));
        assertThat(Endings.after(Routes.DESK, again)).isEqualTo(where(CallEnding.HUNG_UP_IN_MENU, CallEnding.MESSAGE_OFFER));
        Step taken = flow.afterRecording(at("main"), new Recording("RE1", "https://api.twilio.com/RE1", 14, ""), call(CLOSED));
        assertThat(Endings.after(Routes.RECORDED, taken)).isEqualTo(where(CallEnding.MESSAGE_LEFT, "main"));
        Step silent = flow.afterRecording(at("main"), new Recording("RE2", "", 0, ""), call(CLOSED));
        assertThat(Endings.after(Routes.RECORDED, silent)).as("nothing recorded: as before").isEmpty();
    }

    @Test
    void theStaffMembersWhisperAndAGoodbyeElsewhereSayNothingAboutTheCall() {
        assertThat(Endings.after(Routes.WHISPER, flow.whisper(at("faq"), Input.keys("")))).isEmpty();
        assertThat(Endings.after(Routes.WHISPER, flow.whisper(at("faq"), Input.keys("1")))).isEmpty();
        assertThat(Endings.after(Routes.RECORDED, new Step.Goodbye(at("main")))).isEmpty();
    }
}
