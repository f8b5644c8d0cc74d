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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
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
            printTo(calls().getAppender(LineLogging.CALLS_JSON), "System.out", out);
            printTo(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"), "System.err", err);
        }
        return status;
    }

    /** The call log's queue, as the line's logging set it up. */
    private AsyncAppender calls() {
        return (AsyncAppender) context.getLogger(CallLog.LOGGER).getAppender(LineLogging.CALLS);
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

    /** The call log's stdout as a log service that has stopped reading: each write waits for {@code reading}. */
    private AsyncAppender callsWritingTo(CountDownLatch reading) {
        AsyncAppender calls = calls();
        ((ConsoleAppender<ILoggingEvent>) calls.getAppender(LineLogging.CALLS_JSON)).setOutputStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                boolean interrupted = false;
                while (reading.getCount() > 0) { // as a pipe does, deaf to the writer's interruption
                    try {
                        reading.await();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                out.write(b, off, len);
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        return calls;
    }

    private static CallLog.Event answer(int call) {
        return new CallLog.Event("INFO", "answer", "CA" + call, "/voice", "main", 200, "menu", 1, null, null);
    }

    private List<String> callSids() {
        return text(out).lines().map(line -> line.replaceAll(".*\"callSid\":\"(CA\\d+)\".*", "$1")).toList();
    }

    @Test
    void aBurstOfCallsWhileStdoutIsStuckWaitsRatherThanLosingALine() throws Exception {
        configured();
        CountDownLatch reading = new CountDownLatch(1);
        AsyncAppender calls = callsWritingTo(reading);
        CallLog log = new CallLog(Clock.systemUTC(), context.getLogger(CallLog.LOGGER));
        // twice the queue: Logback's writer takes whatever is queued when it wakes before it is stuck, so the
        // queue fills however many lines that was
        int lines = 2 * LineLogging.CALLS_QUEUE;
        Thread calling = new Thread(() -> IntStream.range(0, lines).forEach(i -> log.write(answer(i))));
        calling.setDaemon(true);
        try {
            calling.start();
            // a limit for a machine busy with other tests: alone, the queue fills in a tenth of a second
            assertThat(Eventually.within(Duration.ofSeconds(60), calls::getRemainingCapacity, room -> room == 0))
                    .as("room left in the queue").isZero();
            assertThat(calls.getNumberOfElementsInQueue()).as("lines queued").isEqualTo(LineLogging.CALLS_QUEUE);
            assertThat(calling.isAlive()).as("the request waits for room in the queue").isTrue();
        } finally {
            reading.countDown();
        }
        calling.join(60_000);
        assertThat(Eventually.within(Duration.ofSeconds(60), () -> callSids().size(), written -> written == lines))
                .as("lines written once stdout reads again").isEqualTo(lines);
        log.close();

        assertThat(callSids()).hasSize(lines).doesNotHaveDuplicates();
    }

    @Test
    void linesStillQueuedWhenTheLineStopsAreWrittenOutIfStdoutTakesAFewSeconds() throws Exception {
        configured();
        CountDownLatch reading = new CountDownLatch(1);
        callsWritingTo(reading);
        CallLog log = new CallLog(Clock.systemUTC(), context.getLogger(CallLog.LOGGER));
        IntStream.range(0, 100).forEach(i -> log.write(answer(i)));
        Thread slowReader = new Thread(() -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reading.countDown();
        });
        slowReader.setDaemon(true);
        slowReader.start();
        log.close();

        assertThat(callSids()).hasSize(100);
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
            assertThat(calls()).isNull();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }
}
