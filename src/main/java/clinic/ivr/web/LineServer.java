package clinic.ivr.web;

import clinic.ivr.flow.Routes;
import clinic.ivr.line.LineHealth;
import clinic.ivr.line.MessageCallbacks;
import clinic.ivr.line.PhoneLine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.handler.ThreadLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded Jetty server: the webhook routes, the Twilio check in front of them, a graceful stop
 * that lets calls in progress get their answer, and nothing that tells the world what runs here.
 *
 * <p>No client can starve the line, with Jetty's own components: a request body is read in full
 * without a thread ({@link EagerContentHandler}) before any servlet sees it, so a client sending one
 * byte at a time holds no thread; a body slower than {@link #MIN_BYTES_PER_SECOND} is cut off
 * ({@link MinimumDataRateHandler}); an idle connection closes after {@link #IDLE_TIMEOUT_MS}. Jetty
 * has no limit on connections per client: the closest are a limit on the threads one client's
 * requests may use at once ({@link ThreadLimitHandler}, by the connecting address) and a limit on all
 * connections ({@link NetworkConnectionLimit}) that, when reached, shortens every idle connection's life.
 */
public final class LineServer {

    /** Heroku sends SIGTERM and waits 30 seconds before killing: finish within that. */
    static final long STOP_TIMEOUT_MS = 25_000;
    /**
     * An answer is a fraction of a millisecond of CPU: a few dozen threads keep the cores busy, where
     * hundreds would only add stacks and switching (measured in bench/RESULTS.md).
     */
    static final int MAX_THREADS = 32;
    /** Twilio's requests are small and sent at once: a connection silent this long is not Twilio's. */
    static final long IDLE_TIMEOUT_MS = 5_000;
    /** A request body slower than this is cut off (Twilio sends a few kilobytes at once). */
    static final long MIN_BYTES_PER_SECOND = 128;
    /** One client (one address: a proxy counts as one) may keep this many threads busy at once. */
    static final int THREADS_PER_CLIENT = MAX_THREADS / 2;
    /** All connections at once; beyond it the line stops accepting until idle ones close (within a second). */
    static final int MAX_CONNECTIONS = 1_000;

    private final Server server;
    private final ServerConnector connector;
    private final ServletContextHandler context;

    /**
     * @param host      the interface to listen on: 127.0.0.1 in local trial mode, else all
     * @param port      0 for any free port
     * @param authToken TWILIO_AUTH_TOKEN, if set
     * @param publicBaseUrl PUBLIC_BASE_URL, the URL Twilio signed; without it, the request's (Jetty rebuilds
     *                      it from a proxy's X-Forwarded and Forwarded headers)
     */
    public LineServer(String host, int port, PhoneLine line, LineHealth health, Optional<String> authToken,
                      Optional<String> publicBaseUrl) {
        this(host, port, line, health, authToken, publicBaseUrl, Operations.standard());
    }

    /**
     * What the line tells its operators: metrics and the call log.
     *
     * @param metrics counted on every request
     * @param log     one JSON line per webhook answered
     */
    public record Operations(LineMetrics metrics, CallLog log) {
        /** Metrics for the line's routes, the call log on stdout. */
        public static Operations standard() {
            return new Operations(LineMetrics.forLine(), new CallLog());
        }
    }

    private final LineMetrics metrics;
    /** Paths whose bodies may be larger than a Twilio request's: their limit, and their page for a body over it. */
    private final Map<String, Larger> largerBodies = new ConcurrentHashMap<>();

    /** @param health what {@code GET /health} reports */
    public LineServer(String host, int port, PhoneLine line, LineHealth health, Optional<String> authToken,
                      Optional<String> publicBaseUrl, Operations operations) {
        metrics = operations.metrics();
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8);
        threads.setName("line");
        server = new Server(threads);
        // stopped after the connectors and handlers: every answer's line is written before the process ends
        server.addBean(new AbstractLifeCycle() {
            @Override
            protected void doStop() {
                operations.log().close();
            }
        });

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(8 * 1024);
        // Jetty keeps a cache of header fields per connection, 96 KB at its default size (19 MB of heap for
        // 200 connections); a webhook's dozen headers are parsed as fast without it
        http.setHeaderCacheSize(0);
        // an answer (10 KB with the speech hints) is held whole until its request is recorded, then goes out in one
        // write with its length; past Jetty's default of 8 KB it went out chunked at once, and its end in a second write
        http.setOutputAggregationSize(http.getOutputBufferSize());
        // behind a proxy (Heroku's router, nginx), the URL Twilio signed is rebuilt from the proxy's
        // X-Forwarded-Proto/Host/Port or Forwarded headers. The client's address stays the connecting one
        // (a client could write any X-Forwarded-For): the per-client thread limit counts a proxy as one.
        ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();
        forwarded.setForwardedForHeader(null);
        http.addCustomizer(forwarded);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        NetworkConnectionLimit connections = new NetworkConnectionLimit(MAX_CONNECTIONS, server);
        connections.setEndPointIdleTimeout(1_000);
        server.addBean(connections);
        metrics.gauge("ivr_connections_open", "Connections open to the line now (at most " + MAX_CONNECTIONS + ").",
                () -> connector.getConnectedEndPoints().size());

        context = new ServletContextHandler();
        context.setContextPath("/");
        context.setMaxFormContentSize(Forms.MAX_BODY_BYTES);
        context.setMaxFormKeys(Forms.MAX_FIELDS);
        context.addFilter(new FilterHolder(new RequestRecorder(operations.metrics(), operations.log())), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new KnownMethods()), "/*", EnumSet.of(DispatcherType.REQUEST));
        FilterHolder twilio = new FilterHolder(new TwilioRequestFilter(authToken, publicBaseUrl));
        // "/voice/*" also matches "/voice" itself: one mapping, so the body is read once
        context.addFilter(twilio, Routes.VOICE + "/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder voice = new ServletHolder("voice", new VoiceServlet(line));
        for (String route : Routes.ANSWERS) {
            context.addServlet(voice, route);
        }
        // any other address under /voice (a webhook mistyped in the Twilio console) still answers the caller
        context.addServlet(voice, Routes.VOICE + "/*");
        context.addServlet(new ServletHolder("status", new StatusServlet(line)), Routes.STATUS);
        context.addServlet(new ServletHolder("health", new HealthServlet(health)), Routes.HEALTH);

        PlainErrors errors = new PlainErrors();
        context.setErrorHandler(errors);
        server.setErrorHandler(errors);

        ThreadLimitHandler perClient = new ThreadLimitHandler(context, null, false);
        perClient.setThreadLimit(THREADS_PER_CLIENT);
        // a body that exceeds any Twilio request (or a staff form allowed more) is refused (413)
        BodyLimits limits = new BodyLimits(largerBodies);
        Handler wholeBody = new OversizedBodies(new EagerContentHandler(new FailedAnswers(perClient), limits),
                limits::limit, limits::page);
        // the graceful stop sees every request first: inside the eager reading, a request that came on a
        // connection the stop had just closed kept the stop waiting until its 25 s ran out
        server.setHandler(new DrainingHandler(new MinimumDataRateHandler(wholeBody, MIN_BYTES_PER_SECOND, 0)));
        server.addBean(new QuietStop(connector));
        server.setStopTimeout(STOP_TIMEOUT_MS);
        server.setStopAtShutdown(true);
    }

    /** Adds Twilio's recording and transcription callbacks, which keep callers' messages. Call before {@link #start}. */
    public LineServer withMessages(MessageCallbacks callbacks) {
        ServletHolder holder = new ServletHolder("message-callbacks", new CallbackServlet(callbacks));
        for (String route : Routes.CALLBACKS) {
            context.addServlet(holder, route);
        }
        return this;
    }

    /**
     * Serves a page at these paths (servlet path specs, such as "/staff/messages/*"); each exact path gets
     * its own label in the metrics. Call before {@link #start}.
     */
    public LineServer mount(HttpServlet page, String... paths) {
        // named by its first path too: two pages of one class (such as two files) are two servlets
        ServletHolder holder = new ServletHolder(page.getClass().getSimpleName() + " " + paths[0], page);
        for (String path : paths) {
            context.addServlet(holder, path);
            if (!path.contains("*")) {
                metrics.track(path);
            }
        }
        return this;
    }

    /**
     * Lets form posts to these exact paths be up to {@code bytes} long (a staff form with every sentence of
     * the line in it); every other body keeps a Twilio request's limit. Call before {@link #start}.
     */
    public LineServer allowBodies(long bytes, String... paths) {
        return allowBodies(bytes, Optional.empty(), paths);
    }

    /**
     * The answer (413) to a body over its path's limit, in the words of those who post there, instead of
     * the plain status: the body is read to its end first, so the page reaches them.
     *
     * @param headers every header of the answer, its Content-Type among them
     * @param page    the answer's bytes
     */
    public record TooLarge(Map<String, String> headers, byte[] page) {}

    /** As {@link #allowBodies(long, String...)}, and a body over the limit is answered with {@code page}. */
    public LineServer allowBodies(long bytes, TooLarge page, String... paths) {
        return allowBodies(bytes, Optional.of(page), paths);
    }

    private LineServer allowBodies(long bytes, Optional<TooLarge> page, String... paths) {
        for (String path : paths) {
            largerBodies.put(path, new Larger(bytes, page));
        }
        return this;
    }

    /** A path's limit in bytes, and the page that answers a body over it, if any. */
    private record Larger(long bytes, Optional<TooLarge> page) {}

    /**
     * Each request body read whole, within its path's limit (at most that many bytes), and the page, if any, that
     * answers a body over it. Jetty's loader counts the body's bytes alone (no framing overhead per chunk, which
     * made a body of the limit itself too large) and refuses a body once it holds its maximum, so it is given one
     * byte more. A body of stated length over the limit is refused before it ({@link OversizedBodies}); the
     * loader refuses those that do not say their length.
     */
    private record BodyLimits(Map<String, Larger> larger) implements EagerContentHandler.ContentLoaderFactory {
        private static final long TWILIO_LIMIT = Forms.MAX_BODY_BYTES + 1024L;
        private static final EagerContentHandler.RetainedContentLoaderFactory TWILIO = loader(TWILIO_LIMIT);

        long limit(Request request) {
            return larger(request).map(Larger::bytes).orElse(TWILIO_LIMIT);
        }

        /** The page a body over the limit is answered with, when the path has one. */
        Optional<TooLarge> page(Request request) {
            return larger(request).flatMap(Larger::page);
        }

        private Optional<Larger> larger(Request request) {
            return Optional.ofNullable(larger.get(request.getHttpURI().getPath()));
        }

        private static EagerContentHandler.RetainedContentLoaderFactory loader(long limit) {
            return new EagerContentHandler.RetainedContentLoaderFactory(limit + 1, 0, true);
        }

        @Override
        public String getApplicableMimeType() {
            return null;
        }

        @Override
        public EagerContentHandler.ContentLoader newContentLoader(String contentType, String mimeType, Handler handler,
                                                                  Request request, Response response, Callback callback) {
            EagerContentHandler.RetainedContentLoaderFactory loader = larger(request).map(l -> loader(l.bytes()))
                    .orElse(TWILIO);
            return loader.newContentLoader(contentType, mimeType, handler, request, response, callback);
        }
    }

    public void start() throws Exception {
        server.start();
    }

    /** Stops gracefully: answers in progress finish, for at most {@link #STOP_TIMEOUT_MS}. */
    public void stop() throws Exception {
        server.stop();
    }

    /**
     * Stops, letting answers in progress finish for at most {@code grace}; with none, at once, without
     * waiting for idle keep-alive connections to go (a test's client keeps them open for seconds).
     */
    public void stop(Duration grace) throws Exception {
        server.setStopTimeout(grace.toMillis());
        server.stop();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }
}
