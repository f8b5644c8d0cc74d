package clinic.ivr.web;

import clinic.ivr.CallLines;
import clinic.ivr.staff.StaffGuard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the operators see: one JSON line per answer, and the metrics behind the staff password. */
class OperationsTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Instant NOW = Instant.parse("2026-03-02T14:30:00Z");

    private final CallLines logged = new CallLines();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private TestLine line;
    private TwilioClient twilio;

    @BeforeEach
    void start() throws Exception {
        LineServer.Operations operations = new LineServer.Operations(LineMetrics.forLine(),
                logged.log(Clock.fixed(NOW, ZoneOffset.UTC)));
        line = TestLine.with().operations(operations).start();
        twilio = line.twilio();
    }

    @AfterEach
    void stop() throws Exception {
        line.close();
    }

    @Test
    void everyAnswerIsOneJsonLineWithCallStepLatencyAndAMaskedCaller() throws Exception {
        twilio.post("/voice", TwilioClient.callForm());
        twilio.post("/voice/menu?node=main&lang=en", TwilioClient.withInput(Map.of("Digits", "3")));
        twilio.post("/voice/menu?node=faq&lang=en", TwilioClient.withInput(Map.of("Digits", "0")));

        List<JsonNode> lines = logLines(3);
        assertEquals(3, lines.size(), logged::text);
        JsonNode faq = lines.get(1);
        assertEquals(NOW.toString(), faq.get("time").asText());
        assertEquals("INFO", faq.get("level").asText());
        assertEquals(TwilioClient.CALL_SID, faq.get("callSid").asText());
        assertEquals("/voice/menu", faq.get("route").asText());
        assertEquals("faq", faq.get("node").asText());
        assertEquals("menu", faq.get("outcome").asText());
        assertEquals(200, faq.get("status").asInt());
        assertTrue(faq.get("latencyMs").asDouble() > 0);
        assertEquals("+1******0147", faq.get("caller").asText());
        assertEquals("front-desk", lines.get(2).get("outcome").asText());
        assertFalse(logged.text().contains(TwilioClient.CALLER), "the caller's full number must never be logged");
    }

    @Test
    void aRefusedSignatureIsLoggedWithTheUrlItWasCheckedAgainst() throws Exception {
        twilio.send(line.baseUrl() + "/voice", TwilioClient.callForm(), "forged");

        JsonNode refused = logLines(1).get(0);
        assertEquals("WARN", refused.get("level").asText());
        assertEquals("bad-signature", refused.get("outcome").asText());
        assertEquals(403, refused.get("status").asInt());
        assertTrue(refused.get("detail").asText().endsWith(line.baseUrl() + "/voice"), refused::toString);
    }

    @Test
    void metricsNeedTheStaffPassword() throws Exception {
        assertEquals(401, metrics(null).statusCode());
        assertEquals(401, metrics("staff:wrong").statusCode());
        assertEquals(401, metrics("admin:" + PASSWORD).statusCode());
        HttpResponse<String> ok = metrics("staff:" + PASSWORD);
        assertEquals(200, ok.statusCode());
        assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
    }

    @Test
    void metricsCountRequestsByRouteAndStatusWithALatencyHistogram() throws Exception {
        twilio.post("/voice", TwilioClient.callForm());
        twilio.post("/voice/menu?node=main&lang=en", TwilioClient.withInput(Map.of("Digits", "1")));
        twilio.post("/voice/menu?node=main&lang=en", TwilioClient.withInput(Map.of("Digits", "2")));
        twilio.send(line.baseUrl() + "/voice/menu", TwilioClient.callForm(), "forged");
        twilio.get("/no/such/page");

        String text = metrics("staff:" + PASSWORD).body();
        assertEquals(1, value(text, "ivr_requests_total{route=\"/voice\",status=\"200\"}"));
        assertEquals(2, value(text, "ivr_requests_total{route=\"/voice/menu\",status=\"200\"}"));
        assertEquals(1, value(text, "ivr_requests_total{route=\"/voice/menu\",status=\"403\"}"));
        assertEquals(1, value(text, "ivr_requests_total{route=\"other\",status=\"404\"}"));
        assertEquals(1, value(text, "ivr_signature_failures_total"));
        assertEquals(0, value(text, "ivr_fallbacks_total"));
        assertEquals(3, value(text, "ivr_request_duration_seconds_count{route=\"/voice/menu\"}"));
        assertEquals(3, value(text, "ivr_request_duration_seconds_bucket{route=\"/voice/menu\",le=\"+Inf\"}"));
        assertTrue(value(text, "ivr_request_duration_seconds_bucket{route=\"/voice/menu\",le=\"0.0005\"}")
                <= value(text, "ivr_request_duration_seconds_bucket{route=\"/voice/menu\",le=\"1\"}"));
    }

    @Test
    void twilioGivingUpOnTheLineCountsAsAFallback() throws Exception {
        twilio.post("/voice/fallback", TwilioClient.callForm());

        assertEquals(1, value(metrics("staff:" + PASSWORD).body(), "ivr_fallbacks_total"));
        assertEquals("fallback", logLines(1).get(0).get("outcome").asText());
    }

    @Test
    void withoutAStaffPasswordThereAreNoMetrics() throws Exception {
        try (TestLine closed = TestLine.with().noStaffPassword().start()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(closed.baseUrl() + "/metrics"))
                    .header("Authorization", basic("staff:")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, answer.statusCode());
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
