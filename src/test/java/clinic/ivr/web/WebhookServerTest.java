package clinic.ivr.web;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.CallLines;
import clinic.ivr.RawHttp;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import clinic.ivr.desk.CallEvent;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.flow.Routes;
import clinic.ivr.line.LineHealth;
import clinic.ivr.line.MessageCallbacks;
import clinic.ivr.line.Office;
import clinic.ivr.line.PhoneLine;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.store.Journal;
import clinic.ivr.store.MessageStore;
import clinic.ivr.store.StoreException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceAccessMode;

/**
 * The webhook server as Twilio and an operator meet it: the callbacks' answers that make Twilio retry or
 * not, what /health says when the line is unwell, what each refusal looks like, and the call log line of
 * each kind of request.
 */
@ResourceLock(value = CallLines.LOGGING, mode = ResourceAccessMode.READ)
class WebhookServerTest {

    static final Instant NOW = Instant.parse("2026-03-02T14:30:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    final CallLines logged = new CallLines();
    final List<LineServer> servers = new ArrayList<>();
    final List<CallEvent> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (LineServer server : servers) {
            server.stop(Duration.ZERO);
        }
    }

    /** A line on port 0 with these messages and this health, checking signatures with the test token. */
    TwilioClient start(MessageStore messages, LineHealth health) throws Exception {
        LineServer server = server(new LivePrompts(TestLine.shipped()), messages, health, LineMetrics.forLine());
        server.start();
        return new TwilioClient("http://127.0.0.1:" + server.port(), TestLine.AUTH_TOKEN);
    }

    /** A line not yet started, answering with these prompts and keeping messages there; stopped after the test. */
    LineServer server(Supplier<Prompts> prompts, MessageStore messages, LineHealth health, LineMetrics metrics) {
        Office office = new Office(Clock.fixed(NOW, ZoneOffset.UTC), messages, TextMessages.NONE).withCalls(events::add);
        LineServer server = new LineServer("127.0.0.1", 0, new PhoneLine(prompts, Optional.empty(), office), health,
                Optional.of(TestLine.AUTH_TOKEN), Optional.empty(),
                new LineServer.Operations(metrics, logged.log(Clock.fixed(NOW, ZoneOffset.UTC))))
                .withMessages(new MessageCallbacks(office, prompts));
        servers.add(server);
        return server;
    }

    /** A line on port 0 with the shipped prompts and a store of its own, counting in these metrics; started. */
    LineServer started(LineMetrics metrics) throws Exception {
        LineServer server = server(new LivePrompts(TestLine.shipped()), TestLine.memoryStore(),
                new LineHealth(new LivePrompts(TestLine.shipped())), metrics);
        server.start();
        return server;
    }

    TwilioClient start() throws Exception {
        return start(TestLine.memoryStore(), new LineHealth(new LivePrompts(TestLine.shipped())));
    }

    int port() {
        return servers.get(servers.size() - 1).port();
    }

    static Map<String, String> recording(String sid) {
        return TwilioClient.withInput(Map.of("RecordingSid", sid, "RecordingStatus", "completed",
                "RecordingDuration", "17", "RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/" + sid));
    }

    /** The call log lines so far, once there are {@code expected}: a line is written just after its answer. */
    List<JsonNode> logLines(int expected) throws Exception {
        for (int i = 0; i < 500 && logged.text().lines().count() < expected; i++) {
            Thread.sleep(2);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String l : logged.text().split("\n")) {
            if (!l.isBlank()) {
                lines.add(JSON.readTree(l));
            }
        }
        return lines;
    }

    @Test
    void aMessageAndItsWordsAreKeptAndAcknowledgedWith204() throws Exception {
        MessageStore store = TestLine.memoryStore();
        TwilioClient twilio = start(store, new LineHealth(new LivePrompts(TestLine.shipped())));

        assertThat(twilio.post(Routes.RECORDING + "?node=main&lang=en", recording("RE1")).statusCode()).isEqualTo(204);
        Map<String, String> words = recording("RE1");
        words.put("TranscriptionText", "Please call me back about Tuesday");
        words.put("TranscriptionStatus", "completed");
        assertThat(twilio.post(Routes.TRANSCRIPTION, words).statusCode()).isEqualTo(204);

        Message kept = store.list().get(0);
        assertThat(kept.recordingSid()).isEqualTo("RE1");
        assertThat(kept.transcription()).isEqualTo("Please call me back about Tuesday");
        assertThat(store.list()).hasSize(1);

        List<JsonNode> lines = logLines(2);
        assertThat(lines).extracting(l -> l.get("event").asText()).containsExactly("callback", "callback");
        assertThat(lines.get(0).get("outcome").asText()).isEqualTo("ok");
        assertThat(lines.get(0).get("route").asText()).isEqualTo(Routes.RECORDING);
        assertThat(lines.get(0).get("caller").asText()).isEqualTo("+1******0147");
        assertThat(lines.get(0).get("status").asInt()).isEqualTo(204);
    }

    @Test
    void aMessageThatCannotBeKeptIsAnswered503SoTwilioSendsItAgain() throws Exception {
        MessageStore down = (MessageStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MessageStore.class}, (proxy, method, args) -> {
                    throw new StoreException("the database is not answering", new SQLException("refused"));
                });
        TwilioClient twilio = start(down, new LineHealth(new LivePrompts(TestLine.shipped())));

        assertThat(twilio.post(Routes.RECORDING, recording("RE2")).statusCode()).isEqualTo(503);
        JsonNode line = logLines(1).get(0);
        assertThat(line.get("level").asText()).isEqualTo("ERROR");
        assertThat(line.get("event").asText()).isEqualTo("refused");
        assertThat(line.get("outcome").asText()).isEqualTo("http-503");
        assertThat(line.get("callSid").asText()).isEqualTo(TwilioClient.CALL_SID);
    }

    @Test
    void theEndOfACallIsAcknowledgedAndLoggedWithItsStatusAndDuration() throws Exception {
        TwilioClient twilio = start();
        Map<String, String> ended = TwilioClient.withInput(Map.of("CallStatus", "completed", "CallDuration", "42"));
        assertThat(twilio.post(Routes.STATUS, ended).statusCode()).isEqualTo(204);
        assertThat(twilio.post(Routes.STATUS, TwilioClient.withInput(Map.of("CallStatus", "busy"))).statusCode())
                .isEqualTo(204);

        List<JsonNode> lines = logLines(2);
        JsonNode line = lines.get(0);
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("event").asText()).isEqualTo("status");
        assertThat(line.get("outcome").asText()).isEqualTo("completed");
        assertThat(line.get("detail").asText()).isEqualTo("42s");
        assertThat(line.get("caller").asText()).isEqualTo("+1******0147");
        assertThat(lines.get(1).get("outcome").asText()).isEqualTo("busy");
        assertThat(lines.get(1).has("detail")).as("no duration given").isFalse();
        assertThat(events).extracting(e -> e.duration().orElseThrow()).as("the call's end is recorded").containsExactly(42, 0);
    }

    @Test
    void eachAnswerIsTimedFromItsRequestToItsAnswerInTheCallLogAndTheMetrics() throws Exception {
        LineMetrics metrics = LineMetrics.forLine();
        LineServer server = started(metrics);
        TwilioClient twilio = new TwilioClient("http://127.0.0.1:" + server.port(), TestLine.AUTH_TOKEN);
        long sent = System.nanoTime();
        assertThat(twilio.post(Routes.VOICE, TwilioClient.callForm()).statusCode()).isEqualTo(200);
        double tookMs = (System.nanoTime() - sent) / 1e6;

        double loggedMs = logLines(1).get(0).get("latencyMs").asDouble();
        assertThat(loggedMs).as("the call log's time of the answer, in ms").isPositive().isLessThanOrEqualTo(tookMs);
        String sum = metrics.prometheus().lines().filter(l -> l.startsWith("ivr_request_duration_seconds_sum{route=\"/voice\"}"))
                .findFirst().orElseThrow();
        double seconds = Double.parseDouble(sum.substring(sum.lastIndexOf(' ') + 1));
        assertThat(seconds).as("the metrics' time of the answer, in seconds").isPositive().isLessThanOrEqualTo(tookMs / 1000);
    }

    /** An answer that listens carries the speech hints (about 10 KB): held whole, it goes out in one piece with its length. */
    @Test
    void anAnswerThatListensGoesOutWholeWithItsLengthNotInChunks() throws Exception {
        TwilioClient twilio = start();
        HttpResponse<String> answer = twilio.post(Routes.VOICE, TwilioClient.callForm());
        assertThat(answer.statusCode()).isEqualTo(200);
        int bytes = answer.body().getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).as("larger than Jetty's default 8 KB aggregation").isGreaterThan(8 * 1024);
        assertThat(answer.headers().firstValue("Content-Length")).hasValue(String.valueOf(bytes));
        assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
    }

    @Test
    void aRefusedWebhookIsLoggedAsAWarningWithItsStatusAndNoCaller() throws Exception {
        start();
        RawHttp.Reply json = RawHttp.send(port(), RawHttp.request("POST /voice HTTP/1.1",
                Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(json.status()).isEqualTo(415);

        JsonNode line = logLines(1).get(0);
        assertThat(line.get("level").asText()).isEqualTo("WARN");
        assertThat(line.get("event").asText()).isEqualTo("refused");
        assertThat(line.get("outcome").asText()).isEqualTo("http-415");
        assertThat(line.has("caller")).isFalse();
        assertThat(line.has("callSid")).isFalse();
    }

    @Test
    void healthIs503WithEachProblemItsFileAndLineNotesAndTheMessagesWaiting() throws Exception {
        LivePrompts none = LivePrompts.none(List.of(new Problem("prompts/en/faq.txt", 12, "[pain] has no words")));
        Journal.Backlog backlog = new Journal.Backlog(3, Optional.of(NOW.minusSeconds(90)));
        start(TestLine.memoryStore(), new LineHealth(none, List.of(() -> List.of("the disk is full")), () -> backlog,
                Clock.fixed(NOW, ZoneOffset.UTC)));

        RawHttp.Reply reply = RawHttp.send(port(), RawHttp.request("GET /health HTTP/1.1", Map.of(), new byte[0]));
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        JsonNode health = JSON.readTree(reply.body());
        assertThat(health.get("status").asText()).isEqualTo("degraded");
        assertThat(health.get("promptsVersion").isNull()).isTrue();
        assertThat(health.get("publishedVersion").isNull()).isTrue();
        JsonNode problems = health.get("problems");
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0).get("message").asText()).startsWith("no version of the prompts can be used");
        assertThat(problems.get(0).has("file")).isFalse();
        assertThat(problems.get(1).get("message").asText()).isEqualTo("[pain] has no words");
        assertThat(problems.get(1).get("file").asText()).isEqualTo("prompts/en/faq.txt");
        assertThat(problems.get(1).get("line").asInt()).isEqualTo(12);
        assertThat(problems.get(2).get("message").asText()).isEqualTo("the disk is full");
        assertThat(health.has("notes")).isFalse();
        assertThat(health.get("journal").get("waiting").asInt()).isEqualTo(3);
        assertThat(health.get("journal").get("oldestSeconds").asInt()).isEqualTo(90);
    }

    @Test
    void healthIsOkWithThePublishedVersionAndAnEmptyJournal() throws Exception {
        LivePrompts prompts = new LivePrompts(TestLine.shipped());
        start(TestLine.memoryStore(), new LineHealth(prompts).withPublished(() -> java.util.OptionalInt.of(4)));

        RawHttp.Reply reply = RawHttp.send(port(), RawHttp.request("GET /health HTTP/1.1", Map.of(), new byte[0]));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode health = JSON.readTree(reply.body());
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("promptsVersion").asText()).isEqualTo(TestLine.shipped().version());
        assertThat(health.get("publishedVersion").asInt()).isEqualTo(4);
        assertThat(health.get("problems")).isEmpty();
        assertThat(health.get("journal").get("waiting").asInt()).isZero();
        assertThat(health.get("journal").get("oldestSeconds").isNull()).isTrue();
    }

    @Test
    void refusalsAreABareStatusThatNamesTheAllowedMethods() throws Exception {
        start();
        RawHttp.Reply get = RawHttp.send(port(), RawHttp.request("GET /voice HTTP/1.1", Map.of(), new byte[0]));
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Allow")).isEqualTo("POST");

        RawHttp.Reply put = RawHttp.send(port(), RawHttp.request("PUT /health HTTP/1.1", Map.of(), new byte[0]));
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).isEqualTo("GET, HEAD, POST");
        assertThat(put.text()).isEqualTo("405 Method Not Allowed\n");
        assertThat(put.header("Content-Type")).isEqualToIgnoringWhitespace("text/plain; charset=utf-8");

        RawHttp.Reply missing = RawHttp.send(port(), RawHttp.request("GET /wp-admin HTTP/1.1", Map.of(), new byte[0]));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).isEqualTo("404 Not Found\n");
        RawHttp.Reply head = RawHttp.send(port(), RawHttp.request("HEAD /wp-admin HTTP/1.1", Map.of(), new byte[0]));
        assertThat(head.status()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aFormIsReadWhateverTheCaseOfItsTypeAndACharsetAndWithoutAType() throws Exception {
        start();
        for (String type : new String[] {"application/x-www-form-urlencoded; charset=UTF-8",
                "Application/X-WWW-Form-Urlencoded", null}) {
            Map<String, String> form = TwilioClient.callForm();
            String url = "http://127.0.0.1:" + port() + Routes.VOICE;
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            headers.put("X-Twilio-Signature", TwilioClient.signature(TestLine.AUTH_TOKEN, url, form));
            if (type != null) {
                headers.put("Content-Type", type);
            }
            RawHttp.Reply reply = RawHttp.send(port(), RawHttp.request("POST /voice HTTP/1.1", withHost(headers),
                    TwilioClient.encode(form).getBytes(StandardCharsets.UTF_8)));
            assertThat(reply.status()).as(String.valueOf(type)).isEqualTo(200);
            assertThat(reply.header("Content-Type")).isEqualToIgnoringCase("text/xml;charset=utf-8");
            assertThat(reply.text()).contains("<Response>");
        }
    }

    Map<String, String> withHost(Map<String, String> headers) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put("Host", "127.0.0.1:" + port());
        return all;
    }

    @Test
    void aBodyTooLongIsReadToItsEndSoTheClientGetsTheRefusalAndItsConnectionGoesOn() throws Exception {
        start();
        // refused half-read, the connection was closed under the rest of the body: the client's system
        // reset it, and the refusal was lost with it some of the time; the next request, always
        assertThat(postThenAskHealth("/voice/menu", 4 * Forms.MAX_BODY_BYTES)).startsWith("HTTP/1.1 413")
                .containsOnlyOnce("HTTP/1.1 413").contains("\nHTTP/1.1 200 OK");
        assertThat(postThenAskHealth("/voice/menu", (int) OversizedBodies.READ_TO_THE_END)).startsWith("HTTP/1.1 413")
                .contains("\nHTTP/1.1 200 OK");
    }

    /** What comes back on one connection for a form of {@code length} bytes posted to {@code path}, then GET /health. */
    String postThenAskHealth(String path, int length) throws IOException {
        byte[] body = ("Digits=" + "1".repeat(length - "Digits=".length())).getBytes(StandardCharsets.UTF_8);
        byte[] post = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] health = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(RawHttp.concat(RawHttp.concat(post, body), health));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aBodyTooLongTooManyFieldsOrBrokenIsRefusedBeforeTheLineSeesIt() throws Exception {
        start();
        String tooLong = "Digits=" + "1".repeat(Forms.MAX_BODY_BYTES + 10);
        assertThat(RawHttp.send(port(), RawHttp.request("POST /voice/menu HTTP/1.1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), tooLong.getBytes(StandardCharsets.UTF_8)))
                .status()).isEqualTo(413);
        String sameNameRepeated = String.join("&", java.util.Collections.nCopies(Forms.MAX_FIELDS + 1, "Digits=1"));
        assertThat(RawHttp.send(port(), RawHttp.request("POST /voice/menu HTTP/1.1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                sameNameRepeated.getBytes(StandardCharsets.UTF_8))).status()).isEqualTo(400);
        String justEnough = String.join("&", java.util.Collections.nCopies(Forms.MAX_FIELDS, "Digits=1"));
        assertThat(RawHttp.send(port(), RawHttp.request("POST /voice/menu HTTP/1.1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                justEnough.getBytes(StandardCharsets.UTF_8))).status()).as("read, then refused for its signature")
                .isEqualTo(403);
        assertThat(RawHttp.send(port(), RawHttp.request("POST /voice/menu HTTP/1.1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "Digits=%zz".getBytes(StandardCharsets.UTF_8)))
                .status()).isEqualTo(400);
    }

    @Test
    void aBodySlowerThanTheLineAcceptsIsCutOffWith408AndItsConnectionClosed() throws Exception {
        start();
        // three bytes a second: under the line's 128 bytes a second
        assertCutOffWith408(postedSlowly(300));
    }

    @Test
    void aBodyThatStopsComingIsAnswered408AtTheIdleTimeoutNot500() throws Exception {
        start();
        // silence past the idle timeout: the client failing, not the line
        assertCutOffWith408(postedSlowly(LineServer.IDLE_TIMEOUT_MS + 500));
    }

    /** A webhook's headers and the first few bytes of its body at once, then the rest a byte every {@code pauseMs}. */
    RawHttp.Reply postedSlowly(long pauseMs) throws Exception {
        byte[] body = "CallSid=CA01&Digits=1&SpeechResult=what+is+traction".getBytes(StandardCharsets.UTF_8);
        byte[] request = RawHttp.request("POST /voice/menu HTTP/1.1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), body);
        return RawHttp.dribble(port(), request, request.length - body.length + 8, pauseMs);
    }

    static void assertCutOffWith408(RawHttp.Reply reply) {
        assertThat(reply.status()).as(reply::text).isEqualTo(408);
        assertThat(reply.header("Connection")).isEqualTo("close");
    }

    @Test
    void aCallbackSignedWithItsRetryOverridesIsAcceptedToo() throws Exception {
        start();
        Map<String, String> form = recording("RE3");
        String url = "http://127.0.0.1:" + port() + Routes.RECORDING;
        String signedWithFragment = TwilioClient.signature(TestLine.AUTH_TOKEN, url + Routes.RETRIES, form);
        assertThat(new TwilioClient("http://127.0.0.1:" + port(), TestLine.AUTH_TOKEN).send(url, form, signedWithFragment)
                .statusCode()).isEqualTo(204);
    }

    @Test
    void anAnswerInProgressWhenTheLineStopsStillReachesTheCaller() throws Exception {
        CountDownLatch answering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<Prompts> slow = () -> {
            answering.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TestLine.shipped();
        };
        LineServer server = server(slow, TestLine.memoryStore(), new LineHealth(new LivePrompts(TestLine.shipped())),
                LineMetrics.forLine());
        server.start();
        int port = server.port();
        Map<String, String> form = TwilioClient.callForm();
        String url = "http://127.0.0.1:" + port + Routes.VOICE;
        byte[] request = RawHttp.request("POST /voice HTTP/1.1", Map.of("Host", "127.0.0.1:" + port,
                "Content-Type", "application/x-www-form-urlencoded",
                "X-Twilio-Signature", TwilioClient.signature(TestLine.AUTH_TOKEN, url, form)),
                TwilioClient.encode(form).getBytes(StandardCharsets.UTF_8));

        CompletableFuture<RawHttp.Reply> call = CompletableFuture.supplyAsync(() -> {
            try {
                return RawHttp.send(port, request);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(answering.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitRefused(port);
        assertThat(stopped).as("the stop waits for the answer in progress").isNotDone();

        release.countDown();
        RawHttp.Reply reply = call.get(10, TimeUnit.SECONDS);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text()).contains("If this is a medical emergency, hang up and dial 911.").endsWith("</Response>\n");
        stopped.get(10, TimeUnit.SECONDS);
    }

    /** The stop has begun once the line takes no new connection. */
    static void awaitRefused(int port) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                Thread.sleep(10);
            } catch (IOException refused) {
                return;
            }
        }
        throw new AssertionError("the line still takes connections on port " + port);
    }

    @Test
    void onlyTheWebhooksAreInTheCallLogAndAFailedStatusCallbackIsARefusal() throws Exception {
        TwilioClient twilio = start();
        twilio.get("/health");
        twilio.get("/voiceover");
        RawHttp.Reply broken = RawHttp.send(port(), RawHttp.request("POST " + Routes.STATUS + " HTTP/1.1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "CallStatus=%zz".getBytes(StandardCharsets.UTF_8)));
        assertThat(broken.status()).isEqualTo(400);

        JsonNode line = logLines(1).get(0);
        assertThat(line.get("route").asText()).isEqualTo(Routes.STATUS);
        assertThat(line.get("event").asText()).isEqualTo("refused");
        assertThat(line.get("outcome").asText()).isEqualTo("http-400");
        assertThat(logged.text().lines()).as(logged::text).hasSize(1);
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadNotRefusedAsTooLarge() throws Exception {
        start();
        String body = "Digits=" + "1".repeat(Forms.MAX_BODY_BYTES - "Digits=".length());
        RawHttp.Reply reply = RawHttp.send(port(), RawHttp.request("POST /voice/menu HTTP/1.1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), body.getBytes(StandardCharsets.UTF_8)));
        assertThat(reply.status()).isNotEqualTo(413).isBetween(400, 499);
    }

    /** The Twilio console's addresses are typed by hand: a caller is never left with Twilio's "application error". */
    @Test
    void aMistypedWebhookAddressUnderVoiceStillAnswersTheCaller() throws Exception {
        TwilioClient twilio = start();
        HttpResponse<String> slash = twilio.post(Routes.VOICE + "/", TwilioClient.callForm());
        assertThat(slash.statusCode()).isEqualTo(200);
        assertThat(Twiml.parse(slash.body()).spoken())
                .isEqualTo(Twiml.parse(twilio.post(Routes.VOICE, TwilioClient.callForm()).body()).spoken());

        HttpResponse<String> unknown = twilio.post(Routes.VOICE + "/incoming-call?x=1", TwilioClient.callForm());
        assertThat(unknown.statusCode()).isEqualTo(200);
        Twiml safe = Twiml.parse(unknown.body());
        assertThat(safe.spoken()).contains("Let me put you through to the front desk.");
        assertThat(safe.dialled()).isEqualTo("+12125985913");
        assertThat(logLines(3).get(2).get("level").asText()).isEqualTo("WARN");

        RawHttp.Reply unsigned = RawHttp.send(port(), RawHttp.request("POST /voice/incoming-call HTTP/1.1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "CallSid=CA1".getBytes(StandardCharsets.UTF_8)));
        assertThat(unsigned.status()).as("the signature is still checked there").isEqualTo(403);
    }

    @Test
    void noAnswerSaysWhatServerRunsHere() throws Exception {
        TwilioClient twilio = start();
        HttpResponse<String> answer = twilio.post(Routes.VOICE, TwilioClient.callForm());
        assertThat(answer.headers().firstValue("Server")).isEmpty();
        assertThat(answer.headers().firstValue("X-Powered-By")).isEmpty();
        RawHttp.Reply garbage = RawHttp.send(port(), "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.text()).isEqualTo("400 Bad Request\n");
        assertThat(garbage.header("Content-Type")).isEqualToIgnoringWhitespace("text/plain; charset=utf-8");
    }

    @Test
    void behindAProxyTheUrlTwilioSignedIsRebuiltFromItsForwardedHeaders() throws Exception {
        start();
        Map<String, String> form = TwilioClient.callForm();
        String signature = TwilioClient.signature(TestLine.AUTH_TOKEN, "https://line.clinic.example/voice", form);
        RawHttp.Reply reply = RawHttp.send(port(), RawHttp.request("POST /voice HTTP/1.1", Map.of(
                "Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "line.clinic.example", "X-Twilio-Signature", signature),
                TwilioClient.encode(form).getBytes(StandardCharsets.UTF_8)));
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void inLocalTrialModeTheLineListensOnLoopbackOnly() throws Exception {
        start();
        try (Socket other = new Socket()) {
            other.connect(new java.net.InetSocketAddress("127.0.0.2", port()), 1000);
            throw new AssertionError("the line took a connection on another address than 127.0.0.1");
        } catch (java.net.ConnectException refused) {
            assertThat(refused).hasMessageContaining("refused");
        }
    }

    @Test
    void aPageMountedOnTheServerAnswersAndItsExactPathsGetTheirOwnMetricsLabel() throws Exception {
        LineMetrics metrics = LineMetrics.forLine();
        jakarta.servlet.http.HttpServlet page = new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void doGet(jakarta.servlet.http.HttpServletRequest request,
                                 jakarta.servlet.http.HttpServletResponse response) throws IOException {
                response.getWriter().print("messages page");
            }
        };
        LivePrompts prompts = new LivePrompts(TestLine.shipped());
        server(prompts, TestLine.memoryStore(), new LineHealth(prompts), metrics)
                .mount(page, "/staff/messages", "/staff/messages/*").start();

        assertThat(RawHttp.send(port(), RawHttp.request("GET /staff/messages HTTP/1.1", Map.of(), new byte[0])).text())
                .isEqualTo("messages page");
        assertThat(RawHttp.send(port(), RawHttp.request("GET /staff/messages/12 HTTP/1.1", Map.of(), new byte[0])).text())
                .isEqualTo("messages page");
        assertThat(metrics.route("/staff/messages")).isEqualTo("/staff/messages");
        assertThat(metrics.route("/staff/messages/12")).isEqualTo("other");
        assertThat(metrics.route("/staff/messages/*")).isEqualTo("other");
    }

    @Test
    void stoppingAtOnceClosesThePort() throws Exception {
        start();
        int port = port();
        servers.remove(servers.size() - 1).stop(Duration.ZERO);
        try (Socket probe = new Socket("127.0.0.1", port)) {
            throw new AssertionError("the line still takes connections after it stopped");
        } catch (java.net.ConnectException refused) {
            assertThat(refused).hasMessageContaining("refused");
        }
    }

    @Test
    void aPathAllowedLargerBodiesTakesAStaffFormLongerThanAnyTwilioRequest() throws Exception {
        LivePrompts prompts = new LivePrompts(TestLine.shipped());
        jakarta.servlet.http.HttpServlet page = new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void doPost(jakarta.servlet.http.HttpServletRequest request,
                                  jakarta.servlet.http.HttpServletResponse response) throws IOException {
                response.getWriter().print(request.getInputStream().readAllBytes().length);
            }
        };
        server(prompts, TestLine.memoryStore(), new LineHealth(prompts), LineMetrics.forLine())
                .mount(page, "/staff/words", "/staff/other").allowBodies(4 * Forms.MAX_BODY_BYTES, "/staff/words").start();
        byte[] form = ("text=" + "a".repeat(2 * Forms.MAX_BODY_BYTES)).getBytes(StandardCharsets.UTF_8);

        RawHttp.Reply words = RawHttp.send(port(), RawHttp.request("POST /staff/words HTTP/1.1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), form));
        assertThat(words.status()).isEqualTo(200);
        assertThat(words.text()).isEqualTo(String.valueOf(form.length));
        assertThat(RawHttp.send(port(), RawHttp.request("POST /staff/other HTTP/1.1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), form)).status()).isEqualTo(413);
        assertThat(postThenAskHealth("/staff/words", 4 * Forms.MAX_BODY_BYTES)).as("the limit itself is allowed")
                .startsWith("HTTP/1.1 200 OK").contains(String.valueOf(4 * Forms.MAX_BODY_BYTES));
        assertThat(postThenAskHealth("/staff/words", 4 * Forms.MAX_BODY_BYTES + 1)).startsWith("HTTP/1.1 413")
                .contains("\nHTTP/1.1 200 OK");
    }

    @Test
    void aPathMayAnswerABodyTooLargeWithAPageOfItsOwn() throws Exception {
        LivePrompts prompts = new LivePrompts(TestLine.shipped());
        jakarta.servlet.http.HttpServlet page = new jakarta.servlet.http.HttpServlet() {};
        LineServer.TooLarge tooMuch = new LineServer.TooLarge(Map.of("Content-Type", "text/html; charset=utf-8",
                "X-Content-Type-Options", "nosniff"), "<h1>Too much to save</h1>".getBytes(StandardCharsets.UTF_8));
        server(prompts, TestLine.memoryStore(), new LineHealth(prompts), LineMetrics.forLine())
                .mount(page, "/staff/words", "/staff/other")
                .allowBodies(2 * Forms.MAX_BODY_BYTES, tooMuch, "/staff/words").start();

        String words = postThenAskHealth("/staff/words", 2 * Forms.MAX_BODY_BYTES + 1);
        assertThat(words).startsWith("HTTP/1.1 413").contains("\r\nContent-Type: text/html; charset=utf-8\r\n",
                "\r\nX-Content-Type-Options: nosniff\r\n", "\r\n\r\n<h1>Too much to save</h1>HTTP/1.1 200 OK");
        // a path without a page of its own keeps the plain answer, and its own limit
        String other = postThenAskHealth("/staff/other", 2 * Forms.MAX_BODY_BYTES + 1);
        assertThat(other).startsWith("HTTP/1.1 413").contains("413 Payload Too Large\n").doesNotContain("Too much to save");
    }

    @Test
    void stoppingWritesOutAndClosesTheCallLog() throws Exception {
        ch.qos.logback.classic.Logger logger = CallLines.logger(".stop-");
        logger.setAdditive(false);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> written =
                new ch.qos.logback.core.read.ListAppender<>();
        written.setContext(logger.getLoggerContext());
        written.start();
        logger.addAppender(written);
        LivePrompts prompts = new LivePrompts(TestLine.shipped());
        Office office = new Office(Clock.fixed(NOW, ZoneOffset.UTC), TestLine.memoryStore(), TextMessages.NONE);
        LineServer server = new LineServer("127.0.0.1", 0, new PhoneLine(prompts, Optional.empty(), office),
                new LineHealth(prompts), Optional.of(TestLine.AUTH_TOKEN), Optional.empty(),
                new LineServer.Operations(LineMetrics.forLine(), new CallLog(Clock.fixed(NOW, ZoneOffset.UTC), logger)));
        servers.add(server);
        server.start();
        TwilioClient twilio = new TwilioClient("http://127.0.0.1:" + server.port(), TestLine.AUTH_TOKEN);
        assertThat(twilio.post(Routes.VOICE, TwilioClient.callForm()).statusCode()).isEqualTo(200);

        server.stop(Duration.ZERO);
        assertThat(written.list).hasSize(1);
        assertThat(written.isStarted()).as("the call log is written out and closed").isFalse();
    }

    /**
     * Callers whose connection resets before their answer is written (a dropped mobile call, a proxy giving up)
     * leave nothing held: their connections are let go at once, and a graceful stop is as quick as without them.
     * Before, Jetty's loader of whole bodies swallowed each failed write: the connection stayed open, counted
     * against the line's limit, until a stop gave up after its 25 s.
     */
    @Test
    void connectionsResetBeforeTheirAnswerAreLetGoAndTheStopIsQuick() throws Exception {
        LineMetrics metrics = LineMetrics.forLine();
        LineServer server = started(metrics);
        String url = "http://127.0.0.1:" + server.port() + Routes.VOICE;
        Map<String, String> form = TwilioClient.callForm();
        byte[] body = TwilioClient.encode(form).getBytes(StandardCharsets.UTF_8);
        byte[] request = RawHttp.request("POST " + Routes.VOICE + " HTTP/1.1", Map.of("Host", "127.0.0.1:" + server.port(),
                "Content-Type", "application/x-www-form-urlencoded", "X-Twilio-Signature",
                TwilioClient.signature(TestLine.AUTH_TOKEN, url, form)), body);
        for (int i = 0; i < 20; i++) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(request);
                socket.setSoLinger(true, 0); // closed with a reset, its answer unread
            }
        }
        for (int i = 0; i < 300 && !metrics.prometheus().contains("ivr_connections_open 0\n"); i++) {
            Thread.sleep(10);
        }
        assertThat(metrics.prometheus()).contains("ivr_connections_open 0\n");

        long stopping = System.nanoTime();
        server.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
    }
}
