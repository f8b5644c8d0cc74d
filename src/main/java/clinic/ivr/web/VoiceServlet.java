package clinic.ivr.web;

import clinic.ivr.line.PhoneLine;
import clinic.ivr.line.Reply;
import clinic.ivr.line.VoiceRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The voice webhooks: hands Twilio's request to the phone line and writes back its TwiML. Transport only. */
public final class VoiceServlet extends HttpServlet {

    private final transient PhoneLine line;

    public VoiceServlet(PhoneLine line) {
        this.line = line;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) request.getAttribute(TwilioRequestFilter.FORM);
        Map<String, String> state = VoiceRequest.query(request.getQueryString());
        Reply answer = line.respond(new VoiceRequest(route(request), state, form == null ? Map.of() : form));
        request.setAttribute(RequestRecorder.ANSWER, answer);
        byte[] bytes = answer.utf8();
        response.setContentType("text/xml; charset=UTF-8");
        // no Content-Length: the answer stays buffered (LineServer aggregates up to 32 KB) until the request is
        // recorded, then goes out whole
        response.getOutputStream().write(bytes);
    }

    /** The route asked for, its path whole and without a closing slash: "/voice/" is the start of a call. */
    private static String route(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? request.getServletPath()
                : request.getServletPath() + request.getPathInfo();
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
