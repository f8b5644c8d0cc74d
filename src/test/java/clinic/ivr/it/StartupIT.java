package clinic.ivr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.LineProcess;
import clinic.ivr.OnTheLine;
import clinic.ivr.PromptsCopy;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import clinic.ivr.flow.Routes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * What the packaged line does when it starts into trouble: prompts that do not validate never stop
 * it (every call gets the safe answer, /health names the file and line, the fix brings the full line
 * back without a restart), and a second process on one DATA_DIR refuses to start instead of
 * corrupting the first one's data.
 */
class StartupIT {

    static final String DESK = "+12125985913";

    @TempDir
    Path temp;

    @Test
    void brokenPromptsStartTheLineOnTheSafeAnswerAndTheFixBringsTheFullLineBack() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        int line = prompts.lineOf("en/faq.txt", "Many people feel");
        prompts.edit("en/faq.txt", "Many people feel", "Many people at ${clinic.phon} feel");
        LineProcess process = LineProcess.start(Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN,
                "PROMPTS_DIR", prompts.dir().toString()));
        try {
            TwilioClient twilio = new TwilioClient(process.baseUrl(), TestLine.AUTH_TOKEN);
            HttpResponse<String> health = twilio.get("/health");
            assertEquals(503, health.statusCode());
            JsonNode degraded = new ObjectMapper().readTree(health.body());
            assertEquals("degraded", degraded.get("status").asText());
            assertTrue(degraded.get("promptsVersion").isNull(), health.body());
            JsonNode problem = findProblem(degraded, "prompts/en/faq.txt");
            assertEquals(line, problem.get("line").asInt(), health.body());
            assertTrue(problem.get("message").asText().contains("clinic.phon"), health.body());

            for (String route : Routes.ANSWERS) {
                for (String lang : new String[] {"en", "es"}) {
                    HttpResponse<String> answer = twilio.post(route + "?node=main&lang=" + lang,
                            TwilioClient.withInput(Map.of("Digits", "1")));
                    assertEquals(200, answer.statusCode(), route);
                    Twiml safe = OnTheLine.keepsCaller(answer.body(), true);
                    assertTrue(safe.spoken().startsWith(lang.equals("es") ? "Si se trata de una emergencia médica"
                            : "If this is a medical emergency, hang up and dial 911."), route + ": " + safe.spoken());
                    assertEquals(DESK, safe.dialled(), "the desk clinic.yaml still names: " + route);
                }
            }

            prompts.edit("en/faq.txt", "Many people at ${clinic.phon} feel", "Many people feel");
            JsonNode fixed = eventually(twilio, "ok");
            assertEquals(200, twilio.get("/health").statusCode(), fixed.toString());
            Twiml menu = Twiml.parse(twilio.post("/voice", TwilioClient.callForm()).body());
            assertTrue(menu.has("Gather") && menu.spoken().contains("Gramercy Physical Therapy"), menu.spoken());
        } finally {
            process.kill();
        }
    }

    @Test
    void withoutAnyDeskNumberTheSafeAnswerTakesAMessageThatIsKeptForStaff() throws Exception {
        PromptsCopy prompts = PromptsCopy.in(temp);
        prompts.edit("clinic.yaml", "number: \"" + DESK + "\"", "number: \"call the desk\"");
        Map<String, String> env = new HashMap<>(Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN,
                "PROMPTS_DIR", prompts.dir().toString(), "STAFF_PASSWORD", TestLine.STAFF_PASSWORD,
                "DATA_DIR", temp.resolve("data").toString()));
        LineProcess process = LineProcess.start(env);
        try {
            TwilioClient twilio = new TwilioClient(process.baseUrl(), TestLine.AUTH_TOKEN);
            Twiml safe = OnTheLine.keepsCaller(twilio.post("/voice", TwilioClient.callForm()).body(), true);
            assertTrue(safe.spoken().startsWith("If this is a medical emergency"), safe.spoken());
            assertFalse(safe.has("Dial"), safe.xml());
            Element record = safe.all("Record").get(0);
            assertTrue(record.getAttribute("recordingStatusCallback").endsWith(Routes.RETRIES));

            Map<String, String> recording = TwilioClient.withInput(Map.of("RecordingSid", "RE-safe",
                    "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE-safe",
                    "RecordingDuration", "19", "RecordingStatus", "completed"));
            Twiml thanks = Twiml.parse(twilio.post(record.getAttribute("action"), recording).body());
            assertTrue(thanks.spoken().startsWith("Thank you. Your message is saved"), thanks.spoken());
            assertEquals(204, twilio.post(record.getAttribute("recordingStatusCallback"), recording).statusCode());
            Twiml silence = Twiml.parse(twilio.post(record.getAttribute("action"), TwilioClient.callForm()).body());
            assertTrue(silence.spoken().startsWith("I did not hear a message."), silence.spoken());

            assertEquals(Set.of("RE-safe"), process.recordingSids(TestLine.STAFF_PASSWORD));
        } finally {
            process.kill();
        }
    }

    @Test
    void aSecondLineOnTheSameDataFolderRefusesToStartAndTheFirstGoesOn() throws Exception {
        Map<String, String> env = Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN,
                "DATA_DIR", temp.resolve("data").toString());
        LineProcess first = LineProcess.start(env);
        try {
            LineProcess second = LineProcess.launch(env);
            assertTrue(second.awaitExit(Duration.ofSeconds(30)), "the second line did not stop");
            assertEquals(1, second.process().exitValue());
            String said = String.join("\n", second.stderr());
            assertTrue(said.contains("The phone line cannot start: another clinic-ivr process is using the data folder "
                    + temp.resolve("data").toAbsolutePath().normalize()), said);

            HttpResponse<String> answer = new TwilioClient(first.baseUrl(), TestLine.AUTH_TOKEN)
                    .post("/voice", TwilioClient.callForm());
            assertEquals(200, answer.statusCode(), "the first line goes on answering");
        } finally {
            first.kill();
        }
    }

    @Test
    void onHerokuWithoutADatabaseTheLineSaysLoudlyThatMessagesWouldBeLost() throws Exception {
        LineProcess process = LineProcess.start(Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN, "DYNO", "web.1",
                "DATA_DIR", temp.resolve("data").toString()));
        try {
            HttpResponse<String> health = new TwilioClient(process.baseUrl(), TestLine.AUTH_TOKEN).get("/health");
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("heroku addons:create heroku-postgresql:essential-0"), health.body());
            assertTrue(process.stderr().stream().anyMatch(l -> l.contains("ERROR") && l.contains("MESSAGES WILL BE LOST")),
                    String.join("\n", process.stderr()));
        } finally {
            process.kill();
        }
    }

    private static JsonNode findProblem(JsonNode health, String file) {
        for (JsonNode p : health.get("problems")) {
            if (p.has("file") && p.get("file").asText().equals(file)) {
                return p;
            }
        }
        throw new AssertionError("no problem names " + file + ": " + health);
    }

    private static JsonNode eventually(TwilioClient twilio, String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode health = new ObjectMapper().readTree(twilio.get("/health").body());
        while (!health.get("status").asText().equals(status) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            health = new ObjectMapper().readTree(twilio.get("/health").body());
        }
        return health;
    }
}
