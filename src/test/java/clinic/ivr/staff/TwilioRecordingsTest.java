package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.config.TwilioApi;
import clinic.ivr.desk.RecordingAudio;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fetching a recording from Twilio as staff's player does, against a local server answering as Twilio
 * might: refusals and errors in plain words for staff, odd content types, redirect loops, no server at all.
 */
class TwilioRecordingsTest {

    static final String SID = "RE0123456789abcdef0123456789abcdef";
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private HttpServer server;
    private final List<String> paths = new CopyOnWriteArrayList<>();

    /** A server that answers every request with {@code answer}, remembering each path asked for. */
    TwilioApi twilio(Consumer<HttpExchange> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                paths.add(exchange.getRequestURI().getPath());
                answer.accept(exchange);
            }
        });
        server.start();
        return new TwilioApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "AC1", "AC1", "token");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) {
        try {
            if (type != null) {
                exchange.getResponseHeaders().add("Content-Type", type);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void withoutCredentialsNothingIsFetched() {
        TwilioRecordings none = new TwilioRecordings(Optional.empty(), TIMEOUT);
        assertThat(none.configured()).isFalse();
        assertThat(none.fetch(SID)).isEqualTo(new TwilioRecordings.Fetched.Unavailable("the line has no Twilio credentials"));
    }

    @Test
    void aSidThatCannotNameARecordingIsNeverAskedFor() throws Exception {
        TwilioRecordings twilio = new TwilioRecordings(Optional.of(twilio(e -> send(e, 200, "audio/mpeg", new byte[] {1}))),
                TIMEOUT);
        assertThat(twilio.configured()).isTrue();
        for (String sid : new String[] {null, "", "R", "RE", "../../Calls", "RE12/../34", "12345", "RE" + "a".repeat(63)}) {
            assertThat(twilio.fetch(sid)).as(String.valueOf(sid)).isEqualTo(new TwilioRecordings.Fetched.Gone());
        }
        assertThat(paths).isEmpty();
        assertThat(twilio.fetch("RE" + "a".repeat(62))).isInstanceOf(TwilioRecordings.Fetched.Audio.class);
    }

    @Test
    void refusalsAndErrorsAreSaidInPlainWords() throws Exception {
        int[] status = {403};
        TwilioRecordings twilio = new TwilioRecordings(Optional.of(twilio(e -> send(e, status[0], null, new byte[0]))),
                TIMEOUT);
        assertThat(twilio.fetch(SID)).isEqualTo(new TwilioRecordings.Fetched.Unavailable(
                "Twilio refused the line's credentials (HTTP 403)"));
        status[0] = 401;
        assertThat(twilio.fetch(SID)).isEqualTo(new TwilioRecordings.Fetched.Unavailable(
                "Twilio refused the line's credentials (HTTP 401)"));
        status[0] = 503;
        assertThat(twilio.fetch(SID)).isEqualTo(new TwilioRecordings.Fetched.Unavailable("Twilio answered HTTP 503"));
        status[0] = 404;
        assertThat(twilio.fetch(SID)).isEqualTo(new TwilioRecordings.Fetched.Gone());
        status[0] = 304;
        assertThat(twilio.fetch(SID)).as("a redirect without a Location").isEqualTo(
                new TwilioRecordings.Fetched.Unavailable("Twilio answered HTTP 304"));
        assertThat(paths).allSatisfy(p -> assertThat(p).isEqualTo("/2010-04-01/Accounts/AC1/Recordings/" + SID + ".mp3"));
    }

    @Test
    void theSoundKeepsAnAudioTypeAndAnythingElseIsTakenAsMp3() throws Exception {
        String[] type = {"audio/wav"};
        TwilioRecordings twilio = new TwilioRecordings(Optional.of(twilio(e -> send(e, 200, type[0], new byte[] {7, 8}))),
                TIMEOUT);
        TwilioRecordings.Fetched.Audio wav = (TwilioRecordings.Fetched.Audio) twilio.fetch(SID);
        assertThat(wav.audio().contentType()).isEqualTo("audio/wav");
        assertThat(wav.audio().bytes()).containsExactly(7, 8);
        type[0] = "text/html";
        assertThat(((TwilioRecordings.Fetched.Audio) twilio.fetch(SID)).audio().contentType()).isEqualTo(RecordingAudio.MP3);
        type[0] = null;
        assertThat(((TwilioRecordings.Fetched.Audio) twilio.fetch(SID)).audio().contentType()).isEqualTo(RecordingAudio.MP3);
    }

    @Test
    void aRecordingLargerThanAnyMessageIsRefused() throws Exception {
        byte[] huge = new byte[RecordingAudio.MAX_BYTES + 1];
        byte[] largest = new byte[RecordingAudio.MAX_BYTES];
        byte[][] body = {huge};
        TwilioRecordings twilio = new TwilioRecordings(Optional.of(twilio(e -> send(e, 200, "audio/mpeg", body[0]))),
                TIMEOUT);
        assertThat(twilio.fetch(SID)).isEqualTo(new TwilioRecordings.Fetched.Unavailable(
                "the recording is larger than any message can be"));
        body[0] = largest;
        assertThat(((TwilioRecordings.Fetched.Audio) twilio.fetch(SID)).audio().bytes()).hasSize(RecordingAudio.MAX_BYTES);
    }

    @Test
    void aRedirectLoopEndsAfterThreeRedirects() throws Exception {
        TwilioRecordings twilio = new TwilioRecordings(Optional.of(twilio(e -> {
            e.getResponseHeaders().add("Location", "/again" + paths.size());
            send(e, 302, null, new byte[0]);
        })), TIMEOUT);
        assertThat(twilio.fetch(SID)).isEqualTo(new TwilioRecordings.Fetched.Unavailable("Twilio redirected too many times"));
        assertThat(paths).containsExactly("/2010-04-01/Accounts/AC1/Recordings/" + SID + ".mp3", "/again1", "/again2",
                "/again3");
    }

    @Test
    void whenTwilioCannotBeReachedStaffAreToldSo() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        TwilioRecordings twilio = new TwilioRecordings(Optional.of(new TwilioApi(URI.create("http://127.0.0.1:" + port),
                "AC1", "AC1", "token")), TIMEOUT);
        assertThat(twilio.fetch(SID)).isEqualTo(new TwilioRecordings.Fetched.Unavailable(
                "Twilio could not be reached (ConnectException)"));
    }
}
