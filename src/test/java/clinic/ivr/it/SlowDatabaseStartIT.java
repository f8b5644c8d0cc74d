package clinic.ivr.it;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineProcess;
import clinic.ivr.SlowDatabase;
import clinic.ivr.TestDatabase;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged line on a PostgreSQL that takes longer than a request may wait (2 s) to give its first
 * connection, as on a loaded host: the start waits for it, so the line comes up healthy with its store
 * open and the first caller's message goes straight to the database.
 */
class SlowDatabaseStartIT {

    /** Longer than a request's wait for a connection, well inside the start's. */
    static final Duration FIRST_CONNECTION = Duration.ofSeconds(3);

    @Test
    void aDatabaseSlowToAnswerAtStartIsWaitedForAndTakesTheFirstCall() throws Exception {
        try (SlowDatabase slow = SlowDatabase.before(TestDatabase.freshPostgres(), FIRST_CONNECTION);
             LineProcess line = LineProcess.start(Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN,
                     "STAFF_PASSWORD", TestLine.STAFF_PASSWORD, "DATABASE_URL", slow.url()))) {
            TwilioClient twilio = new TwilioClient(line.baseUrl(), TestLine.AUTH_TOKEN);
            HttpResponse<String> health = twilio.get("/health");
            assertThat(health.statusCode()).as(health.body() + "\n" + String.join("\n", line.stderr())).isEqualTo(200);
            assertThat(line.stderr()).noneMatch(l -> l.contains("cannot be opened"));

            assertThat(twilio.post("/voice", TwilioClient.callForm()).statusCode()).isEqualTo(200);
            assertThat(twilio.post("/voice/recording?node=main&lang=en&caller=%2B12125550147",
                    TwilioClient.recording("RE-first")).statusCode())
                    .isEqualTo(204);
            assertThat(line.recordingSids(TestLine.STAFF_PASSWORD)).containsExactly("RE-first");
            HttpResponse<String> after = twilio.get("/health");
            assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
            assertThat(after.body()).as("stored in the database, not left in the journal").contains("\"waiting\":0");
        }
    }
}
