package clinic.ivr.line;

/**
 * The line's answer to one webhook request: the TwiML, and what it does for the caller, for the
 * call log and the metrics.
 *
 * @param twiml   the TwiML to send Twilio
 * @param outcome what the caller gets: menu, answer, front-desk, goodbye, or fallback when anything failed
 * @param node    the menu or topic the caller is at afterwards, "-" when none
 */
public record Answer(String twiml, String outcome, String node) {

    public static final String FALLBACK = "fallback";

    public boolean fallback() {
        return FALLBACK.equals(outcome);
    }
}
