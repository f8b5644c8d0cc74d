package clinic.ivr.line;

import clinic.ivr.desk.TextMessages;
import clinic.ivr.store.MessageStore;
import java.time.Clock;

/**
 * What the line uses besides its words: the clock (fixed by IVR_NOW for previews and tests), the
 * store of callers' messages, and text messages.
 */
public record Office(Clock clock, MessageStore messages, TextMessages texts) {}
