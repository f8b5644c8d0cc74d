package clinic.ivr.it;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineProcess;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged line on a data folder that fills up, or turns read-only, while callers leave messages.
 * DATA_DIR is a small tmpfs this test mounts, which needs root (as here and in CI). Where it cannot
 * mount one, it is skipped on a developer's machine and fails in CI (CI=true), so it never silently
 * proves nothing there.
 *
 * <p>What must hold: no 2xx for a message that was not kept, the caller hears that it was not saved,
 * {@code /health} says 503, and once the disk works again nothing is lost (Twilio's retries store what
 * was refused; everything acknowledged is there after a restart).
 */
class FullDiskIT {

    static final String CALLBACK = "/voice/recording?node=main&lang=en&caller=%2B12125550147";

    @TempDir
    Path temp;
    Path disk;
    Map<String, String> env;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = temp.resolve("disk");
        Files.createDirectories(disk);
        int mounted = run("mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", disk.toString());
        if (mounted != 0) {
            boolean ci = "true".equals(System.getenv("CI"));
            String why = "cannot mount a tmpfs here (it needs root): the full-disk test did not run";
            if (ci) {
                throw new IllegalStateException(why + "; CI runs as root and must run it");
            }
            Assumptions.abort(why);
        }
        disk = disk.toRealPath();
        env = new HashMap<>(Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN, "STAFF_PASSWORD", TestLine.STAFF_PASSWORD,
                "DATA_DIR", disk.resolve("data").toString()));
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            run("umount", "-l", disk.toString());
        }
    }

    @Test
    void aFullDiskAcknowledgesNothingItDidNotKeepAndLosesNothingOnceSpaceReturns() throws Exception {
        LineProcess line = LineProcess.start(env);
        Set<String> acknowledged = new HashSet<>();
        List<String> refused = new ArrayList<>();
        try {
            TwilioClient twilio = new TwilioClient(line.baseUrl(), TestLine.AUTH_TOKEN);
            assertThat(twilio.post(CALLBACK, TwilioClient.recording("RE-before")).statusCode()).isEqualTo(204);
            acknowledged.add("RE-before");

            fill(disk.resolve("filler"));
            for (int i = 0; i < 20; i++) {
                String sid = "RE-full-" + i;
                int status = twilio.post(CALLBACK, TwilioClient.recording(sid)).statusCode();
                if (status / 100 == 2) {
                    acknowledged.add(sid); // it still fitted in space the database had: kept, as the test checks
                } else {
                    assertThat(status).as("a message that was not kept gets a 503, so Twilio sends it again").isEqualTo(503);
                    refused.add(sid);
                }
            }
            assertThat(refused).as("the disk was full, yet every message was kept: the test proved nothing").isNotEmpty();

            Twiml caller = Twiml.parse(twilio.post("/voice/recorded?node=main&lang=en", TwilioClient.recording("RE-caller")).body());
            assertThat(caller.spoken()).as(caller.spoken()).startsWith("I am sorry, I could not save your message.");
            assertThat(caller.spoken()).as(caller.spoken()).doesNotContain("saved for the front desk");
            refused.add("RE-caller"); // its recording status callback comes next, and is refused too
            assertThat(twilio.post(CALLBACK, TwilioClient.recording("RE-caller")).statusCode()).isEqualTo(503);

            HttpResponse<String> health = twilio.get("/health");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"degraded\"").contains("cannot write");
        } finally {
            line.kill();
        }
        // the host restarts the line, still on the full disk: it starts, answers, and says why it is degraded
        line = LineProcess.start(env);
        try {
            TwilioClient twilio = new TwilioClient(line.baseUrl(), TestLine.AUTH_TOKEN);
            HttpResponse<String> health = twilio.get("/health");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).as(health.body()).contains("is nearly full");
            assertThat(twilio.post("/voice", TwilioClient.callForm()).statusCode()).isEqualTo(200);

            Files.delete(disk.resolve("filler"));
            for (String sid : refused) { // Twilio's retries, once there is room again
                assertThat(twilio.post(CALLBACK, TwilioClient.recording(sid)).statusCode()).as(sid).isEqualTo(204);
                acknowledged.add(sid);
            }
        } finally {
            line.kill();
        }
        assertEveryMessageIsThereAfterARestart(acknowledged);
    }

    @Test
    void onAReadOnlyDataFolderTheLineStartsAcknowledgesNothingAndSaysSo() throws Exception {
        LineProcess first = LineProcess.start(env);
        Set<String> acknowledged = new HashSet<>();
        try {
            TwilioClient twilio = new TwilioClient(first.baseUrl(), TestLine.AUTH_TOKEN);
            assertThat(twilio.post(CALLBACK, TwilioClient.recording("RE-before")).statusCode()).isEqualTo(204);
            acknowledged.add("RE-before");
        } finally {
            first.kill();
        }
        // a disk that comes back read-only after a host's restart
        assertThat(run("mount", "-o", "remount,ro", disk.toString())).isZero();
        LineProcess line = LineProcess.start(env);
        try {
            TwilioClient twilio = new TwilioClient(line.baseUrl(), TestLine.AUTH_TOKEN);
            HttpResponse<String> health = twilio.get("/health");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).as(health.body()).contains("is not writable");
            assertThat(twilio.post(CALLBACK, TwilioClient.recording("RE-ro")).statusCode()).isEqualTo(503);
            Twiml caller = Twiml.parse(twilio.post("/voice/recorded?node=main&lang=es", TwilioClient.recording("RE-ro")).body());
            assertThat(caller.spoken()).as(caller.spoken()).startsWith("Lo siento, no pude guardar su mensaje.");
            Twiml menu = Twiml.parse(twilio.post("/voice", TwilioClient.callForm()).body());
            assertThat(menu.spoken()).as("calls are still answered").startsWith("If this is a medical emergency");
        } finally {
            line.kill();
        }
        // the host restarts the line on the disk writable again: Twilio's retry is kept, and nothing before it lost
        assertThat(run("mount", "-o", "remount,rw", disk.toString())).isZero();
        LineProcess fixed = LineProcess.start(env);
        try {
            assertThat(new TwilioClient(fixed.baseUrl(), TestLine.AUTH_TOKEN).post(CALLBACK, TwilioClient.recording("RE-ro"))
                    .statusCode()).as("Twilio's retry, once the disk is writable again").isEqualTo(204);
            acknowledged.add("RE-ro");
            assertNothingLostAndHealthy(fixed, acknowledged);
        } finally {
            fixed.kill();
        }
    }

    private void assertEveryMessageIsThereAfterARestart(Set<String> acknowledged) throws Exception {
        LineProcess again = LineProcess.start(env);
        try {
            assertNothingLostAndHealthy(again, acknowledged);
        } finally {
            again.kill();
        }
    }

    private static void assertNothingLostAndHealthy(LineProcess line, Set<String> acknowledged) throws Exception {
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(line.recordingSids(TestLine.STAFF_PASSWORD));
        assertThat(lost).as("acknowledged, then lost: " + lost).isEmpty();
        HttpResponse<String> health = new TwilioClient(line.baseUrl(), TestLine.AUTH_TOKEN).get("/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    }

    /** Writes until the disk refuses: what is left is less than any write needs. */
    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // no space left on device
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
