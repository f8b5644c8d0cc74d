package clinic.ivr;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import clinic.ivr.web.CallLog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * A test's own call log: a logger of its own under {@link CallLog#LOGGER}, whose lines are written by
 * the line's own JSON encoder (as {@link LineLogging} sets it up for stdout) into memory.
 */
public final class CallLines {

    /**
     * The logging as {@link LineLogging} sets it up: a test class that adds its own appenders takes it
     * to read, and one whose line stops the configured call log (then configures it anew) takes it alone.
     */
    public static final String LOGGING = "logback's configuration";

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final Logger logger;

    public CallLines() {
        logger = logger(".test-");
        logger.setAdditive(false);
        Encoder<ILoggingEvent> json = linesEncoder();
        AppenderBase<ILoggingEvent> memory = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                synchronized (written) {
                    written.writeBytes(json.encode(event));
                }
            }
        };
        memory.setContext(logger.getLoggerContext());
        memory.start();
        logger.addAppender(memory);
    }

    /** The encoder of the line's call log, as configured for stdout. */
    @SuppressWarnings("unchecked")
    public static Encoder<ILoggingEvent> linesEncoder() {
        return ((OutputStreamAppender<ILoggingEvent>) calls().getAppender(LineLogging.CALLS_JSON)).getEncoder();
    }

    /** The line's asynchronous call log appender, as configured. */
    public static AsyncAppender calls() {
        return (AsyncAppender) context().getLogger(CallLog.LOGGER).getAppender(LineLogging.CALLS);
    }

    /** A new logger under the call log's, named with {@code prefix} and a random tail. */
    public static Logger logger(String prefix) {
        return context().getLogger(CallLog.LOGGER + prefix + UUID.randomUUID());
    }

    /**
     * Logback's context, once SLF4J has finished setting it up: test classes start side by side, and a
     * thread that asks while another is setting it up is handed a stand-in that is not Logback's.
     */
    public static LoggerContext context() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        while (!(factory instanceof LoggerContext)) {
            Thread.onSpinWait();
            factory = LoggerFactory.getILoggerFactory();
        }
        return (LoggerContext) factory;
    }

    public CallLog log(Clock clock) {
        return new CallLog(clock, logger);
    }

    /** Everything written so far, one JSON object a line. */
    public String text() {
        synchronized (written) {
            return written.toString(StandardCharsets.UTF_8);
        }
    }
}
