package clinic.ivr.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import clinic.ivr.CallLines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceAccessMode;

/** The call log: one JSON line per webhook, written off the request threads, and none lost when the line stops. */
@ResourceLock(value = CallLines.LOGGING, mode = ResourceAccessMode.READ)
class CallLogTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-03-02T14:30:00Z"), ZoneOffset.UTC);

    @Test
    void aLineIsOneJsonObjectWithItsFieldsInOrderAndNothingElse() throws Exception {
        CallLines lines = new CallLines();
        lines.log(NOW).write(new CallLog.Event("WARN", "answer", "CA1", "/voice/menu", "faq", 200, "fallback", 0.41234,
                "+1******0147", null));

        JsonNode line = new ObjectMapper().readTree(lines.text());
        assertThat(lines.text()).endsWith("}\n").hasLineCount(1);
        List<String> fields = new ArrayList<>();
        line.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("time", "level", "event", "callSid", "route", "node", "status", "outcome",
                "latencyMs", "caller");
        assertThat(line.get("time").asText()).isEqualTo("2026-03-02T14:30:00Z");
        assertThat(line.get("status").isInt()).isTrue();
        assertThat(line.get("latencyMs").asDouble()).isEqualTo(0.412);
    }

    @Test
    void aValueFromTwiliosFormIsCutTo200CharactersAndMarkedSo() throws Exception {
        CallLines lines = new CallLines();
        String route = "/voice/" + "x".repeat(193);
        lines.log(NOW).write(new CallLog.Event("INFO", "answer", "CA" + "1".repeat(300), route, null, 200, "menu", 1,
                null, null));

        JsonNode line = new ObjectMapper().readTree(lines.text());
        assertThat(line.get("callSid").asText()).isEqualTo("CA" + "1".repeat(198) + "…");
        assertThat(line.get("route").asText()).as("exactly 200: kept whole").isEqualTo(route);
    }

    @Test
    void theLinesCallLogIsAsynchronousAndNeverDropsALine() {
        AsyncAppender calls = CallLines.calls();
        assertThat(calls.isStarted()).isTrue();
        assertThat(calls.getDiscardingThreshold()).as("no level is dropped when the queue fills").isZero();
        assertThat(calls.isNeverBlock()).as("a full queue makes a request wait rather than lose a line").isFalse();
        assertThat(calls.getMaxFlushTime()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void closingWritesOutEveryQueuedLine() {
        Logger logger = CallLines.logger(".flush-");
        logger.setAdditive(false);
        List<ILoggingEvent> written = new ArrayList<>();
        AppenderBase<ILoggingEvent> slow = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                try {
                    Thread.sleep(1); // a slow disk or pipe: the queue fills up behind it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                synchronized (written) {
                    written.add(event);
                }
            }
        };
        slow.setContext(logger.getLoggerContext());
        slow.start();
        AsyncAppender async = new AsyncAppender();
        async.setContext(logger.getLoggerContext());
        async.setDiscardingThreshold(0);
        async.setMaxFlushTime(10_000);
        async.addAppender(slow);
        async.start();
        logger.addAppender(async);

        CallLog log = new CallLog(NOW, logger);
        for (int i = 0; i < 300; i++) {
            log.write(new CallLog.Event("INFO", "answer", "CA" + i, "/voice", "main", 200, "menu", 0.1, null, null));
        }
        log.close();

        synchronized (written) {
            assertThat(written).hasSize(300);
        }
        assertThat(async.isStarted()).isFalse();
    }
}
