package clinic.ivr.line;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;

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

    /**
     * The parameters of an action URL's query, read by Jetty's decoder; a repeated name keeps its first
     * value. A query that cannot be read gives none: the call's state falls back to safe defaults.
     */
    public static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        Fields fields = new Fields(true);
        try {
            UrlEncoded.decodeUtf8To(rawQuery, fields);
        } catch (RuntimeException unreadable) {
            return query;
        }
        fields.forEach(field -> query.putIfAbsent(field.getName(), field.getValue()));
        return query;
    }
}
