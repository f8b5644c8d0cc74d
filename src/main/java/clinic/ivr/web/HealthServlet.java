package clinic.ivr.web;

import clinic.ivr.prompts.LivePrompts;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: "ok", or "degraded" when the prompts on disk have problems and the line is
 * still answering with the last good version. Always 200 while the line answers calls.
 */
public final class HealthServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient LivePrompts prompts;

    public HealthServlet(LivePrompts prompts) {
        this.prompts = prompts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", prompts.problems().isEmpty() ? "ok" : "degraded");
        health.put("promptsVersion", prompts.get().version());
        health.put("problems", prompts.problems().stream().map(p -> Map.of(
                "file", p.file(), "line", p.line(), "message", p.message())).toList());
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), health);
    }
}
