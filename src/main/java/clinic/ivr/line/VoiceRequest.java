package clinic.ivr.line;

import java.util.Map;

/**
 * One webhook request from Twilio, free of HTTP: the route, the state in its query, and the form
 * Twilio posted. The web layer builds it; so does the terminal phone.
 *
 * @param route a path of {@link clinic.ivr.flow.Routes}
 * @param query the action URL's query parameters (the call's state)
 * @param form  the POST body's parameters (CallSid, From, To, Digits, SpeechResult, ...)
 */
public record VoiceRequest(String route, Map<String, String> query, Map<String, String> form) {

    public VoiceRequest {
        query = Map.copyOf(query);
        form = Map.copyOf(form);
    }

    public String callSid() {
        return form.getOrDefault("CallSid", "-");
    }
}
