package clinic.ivr.line;

import clinic.ivr.desk.Message;
import clinic.ivr.desk.Recording;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.flow.Call;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Flow;
import clinic.ivr.flow.Input;
import clinic.ivr.flow.PhoneNumber;
import clinic.ivr.flow.Routes;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.twiml.Fallback;
import clinic.ivr.twiml.RenderedAnswers;
import clinic.ivr.twiml.TwimlRenderer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers Twilio's voice webhooks: parse the request into state and input, let the flow decide,
 * render the step with the current prompts. Whatever fails, the caller gets the fallback answer.
 */
public final class PhoneLine {

    private static final Logger LOG = LoggerFactory.getLogger(PhoneLine.class);
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z])([A-Z])");

    private final Supplier<Prompts> prompts;
    private final Optional<String> frontDeskOverride;
    private final Office office;
    private final RenderedAnswers answers = new RenderedAnswers();

    /**
     * @param prompts           the version of the prompts to answer with; it may change between calls
     * @param frontDeskOverride FRONT_DESK_NUMBER, for the fallback when no prompts could be read
     * @param office            the clock, the message store and text messages
     */
    public PhoneLine(Supplier<Prompts> prompts, Optional<String> frontDeskOverride, Office office) {
        this.prompts = prompts;
        this.frontDeskOverride = frontDeskOverride;
        this.office = office;
    }

    /** The TwiML for a request; never throws. */
    public String answer(VoiceRequest request) {
        return respond(request).twiml();
    }

    /** The TwiML for a request and what it does for the caller (for the call log); never throws. */
    public Answer respond(VoiceRequest request) {
        Prompts current = null;
        try {
            current = prompts.get();
            if (request.route().equals(Routes.FALLBACK)) {
                LOG.warn("Twilio used the fallback webhook for call {}: the line did not answer in time or failed",
                        request.callSid());
                return fallback(current, request);
            }
            Call call = Call.of(request.form(), office.clock().instant(),
                    office.texts().available() && current.clinic().canText());
            Step step = decide(current.flow(), request, call);
            // the two things a step asks the line to do besides answering: send a text, keep a message
            if (step instanceof Step.SendText text) {
                step = current.flow().afterText(text.state(), sendText(current, text, request));
            }
            if (step instanceof Step.MessageTaken taken) {
                keep(taken, request, call);
            }
            RenderedAnswers.Rendered rendered = answers.render(current, step);
            return new Answer(rendered.twiml(), outcome(step), step.state().node(), rendered.utf8());
        } catch (Exception | StackOverflowError e) {
            LOG.error("call {} {}: answering failed, the caller hears the fallback", request.callSid(),
                    request.route(), e);
            return fallback(current, request);
        }
    }

    /** The step's kind as the call log names it: Menu is "menu", FrontDesk is "front-desk". */
    private static String outcome(Step step) {
        return CAMEL_HUMP.matcher(step.getClass().getSimpleName()).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Step decide(Flow flow, VoiceRequest request, Call call) {
        CallState state = CallState.fromQuery(request.query(), flow.defaultLanguage());
        Map<String, String> form = request.form();
        return switch (request.route()) {
            case Routes.VOICE -> flow.start();
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
            outcome = office.texts().send(text.to(), TwimlRenderer.textMessage(current, text.state().language()));
        } catch (RuntimeException e) {
            LOG.warn("call {}: the text to {} failed: {}", request.callSid(), PhoneNumbers.mask(text.to()), e.toString());
            outcome = TextMessages.Outcome.FAILED;
        }
        if (outcome == TextMessages.Outcome.SENT) {
            LOG.info("call {}: sent the clinic's address by text to {}", request.callSid(), PhoneNumbers.mask(text.to()));
        } else {
            LOG.warn("call {}: could not text {}; the caller hears the address instead", request.callSid(),
                    PhoneNumbers.mask(text.to()));
        }
        return outcome == TextMessages.Outcome.SENT;
    }

    /** Stores the message from the Record action; the recording status callback stores it too, merged. */
    private void keep(Step.MessageTaken taken, VoiceRequest request, Call call) {
        Message message = Message.recorded(taken.recording(), request.callSid(), call.caller(),
                taken.state().language(), taken.state().node(), call.now());
        try {
            office.messages().record(message);
            LOG.info("call {}: message {} from {} ({} s) kept for the front desk", request.callSid(),
                    message.recordingSid(), PhoneNumbers.mask(message.caller()), message.seconds());
        } catch (RuntimeException e) {
            // the recording status callback will try again; the caller still hears the thank-you
            LOG.error("call {}: message {} not stored from the Record action: {}", request.callSid(),
                    message.recordingSid(), e.toString());
        }
    }

    private Answer fallback(Prompts current, VoiceRequest request) {
        String called = request.form().getOrDefault("To", "");
        Optional<String> frontDesk = Optional.ofNullable(current)
                .flatMap(Prompts::frontDeskNumber)
                .or(() -> frontDeskOverride)
                .filter(number -> !PhoneNumber.same(number, called));
        return new Answer(Fallback.twiml(frontDesk, "es".equals(request.query().get("lang"))), Answer.FALLBACK, "-");
    }
}
