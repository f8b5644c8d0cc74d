package clinic.ivr.line;

import clinic.ivr.desk.Closure;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.store.MessageStore;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the line uses besides its words: the clock (fixed by IVR_NOW for previews and tests), the
 * store of callers' messages, text messages, and whether staff closed the clinic for the rest of a day.
 *
 * @param closure the newest closure staff made, as every instance sees it (it counts only on its own day)
 */
public record Office(Clock clock, MessageStore messages, TextMessages texts, Supplier<Optional<Closure>> closure) {

    /** An office no one has closed for the day. */
    public Office(Clock clock, MessageStore messages, TextMessages texts) {
        this(clock, messages, texts, Optional::empty);
    }
}
