package clinic.ivr.web;

import clinic.ivr.flow.Routes;
import clinic.ivr.line.MessageCallbacks;
import clinic.ivr.line.PhoneLine;
import clinic.ivr.line.LineHealth;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.handler.ThreadLimitHandler;
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
     * @param publicUrl how to rebuild the URL Twilio signed
     */
    public LineServer(String host, int port, PhoneLine line, LineHealth health, Optional<String> authToken,
                      PublicUrl publicUrl) {
        this(host, port, line, health, authToken, publicUrl, Operations.standard(Optional.empty()));
    }

    /**
     * What the line tells its operators: metrics, the call log, and who may read the metrics.
     *
     * @param metrics counted on every request, shown on {@code GET /metrics}
     * @param log     one JSON line per webhook answered
     * @param staff   guards {@code /metrics}
     */
    public record Operations(LineMetrics metrics, CallLog log, StaffGuard staff) {
        /** Metrics for the line's routes, the call log on stdout, {@code /metrics} behind STAFF_PASSWORD. */
        public static Operations standard(Optional<String> staffPassword) {
            return new Operations(LineMetrics.forLine(), new CallLog(System.out, Clock.systemUTC()),
                    new StaffGuard(staffPassword));
        }
    }

    /** @param health what {@code GET /health} reports */
    public LineServer(String host, int port, PhoneLine line, LineHealth health, Optional<String> authToken,
                      PublicUrl publicUrl, Operations operations) {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8);
        threads.setName("line");
        server = new Server(threads);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(8 * 1024);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        NetworkConnectionLimit connections = new NetworkConnectionLimit(MAX_CONNECTIONS, server);
        connections.setEndPointIdleTimeout(1_000);
        server.addBean(connections);

        context = new ServletContextHandler();
        context.setContextPath("/");
        context.setMaxFormContentSize(TwilioRequestFilter.MAX_BODY_BYTES);
        context.setMaxFormKeys(Forms.MAX_FIELDS);
        context.addFilter(new FilterHolder(new RequestRecorder(operations.metrics(), operations.log())), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new KnownMethods()), "/*", EnumSet.of(DispatcherType.REQUEST));
        FilterHolder twilio = new FilterHolder(new TwilioRequestFilter(authToken, publicUrl));
        // "/voice/*" also matches "/voice" itself: one mapping, so the body is read once
        context.addFilter(twilio, Routes.VOICE + "/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder voice = new ServletHolder("voice", new VoiceServlet(line));
        for (String route : Routes.ANSWERS) {
            context.addServlet(voice, route);
        }
        context.addServlet(new ServletHolder("status", new StatusServlet()), Routes.STATUS);
        context.addServlet(new ServletHolder("health", new HealthServlet(health)), Routes.HEALTH);
        context.addServlet(new ServletHolder("metrics", new MetricsServlet(operations.metrics(), operations.staff())),
                MetricsServlet.PATH);

        PlainErrors errors = new PlainErrors();
        context.setErrorHandler(errors);
        server.setErrorHandler(errors);

        ThreadLimitHandler perClient = new ThreadLimitHandler(context, null, false);
        perClient.setThreadLimit(THREADS_PER_CLIENT);
        // a body that exceeds any Twilio request is refused (413) before it is all read
        EagerContentHandler wholeBody = new EagerContentHandler(perClient,
                new EagerContentHandler.RetainedContentLoaderFactory(TwilioRequestFilter.MAX_BODY_BYTES + 1024L, -1, true));
        // the graceful stop sees every request first: inside the eager reading, a request that came on a
        // connection the stop had just closed kept the stop waiting until its 25 s ran out
        server.setHandler(new DrainingHandler(new MinimumDataRateHandler(wholeBody, MIN_BYTES_PER_SECOND, 0)));
        server.addBean(new QuietStop(connector));
        server.setStopTimeout(STOP_TIMEOUT_MS);
        server.setStopAtShutdown(true);
    }

    /**
     * Adds the front desk's messages: Twilio's recording and transcription callbacks, and the staff
     * pages when a staff password is set (without one, /staff answers 404). Call before {@link #start}.
     */
    public LineServer withMessages(MessageCallbacks callbacks, Optional<StaffServlet> staff) {
        ServletHolder holder = new ServletHolder("message-callbacks", new CallbackServlet(callbacks));
        for (String route : Routes.CALLBACKS) {
            context.addServlet(holder, route);
        }
        staff.ifPresent(s -> {
            ServletHolder pages = new ServletHolder("staff", s);
            context.addServlet(pages, StaffServlet.MESSAGES);
            context.addServlet(pages, StaffServlet.MESSAGES + "/*");
        });
        return this;
    }

    public void start() throws Exception {
        server.start();
    }

    public void stop() throws Exception {
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
