package clinic.ivr.line;

import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Flow;
import clinic.ivr.flow.Input;
import clinic.ivr.flow.Routes;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.twiml.Fallback;
import clinic.ivr.twiml.RenderedAnswers;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers Twilio's voice webhooks: parse the request into state and input, let the flow decide,
 * render the step with the current prompts. Whatever fails, the caller gets the fallback answer.
 */
public final class PhoneLine {

    private static final Logger LOG = LoggerFactory.getLogger(PhoneLine.class);

    private final Supplier<Prompts> prompts;
    private final Optional<String> frontDeskOverride;
    private final RenderedAnswers answers = new RenderedAnswers();

    /**
     * @param prompts           the version of the prompts to answer with; it may change between calls
     * @param frontDeskOverride FRONT_DESK_NUMBER, for the fallback when no prompts could be read
     */
    public PhoneLine(Supplier<Prompts> prompts, Optional<String> frontDeskOverride) {
        this.prompts = prompts;
        this.frontDeskOverride = frontDeskOverride;
    }

    /** The TwiML for a request; never throws. */
    public String answer(VoiceRequest request) {
        return respond(request).twiml();
    }

    /** The TwiML for a request and what it does for the caller; never throws. */
    public Answer respond(VoiceRequest request) {
        Prompts current = null;
        try {
            current = prompts.get();
            if (request.route().equals(Routes.FALLBACK)) {
                LOG.warn("Twilio used the fallback webhook for call {}: the line did not answer in time or failed",
                        request.callSid());
                return fallback(current, request);
            }
            Step step = decide(current.flow(), request);
            RenderedAnswers.Rendered rendered = answers.render(current, step);
            return new Answer(rendered.twiml(), outcome(step), step.state().node(), rendered.utf8());
        } catch (Exception | StackOverflowError e) {
            LOG.error("call {} {}: answering failed, the caller hears the fallback", request.callSid(),
                    request.route(), e);
            return fallback(current, request);
        }
    }

    private static String outcome(Step step) {
        if (step instanceof Step.Menu) {
            return "menu";
        }
        if (step instanceof Step.Answer) {
            return "answer";
        }
        return step instanceof Step.FrontDesk ? "front-desk" : "goodbye";
    }

    private static Step decide(Flow flow, VoiceRequest request) {
        CallState state = CallState.fromQuery(request.query(), flow.defaultLanguage());
        return switch (request.route()) {
            case Routes.VOICE -> flow.start();
            case Routes.FRONT_DESK -> flow.afterFrontDesk(state, request.form().getOrDefault("DialCallStatus", ""));
            case Routes.MENU -> flow.next(state, Input.fromForm(request.form()), request.form().getOrDefault("To", ""));
            default -> throw new IllegalArgumentException("no voice route " + request.route());
        };
    }

    private Answer fallback(Prompts current, VoiceRequest request) {
        String called = request.form().getOrDefault("To", "");
        Optional<String> frontDesk = Optional.ofNullable(current)
                .flatMap(Prompts::frontDeskNumber)
                .or(() -> frontDeskOverride)
                .filter(number -> !Flow.sameNumber(number, called));
        return new Answer(Fallback.twiml(frontDesk, "es".equals(request.query().get("lang"))), Answer.FALLBACK, "-");
    }
}
