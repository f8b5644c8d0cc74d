package clinic.ivr.web;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.CallLines;
import clinic.ivr.LineExtension;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceAccessMode;

/** What the operators see: one JSON line per answer, and the metrics behind the staff password. */
@ResourceLock(value = CallLines.LOGGING, mode = ResourceAccessMode.READ)
class OperationsTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Instant NOW = Instant.parse("2026-03-02T14:30:00Z");

    private final CallLines logged = new CallLines();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private TestLine line;
    private TwilioClient twilio;

    @RegisterExtension
    static final LineExtension LINES = new LineExtension();

    /** Each test its own line: its own metrics and call log, counted from zero. */
    @BeforeEach
    void start() throws Exception {
        line = LINES.start(TestLine.with().operations(new LineServer.Operations(LineMetrics.forLine(),
                logged.log(Clock.fixed(NOW, ZoneOffset.UTC)))));
        twilio = line.twilio();
    }

    @Test
    void everyAnswerIsOneJsonLineWithCallStepLatencyAndAMaskedCaller() throws Exception {
        twilio.post("/voice", TwilioClient.callForm());
        twilio.post("/voice/menu?node=main&lang=en", TwilioClient.withInput(Map.of("Digits", "3")));
        twilio.post("/voice/menu?node=faq&lang=en", TwilioClient.withInput(Map.of("Digits", "0")));

        List<JsonNode> lines = logLines(3);
        assertThat(lines.size()).as(logged::text).isEqualTo(3);
        JsonNode faq = lines.get(1);
        assertThat(faq.get("time").asText()).isEqualTo(NOW.toString());
        assertThat(faq.get("level").asText()).isEqualTo("INFO");
        assertThat(faq.get("callSid").asText()).isEqualTo(TwilioClient.CALL_SID);
        assertThat(faq.get("route").asText()).isEqualTo("/voice/menu");
        assertThat(faq.get("node").asText()).isEqualTo("faq");
        assertThat(faq.get("outcome").asText()).isEqualTo("menu");
        assertThat(faq.get("status").asInt()).isEqualTo(200);
        assertThat(faq.get("latencyMs").asDouble()).isGreaterThan(0);
        assertThat(faq.get("caller").asText()).isEqualTo("+1******0147");
        assertThat(lines.get(2).get("outcome").asText()).isEqualTo("front-desk");
        assertThat(logged.text()).as("the caller's full number must never be logged").doesNotContain(TwilioClient.CALLER);
    }

    @Test
    void aRefusedSignatureIsLoggedWithTheUrlItWasCheckedAgainst() throws Exception {
        twilio.send(line.baseUrl() + "/voice", TwilioClient.callForm(), "forged");

        JsonNode refused = logLines(1).get(0);
        assertThat(refused.get("level").asText()).isEqualTo("WARN");
        assertThat(refused.get("outcome").asText()).isEqualTo("bad-signature");
        assertThat(refused.get("status").asInt()).isEqualTo(403);
        assertThat(refused.get("detail").asText()).as(refused::toString).endsWith(line.baseUrl() + "/voice");
    }

    @Test
    void metricsNeedTheStaffPassword() throws Exception {
        assertThat(metrics(null).statusCode()).isEqualTo(401);
        assertThat(metrics("staff:wrong").statusCode()).isEqualTo(401);
        assertThat(metrics("admin:" + PASSWORD).statusCode()).isEqualTo(401);
        HttpResponse<String> ok = metrics("staff:" + PASSWORD);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
    }

    @Test
    void metricsCountRequestsByRouteAndStatusWithALatencyHistogram() throws Exception {
        twilio.post("/voice", TwilioClient.callForm());
        twilio.post("/voice/menu?node=main&lang=en", TwilioClient.withInput(Map.of("Digits", "1")));
        twilio.post("/voice/menu?node=main&lang=en", TwilioClient.withInput(Map.of("Digits", "2")));
        twilio.send(line.baseUrl() + "/voice/menu", TwilioClient.callForm(), "forged");
        twilio.get("/no/such/page");

        String text = metrics("staff:" + PASSWORD).body();
        assertThat(value(text, "ivr_requests_total{route=\"/voice\",status=\"200\"}")).isOne();
        assertThat(value(text, "ivr_requests_total{route=\"/voice/menu\",status=\"200\"}")).isEqualTo(2);
        assertThat(value(text, "ivr_requests_total{route=\"/voice/menu\",status=\"403\"}")).isOne();
        assertThat(value(text, "ivr_requests_total{route=\"other\",status=\"404\"}")).isOne();
        assertThat(value(text, "ivr_signature_failures_total")).isOne();
        assertThat(value(text, "ivr_fallbacks_total")).isZero();
        assertThat(value(text, "ivr_request_duration_seconds_count{route=\"/voice/menu\"}")).isEqualTo(3);
        assertThat(value(text, "ivr_request_duration_seconds_bucket{route=\"/voice/menu\",le=\"+Inf\"}")).isEqualTo(3);
        assertThat(value(text, "ivr_request_duration_seconds_bucket{route=\"/voice/menu\",le=\"0.0005\"}")).isLessThanOrEqualTo(value(text, "ivr_request_duration_seconds_bucket{route=\"/voice/menu\",le=\"1\"}"));
    }

    @Test
    void twilioGivingUpOnTheLineCountsAsAFallback() throws Exception {
        twilio.post("/voice/fallback", TwilioClient.callForm());

        assertThat(value(metrics("staff:" + PASSWORD).body(), "ivr_fallbacks_total")).isOne();
        assertThat(logLines(1).get(0).get("outcome").asText()).isEqualTo("fallback");
    }

    @Test
    void withoutAStaffPasswordThereAreNoMetrics() throws Exception {
        try (TestLine closed = TestLine.with().noStaffPassword().start()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(closed.baseUrl() + "/metrics"))
                    .header("Authorization", basic("staff:")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(404);
        }
    }

    private HttpResponse<String> metrics(String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(line.baseUrl() + "/metrics"));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static double value(String prometheus, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(prometheus);
        if (!m.find()) {
            throw new AssertionError("no " + series + " in\n" + prometheus);
        }
        return Double.parseDouble(m.group(1));
    }

    /** The log lines, once there are {@code expected} of them: a line is written just after its answer is sent. */
    private List<JsonNode> logLines(int expected) throws Exception {
        for (int i = 0; i < 500 && logged.text().split("\n").length < expected; i++) {
            Thread.sleep(10);
        }
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String l : logged.text().split("\n")) {
            if (!l.isBlank()) {
                lines.add(json.readTree(l));
            }
        }
        return lines;
    }
}
