package clinic.ivr.web;

import clinic.ivr.line.PhoneLine;
import clinic.ivr.line.VoiceRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * Twilio's call status callbacks: the call is over. The line records its end and duration in the
 * background and acknowledges at once; the call log records the callback with the caller's number masked.
 */
public final class StatusServlet extends HttpServlet {

    private final transient PhoneLine line;

    public StatusServlet(PhoneLine line) {
        this.line = line;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) request.getAttribute(TwilioRequestFilter.FORM);
        line.callEnded(new VoiceRequest(request.getServletPath(), Map.of(), form == null ? Map.of() : form));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
