package clinic.ivr.line;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.desk.Recording;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.flow.Call;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Flow;
import clinic.ivr.flow.Input;
import clinic.ivr.flow.Routes;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.twiml.Fallback;
import clinic.ivr.twiml.RenderedAnswers;
import clinic.ivr.twiml.TwimlRenderer;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers Twilio's voice webhooks: parse the request into state and input, let the flow decide,
 * render the step with the current prompts. Whatever fails, and while no prompts can be used at all,
 * the caller gets the safe answer ({@link Fallback}): the front desk, or a message kept like any other.
 */
public final class PhoneLine {

    private static final Logger LOG = LoggerFactory.getLogger(PhoneLine.class);

    private final Supplier<Prompts> prompts;
    private final Optional<PhoneNumber> frontDeskOverride;
    private final Office office;
    private final RenderedAnswers answers = new RenderedAnswers();
    private final CallRecorder calls;

    /**
     * @param prompts           the version of the prompts to answer with; it may change between calls
     * @param frontDeskOverride the desk the safe answer rings when no prompts can be used: FRONT_DESK_NUMBER,
     *                          else the number clinic.yaml still gives
     * @param office            the clock, the message store and text messages
     */
    public PhoneLine(Supplier<Prompts> prompts, Optional<PhoneNumber> frontDeskOverride, Office office) {
        this.prompts = prompts;
        this.frontDeskOverride = frontDeskOverride;
        this.office = office;
        this.calls = new CallRecorder(office.calls(), prompts);
    }

    /** The TwiML for a request; never throws. */
    public String answer(VoiceRequest request) {
        return respond(request).twiml();
    }

    /** The TwiML for a request and what it does for the caller (for the call log); never throws. */
    public Reply respond(VoiceRequest request) {
        Prompts current;
        try {
            current = prompts.get();
        } catch (RuntimeException none) {
            LOG.warn("call {} {}: no prompts can be used ({}); the caller hears the safe answer", request.callSid(),
                    request.route(), none.getClass().getSimpleName());
            return fallback(null, request);
        }
        try {
            if (request.route().equals(Routes.FALLBACK)) {
                LOG.warn("Twilio used the fallback webhook for call {}: the line did not answer in time or failed",
                        request.callSid());
                return fallback(current, request);
            }
            if (!Routes.ANSWERS.contains(request.route())) {
                LOG.warn("call {}: Twilio asked {}, which the line does not serve (check the webhook addresses in the"
                        + " Twilio console); the caller is put through to the front desk", request.callSid(),
                        request.route());
                return fallback(current, request);
            }
            Call call = Call.of(request.form(), office.clock().instant(),
                    office.texts().available() && current.clinic().canText(), office.closure().get());
            Step step = decide(current.flow(), request, call);
            // the two things a step asks the line to do besides answering: send a text, keep a message
            if (step instanceof Step.SendText text) {
                step = current.flow().afterText(text.state(), sendText(current, text, request));
            }
            if (step instanceof Step.MessageTaken taken
                    && !keep(Message.recorded(taken.recording(), request.callSid(), call.caller().text(),
                            taken.state().language(), taken.state().node(), call.now()), request)) {
                step = current.flow().messageNotKept(taken.state(), call);
            }
            RenderedAnswers.Rendered rendered = answers.render(current, step);
            calls.heard(request, step, call.now());
            return new Reply(rendered.twiml(), step.kind(), step.state().node(), rendered.utf8());
        } catch (Exception | StackOverflowError e) {
            LOG.error("call {} {}: answering failed, the caller hears the fallback", request.callSid(),
                    request.route(), e);
            return fallback(current, request);
        }
    }

    /** Twilio's call status callback: the call is over. Recorded in the background; never throws. */
    public void callEnded(VoiceRequest request) {
        calls.ended(request, office.clock().instant());
    }

    private static Step decide(Flow flow, VoiceRequest request, Call call) {
        CallState state = CallState.fromQuery(request.query(), flow.defaultLanguage());
        Map<String, String> form = request.form();
        return switch (request.route()) {
            case Routes.VOICE -> flow.start(call);
            case Routes.FRONT_DESK -> flow.afterFrontDesk(state, form.getOrDefault("DialCallStatus", ""),
                    form.getOrDefault("DialBridged", ""), call);
            case Routes.MENU -> flow.next(state, Input.fromForm(form), call);
            case Routes.DESK -> flow.atDesk(state, Input.fromForm(form), call);
            case Routes.RECORDED -> flow.afterRecording(state, Recording.fromForm(form), call);
            case Routes.WHISPER -> flow.whisper(state, Input.fromForm(form));
            default -> throw new IllegalArgumentException("no voice route " + request.route());
        };
    }

    /** Sends the text the caller asked for; a failure is told to the caller, never breaks the call. */
    private boolean sendText(Prompts current, Step.SendText text, VoiceRequest request) {
        TextMessages.Outcome outcome;
        try {
            outcome = office.texts().send(text.to().text(), TwimlRenderer.textMessage(current, text.state().language()));
        } catch (RuntimeException e) {
            LOG.warn("call {}: the text to {} failed: {}", request.callSid(), text.to().masked(), e.toString());
            outcome = TextMessages.Outcome.FAILED;
        }
        if (outcome == TextMessages.Outcome.SENT) {
            LOG.info("call {}: sent the clinic's address by text to {}", request.callSid(), text.to().masked());
        } else {
            LOG.warn("call {}: could not text {}; the caller hears the address instead", request.callSid(),
                    text.to().masked());
        }
        return outcome == TextMessages.Outcome.SENT;
    }

    /**
     * Keeps the message from the Record action (the recording status callback keeps it too, merged by
     * its RecordingSid). False when it could not be kept: the caller must not hear that it was.
     */
    private boolean keep(Message message, VoiceRequest request) {
        try {
            office.messages().record(message);
            LOG.info("call {}: message {} from {} ({} s) kept for the front desk", request.callSid(),
                    message.recordingSid(), PhoneNumber.mask(message.caller()), message.seconds());
            return true;
        } catch (RuntimeException e) {
            LOG.error("call {}: message {} could not be kept from the Record action; the caller is told so",
                    request.callSid(), message.recordingSid());
            return false;
        }
    }

    /**
     * The safe answer: the front desk when a number is known, else a message. The message it records
     * comes back to the Record action's route, and is kept here without any prompts.
     */
    private Reply fallback(Prompts current, VoiceRequest request) {
        boolean spanish = "es".equals(request.query().get("lang"));
        Map<String, String> form = request.form();
        PhoneNumber called = PhoneNumber.of(form.get("To"));
        Optional<PhoneNumber> frontDesk = Optional.ofNullable(current)
                .flatMap(Prompts::frontDeskNumber)
                .or(() -> frontDeskOverride)
                .filter(number -> !number.sameLine(called));
        Recording recording = Recording.fromForm(form);
        if (request.route().equals(Routes.RECORDED) && recording.isMessage()) {
            CallState state = CallState.fromQuery(request.query(), spanish ? "es" : "en");
            boolean kept = keep(Message.recorded(recording, request.callSid(), form.get("From"), state.language(),
                    state.node(), office.clock().instant()), request);
            return new Reply(kept ? Fallback.messageKept(spanish) : Fallback.messageNotKept(spanish),
                    Reply.FALLBACK, "-");
        }
        if (request.route().equals(Routes.RECORDED) && frontDesk.isEmpty()) {
            // the safe answer's own recording was silent: asking again would never end
            return new Reply(Fallback.nothingRecorded(spanish), Reply.FALLBACK, "-");
        }
        return new Reply(Fallback.twiml(frontDesk, spanish, form.getOrDefault("From", "")), Reply.FALLBACK, "-");
    }
}
