package clinic.ivr.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.AfterAll;
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
    @TempDir
    static Path shared;
    private static LineProcess procfileLine;

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
            assertThat(health.statusCode()).isEqualTo(503);
            JsonNode degraded = new ObjectMapper().readTree(health.body());
            assertThat(degraded.get("status").asText()).isEqualTo("degraded");
            assertThat(degraded.get("promptsVersion").isNull()).as(health.body()).isTrue();
            JsonNode problem = findProblem(degraded, "prompts/en/faq.txt");
            assertThat(problem.get("line").asInt()).as(health.body()).isEqualTo(line);
            assertThat(problem.get("message").asText()).as(health.body()).contains("clinic.phon");

            for (String route : Routes.ANSWERS) {
                for (String lang : new String[] {"en", "es"}) {
                    HttpResponse<String> answer = twilio.post(route + "?node=main&lang=" + lang,
                            TwilioClient.withInput(Map.of("Digits", "1")));
                    assertThat(answer.statusCode()).as(route).isEqualTo(200);
                    Twiml safe = OnTheLine.keepsCaller(answer.body(), true);
                    assertThat(safe.spoken()).as(route + ": " + safe.spoken()).startsWith(lang.equals("es") ? "Si se trata de una emergencia médica"
                            : "If this is a medical emergency, hang up and dial 911.");
                    assertThat(safe.dialled()).as("the desk clinic.yaml still names: " + route).isEqualTo(DESK);
                }
            }

            prompts.edit("en/faq.txt", "Many people at ${clinic.phon} feel", "Many people feel");
            JsonNode fixed = eventually(twilio, "ok");
            assertThat(twilio.get("/health").statusCode()).as(fixed.toString()).isEqualTo(200);
            Twiml menu = Twiml.parse(twilio.post("/voice", TwilioClient.callForm()).body());
            assertThat(menu.has("Gather")).as(menu.xml()).isTrue();
            assertThat(menu.spoken()).contains("Gramercy Physical Therapy");
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
            assertThat(safe.spoken()).as(safe.spoken()).startsWith("If this is a medical emergency");
            assertThat(safe.has("Dial")).as(safe.xml()).isFalse();
            Element record = safe.all("Record").get(0);
            assertThat(record.getAttribute("recordingStatusCallback")).endsWith(Routes.RETRIES);

            Map<String, String> recording = TwilioClient.withInput(Map.of("RecordingSid", "RE-safe",
                    "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE-safe",
                    "RecordingDuration", "19", "RecordingStatus", "completed"));
            Twiml thanks = Twiml.parse(twilio.post(record.getAttribute("action"), recording).body());
            assertThat(thanks.spoken()).as(thanks.spoken()).startsWith("Thank you. Your message is saved");
            assertThat(twilio.post(record.getAttribute("recordingStatusCallback"), recording).statusCode()).isEqualTo(204);
            Twiml silence = Twiml.parse(twilio.post(record.getAttribute("action"), TwilioClient.callForm()).body());
            assertThat(silence.spoken()).as(silence.spoken()).startsWith("I did not hear a message.");

            assertThat(process.recordingSids(TestLine.STAFF_PASSWORD)).isEqualTo(Set.of("RE-safe"));
        } finally {
            process.kill();
        }
    }

    @Test
    void aSecondLineOnTheSameDataFolderRefusesToStartAndTheFirstGoesOn() throws Exception {
        LineProcess first = procfileLine();
        LineProcess second = LineProcess.launch(procfileEnv());
        assertThat(second.awaitExit(Duration.ofSeconds(30))).as("the second line did not stop").isTrue();
        assertThat(second.process().exitValue()).isOne();
        String said = String.join("\n", second.stderr());
        assertThat(said).as(said).contains("The phone line cannot start: another clinic-ivr process is using the data folder "
                + shared.resolve("data").toAbsolutePath().normalize());

        HttpResponse<String> answer = new TwilioClient(first.baseUrl(), TestLine.AUTH_TOKEN)
                .post("/voice", TwilioClient.callForm());
        assertThat(answer.statusCode()).as("the first line goes on answering").isEqualTo(200);
    }

    @Test
    void theProcfilesCommandStartsTheLineAndItAnswersACall() throws Exception {
        LineProcess process = procfileLine();
        TwilioClient twilio = new TwilioClient(process.baseUrl(), TestLine.AUTH_TOKEN);
        HttpResponse<String> call = twilio.post("/voice", TwilioClient.callForm());
        assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
        assertThat(Twiml.parse(call.body()).spoken()).as(call.body()).contains("front desk");
        // the build checked these very files with this jar: the start goes by what it found
        assertThat(process.stderr()).anyMatch(line -> line.contains("is as the build checked it"));
    }

    /**
     * The line as the Procfile starts it, on a data folder of its own, started by the first test that needs it
     * and stopped after the class: the two tests above neither stop nor reconfigure it, so they share one start.
     */
    private static synchronized LineProcess procfileLine() throws Exception {
        if (procfileLine == null) {
            procfileLine = LineProcess.startAsProcfile(procfileEnv());
        }
        return procfileLine;
    }

    private static Map<String, String> procfileEnv() {
        return Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN, "DATA_DIR", shared.resolve("data").toString());
    }

    @AfterAll
    static void stopTheProcfileLine() throws Exception {
        if (procfileLine != null) {
            procfileLine.close();
        }
    }

    @Test
    void onHerokuWithoutADatabaseTheLineSaysLoudlyThatMessagesWouldBeLost() throws Exception {
        LineProcess process = LineProcess.start(Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN, "DYNO", "web.1",
                "DATA_DIR", temp.resolve("data").toString()));
        try {
            HttpResponse<String> health = new TwilioClient(process.baseUrl(), TestLine.AUTH_TOKEN).get("/health");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).as(health.body()).contains("heroku addons:create heroku-postgresql:essential-0");
            assertThat(process.stderr().stream().anyMatch(l -> l.contains("ERROR") && l.contains("MESSAGES WILL BE LOST"))).as(String.join("\n", process.stderr())).isTrue();
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
