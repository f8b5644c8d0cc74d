package clinic.ivr.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * One thing that happened on a call, as the line records it for the dashboard: a step the caller
 * heard (a menu, an answer, the front desk ...), a message kept, or the call's end. The caller's
 * number travels in memory only: the store keeps a salted hash of it and its masked form.
 *
 * @param callSid  Twilio's CallSid
 * @param at       when it happened
 * @param start    when and how the call began, as far as this event tells: the store keeps the first it hears
 * @param step     what the caller heard ("menu", "answer", ...), or empty for an event that is no step
 * @param node     the menu or topic of the step
 * @param part     the part of an answer (1 for the first)
 * @param language the caller's language, such as "es"
 * @param slow     the caller asked for slower speech
 * @param caller   the caller's number as Twilio gave it (From), or null
 * @param ending   how the call ended, if it ended now; empty when this event says nothing about it
 * @param duration the call's length in seconds, when the call has ended (Twilio's status callback)
 */
public record CallEvent(String callSid, Instant at, Start start, Optional<String> step, String node, int part,
                        String language, boolean slow, String caller, Optional<CallEnding.Where> ending,
                        Optional<Integer> duration) {

    /** The longest CallSid, node or language kept; Twilio's are far shorter. */
    public static final int FIELD_CHARS = 256;

    /**
     * When a call began, in the clinic's time zone, and whether the front desk was open then.
     *
     * @param at      the moment
     * @param day     its date in the clinic's time zone
     * @param hour    its hour (0 to 23) in the clinic's time zone
     * @param inHours whether the front desk was open
     */
    public record Start(Instant at, LocalDate day, int hour, boolean inHours) {

        /** A call that began at {@code at}, by the clinic's hours (UTC and closed when the line has none). */
        public static Start at(Instant at, Optional<OpeningHours> hours) {
            ZonedDateTime local = at.atZone(hours.map(OpeningHours::zone).orElse(ZoneOffset.UTC));
            return new Start(at, local.toLocalDate(), local.getHour(), hours.map(h -> h.isOpen(at)).orElse(false));
        }
    }

    public CallEvent {
        callSid = Message.cut(callSid, FIELD_CHARS);
        node = Message.cut(node, FIELD_CHARS);
        language = Message.cut(language, 8);
        caller = Message.cut(caller, FIELD_CHARS);
    }
}
