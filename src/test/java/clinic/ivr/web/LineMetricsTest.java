package clinic.ivr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The metrics an operator scrapes, exactly as Prometheus reads them. */
class LineMetricsTest {

    static final long MS = 1_000_000;

    @Test
    void onlyTheLinesRoutesGetALabelOfTheirOwn() {
        LineMetrics metrics = LineMetrics.forLine();
        assertThat(metrics.route("/voice")).isEqualTo("/voice");
        assertThat(metrics.route("/voice/menu")).isEqualTo("/voice/menu");
        assertThat(metrics.route("/voice/status")).isEqualTo("/voice/status");
        assertThat(metrics.route("/health")).isEqualTo("/health");
        assertThat(metrics.route("/wp-login.php")).as("a scanner cannot grow the label set").isEqualTo("other");
        assertThat(metrics.route(null)).isEqualTo("other");
        metrics.track("/staff/messages");
        assertThat(metrics.route("/staff/messages")).isEqualTo("/staff/messages");
    }

    @Test
    void requestsAreCountedByRouteAndStatusWithTheirLatencyInCumulativeBuckets() {
        LineMetrics metrics = new LineMetrics(List.of("/voice"));
        metrics.request("/voice", 200, MS / 2);       // exactly on the first bucket's bound: counted in it
        metrics.request("/voice", 200, 3 * MS);       // 3 ms: up to 5 ms
        metrics.request("/voice", 403, 20_000 * MS);  // 20 s: only in +Inf
        metrics.request("other", 404, MS);

        assertThat(metrics.prometheus()).isEqualTo("""
                # HELP ivr_requests_total Requests answered, by route and HTTP status.
                # TYPE ivr_requests_total counter
                ivr_requests_total{route="/voice",status="200"} 2
                ivr_requests_total{route="/voice",status="403"} 1
                ivr_requests_total{route="other",status="404"} 1
                # HELP ivr_request_duration_seconds Time from request to answer, by route.
                # TYPE ivr_request_duration_seconds histogram
                ivr_request_duration_seconds_bucket{route="/voice",le="0.0005"} 1
                ivr_request_duration_seconds_bucket{route="/voice",le="0.001"} 1
                ivr_request_duration_seconds_bucket{route="/voice",le="0.0025"} 1
                ivr_request_duration_seconds_bucket{route="/voice",le="0.005"} 2
                ivr_request_duration_seconds_bucket{route="/voice",le="0.01"} 2
                ivr_request_duration_seconds_bucket{route="/voice",le="0.025"} 2
                ivr_request_duration_seconds_bucket{route="/voice",le="0.05"} 2
                ivr_request_duration_seconds_bucket{route="/voice",le="0.1"} 2
                ivr_request_duration_seconds_bucket{route="/voice",le="0.25"} 2
                ivr_request_duration_seconds_bucket{route="/voice",le="0.5"} 2
                ivr_request_duration_seconds_bucket{route="/voice",le="1"} 2
                ivr_request_duration_seconds_bucket{route="/voice",le="2.5"} 2
                ivr_request_duration_seconds_bucket{route="/voice",le="5"} 2
                ivr_request_duration_seconds_bucket{route="/voice",le="15"} 2
                ivr_request_duration_seconds_bucket{route="/voice",le="+Inf"} 3
                ivr_request_duration_seconds_sum{route="/voice"} 20.0035
                ivr_request_duration_seconds_count{route="/voice"} 3
                ivr_request_duration_seconds_bucket{route="other",le="0.0005"} 0
                ivr_request_duration_seconds_bucket{route="other",le="0.001"} 1
                ivr_request_duration_seconds_bucket{route="other",le="0.0025"} 1
                ivr_request_duration_seconds_bucket{route="other",le="0.005"} 1
                ivr_request_duration_seconds_bucket{route="other",le="0.01"} 1
                ivr_request_duration_seconds_bucket{route="other",le="0.025"} 1
                ivr_request_duration_seconds_bucket{route="other",le="0.05"} 1
                ivr_request_duration_seconds_bucket{route="other",le="0.1"} 1
                ivr_request_duration_seconds_bucket{route="other",le="0.25"} 1
                ivr_request_duration_seconds_bucket{route="other",le="0.5"} 1
                ivr_request_duration_seconds_bucket{route="other",le="1"} 1
                ivr_request_duration_seconds_bucket{route="other",le="2.5"} 1
                ivr_request_duration_seconds_bucket{route="other",le="5"} 1
                ivr_request_duration_seconds_bucket{route="other",le="15"} 1
                ivr_request_duration_seconds_bucket{route="other",le="+Inf"} 1
                ivr_request_duration_seconds_sum{route="other"} 0.001
                ivr_request_duration_seconds_count{route="other"} 1
                # HELP ivr_fallbacks_total Answers that were the fallback instead of the menu.
                # TYPE ivr_fallbacks_total counter
                ivr_fallbacks_total 0
                # HELP ivr_signature_failures_total Requests refused for a missing or wrong Twilio signature.
                # TYPE ivr_signature_failures_total counter
                ivr_signature_failures_total 0
                """);
    }

    @Test
    void fallbacksSignatureFailuresAndTheOtherPartsCountersAreWrittenInNameOrder() {
        LineMetrics metrics = new LineMetrics(List.of());
        metrics.fallback();
        metrics.fallback();
        metrics.signatureFailure();
        long[] waiting = {7};
        metrics.gauge("ivr_call_events_waiting", "Call events waiting to be written.", () -> waiting[0]);
        metrics.counter("ivr_call_events_dropped_total", "Call events dropped.", () -> 3);
        waiting[0] = 5;

        assertThat(metrics.prometheus()).endsWith("""
                ivr_fallbacks_total 2
                # HELP ivr_signature_failures_total Requests refused for a missing or wrong Twilio signature.
                # TYPE ivr_signature_failures_total counter
                ivr_signature_failures_total 1
                # HELP ivr_call_events_dropped_total Call events dropped.
                # TYPE ivr_call_events_dropped_total counter
                ivr_call_events_dropped_total 3
                # HELP ivr_call_events_waiting Call events waiting to be written.
                # TYPE ivr_call_events_waiting gauge
                ivr_call_events_waiting 5
                """);
    }
}
