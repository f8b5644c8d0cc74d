package clinic.ivr.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * One JSON object per line for every webhook answered: when, which call, which step, how fast,
 * who called (masked) and what the caller got. Machine-readable on stdout, so a log service can
 * count and search calls; Jetty's own messages stay readable on stderr.
 */
public final class CallLog {

    /** One line of the log. Values come from Twilio's form, so they are cut to a sane length. */
    public record Event(String level, String event, String callSid, String route, String node, int status,
                        String outcome, double latencyMs, String caller, String detail) {}

    private static final int MAX_VALUE = 200;

    private final JsonFactory json = new JsonFactory();
    private final OutputStream out;
    private final Clock clock;

    /** @param out where the lines go, usually {@code System.out} */
    public CallLog(OutputStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    public void write(Event e) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(320);
        try (JsonGenerator g = json.createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("time", clock.instant().toString());
            g.writeStringField("level", e.level());
            g.writeStringField("event", e.event());
            field(g, "callSid", e.callSid());
            field(g, "route", e.route());
            field(g, "node", e.node());
            g.writeNumberField("status", e.status());
            field(g, "outcome", e.outcome());
            g.writeNumberField("latencyMs", Math.round(e.latencyMs() * 1000) / 1000.0);
            field(g, "caller", e.caller());
            field(g, "detail", e.detail());
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        line.write('\n');
        synchronized (out) {
            try {
                line.writeTo(out);
                out.flush();
            } catch (IOException ignored) {
                // a closed stdout must not fail a caller's answer
            }
        }
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value);
        }
    }
}
