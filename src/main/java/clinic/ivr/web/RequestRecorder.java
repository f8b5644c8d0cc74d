package clinic.ivr.web;

import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.flow.Routes;
import clinic.ivr.line.Reply;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Outermost on every request: times it, counts it in the metrics, and writes the call log line for
 * the webhooks. The servlets and the Twilio check leave what happened in request attributes.
 */
public final class RequestRecorder extends HttpFilter {

    /** Request attribute: the {@link Reply} the voice servlet sent. */
    public static final String ANSWER = "clinic.ivr.answer";
    /** Request attribute: the URL a refused signature was checked against. */
    public static final String BAD_SIGNATURE = "clinic.ivr.bad-signature";

    private final transient LineMetrics metrics;
    private final transient CallLog log;

    public RequestRecorder(LineMetrics metrics, CallLog log) {
        this.metrics = metrics;
        this.log = log;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            long nanos = System.nanoTime() - start;
            String path = request.getRequestURI();
            String route = metrics.route(path);
            metrics.request(route, status, nanos);
            if (path != null && (path.equals(Routes.VOICE) || path.startsWith(Routes.VOICE + "/"))) {
                record(request, route, status, nanos);
            }
        }
    }

    private void record(HttpServletRequest request, String route, int status, long nanos) {
        Reply answer = (Reply) request.getAttribute(ANSWER);
        Object badSignature = request.getAttribute(BAD_SIGNATURE);
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) request.getAttribute(TwilioRequestFilter.FORM);
        Map<String, String> f = form == null ? Map.of() : form;
        double ms = nanos / 1e6;
        String callSid = f.get("CallSid");
        String caller = form == null ? null : PhoneNumber.mask(f.get("From"));
        if (answer != null && answer.fallback()) {
            metrics.fallback();
        }
        CallLog.Event event;
        if (badSignature != null) {
            metrics.signatureFailure();
            event = new CallLog.Event("WARN", "refused", null, route, null, status, "bad-signature", ms, null,
                    "signature checked against " + PhoneNumber.maskUrl(badSignature.toString()));
        } else if (answer != null) {
            event = new CallLog.Event(answer.fallback() ? "WARN" : "INFO", "answer", callSid, route, answer.node(),
                    status, answer.outcome(), ms, caller, null);
        } else if (route.equals(Routes.STATUS) && status < 400) {
            event = new CallLog.Event("INFO", "status", callSid, route, null, status, f.get("CallStatus"), ms, caller,
                    f.containsKey("CallDuration") ? f.get("CallDuration") + "s" : null);
        } else if (status < 400) {
            // Twilio's other callbacks (a recording, a transcription): acknowledged
            event = new CallLog.Event("INFO", "callback", callSid, route, null, status, "ok", ms, caller, null);
        } else {
            event = new CallLog.Event(status >= 500 ? "ERROR" : "WARN", "refused", callSid, route, null, status,
                    "http-" + status, ms, caller, null);
        }
        log.write(event);
    }
}
