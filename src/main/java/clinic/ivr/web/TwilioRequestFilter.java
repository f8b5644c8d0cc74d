package clinic.ivr.web;

import com.twilio.security.RequestValidator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In front of every {@code /voice…} route: reads the POST body as Twilio's form and, when an auth
 * token is set, checks the {@code X-Twilio-Signature} with the SDK's {@link RequestValidator}.
 * The servlets read the checked form from {@link #FORM}, never from {@code getParameterMap()},
 * which would mix in the query string. Refusals are a bare status code: nothing for a prober to learn.
 */
public final class TwilioRequestFilter extends HttpFilter {

    /** Request attribute holding the POST form as a {@code Map<String, String>}. */
    public static final String FORM = "clinic.ivr.form";
    /** Twilio's requests are a few kilobytes; anything much larger is not from Twilio. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TwilioRequestFilter.class);

    private final Optional<RequestValidator> validator;
    private final PublicUrl publicUrl;

    /** @param authToken TWILIO_AUTH_TOKEN; without it requests are accepted unchecked (local trial mode) */
    public TwilioRequestFilter(Optional<String> authToken, PublicUrl publicUrl) {
        this.validator = authToken.map(RequestValidator::new);
        this.publicUrl = publicUrl;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String type = request.getContentType();
        if (type != null && !type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        byte[] body = readBody(request.getInputStream());
        if (body == null) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Optional<Map<String, String>> form = Forms.parse(body);
        if (form.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (validator.isPresent()) {
            String signature = request.getHeader("X-Twilio-Signature");
            String url = publicUrl.of(request);
            if (signature == null || !validator.get().validate(url, form.get(), signature)) {
                LOG.warn("rejected a request to {} with a missing or wrong Twilio signature (URL checked: {})",
                        request.getRequestURI(), url);
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        request.setAttribute(FORM, form.get());
        chain.doFilter(request, response);
    }

    /** The whole body, or null when it is larger than any Twilio request. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }
}
