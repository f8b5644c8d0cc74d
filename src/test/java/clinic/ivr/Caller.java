package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * One caller on the line, as Twilio posts their call: the first webhook, keys and words at each menu,
 * the front desk answering or not, a message, then the call status callback with its duration. Each
 * step asserts the line answered with TwiML that keeps the caller on the line.
 */
public final class Caller {

    private final TwilioClient twilio;
    private final String callSid;
    private final String number;

    public Caller(TwilioClient twilio, String callSid, String number) {
        this.twilio = twilio;
        this.callSid = callSid;
        this.number = number;
    }

    private Map<String, String> form(Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>(TwilioClient.callForm());
        form.put("CallSid", callSid);
        form.put("From", number);
        form.put("Caller", number);
        form.putAll(extra);
        return form;
    }

    private Twiml post(String url, Map<String, String> extra, boolean endAllowed) throws Exception {
        HttpResponse<String> r = twilio.post(url, form(extra));
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return OnTheLine.keepsCaller(r.body(), endAllowed);
    }

    /** The call comes in. */
    public Twiml calls() throws Exception {
        return post("/voice", Map.of(), false);
    }

    /** Presses keys at what the line just said. */
    public Twiml press(Twiml at, String digits) throws Exception {
        return post(at.action(), Map.of("Digits", digits), true);
    }

    /** Says words at what the line just said. */
    public Twiml says(Twiml at, String words) throws Exception {
        return post(at.action(), Map.of("SpeechResult", words, "Confidence", "0.9"), true);
    }

    /** Stays silent until the line goes on (Twilio follows the Redirect after the Gather). */
    public Twiml waits(Twiml at) throws Exception {
        return post(at.redirect(), Map.of(), true);
    }

    /** The line rang the front desk ({@code dial} has the Dial); someone there took the call, or no one did. */
    public Twiml desk(Twiml dial, boolean answered) throws Exception {
        Element d = dial.all("Dial").get(0);
        Map<String, String> outcome = answered ? Map.of("DialCallStatus", "completed", "DialBridged", "true",
                "DialCallDuration", "60") : Map.of("DialCallStatus", "no-answer");
        return post(d.getAttribute("action"), outcome, true);
    }

    /** Leaves a message of {@code seconds} after the beep ({@code record} has the Record). */
    public Twiml leavesMessage(Twiml record, String recordingSid, int seconds) throws Exception {
        Element r = record.all("Record").get(0);
        return post(r.getAttribute("action"), Map.of("RecordingSid", recordingSid,
                "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + recordingSid,
                "RecordingDuration", String.valueOf(seconds)), true);
    }

    /** Hangs up: Twilio's call status callback, with the call's length. */
    public void hangsUp(int seconds) throws Exception {
        HttpResponse<String> r = twilio.post("/voice/status", form(Map.of("CallStatus", "completed",
                "CallDuration", String.valueOf(seconds))));
        assertThat(r.statusCode()).isEqualTo(204);
    }
}
