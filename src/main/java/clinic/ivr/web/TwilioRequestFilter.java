package clinic.ivr.web;

import clinic.ivr.flow.Routes;
import com.twilio.security.RequestValidator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

    private final Optional<RequestValidator> validator;
    private final Optional<ThreadLocal<Mac>> hmac;
    private final PublicUrl publicUrl;

    /** @param authToken TWILIO_AUTH_TOKEN; without it requests are accepted unchecked (local trial mode) */
    public TwilioRequestFilter(Optional<String> authToken, PublicUrl publicUrl) {
        this.validator = authToken.map(RequestValidator::new);
        this.hmac = authToken.map(token -> ThreadLocal.withInitial(() -> hmacSha1(token)));
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
        if (!isForm(request.getContentType())) {
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        byte[] body;
        try {
            body = readBody(request.getInputStream(), request.getContentLength());
        } catch (IOException tooSlow) {
            // the body stopped coming (slower than the line accepts, or the connection went idle)
            response.setStatus(HttpServletResponse.SC_REQUEST_TIMEOUT);
            response.setHeader("Connection", "close");
            return;
        }
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
            if (signature == null || !signed(url, form.get(), signature)) {
                // logged as one line of the call log, with the URL checked
                request.setAttribute(RequestRecorder.BAD_SIGNATURE, url);
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        request.setAttribute(FORM, form.get());
        chain.doFilter(request, response);
    }

    /**
     * The signature of the URL exactly as rebuilt, checked first with one HMAC from a per-thread key;
     * when it does not match, the SDK's check decides (it also tries the URL with and without its
     * port, computing two HMACs, which profiling showed as a fifth of a request's time). The SDK
     * accepts every request this first check accepts, so the fast path refuses nothing it would allow.
     */
    private boolean signed(String url, Map<String, String> form, String signature) {
        StringBuilder data = new StringBuilder(url.length() + 512).append(url);
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        byte[] expected = Base64.getEncoder().encode(hmac.orElseThrow().get()
                .doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))
                || validator.orElseThrow().validate(url, form, signature)
                // Twilio documents signing the URL without its connection-override fragment; should it
                // ever sign the URL as the line handed it out, a message must not be refused for that
                || validator.orElseThrow().validate(url + Routes.RETRIES, form, signature);
    }

    private static Mac hmacSha1(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
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
    private static byte[] readBody(InputStream in, int declaredLength) throws IOException {
        if (declaredLength > MAX_BODY_BYTES) {
            return null;
        }
        // a declared length is read in one piece; the read after it only confirms the end
        byte[] body = in.readNBytes(declaredLength >= 0 ? declaredLength : MAX_BODY_BYTES + 1);
        if (declaredLength >= 0 && in.read() >= 0) {
            return null;
        }
        return body.length > MAX_BODY_BYTES ? null : body;
    }
}
