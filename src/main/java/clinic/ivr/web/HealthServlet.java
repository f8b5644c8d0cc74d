package clinic.ivr.web;

import clinic.ivr.line.LineHealth;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: 200 and "ok", or 503 and "degraded" with each problem in plain words (a mistake
 * in the prompts with its file and line), and the messages waiting in the journal. Degraded does not
 * mean silent: the line still answers every call.
 */
public final class HealthServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient LineHealth health;

    public HealthServlet(LineHealth health) {
        this.health = health;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LineHealth.Report report = health.report();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.ok() ? "ok" : "degraded");
        body.put("promptsVersion", report.promptsVersion().orElse(null));
        body.put("publishedVersion", report.published().isPresent() ? report.published().getAsInt() : null);
        body.put("problems", report.problems().stream().map(HealthServlet::problem).toList());
        if (!report.notes().isEmpty()) {
            body.put("notes", report.notes());
        }
        Map<String, Object> journal = new LinkedHashMap<>();
        journal.put("waiting", report.journal().waiting());
        journal.put("oldestSeconds", report.oldestWaiting().map(d -> Math.max(0, d.toSeconds())).orElse(null));
        body.put("journal", journal);
        response.setStatus(report.ok() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
    }

    private static Map<String, Object> problem(LineHealth.Problem p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("message", p.message());
        if (p.file() != null) {
            map.put("file", p.file());
            map.put("line", p.line());
        }
        return map;
    }
}
