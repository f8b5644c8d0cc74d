package clinic.ivr.staff;

import clinic.ivr.web.LineMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /metrics}: the request metrics in Prometheus' text format, for staff only. */
public final class MetricsServlet extends StaffPageServlet {

    public static final String PATH = "/metrics";

    private final transient LineMetrics metrics;

    public MetricsServlet(LineMetrics metrics, StaffGuard guard) {
        super(guard);
        this.metrics = metrics;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, "text/plain; version=0.0.4; charset=utf-8", metrics.prometheus().getBytes(StandardCharsets.UTF_8));
    }
}
