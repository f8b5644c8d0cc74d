package clinic.ivr.it;

import static org.assertj.core.api.Assertions.assertThat;

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
            assertThat(health.statusCode()).as("a store that cannot be opened is a problem from the start").isEqualTo(503);
            assertThat(health.body()).as(health.body()).contains("the message store cannot write");
            assertThat(health.body()).as("the message left waiting, the torn line set aside: " + health.body()).contains("\"journal\":{\"waiting\":1,\"oldestSeconds\":");
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
            assertThat(twilio.post(callback, recording).statusCode()).as("kept in the journal").isEqualTo(204);
            Map<String, String> transcription = new java.util.HashMap<>(recording);
            transcription.put("TranscriptionText", WORDS);
            transcription.put("TranscriptionStatus", "completed");
            twilio.post("/voice/transcription?node=main&lang=en", transcription);

            HttpResponse<String> forged = twilio.send(line.baseUrl() + callback, recording, "forged-signature");
            assertThat(forged.statusCode()).isEqualTo(403);
            HttpResponse<String> guess = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(line.baseUrl() + "/staff/messages")).header("X-Forwarded-For", STAFF_ADDRESS)
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("staff:" + NUMBER).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(guess.statusCode()).isEqualTo(401);
            // read the refusal's log line before the kill: output still in the pipe when a process is killed can be
            // lost to the reader (the JDK drains an exited process's pipe itself), as happened on a busy machine
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
            while (line.stderr().stream().noneMatch(l -> l.contains("refused: wrong user")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            line.kill();
            line.awaitExit(java.time.Duration.ofSeconds(10));
        }

        List<String> logs = new ArrayList<>(line.stdout());
        logs.addAll(line.stderr());
        String all = String.join("\n", logs);
        // the paths this test means to cover did log
        assertThat(all).as("no refused-signature line").contains("bad-signature");
        assertThat(all).as("no store failure logged").contains("could not be stored");
        assertThat(all).as("no dead letter logged").containsAnyOf("RE-torn", "moved from " + Journal.FILE);
        assertThat(all).as("no masked staff address").contains("203.0.113.*");
        for (String planted : new String[] {DIGITS, "212-555-0199", "sciatica", "Rosalind", STAFF_ADDRESS}) {
            List<String> leaks = logs.stream().filter(l -> l.contains(planted)).toList();
            assertThat(leaks).as("\"" + planted + "\" is in the logs:\n" + String.join("\n", leaks)).isEmpty();
        }
        assertThat(Files.readString(data.resolve(Journal.FILE))).as("the journal itself keeps the message whole (0600, for staff): only the logs must not").contains(DIGITS);
    }
}
