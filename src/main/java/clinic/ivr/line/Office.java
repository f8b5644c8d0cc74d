package clinic.ivr.line;

import clinic.ivr.desk.Closure;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.store.CallEvents;
import clinic.ivr.store.MessageStore;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the line uses besides its words: the clock (fixed by IVR_NOW for previews and tests), the
 * store of callers' messages, text messages, where what happens on calls is recorded, and whether staff
 * closed the clinic for the rest of a day.
 *
 * @param closure the newest closure staff made, as every instance sees it (it counts only on its own day)
 */
public record Office(Clock clock, MessageStore messages, TextMessages texts, CallEvents calls,
                     Supplier<Optional<Closure>> closure) {

    /** An office that does not record its calls, and that no one has closed for the day. */
    public Office(Clock clock, MessageStore messages, TextMessages texts) {
        this(clock, messages, texts, CallEvents.NONE, Optional::empty);
    }

    /** This office, recording its calls there. */
    public Office withCalls(CallEvents recorded) {
        return new Office(clock, messages, texts, recorded, closure);
    }

    /** This office, closed when staff close the clinic for the day. */
    public Office withClosure(Supplier<Optional<Closure>> closedBy) {
        return new Office(clock, messages, texts, calls, closedBy);
    }
}
