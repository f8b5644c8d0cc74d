package clinic.ivr;

import com.twilio.security.RequestValidator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays Twilio's part over real HTTP: form posts shaped like Twilio's, signed with the account's
 * auth token the way Twilio documents it.
 */
public final class TwilioClient {

    public static final String CALL_SID = "CA0123456789abcdef0123456789abcdef";
    public static final String CALLER = "+12125550147";
    public static final String LINE_NUMBER = "+16465550100";

    private final String baseUrl;
    private final String authToken;
    /** HTTP/1.1 as Twilio speaks it: the JDK client would otherwise offer an h2c upgrade, which loses the body. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public TwilioClient(String baseUrl, String authToken) {
        this.baseUrl = baseUrl;
        this.authToken = authToken;
    }

    /** The parameters Twilio sends with every voice webhook of a call. */
    public static Map<String, String> callForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        form.put("ApiVersion", "2010-04-01");
        form.put("CallSid", CALL_SID);
        form.put("CallStatus", "in-progress");
        form.put("Called", LINE_NUMBER);
        form.put("Caller", CALLER);
        form.put("Direction", "inbound");
        form.put("From", CALLER);
        form.put("FromCity", "NEW YORK");
        form.put("FromState", "NY");
        form.put("To", LINE_NUMBER);
        return form;
    }

    /** What Twilio sends when the recording {@code sid} of a message is done: at the Record's action and its status callback. */
    public static Map<String, String> recording(String sid) {
        Map<String, String> form = callForm();
        form.put("RecordingSid", sid);
        form.put("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + sid);
        form.put("RecordingDuration", "14");
        form.put("RecordingStatus", "completed");
        return form;
    }

    /** Form with the Gather result added. */
    public static Map<String, String> withInput(Map<String, String> extra) {
        Map<String, String> form = callForm();
        form.putAll(extra);
        return form;
    }

    /**
     * POSTs a signed form to a path (with its query), as Twilio would: a URL fragment (the connection
     * overrides) is read by Twilio, and neither sent nor signed.
     */
    public HttpResponse<String> post(String pathAndQuery, Map<String, String> form) throws IOException, InterruptedException {
        int fragment = pathAndQuery.indexOf('#');
        String url = baseUrl + (fragment < 0 ? pathAndQuery : pathAndQuery.substring(0, fragment));
        return send(url, form, signature(authToken, url, form));
    }

    /** POSTs with the given signature header, or none when it is null. */
    public HttpResponse<String> send(String url, Map<String, String> form, String signature)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static String encode(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    /**
     * Twilio's documented algorithm, written out independently of the SDK: the full URL, then each
     * POST parameter's name and value sorted by name, HMAC-SHA1 with the auth token, Base64.
     */
    public static String signature(String authToken, String url, Map<String, String> form) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SDK's check, to show test signatures agree with it. */
    public static boolean sdkAccepts(String authToken, String url, Map<String, String> form, String signature) {
        return new RequestValidator(authToken).validate(url, form, signature);
    }
}
