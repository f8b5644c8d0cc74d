package clinic.ivr.web;

import clinic.ivr.flow.Routes;
import clinic.ivr.line.MessageCallbacks;
import clinic.ivr.line.VoiceRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * Twilio's recording and transcription callbacks, checked by the signature filter. Transport only:
 * 204 once the message is kept (committed to the store, or forced to disk in the journal), 503 when
 * it is not, so that Twilio sends it again (the callback URLs carry its retry overrides).
 */
public final class CallbackServlet extends HttpServlet {

    private final transient MessageCallbacks callbacks;

    public CallbackServlet(MessageCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) request.getAttribute(TwilioRequestFilter.FORM);
        Map<String, String> state = VoiceRequest.query(request.getQueryString());
        VoiceRequest voice = new VoiceRequest(request.getServletPath(), state, form == null ? Map.of() : form);
        try {
            if (Routes.TRANSCRIPTION.equals(request.getServletPath())) {
                callbacks.transcription(voice);
            } else {
                callbacks.recording(voice);
            }
        } catch (RuntimeException notKept) {
            // logged where it failed, without the caller's data
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
