package clinic.ivr.it;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineProcess;
import clinic.ivr.OnTheLine;
import clinic.ivr.RawHttp;
import clinic.ivr.TestDatabase;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the packaged line behind a real nginx on loopback, round robin, on one PostgreSQL,
 * the way a platform scales the line out. They start together on an empty schema, as a first deploy
 * with two dynos does, and both open the store. Whole calls are walked through nginx, each request of a
 * call landing on the other instance than the one before: no call state lives in a process, and a
 * message left through one is the other's too. Signatures are checked against the URL nginx was called
 * at, rebuilt from the X-Forwarded headers it sends.
 */
class TwoInstancesIT {

    private static final String NGINX = "/usr/sbin/nginx";

    @TempDir
    static Path dir;
    private static LineProcess first;
    private static LineProcess second;
    private static Process nginx;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        boolean required = System.getenv("CI") != null || System.getenv("REQUIRE_NGINX") != null;
        if (!Files.isExecutable(Path.of(NGINX))) {
            if (required) {
                throw new IllegalStateException(NGINX + " is missing: .ci/run installs it (apt-get install nginx-light)");
            }
            Assumptions.abort("nginx is not installed here (apt-get install nginx-light); CI runs this test");
        }
        // the front desk open (a Wednesday morning in New York), so key 0 rings it
        Map<String, String> env = Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN, "IVR_NOW", TestLine.OPEN.toString(),
                "STAFF_PASSWORD", TestLine.STAFF_PASSWORD, "DATABASE_URL", TestDatabase.freshPostgres());
        // both started at once on the empty schema, as a platform starts two dynos: each waited for until it answers
        first = LineProcess.launch(env);
        second = LineProcess.launch(env);
        first.awaitReady(Duration.ofSeconds(30));
        second.awaitReady(Duration.ofSeconds(30));
        port = freePort();
        Files.writeString(dir.resolve("nginx.conf"), nginxConf(dir, port, first.port(), second.port()));
        nginx = new ProcessBuilder(NGINX, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-e", dir.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        awaitNginx();
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();   // SIGTERM: nginx's fast shutdown
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void wholeCallsAlternateBetweenInstancesAndNeverLoseTheirPlace() throws Exception {
        TwilioClient twilio = new TwilioClient("http://127.0.0.1:" + port, TestLine.AUTH_TOKEN);
        for (int call = 0; call < 6; call++) {
            String callSid = String.format("CA%032d", call);
            List<String> heard = walk(twilio, callSid);

            assertThat(heard.get(0)).as(heard::toString).contains("emergency");
            assertThat(heard.get(2)).as(() -> "the FAQ answer about pain:\n" + heard).contains("should not hurt");
            assertThat(heard.get(heard.size() - 1).toLowerCase()).as(heard::toString).contains("goodbye");
            awaitLogged(callSid, heard.size());
            int onFirst = requestsOf(first, callSid);
            int onSecond = requestsOf(second, callSid);
            assertThat(onFirst).as("requests of one call on the first instance").isPositive();
            assertThat(onSecond).as("requests of one call on the second instance").isPositive();
            assertThat(onFirst + onSecond).isEqualTo(heard.size());
            assertThat(Math.abs(onFirst - onSecond)).as(() -> "round robin: " + onFirst + " vs " + onSecond).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void bothOpenedTheSharedStoreAndAMessageLeftThroughOneIsTheOthersToo() throws Exception {
        for (LineProcess line : List.of(first, second)) {
            HttpResponse<String> health = new TwilioClient(line.baseUrl(), TestLine.AUTH_TOKEN).get("/health");
            assertThat(health.statusCode()).as(health.body() + "\n" + String.join("\n", line.stderr())).isEqualTo(200);
            assertThat(line.stderr()).noneMatch(l -> l.contains("cannot be opened"));
        }
        HttpResponse<String> kept = new TwilioClient("http://127.0.0.1:" + port, TestLine.AUTH_TOKEN)
                .post("/voice/recording?node=main&lang=en&caller=%2B12125550147", TwilioClient.recording("RE-through-nginx"));
        assertThat(kept.statusCode()).as(kept::body).isEqualTo(204);
        assertThat(first.recordingSids(TestLine.STAFF_PASSWORD)).contains("RE-through-nginx");
        assertThat(second.recordingSids(TestLine.STAFF_PASSWORD)).contains("RE-through-nginx");
    }

    @Test
    void aForgedRequestThroughTheProxyIsStillRefused() throws Exception {
        TwilioClient twilio = new TwilioClient("http://127.0.0.1:" + port, TestLine.AUTH_TOKEN);
        HttpResponse<String> forged = twilio.send("http://127.0.0.1:" + port + "/voice", TwilioClient.callForm(),
                TwilioClient.signature("someone-elses-token", "http://127.0.0.1:" + port + "/voice",
                        TwilioClient.callForm()));

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    /**
     * Answer, FAQ menu, the answer about pain, back to the FAQ menu, main menu, front desk, and
     * the front desk's call ending: what the caller heard at each step.
     */
    private static List<String> walk(TwilioClient twilio, String callSid) throws Exception {
        List<String> heard = new ArrayList<>();
        Map<String, String> form = TwilioClient.callForm();
        form.put("CallSid", callSid);
        Twiml twiml = answer(twilio.post("/voice", form), heard);
        for (String key : new String[] {"3", "2", "1", "9", "0"}) {
            Map<String, String> press = new java.util.LinkedHashMap<>(form);
            press.put("Digits", key);
            twiml = answer(twilio.post(twiml.action(), press), heard);
        }
        String afterDesk = twiml.all("Dial").get(0).getAttribute("action");
        Map<String, String> done = new java.util.LinkedHashMap<>(form);
        done.put("DialCallStatus", "completed");
        HttpResponse<String> goodbye = twilio.post(afterDesk, done);
        assertThat(goodbye.statusCode()).as(goodbye::body).isEqualTo(200);
        heard.add(OnTheLine.keepsCaller(goodbye.body(), true).spoken());
        return heard;
    }

    private static Twiml answer(HttpResponse<String> response, List<String> heard) {
        assertThat(response.statusCode()).as(response::body).isEqualTo(200);
        Twiml twiml = OnTheLine.keepsCaller(response.body(), false);
        heard.add(twiml.spoken());
        return twiml;
    }

    /** The call log reaches us through a pipe, a moment after the answer: wait (boundedly) for all its lines. */
    private static void awaitLogged(String callSid, int requests) throws InterruptedException {
        for (int i = 0; i < 200 && requestsOf(first, callSid) + requestsOf(second, callSid) < requests; i++) {
            Thread.sleep(10);
        }
    }

    /** Webhook requests of a call in an instance's JSON call log. */
    private static int requestsOf(LineProcess line, String callSid) {
        return (int) line.stdout().stream().filter(l -> l.contains("\"callSid\":\"" + callSid + "\"")).count();
    }

    /** nginx as the current user, everything under the test's folder, round robin over the two instances. */
    static String nginxConf(Path prefix, int listen, int a, int b) {
        String p = prefix.toString();
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  upstream line {
                    server 127.0.0.1:%3$d;
                    server 127.0.0.1:%4$d;
                  }
                  server {
                    listen 127.0.0.1:%2$d;
                    location / {
                      proxy_pass http://line;
                      proxy_next_upstream off;
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_set_header X-Forwarded-Port $server_port;
                    }
                  }
                }
                """.formatted(p, listen, a, b);
    }

    private static void awaitNginx() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(dir.resolve("nginx.out"))
                        + Files.readString(dir.resolve("error.log")));
            }
            try {
                if (RawHttp.send(port, RawHttp.request("GET /health HTTP/1.1", Map.of(), new byte[0])).status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("nginx did not answer on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
