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

/**
 * In front of every {@code /voice…} route: reads the POST body as Twilio's form and, when an auth
 * token is set, checks the {@code X-Twilio-Signature} with the SDK's {@link RequestValidator}.
 * The servlets read the checked form from {@link #FORM}, never from {@code getParameterMap()},
 * which would mix in the query string.
 */
public final class TwilioRequestFilter extends HttpFilter {

    /** Request attribute holding the POST form as a {@code Map<String, String>}. */
    public static final String FORM = "clinic.ivr.form";
    /** Twilio's requests are a few kilobytes; anything much larger is not from Twilio. */
    static final int MAX_BODY_BYTES = 64 * 1024;

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
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!isForm(request.getContentType())) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        byte[] body = readBody(request.getInputStream());
        if (body == null) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Optional<Map<String, String>> form = Forms.parse(body);
        if (form.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (validator.isPresent()) {
            String signature = request.getHeader("X-Twilio-Signature");
            String url = publicUrl.of(request);
            if (signature == null || !validator.get().validate(url, form.get(), signature)) {
                request.setAttribute(RequestRecorder.BAD_SIGNATURE, url);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        request.setAttribute(FORM, form.get());
        chain.doFilter(request, response);
    }

    /** Twilio posts forms; no Content-Type at all is read as a form too, as servlet containers do. */
    static boolean isForm(String contentType) {
        if (contentType == null) {
            return true;
        }
        int semicolon = contentType.indexOf(';');
        String media = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return media.equalsIgnoreCase("application/x-www-form-urlencoded");
    }

    /** The whole body, or null when it is larger than any Twilio request. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }
}
