package clinic.ivr.web;

import clinic.ivr.line.PhoneNumbers;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Twilio's call status callbacks: logged, with the caller's number masked. */
public final class StatusServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(StatusServlet.class);

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) request.getAttribute(TwilioRequestFilter.FORM);
        Map<String, String> f = form == null ? Map.of() : form;
        LOG.info("call {} status {} from {} to {} duration {}s", f.getOrDefault("CallSid", "-"),
                f.getOrDefault("CallStatus", "-"), PhoneNumbers.mask(f.get("From")), PhoneNumbers.mask(f.get("To")),
                f.getOrDefault("CallDuration", "-"));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
