package clinic.ivr.flow;

import clinic.ivr.desk.PhoneNumber;
import java.time.Instant;
import java.util.Map;

/**
 * What the flow needs to know about the call besides its state: facts of this request, given as
 * values so the flow stays pure.
 *
 * @param called         the number the caller dialled (Twilio's To): never rung back, shown to staff as caller id
 * @param caller         the caller's number (Twilio's From), for a text message
 * @param now            the moment of this request, for the front desk's hours
 * @param textsAvailable the line can send text messages at all
 */
public record Call(PhoneNumber called, PhoneNumber caller, Instant now, boolean textsAvailable) {

    public Call {
        called = called == null ? PhoneNumber.NONE : called;
        caller = caller == null ? PhoneNumber.NONE : caller;
    }

    /** The numbers as Twilio gives them. */
    public Call(String called, String caller, Instant now, boolean textsAvailable) {
        this(PhoneNumber.of(called), PhoneNumber.of(caller), now, textsAvailable);
    }

    public static Call of(Map<String, String> form, Instant now, boolean textsAvailable) {
        return new Call(form.get("To"), form.get("From"), now, textsAvailable);
    }
}
