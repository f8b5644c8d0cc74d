package clinic.ivr.line;

import clinic.ivr.desk.TextMessages;
import clinic.ivr.store.CallEvents;
import clinic.ivr.store.MessageStore;
import java.time.Clock;

/**
 * What the line uses besides its words: the clock (fixed by IVR_NOW for previews and tests), the
 * store of callers' messages, text messages, and where what happens on calls is recorded.
 */
public record Office(Clock clock, MessageStore messages, TextMessages texts, CallEvents calls) {

    /** An office that does not record its calls. */
    public Office(Clock clock, MessageStore messages, TextMessages texts) {
        this(clock, messages, texts, CallEvents.NONE);
    }
}
