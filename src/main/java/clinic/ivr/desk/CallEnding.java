package clinic.ivr.desk;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a call ended, as the front desk counts calls: what the caller got last. Decided from the flow's
 * steps as the call goes ({@code clinic.ivr.flow.Endings}); the last step that says something decides.
 */
public enum CallEnding {
    REACHED_DESK("reached-desk", "Reached the front desk"),
    DESK_MISSED("desk-missed", "The front desk did not answer"),
    MESSAGE_LEFT("message-left", "Left a message"),
    HUNG_UP_IN_MENU("hung-up-in-menu", "Hung up in a menu"),
    HUNG_UP_AFTER_ANSWER("hung-up-after-answer", "Listened to an answer and hung up");

    /** Where a caller who hung up at the offer to leave a message (or while leaving one) was. */
    public static final String MESSAGE_OFFER = "message-offer";

    private final String code;
    private final String words;

    CallEnding(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** As stored and exported. */
    public String code() {
        return code;
    }

    /** As staff read it. */
    public String words() {
        return words;
    }

    public static Optional<CallEnding> of(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }

    /**
     * How a call ended and where: the menu a caller hung up in, the topic they heard last, or
     * {@link #MESSAGE_OFFER}.
     */
    public record Where(CallEnding ending, String place) {}
}
