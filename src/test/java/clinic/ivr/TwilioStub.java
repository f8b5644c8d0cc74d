package clinic.ivr;

import clinic.ivr.config.TwilioApi;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server standing in for Twilio's REST API (the JDK's own): it serves recordings' MP3s at
 * Twilio's path to a client with the account's credentials, and remembers every request it got. It can
 * also send the client to another host for the media, as Twilio may, or answer an error.
 */
public final class TwilioStub implements AutoCloseable {

    public static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    public static final String TOKEN = "stub-auth-token";

    /** One request the stub got. */
    public record Seen(String path, String authorization, String range) {}

    private final HttpServer server;
    private final Map<String, byte[]> recordings = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final String user;
    private final String secret;
    private volatile int failWith;
    private volatile String redirectTo;

    public TwilioStub() throws IOException {
        this(ACCOUNT, TOKEN);
    }

    /** @param user and secret the Basic credentials it accepts: the account and its token, or an API key */
    public TwilioStub(String user, String secret) throws IOException {
        this.user = user;
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Twilio has this recording: its bytes. */
    public TwilioStub recording(String recordingSid, byte[] mp3) {
        recordings.put(recordingSid, mp3);
        return this;
    }

    /** Every request answers this status from now on (0: answer normally). */
    public void failWith(int status) {
        failWith = status;
    }

    /** Recordings are served from another base (as Twilio's media store), to which the client is redirected. */
    public void redirectTo(String base) {
        redirectTo = base;
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The API the line is given: this stub, the account, and these credentials. */
    public TwilioApi api() {
        return new TwilioApi(URI.create(base()), ACCOUNT, user, secret);
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        seen.add(new Seen(path, authorization, exchange.getRequestHeaders().getFirst("Range")));
        try (exchange) {
            if (failWith != 0) {
                exchange.sendResponseHeaders(failWith, -1);
                return;
            }
            if (!path.startsWith("/media/") && !("Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + secret).getBytes(StandardCharsets.UTF_8))).equals(authorization)) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (redirectTo != null && !path.startsWith("/media/")) {
                exchange.getResponseHeaders().add("Location", redirectTo + "/media" + path);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            String prefix = (path.startsWith("/media/") ? "/media" : "") + "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/";
            byte[] mp3 = path.startsWith(prefix) && path.endsWith(".mp3")
                    ? recordings.get(path.substring(prefix.length(), path.length() - 4)) : null;
            if (mp3 == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "audio/mpeg");
            exchange.sendResponseHeaders(200, mp3.length);
            exchange.getResponseBody().write(mp3);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
