package clinic.ivr.it;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineProcess;
import clinic.ivr.TestDatabase;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The packaged line killed (SIGKILL: a crash, an out-of-memory exit, a container kill) in the middle
 * of Twilio's recording callbacks, then started again: every message it acknowledged with a 2xx is
 * there for staff, on the embedded database and on PostgreSQL. Twilio never resends a callback that
 * got a 2xx, so one acknowledged and lost is a patient's message lost.
 */
class CrashIT {

    static final int CALLBACKS = 200;
    static final int AT_ONCE = 50;
    static final int KILL_AFTER_ACKNOWLEDGED = 100;

    enum Store { EMBEDDED_H2, POSTGRESQL }

    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(Store.class)
    void everyAcknowledgedMessageSurvivesAKillInTheMiddleOfTheCallbacks(Store store) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN,
                "STAFF_PASSWORD", TestLine.STAFF_PASSWORD, "DATA_DIR", data.toString()));
        if (store == Store.POSTGRESQL) {
            env.put("DATABASE_URL", TestDatabase.freshPostgres());
        }
        LineProcess line = LineProcess.start(env);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService twilio = Executors.newFixedThreadPool(AT_ONCE);
        try {
            TwilioClient client = new TwilioClient(line.baseUrl(), TestLine.AUTH_TOKEN);
            for (int i = 0; i < CALLBACKS; i++) {
                String sid = String.format("RE%032d", i);
                twilio.submit(() -> {
                    try {
                        HttpResponse<String> answer = client.post("/voice/recording?node=main&lang=en&caller=%2B12125550147",
                                recording(sid));
                        if (answer.statusCode() / 100 == 2) {
                            acknowledged.add(sid);
                            if (acknowledged.size() == KILL_AFTER_ACKNOWLEDGED) {
                                line.kill();
                            }
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        failed.incrementAndGet(); // the line died under it: not acknowledged, Twilio retries
                    }
                    return null;
                });
            }
            twilio.shutdown();
            assertThat(twilio.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            line.kill();
        }
        assertThat(acknowledged.size()).as("the kill came too early: " + acknowledged.size()).isGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);

        LineProcess again = LineProcess.start(env);
        Set<String> kept;
        try {
            kept = again.recordingSids(TestLine.STAFF_PASSWORD);
        } finally {
            again.close();
        }
        Set<String> lost = new TreeSet<>(acknowledged);
        lost.removeAll(kept);
        System.out.printf("kill -9 on %s: %d callbacks (%d at once), %d acknowledged, %d kept after restart,"
                        + " %d lost; %d refused with a 5xx and %d cut by the kill (Twilio sends those again)%n",
                store, CALLBACKS, AT_ONCE, acknowledged.size(), kept.size(), lost.size(), refused.get(), failed.get());
        assertThat(lost).as(() -> lost.size() + " messages acknowledged with a 2xx were lost in the crash,"
                + " such as " + lost.stream().limit(3).toList()).isEmpty();
    }

    private static Map<String, String> recording(String sid) {
        Map<String, String> form = TwilioClient.recording(sid);
        form.remove("From"); // the recording status callback does not say who called: the URL does
        return form;
    }
}
