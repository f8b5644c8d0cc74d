package clinic.ivr.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.Appender;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * One JSON object per line for every webhook answered: when, which call, which step, how fast,
 * who called (masked) and what the caller got. Machine-readable on stdout, so a log service can
 * count and search calls; Jetty's own messages stay readable on stderr. Written through Logback
 * (as {@code clinic.ivr.LineLogging} sets it up): a request only hands over the values, and the asynchronous appender's thread
 * writes the JSON ({@code logstash-logback-encoder}); {@link #close} empties its queue.
 */
public final class CallLog implements AutoCloseable {

    /** The call log's logger, which the line's logging writes to stdout. */
    public static final String LOGGER = "clinic.ivr.calls";

    /** One line of the log. Values come from Twilio's form, so they are cut to a sane length. */
    public record Event(String level, String event, String callSid, String route, String node, int status,
                        String outcome, double latencyMs, String caller, String detail) {}

    private static final int MAX_VALUE = 200;

    private final Clock clock;
    private final org.slf4j.Logger log;

    /** The line's call log, on stdout. */
    public CallLog() {
        this(Clock.systemUTC(), LoggerFactory.getLogger(LOGGER));
    }

    /** @param log where the lines go: {@link #LOGGER}, or a test's own */
    public CallLog(Clock clock, org.slf4j.Logger log) {
        this.clock = clock;
        this.log = log;
    }

    public void write(Event e) {
        LoggingEventBuilder line = log.atLevel(Level.valueOf(e.level()))
                .addKeyValue("time", clock.instant().toString())
                .addKeyValue("level", e.level())
                .addKeyValue("event", e.event());
        field(line, "callSid", e.callSid());
        field(line, "route", e.route());
        field(line, "node", e.node());
        line.addKeyValue("status", e.status());
        field(line, "outcome", e.outcome());
        line.addKeyValue("latencyMs", Math.round(e.latencyMs() * 1000) / 1000.0);
        field(line, "caller", e.caller());
        field(line, "detail", e.detail());
        line.log(e.event());
    }

    private static void field(LoggingEventBuilder line, String name, String value) {
        if (value != null) {
            line.addKeyValue(name, value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value);
        }
    }

    /**
     * Writes out every line queued so far and stops the log's appenders: the server calls this once it
     * has answered its last request, so no line is lost when the line stops.
     */
    @Override
    public void close() {
        if (log instanceof Logger logback) {
            List<Appender<?>> appenders = new ArrayList<>();
            for (Iterator<? extends Appender<?>> it = logback.iteratorForAppenders(); it.hasNext(); ) {
                appenders.add(it.next());
            }
            appenders.forEach(Appender::stop); // an asynchronous appender empties its queue first
        }
    }
}
