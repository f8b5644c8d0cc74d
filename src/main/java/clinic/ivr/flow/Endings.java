package clinic.ivr.flow;

import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.CallEnding.Where;
import clinic.ivr.flow.Step.Lead;
import java.util.Optional;
import java.util.Set;

/**
 * How a call ended if the caller hung up right after this step: the step says it, no TwiML is read.
 * Empty means the step changes nothing (a goodbye after a message, a repeat of the offer to leave one),
 * so the step before it still tells how the call ended.
 */
public final class Endings implements Step.Visitor<Optional<Where>> {

    /** The offer to leave a message because ringing the desk did not reach anyone. */
    private static final Set<Lead.Kind> DESK_MISSED = Set.of(Lead.Kind.FRONT_DESK_MISSED, Lead.Kind.FRONT_DESK_UNAVAILABLE);

    private final String route;

    private Endings(String route) {
        this.route = route;
    }

    /**
     * @param route the webhook the step answers ({@link Routes}): a goodbye after ringing the desk means
     *              someone there took the call
     */
    public static Optional<Where> after(String route, Step step) {
        return step.accept(new Endings(route));
    }

    private static Optional<Where> of(CallEnding ending, String place) {
        return Optional.of(new Where(ending, place));
    }

    @Override
    public Optional<Where> menu(Step.Menu step) {
        return of(CallEnding.HUNG_UP_IN_MENU, step.state().node());
    }

    @Override
    public Optional<Where> answer(Step.Answer step) {
        return of(CallEnding.HUNG_UP_AFTER_ANSWER, step.state().node());
    }

    @Override
    public Optional<Where> hours(Step.Hours step) {
        return of(CallEnding.HUNG_UP_AFTER_ANSWER, step.state().node());
    }

    @Override
    public Optional<Where> confirm(Step.Confirm step) {
        return of(CallEnding.HUNG_UP_IN_MENU, step.state().node());
    }

    /** Ringing: a caller who hangs up now has not reached anyone. */
    @Override
    public Optional<Where> frontDesk(Step.FrontDesk step) {
        return of(CallEnding.DESK_MISSED, step.state().node());
    }

    @Override
    public Optional<Where> messageOffer(Step.MessageOffer step) {
        if (DESK_MISSED.contains(step.lead().kind())) {
            return of(CallEnding.DESK_MISSED, step.state().node());
        }
        // the desk closed: the caller is offered a message; a repeat or a miss there changes nothing
        return step.lead().kind() == Lead.Kind.DESK_CLOSED
                ? of(CallEnding.HUNG_UP_IN_MENU, CallEnding.MESSAGE_OFFER) : Optional.empty();
    }

    /** Recording: the message, if any, is counted when it is kept. */
    @Override
    public Optional<Where> voicemail(Step.Voicemail step) {
        return Optional.empty();
    }

    @Override
    public Optional<Where> messageTaken(Step.MessageTaken step) {
        return of(CallEnding.MESSAGE_LEFT, step.state().node());
    }

    /** The staff member's side of the call, not the caller's. */
    @Override
    public Optional<Where> whisper(Step.Whisper step) {
        return Optional.empty();
    }

    @Override
    public Optional<Where> connect(Step.Connect step) {
        return Optional.empty();
    }

    @Override
    public Optional<Where> sendText(Step.SendText step) {
        return Optional.empty();
    }

    /** After ringing the desk, Twilio comes back with the goodbye only when someone took the call. */
    @Override
    public Optional<Where> goodbye(Step.Goodbye step) {
        return Routes.FRONT_DESK.equals(route) ? of(CallEnding.REACHED_DESK, step.state().node()) : Optional.empty();
    }
}
