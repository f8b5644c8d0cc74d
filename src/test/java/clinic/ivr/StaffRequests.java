package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A staff member's requests to a test line's staff pages over real HTTP, logged in with HTTP Basic. */
public final class StaffRequests {

    /** One client for the tests; redirects are the test's to read, never followed. */
    public static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private StaffRequests() {}

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** GET as user {@code staff} with this password (none when null), accepting this type (any when null). */
    public static HttpResponse<String> get(TestLine line, String path, String password, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(line.baseUrl() + path)).GET();
        if (password != null) {
            r.header("Authorization", basic("staff", password));
        }
        if (accept != null) {
            r.header("Accept", accept);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form posted by staff, from this origin (none when null). */
    public static HttpResponse<String> post(TestLine line, String path, String body, String origin) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(line.baseUrl() + path))
                .header("Authorization", basic("staff", TestLine.STAFF_PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            r.header("Origin", origin);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first form token on a page. */
    public static String token(String html) {
        Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }
}
