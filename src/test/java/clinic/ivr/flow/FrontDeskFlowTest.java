package clinic.ivr.flow;

import static clinic.ivr.flow.FlowTest.CALLER;
import static clinic.ivr.flow.FlowTest.CLOSED;
import static clinic.ivr.flow.FlowTest.DESK;
import static clinic.ivr.flow.FlowTest.LINE;
import static clinic.ivr.flow.FlowTest.OPEN;
import static clinic.ivr.flow.FlowTest.at;
import static clinic.ivr.flow.FlowTest.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.Recording;
import clinic.ivr.flow.Step.Lead;
import java.time.DayOfWeek;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-off to the front desk: open or closed, every Dial outcome, messages and texts. Plain Java. */
class FrontDeskFlowTest {

    final Flow flow = FlowTest.flow(Optional.of(DESK));
    static final Recording SPOKEN = new Recording("RE1", "https://api.twilio.com/RE1", 14, "");

    Step.MessageOffer offer(Step step, Lead.Kind lead) {
        Step.MessageOffer offer = assertInstanceOf(Step.MessageOffer.class, step);
        assertEquals(lead, offer.lead().kind());
        return offer;
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "faq", "what", "painful"})
    void whenOpenZeroRingsTheDeskWithTheLineAsCallerIdAndTheTopicForTheWhisper(String node) {
        Step.FrontDesk desk = assertInstanceOf(Step.FrontDesk.class, flow.next(at(node), Input.keys("0"), call(OPEN)));
        assertEquals(DESK, desk.number().text());
        assertEquals(LINE, desk.callerId().text());
        assertEquals(node, desk.state().node(), "the whisper tells staff what the caller was listening to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "faq", "what", "painful"})
    void whenClosedZeroNeverRingsButSaysTheHoursAndOffersAMessage(String node) {
        Step.MessageOffer offer = offer(flow.next(at(node), Input.keys("0"), call(CLOSED)), Lead.Kind.DESK_CLOSED);
        assertFalse(offer.tryAgain(), "no point trying a closed desk again");
        offer(flow.next(at(node), Input.said("front desk please", 0.9), call(CLOSED)), Lead.Kind.DESK_CLOSED);
    }

    @Test
    void threeMissesWhileClosedOfferAMessageInsteadOfAPerson() {
        Step step = flow.next(at("main").withMisses(2), Input.keys("6"), call(CLOSED));
        offer(step, Lead.Kind.DESK_CLOSED);
    }

    @ParameterizedTest(name = "DialCallStatus={0} DialBridged={1}")
    @CsvSource({"no-answer,''", "busy,''", "failed,''", "canceled,''", "'',''", "completed,false", "answered,false"})
    void whenNoOneTookTheCallTheCallerHearsAnApologyAndMayLeaveAMessageOrTryAgain(String status, String bridged) {
        Step.MessageOffer offer = offer(flow.afterFrontDesk(at("faq"), status, bridged, call(OPEN)),
                Lead.Kind.FRONT_DESK_MISSED);
        assertTrue(offer.tryAgain());
        assertEquals("faq", offer.state().node());
        assertInstanceOf(Step.FrontDesk.class, flow.atDesk(offer.state(), Input.keys("0"), call(OPEN)));
        assertInstanceOf(Step.Voicemail.class, flow.atDesk(offer.state(), Input.keys("1"), call(OPEN)));
        FlowTest.menu(flow.atDesk(offer.state(), Input.keys("9"), call(OPEN)), "main");
    }

    @ParameterizedTest(name = "DialCallStatus={0} DialBridged={1}")
    @CsvSource({"completed,true", "completed,''", "answered,true"})
    void aCallTheFrontDeskTookEndsWithGoodbye(String status, String bridged) {
        assertInstanceOf(Step.Goodbye.class, flow.afterFrontDesk(at("main"), status, bridged, call(OPEN)));
    }

    @Test
    void aMissedCallAfterClosingTimeOffersNoTryAgain() {
        assertFalse(offer(flow.afterFrontDesk(at("main"), "no-answer", "", call(CLOSED)), Lead.Kind.FRONT_DESK_MISSED)
                .tryAgain());
    }

    @Test
    void atTheOfferZeroWhileClosedSaysTheHoursAgainAndStarRepeatsThem() {
        Step.MessageOffer closed = offer(flow.next(at("main"), Input.keys("0"), call(CLOSED)), Lead.Kind.DESK_CLOSED);
        offer(flow.atDesk(closed.state(), Input.keys("0"), call(CLOSED)), Lead.Kind.DESK_CLOSED);
        offer(flow.atDesk(closed.state(), Input.keys("*"), call(CLOSED)), Lead.Kind.DESK_CLOSED);
        Step.Voicemail voicemail = assertInstanceOf(Step.Voicemail.class,
                flow.atDesk(closed.state(), Input.said("I'd like to leave a message", 0.8), call(CLOSED)));
        assertEquals(CALLER, voicemail.caller().text());
    }

    @Test
    void silenceAtTheOfferEndsInTheRecordingNotAHangUp() {
        Step.MessageOffer closed = offer(flow.next(at("main"), Input.keys("0"), call(CLOSED)), Lead.Kind.DESK_CLOSED);
        Step first = flow.atDesk(closed.state(), Input.SILENCE, call(CLOSED));
        offer(first, Lead.Kind.SILENCE);
        Step second = flow.atDesk(first.state(), Input.keys("7"), call(CLOSED));
        assertEquals("7", offer(second, Lead.Kind.INVALID_KEY).lead().key());
        assertInstanceOf(Step.Voicemail.class, flow.atDesk(second.state(), Input.SILENCE, call(CLOSED)));
    }

    @Test
    void aSpokenMessageIsThankedWithWhenTheClinicWillCallBack() {
        Step.MessageTaken sunday = assertInstanceOf(Step.MessageTaken.class,
                flow.afterRecording(at("faq"), SPOKEN, call(CLOSED)));
        assertEquals(new OpeningHours.Callback(OpeningHours.Callback.When.TOMORROW, DayOfWeek.MONDAY), sunday.callback());
        assertEquals("faq", sunday.state().node());
        Step.MessageTaken wednesday = assertInstanceOf(Step.MessageTaken.class,
                flow.afterRecording(at("faq"), SPOKEN, call(OPEN)));
        assertEquals(OpeningHours.Callback.When.TODAY, wednesday.callback().when());
    }

    @ParameterizedTest(name = "url={0} seconds={1} status={2}")
    @CsvSource({"'',0,''", "https://api.twilio.com/RE1,0,''", "https://api.twilio.com/RE1,1,''",
            "https://api.twilio.com/RE1,20,absent", "'',20,''"})
    void silenceIsNotAMessageAndTheCallerMayTryAgain(String url, int seconds, String status) {
        Step step = flow.afterRecording(at("main"), new Recording("RE1", url, seconds, status), call(CLOSED));
        Step.MessageOffer again = offer(step, Lead.Kind.RECORDING_EMPTY);
        assertInstanceOf(Step.Voicemail.class, flow.atDesk(again.state(), Input.keys("1"), call(CLOSED)));
    }

    @Test
    void aLineSilentThroughTheRecordingTooEndsWithAGoodbye() {
        Recording silence = new Recording("", "", 0, "");
        assertInstanceOf(Step.Goodbye.class,
                flow.afterRecording(at("main").withMisses(Flow.MAX_MISSES), silence, call(CLOSED)));
    }

    @Test
    void theWhisperWaitsForAKeyAndAKeyPutsTheCallerThrough() {
        Step.Whisper whisper = assertInstanceOf(Step.Whisper.class, flow.whisper(at("faq"), Input.SILENCE));
        assertEquals("faq", whisper.state().node());
        assertInstanceOf(Step.Connect.class, flow.whisper(at("faq"), Input.keys("5")));
    }

    @Test
    void aTextIsOfferedAfterAnAnswerOnlyWhenItCanBeSent() {
        Step.Answer offered = assertInstanceOf(Step.Answer.class, flow.next(at("faq"), Input.keys("1"), call(OPEN)));
        assertTrue(offered.textOffer());
        Step.Answer noTexts = assertInstanceOf(Step.Answer.class,
                flow.next(at("faq"), Input.keys("1"), new Call(LINE, CALLER, OPEN, false)));
        assertFalse(noTexts.textOffer());
        Step.Answer hidden = assertInstanceOf(Step.Answer.class,
                flow.next(at("faq"), Input.keys("1"), new Call(LINE, "anonymous", OPEN, true)));
        assertFalse(hidden.textOffer());
        Step.Answer firstPart = assertInstanceOf(Step.Answer.class, flow.next(at("main"), Input.keys("1"), call(OPEN)));
        assertFalse(firstPart.textOffer(), "offered after the last part, with the other choices");
    }

    @Test
    void sixSendsTheTextAndTheCallerHearsHowItWent() {
        Step.SendText send = assertInstanceOf(Step.SendText.class, flow.next(at("painful"), Input.keys("6"), call(OPEN)));
        assertEquals(CALLER, send.to().text());
        assertInstanceOf(Step.SendText.class, flow.next(at("painful"), Input.said("text me please", 0.9), call(OPEN)));
        Step.Menu sent = FlowTest.menu(flow.afterText(send.state(), true), "faq");
        assertEquals(Lead.Kind.TEXT_SENT, sent.lead().kind());
        Step.Menu failed = FlowTest.menu(flow.afterText(send.state(), false), "faq");
        assertEquals(Lead.Kind.TEXT_FAILED, failed.lead().kind());
    }

    @Test
    void sixIsNotAChoiceWhenTextsCannotBeSentNorInMenus() {
        Step step = flow.next(at("painful"), Input.keys("6"), new Call(LINE, "anonymous", OPEN, true));
        assertInstanceOf(Step.Answer.class, step);
        Step inMenu = flow.next(at("faq"), Input.keys("6"), call(OPEN));
        assertEquals("6", assertInstanceOf(Step.Menu.class, inMenu).lead().key());
    }

    @Test
    void sayingLeaveAMessageAnywhereGoesStraightToTheRecording() {
        assertInstanceOf(Step.Voicemail.class, flow.next(at("what"), Input.said("voicemail", 0.9), call(OPEN)));
    }
}
