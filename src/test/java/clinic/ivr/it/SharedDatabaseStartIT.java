package clinic.ivr.it;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineProcess;
import clinic.ivr.TestDatabase;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Two instances deployed at once on an empty PostgreSQL, as a first deploy with two dynos does: both
 * create the schema at the same moment, and both must come up healthy, their message store open.
 */
class SharedDatabaseStartIT {

    @RepeatedTest(2)
    void twoLinesStartingTogetherOnAnEmptyDatabaseBothOpenTheirStore() throws Exception {
        Map<String, String> env = Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN,
                "DATABASE_URL", TestDatabase.freshPostgres());
        try (LineProcess first = LineProcess.launch(env); LineProcess second = LineProcess.launch(env)) {
            first.awaitReady(Duration.ofSeconds(30));
            second.awaitReady(Duration.ofSeconds(30));
            for (LineProcess line : new LineProcess[] {first, second}) {
                HttpResponse<String> health = new TwilioClient(line.baseUrl(), TestLine.AUTH_TOKEN).get("/health");
                assertThat(health.statusCode()).as(health.body() + "\n" + String.join("\n", line.stderr())).isEqualTo(200);
                assertThat(line.stderr()).noneMatch(l -> l.contains("cannot be opened"));
            }
        }
    }
}
