package clinic.ivr.web;

import clinic.ivr.flow.Routes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Request counters and latency histograms, written in Prometheus' text format. A handful of
 * {@link LongAdder}s: recording costs nanoseconds and never blocks a caller's answer.
 */
public final class LineMetrics {

    /** Upper bounds of the latency buckets, in seconds: Twilio gives up at 15. */
    static final String[] BUCKET_LABELS =
            {"0.0005", "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "15"};
    static final double[] BUCKETS = java.util.Arrays.stream(BUCKET_LABELS).mapToDouble(Double::parseDouble).toArray();

    /** Route label for any path the line does not serve, so scanners cannot grow the label set. */
    static final String OTHER = "other";

    private final Set<String> routes = ConcurrentHashMap.newKeySet();
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final LongAdder fallbacks = new LongAdder();
    private final LongAdder signatureFailures = new LongAdder();
    /** Counters other parts of the line keep, by name: read when the metrics are written. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    private record Counter(String help, String type, LongSupplier value) {}

    /** @param routes the paths worth a label of their own */
    public LineMetrics(List<String> routes) {
        this.routes.addAll(routes);
    }

    /** One more path worth a label of its own, such as a page mounted on the server. */
    public void track(String route) {
        routes.add(route);
    }

    /** The label for a request path: the route itself, or {@link #OTHER}. */
    public String route(String path) {
        return path != null && routes.contains(path) ? path : OTHER;
    }

    public void request(String route, int status, long nanos) {
        requests.computeIfAbsent(route + "\u0000" + status, k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, k -> new Histogram()).record(nanos);
    }

    /** The caller got the fallback answer: the prompts or the renderer failed, or Twilio gave up on us. */
    public void fallback() {
        fallbacks.increment();
    }

    public void signatureFailure() {
        signatureFailures.increment();
    }

    /** A counter another part of the line keeps, such as the call events it had to drop. */
    public void counter(String name, String help, LongSupplier value) {
        counters.put(name, new Counter(help, "counter", value));
    }

    /** A value that goes up and down, such as the call events waiting to be written. */
    public void gauge(String name, String help, LongSupplier value) {
        counters.put(name, new Counter(help, "gauge", value));
    }

    /** Prometheus text exposition format, version 0.0.4. */
    public String prometheus() {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP ivr_requests_total Requests answered, by route and HTTP status.\n");
        out.append("# TYPE ivr_requests_total counter\n");
        new TreeMap<>(requests).forEach((key, count) -> {
            int split = key.indexOf('\u0000');
            out.append("ivr_requests_total{route=\"").append(key, 0, split)
                    .append("\",status=\"").append(key.substring(split + 1)).append("\"} ")
                    .append(count.sum()).append('\n');
        });
        out.append("# HELP ivr_request_duration_seconds Time from request to answer, by route.\n");
        out.append("# TYPE ivr_request_duration_seconds histogram\n");
        new TreeMap<>(latency).forEach((route, histogram) -> histogram.write(route, out));
        out.append("# HELP ivr_fallbacks_total Answers that were the fallback instead of the menu.\n");
        out.append("# TYPE ivr_fallbacks_total counter\n");
        out.append("ivr_fallbacks_total ").append(fallbacks.sum()).append('\n');
        out.append("# HELP ivr_signature_failures_total Requests refused for a missing or wrong Twilio signature.\n");
        out.append("# TYPE ivr_signature_failures_total counter\n");
        out.append("ivr_signature_failures_total ").append(signatureFailures.sum()).append('\n');
        new TreeMap<>(counters).forEach((name, counter) -> out.append("# HELP ").append(name).append(' ')
                .append(counter.help()).append("\n# TYPE ").append(name).append(' ').append(counter.type()).append('\n')
                .append(name).append(' ').append(counter.value().getAsLong()).append('\n'));
        return out.toString();
    }

    /** Fixed buckets, counted apart and summed up only when written. */
    private static final class Histogram {
        private final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
        private final LongAdder sumNanos = new LongAdder();

        Histogram() {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new LongAdder();
            }
        }

        void record(long nanos) {
            double seconds = nanos / 1e9;
            int i = 0;
            while (i < BUCKETS.length && seconds > BUCKETS[i]) {
                i++;
            }
            counts[i].increment();
            sumNanos.add(nanos);
        }

        void write(String route, StringBuilder out) {
            long cumulative = 0;
            for (int i = 0; i < counts.length; i++) {
                cumulative += counts[i].sum();
                String le = i < BUCKETS.length ? BUCKET_LABELS[i] : "+Inf";
                out.append("ivr_request_duration_seconds_bucket{route=\"").append(route)
                        .append("\",le=\"").append(le).append("\"} ").append(cumulative).append('\n');
            }
            out.append("ivr_request_duration_seconds_sum{route=\"").append(route).append("\"} ")
                    .append(sumNanos.sum() / 1e9).append('\n');
            out.append("ivr_request_duration_seconds_count{route=\"").append(route).append("\"} ")
                    .append(cumulative).append('\n');
        }
    }

    /** The routes of the line; pages mounted on the server add theirs. */
    public static LineMetrics forLine() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(Routes.ACTIONS);
        all.addAll(Routes.CALLBACKS);
        all.addAll(List.of(Routes.STATUS, Routes.HEALTH));
        return new LineMetrics(List.copyOf(all));
    }


}
