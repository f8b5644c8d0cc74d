package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import clinic.ivr.web.CallLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The line's logging, set up in a context of the test's own: what an operator reads on stderr and stdout. */
class LineLoggingTest {

    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    LineLoggingTest() {
        context.setMDCAdapter(new LogbackMDCAdapter()); // as SLF4J's binding does for the line's own context
    }

    /** Sets the logging up as the line does, then catches what its two consoles would print. */
    private ExecutionStatus configured() {
        LineLogging logging = new LineLogging();
        logging.setContext(context);
        ExecutionStatus status = logging.configure(context);
        if (status == ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY) {
            AsyncAppender calls = (AsyncAppender) context.getLogger(CallLog.LOGGER).getAppender(LineLogging.CALLS);
            printTo(calls.getAppender(LineLogging.CALLS_JSON), "System.out", out);
            printTo(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"), "System.err", err);
        }
        return status;
    }

    private static void printTo(Appender<ILoggingEvent> appender, String target, ByteArrayOutputStream into) {
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) appender;
        assertThat(console.getTarget()).isEqualTo(target);
        console.setOutputStream(into);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCallLogIsOneJsonObjectALineOnStdoutAndNothingOnStderr() throws Exception {
        assertThat(configured()).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        CallLog log = new CallLog(Clock.fixed(Instant.parse("2026-03-04T15:00:00Z"), ZoneOffset.UTC),
                context.getLogger(CallLog.LOGGER));
        log.write(new CallLog.Event("INFO", "answer", "CA1", "/voice", "main", 200, "menu", 12.5, "+1******0147", null));
        log.close(); // the queue is written out before the appenders stop

        String[] lines = text(out).split("\n");
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines[0]);
        assertThat(line.get("time").asText()).isEqualTo("2026-03-04T15:00:00Z");
        assertThat(line.get("event").asText()).isEqualTo("answer");
        assertThat(line.get("callSid").asText()).isEqualTo("CA1");
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("latencyMs").asDouble()).isEqualTo(12.5);
        assertThat(line.get("caller").asText()).isEqualTo("+1******0147");
        assertThat(line.has("detail")).isFalse();
        assertThat(text(err)).isEmpty();
    }

    @Test
    void theLinesOwnMessagesAreReadableOnStderrAndHikarisChatterIsLeftOut() {
        configured();
        context.getLogger("clinic.ivr.Main").info("answering on port {}", 8080);
        context.getLogger("com.zaxxer.hikari.HikariDataSource").info("pool starting");
        context.getLogger("com.zaxxer.hikari.pool.HikariPool").warn("connection is not available");
        context.getLogger("org.eclipse.jetty.server.Server").debug("details only a developer asks for");

        String[] lines = text(err).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[[^]]+] clinic.ivr.Main:"
                + " answering on port 8080");
        assertThat(lines[1]).contains("WARN ").endsWith(": connection is not available");
        assertThat(text(out)).isEmpty();
    }

    @Test
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    @ResourceLock(CallLines.LOGGING)
    void anOperatorsOwnLogbackFileIsLeftToLogbackToRead() {
        System.setProperty("logback.configurationFile", "/etc/clinic-ivr/logback.xml");
        try {
            assertThat(configured()).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
            assertThat(context.getLogger(CallLog.LOGGER).getAppender(LineLogging.CALLS)).isNull();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }
}
