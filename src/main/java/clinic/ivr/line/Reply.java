package clinic.ivr.line;

import java.nio.charset.StandardCharsets;

/**
 * The line's answer to one webhook request: the TwiML, and what it does for the caller, for the
 * call log and the metrics.
 *
 * @param twiml   the TwiML to send Twilio
 * @param outcome what the caller gets: menu, answer, front-desk, goodbye, or fallback when anything failed
 * @param node    the menu or topic the caller is at afterwards, "-" when none
 * @param utf8    the TwiML encoded as UTF-8, as it goes on the wire (kept with a rendered answer)
 */
public record Reply(String twiml, String outcome, String node, byte[] utf8) {

    public static final String FALLBACK = "fallback";

    public Reply(String twiml, String outcome, String node) {
        this(twiml, outcome, node, twiml.getBytes(StandardCharsets.UTF_8));
    }

    public boolean fallback() {
        return FALLBACK.equals(outcome);
    }
}
