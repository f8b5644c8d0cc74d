package clinic.ivr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.LineProcess;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.store.Journal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Callers' numbers and words never appear in clear in any log. A caller's number and words are
 * planted everywhere they can come in (a call, a message, a transcription, a forged request's URL, a
 * journal line that cannot be read, a store that is down), and everything the packaged line wrote on
 * stdout and stderr is searched for them.
 */
class LogScanIT {

    static final String NUMBER = "+12125550199";
    static final String DIGITS = "2125550199";
    static final String WORDS = "Rosalind about her sciatica";
    static final String STAFF_ADDRESS = "203.0.113.77";

    @TempDir
    Path data;

    @Test
    void noLogLineHoldsACallersNumberOrWords() throws Exception {
        // a journal left by an earlier run: a torn line, then a message waiting for the store
        Files.writeString(data.resolve(Journal.FILE), "{\"recordingSid\":\"RE-torn\",\"caller\":\"" + NUMBER + "\",\"tra\n"
                + "{\"recordingSid\":\"RE-waiting\",\"caller\":\"" + NUMBER + "\",\"transcription\":\"" + WORDS
                + "\",\"receivedAt\":\"2026-03-04T15:00:00Z\"}\n");
        LineProcess line = LineProcess.start(Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN,
                "STAFF_PASSWORD", TestLine.STAFF_PASSWORD, "DATA_DIR", data.toString(),
                // a database that is down: every message goes through the journal and its logging
                "DATABASE_URL", "postgres://clinic:secret@127.0.0.1:1/clinic"));
        try {
            TwilioClient twilio = new TwilioClient(line.baseUrl(), TestLine.AUTH_TOKEN);
            HttpResponse<String> health = twilio.get("/health");
            assertEquals(503, health.statusCode(), "a store that cannot be opened is a problem from the start");
            assertTrue(health.body().contains("the message store cannot write"), health.body());
            assertTrue(health.body().contains("\"journal\":{\"waiting\":1,\"oldestSeconds\":"),
                    "the message left waiting, the torn line set aside: " + health.body());
            Map<String, String> call = TwilioClient.callForm();
            call.put("From", NUMBER);
            call.put("Caller", NUMBER);
            twilio.post("/voice", call);
            Map<String, String> said = new java.util.HashMap<>(call);
            said.put("SpeechResult", WORDS + " " + NUMBER);
            said.put("Confidence", "0.4");
            twilio.post("/voice/menu?node=main&lang=en", said);

            Map<String, String> recording = new java.util.HashMap<>(call);
            recording.putAll(Map.of("RecordingSid", "RE-planted", "RecordingDuration", "20", "RecordingStatus", "completed",
                    "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE-planted"));
            twilio.post("/voice/recorded?node=main&lang=en", recording);
            String callback = "/voice/recording?node=main&lang=en&caller=%2B12125550199";
            assertEquals(204, twilio.post(callback, recording).statusCode(), "kept in the journal");
            Map<String, String> transcription = new java.util.HashMap<>(recording);
            transcription.put("TranscriptionText", WORDS);
            transcription.put("TranscriptionStatus", "completed");
            twilio.post("/voice/transcription?node=main&lang=en", transcription);

            HttpResponse<String> forged = twilio.send(line.baseUrl() + callback, recording, "forged-signature");
            assertEquals(403, forged.statusCode());
            HttpResponse<String> guess = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(line.baseUrl() + "/staff/messages")).header("X-Forwarded-For", STAFF_ADDRESS)
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("staff:" + NUMBER).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, guess.statusCode());
        } finally {
            line.kill();
            line.awaitExit(java.time.Duration.ofSeconds(10));
        }

        List<String> logs = new ArrayList<>(line.stdout());
        logs.addAll(line.stderr());
        String all = String.join("\n", logs);
        // the paths this test means to cover did log
        assertTrue(all.contains("bad-signature"), "no refused-signature line");
        assertTrue(all.contains("could not be stored"), "no store failure logged");
        assertTrue(all.contains("RE-torn") || all.contains("moved from " + Journal.FILE), "no dead letter logged");
        assertTrue(all.contains("203.0.113.*"), "no masked staff address");
        for (String planted : new String[] {DIGITS, "212-555-0199", "sciatica", "Rosalind", STAFF_ADDRESS}) {
            List<String> leaks = logs.stream().filter(l -> l.contains(planted)).toList();
            assertTrue(leaks.isEmpty(), "\"" + planted + "\" is in the logs:\n" + String.join("\n", leaks));
        }
        assertTrue(Files.readString(data.resolve(Journal.FILE)).contains(DIGITS),
                "the journal itself keeps the message whole (0600, for staff): only the logs must not");
    }
}
