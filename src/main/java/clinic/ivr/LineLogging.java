package clinic.ivr;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import clinic.ivr.web.CallLog;
import net.logstash.logback.composite.loggingevent.KeyValuePairsJsonProvider;
import net.logstash.logback.composite.loggingevent.LoggingEventJsonProviders;
import net.logstash.logback.encoder.LoggingEventCompositeJsonEncoder;

/**
 * The line's logging, set up by Logback when it starts (named in {@code META-INF/services}):
 *
 * <ul>
 *   <li>stderr: the line's and Jetty's own messages (start, stop, errors with their stack traces), readable;</li>
 *   <li>stdout: the call log, one JSON object a line (the logger {@link CallLog#LOGGER}). Lines are queued and
 *       written by the asynchronous appender's own thread, never dropped (a full queue makes a request wait
 *       rather than lose a line), and the queue is emptied when the server stops ({@link CallLog#close}).</li>
 * </ul>
 *
 * <p>Written with Logback's own classes rather than read from a {@code logback.xml}: reading the XML loaded
 * about 300 classes more and took 0.28 s of every start, against 0.16 s. An operator who wants other
 * logging still passes {@code -Dlogback.configurationFile=...}, which Logback then reads as usual.
 */
public final class LineLogging extends ContextAwareBase implements Configurator {

    /** The appender that queues the call log's lines, and the one that writes them out as JSON. */
    public static final String CALLS = "CALLS";
    public static final String CALLS_JSON = "CALLS_JSON";

    /** Lines the call log holds before a request waits for the writer. */
    static final int CALLS_QUEUE = 8192;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder readable = new PatternLayoutEncoder();
        readable.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30}: %msg%n");
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console(context, "STDERR", "System.err", readable));

        LoggingEventJsonProviders fields = new LoggingEventJsonProviders();
        fields.addKeyValuePairs(new KeyValuePairsJsonProvider());
        LoggingEventCompositeJsonEncoder json = new LoggingEventCompositeJsonEncoder();
        json.setProviders(fields);
        AsyncAppender calls = new AsyncAppender();
        calls.setContext(context);
        calls.setName(CALLS);
        calls.setQueueSize(CALLS_QUEUE);
        calls.setDiscardingThreshold(0); // an INFO line is not dropped when the queue runs low
        calls.setNeverBlock(false); // nor when it is full: the request waits
        calls.setMaxFlushTime(5000); // how long a stop waits for the queue to be written
        calls.addAppender(console(context, CALLS_JSON, "System.out", json));
        calls.start();
        Logger callLog = context.getLogger(CallLog.LOGGER);
        callLog.setLevel(Level.INFO);
        callLog.setAdditive(false);
        callLog.addAppender(calls);

        // Hikari says more than an operator needs at INFO: its pool starting and stopping
        context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String name, String target,
                                                         Encoder<ILoggingEvent> encoder) {
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(name);
        console.setTarget(target);
        console.setEncoder(encoder);
        console.start();
        return console;
    }
}
