package clinic.ivr.staff;

import clinic.ivr.config.TwilioApi;
import clinic.ivr.desk.RecordingAudio;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fetches a caller's recording from Twilio's REST API by its RecordingSid, with the account's
 * credentials: never from a URL found in a request, so nothing a caller or a page sends can point the
 * line, and its credentials, elsewhere. Twilio may redirect to its media store; the credentials go to
 * Twilio's API only, never to where it redirects.
 */
public final class TwilioRecordings {

    /** Twilio's SIDs are two letters and hex digits; anything else cannot name a recording. */
    private static final Pattern SID = Pattern.compile("[A-Za-z]{2}[0-9A-Za-z]{1,62}");
    private static final int MAX_REDIRECTS = 3;

    /** What fetching a recording gave. */
    public sealed interface Fetched {
        /** The audio. */
        record Audio(RecordingAudio audio) implements Fetched {}

        /** Twilio has no such recording (it was deleted there). */
        record Gone() implements Fetched {}

        /** Twilio could not be asked or did not answer as it should, in plain words for staff. */
        record Unavailable(String why) implements Fetched {}
    }

    private final Optional<TwilioApi> api;
    private final Duration timeout;
    /** Built at the first fetch: a client and its TLS set-up cost a start about 70 ms, and many lines never fetch. */
    private HttpClient http;

    /** @param api the account and its credentials; empty when they are not set, and nothing is fetched */
    public TwilioRecordings(Optional<TwilioApi> api, Duration timeout) {
        this.api = api;
        this.timeout = timeout;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    /** The account and its credentials are set: recordings can be fetched. */
    public boolean configured() {
        return api.isPresent();
    }

    public Fetched fetch(String recordingSid) {
        if (api.isEmpty()) {
            return new Fetched.Unavailable("the line has no Twilio credentials");
        }
        if (recordingSid == null || !SID.matcher(recordingSid).matches()) {
            return new Fetched.Gone();
        }
        TwilioApi twilio = api.get();
        URI uri = twilio.recording(recordingSid);
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                        .header("Accept", RecordingAudio.MP3);
                if (sameOrigin(uri, twilio.base())) {
                    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (twilio.user() + ":" + twilio.secret()).getBytes(StandardCharsets.UTF_8)));
                }
                HttpResponse<InputStream> response = http().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                Optional<String> location = response.headers().firstValue("Location");
                if (status >= 300 && status < 400 && location.isPresent()) {
                    response.body().close();
                    uri = uri.resolve(location.get());
                    continue;
                }
                try (InputStream body = response.body()) {
                    if (status == 404) {
                        return new Fetched.Gone();
                    }
                    if (status != 200) {
                        return new Fetched.Unavailable(status == 401 || status == 403
                                ? "Twilio refused the line's credentials (HTTP " + status + ")"
                                : "Twilio answered HTTP " + status);
                    }
                    byte[] bytes = body.readNBytes(RecordingAudio.MAX_BYTES + 1);
                    if (bytes.length > RecordingAudio.MAX_BYTES) {
                        return new Fetched.Unavailable("the recording is larger than any message can be");
                    }
                    String type = response.headers().firstValue("Content-Type").orElse(RecordingAudio.MP3);
                    return new Fetched.Audio(new RecordingAudio(bytes, type.startsWith("audio/") ? type : RecordingAudio.MP3));
                }
            }
            return new Fetched.Unavailable("Twilio redirected too many times");
        } catch (IOException | IllegalArgumentException e) {
            return new Fetched.Unavailable("Twilio could not be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched.Unavailable("interrupted");
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme()) && Objects.equals(a.getHost(), b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
