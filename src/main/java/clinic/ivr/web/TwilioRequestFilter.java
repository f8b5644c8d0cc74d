package clinic.ivr.web;

import clinic.ivr.flow.Routes;
import com.twilio.security.RequestValidator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * In front of every {@code /voice…} route: reads the POST body as Twilio's form (with Jetty's form
 * parser, {@link Forms}) and, when an auth token is set, checks the {@code X-Twilio-Signature} with
 * the SDK's {@link RequestValidator}. The servlets read the checked form from {@link #FORM}, never
 * from {@code getParameterMap()}, which would mix in the query string. Refusals are a bare status
 * code: nothing for a prober to learn.
 */
public final class TwilioRequestFilter extends HttpFilter {

    /** Request attribute holding the POST form as a {@code Map<String, String>}. */
    public static final String FORM = "clinic.ivr.form";

    private final Optional<RequestValidator> validator;
    private final Optional<String> publicBaseUrl;

    /**
     * @param authToken     TWILIO_AUTH_TOKEN; without it requests are accepted unchecked (local trial mode)
     * @param publicBaseUrl PUBLIC_BASE_URL without a trailing slash; without it the request's own URL, as
     *                      Jetty rebuilds it from a proxy's forwarded headers
     */
    public TwilioRequestFilter(Optional<String> authToken, Optional<String> publicBaseUrl) {
        this.validator = authToken.map(RequestValidator::new);
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!Forms.isForm(request.getContentType())) {
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        if (request.getContentLengthLong() > Forms.MAX_BODY_BYTES) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Map<String, String> form;
        try {
            form = Forms.body(request, Forms.MAX_FIELDS, Forms.MAX_BODY_BYTES);
        } catch (Forms.Unreadable e) {
            if (e.stoppedComing()) {
                response.setStatus(HttpServletResponse.SC_REQUEST_TIMEOUT);
                response.setHeader("Connection", "close");
            } else {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return;
        }
        if (validator.isPresent()) {
            String signature = request.getHeader("X-Twilio-Signature");
            String url = signedUrl(request);
            if (signature == null || !signed(url, form, signature)) {
                // logged as one line of the call log, with the URL checked
                request.setAttribute(RequestRecorder.BAD_SIGNATURE, url);
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        request.setAttribute(FORM, form);
        chain.doFilter(request, response);
    }

    /**
     * The URL Twilio requested, which is what it signed: PUBLIC_BASE_URL and the path and query, else
     * the request's URL (behind a proxy, Jetty's ForwardedRequestCustomizer has made it the public one).
     */
    private String signedUrl(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return publicBaseUrl.map(base -> base + request.getRequestURI()).orElseGet(() ->
                request.getRequestURL().toString()) + query;
    }

    /**
     * The SDK's check (it also tries the URL with and without its port). Twilio documents signing the
     * URL without its connection-override fragment; should it ever sign the URL as the line handed it
     * out, a message must not be refused for that.
     */
    private boolean signed(String url, Map<String, String> form, String signature) {
        RequestValidator sdk = validator.orElseThrow();
        return sdk.validate(url, form, signature) || sdk.validate(url + Routes.RETRIES, form, signature);
    }
}
