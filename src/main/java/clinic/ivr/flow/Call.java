package clinic.ivr.flow;

import clinic.ivr.desk.Closure;
import clinic.ivr.desk.PhoneNumber;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the flow needs to know about the call besides its state: facts of this request, given as
 * values so the flow stays pure.
 *
 * @param called         the number the caller dialled (Twilio's To): never rung back, shown to staff as caller id
 * @param caller         the caller's number (Twilio's From), for a text message
 * @param now            the moment of this request, for the front desk's hours
 * @param textsAvailable the line can send text messages at all
 * @param closure        staff closed the clinic for the rest of a day (it counts only on that day)
 */
public record Call(PhoneNumber called, PhoneNumber caller, Instant now, boolean textsAvailable,
                   Optional<Closure> closure) {

    public Call {
        called = called == null ? PhoneNumber.NONE : called;
        caller = caller == null ? PhoneNumber.NONE : caller;
    }

    /** The numbers as Twilio gives them. */
    public Call(String called, String caller, Instant now, boolean textsAvailable) {
        this(PhoneNumber.of(called), PhoneNumber.of(caller), now, textsAvailable, Optional.empty());
    }

    public static Call of(Map<String, String> form, Instant now, boolean textsAvailable, Optional<Closure> closure) {
        return new Call(PhoneNumber.of(form.get("To")), PhoneNumber.of(form.get("From")), now, textsAvailable, closure);
    }

    /** The same call with the clinic closed for the rest of the closure's day. */
    public Call closed(Closure closure) {
        return new Call(called, caller, now, textsAvailable, Optional.of(closure));
    }
}
