package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Developers edit the prompts folder while the line runs (no staff edits in between): the next call hears a
 * good edit, published as a new version; a broken one changes nothing.
 */
class HotReloadTest {

    static final String WELCOME = "Thank you for calling Gramercy Physical Therapy.";
    /**
     * How long the test waits for an edit to be heard. A quiet machine hears it within the few seconds staff are told
     * (the folder is looked at every second; a check of the shipped prompts takes about 90 ms), but a reload rehearses
     * every answer again, which on a machine a whole build keeps busy has taken longer: what callers hear is asserted.
     */
    static final Duration RELOADED_WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    PromptsCopy prompts;
    TestLine server;
    TwilioClient twilio;

    @BeforeEach
    void start() throws Exception {
        prompts = PromptsCopy.in(temp);
        server = TestLine.with().promptsFolder(prompts.dir()).start();
        twilio = server.twilio();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    String firstAnswer() throws Exception {
        var response = twilio.post("/voice", TwilioClient.callForm());
        assertThat(response.statusCode()).isEqualTo(200);
        return Twiml.parse(response.body()).spoken();
    }

    JsonNode health() throws Exception {
        return new ObjectMapper().readTree(twilio.get("/health").body());
    }

    @Test
    void aGoodEditIsHeardOnTheNextCallWithoutARestart() throws Exception {
        assertThat(firstAnswer()).contains(WELCOME);
        prompts.edit("en/line.txt", "Thank you for calling ${clinic.name}.\n", "Welcome to ${clinic.name}.\n");

        String heard = Eventually.within(RELOADED_WITHIN, this::firstAnswer, s -> s.contains("Welcome to Gramercy Physical Therapy."));
        assertThat(heard).as(heard).contains("Welcome to Gramercy Physical Therapy.");
        assertThat(health().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void aBrokenEditLeavesCallersOnTheLastGoodVersionUntilItIsFixed() throws Exception {
        String version = health().get("promptsVersion").asText();
        int line = prompts.lineOf("en/faq.txt", "Many people feel some relief");
        prompts.edit("en/faq.txt", "Many people feel some relief", "Many people at ${clinic.nam} feel some relief");

        JsonNode degraded = Eventually.within(RELOADED_WITHIN, this::health, h -> h.get("status").asText().equals("degraded"));
        assertThat(degraded.get("status").asText()).as(degraded::toString).isEqualTo("degraded");
        assertThat(degraded.get("promptsVersion").asText()).isEqualTo(version);
        JsonNode problem = degraded.get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("prompts/en/faq.txt");
        assertThat(problem.get("line").asInt()).isEqualTo(line);
        assertThat(problem.get("message").asText()).as(problem::toString).contains("did you mean clinic.name?");
        assertThat(firstAnswer()).as("callers still hear the last good version").contains(WELCOME);

        prompts.edit("en/faq.txt", "${clinic.nam}", "${clinic.name}");
        JsonNode fixed = Eventually.within(RELOADED_WITHIN, this::health, h -> h.get("status").asText().equals("ok"));
        assertThat(fixed.get("status").asText()).as(fixed::toString).isEqualTo("ok");
        assertThat(fixed.get("problems").size()).isZero();
        assertThat(version).as("the fixed files are a new version").isNotEqualTo(fixed.get("promptsVersion").asText());
    }

    @Test
    void aDeletedFolderKeepsTheLineAnswering() throws Exception {
        Path moved = temp.resolve("elsewhere");
        Files.move(prompts.dir(), moved);

        JsonNode degraded = Eventually.within(RELOADED_WITHIN, this::health, h -> h.get("status").asText().equals("degraded"));
        assertThat(degraded.get("problems").get(0).get("message").asText()).as(degraded::toString).startsWith("there is no folder here. Give the folder that holds clinic.yaml");
        assertThat(firstAnswer()).contains(WELCOME);

        Files.move(moved, prompts.dir());
        assertThat(Eventually.within(RELOADED_WITHIN, this::health, h -> h.get("status").asText().equals("ok")).get("status").asText()).isEqualTo("ok");
    }
}
