package clinic.ivr.staff;

import clinic.ivr.web.LineMetrics;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /metrics}: the request metrics in Prometheus' text format, for staff only. */
public final class MetricsServlet extends HttpServlet {

    public static final String PATH = "/metrics";

    private final transient LineMetrics metrics;
    private final transient StaffGuard guard;

    public MetricsServlet(LineMetrics metrics, StaffGuard guard) {
        this.metrics = metrics;
        this.guard = guard;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.admits(request, response)) {
            return;
        }
        byte[] body = metrics.prometheus().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
