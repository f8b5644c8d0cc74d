package clinic.ivr.staff;

import clinic.ivr.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The forms staff post from the line's pages: accepted only from this site (its Origin, or lacking one
 * its Referer) with a page's token ({@link CsrfTokens}) in the form's body, never in the URL, which
 * proxies and browsers keep in their logs and history.
 */
public final class StaffForms {

    /** A form is a token, a name and a note at most. */
    private static final int MAX_FORM_BYTES = 16 * 1024;
    private static final int MAX_FORM_FIELDS = 20;

    private final CsrfTokens tokens;
    /** PUBLIC_BASE_URL, when set: the site's own origin. */
    private final Optional<String> publicBaseUrl;

    public StaffForms(CsrfTokens tokens, Optional<String> publicBaseUrl) {
        this.tokens = tokens;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** A token for the forms of the page being written. */
    public String token() {
        return tokens.issue();
    }

    /** The posted form, when it came from one of this site's pages with a valid token; else empty. */
    public Optional<Map<String, String>> read(HttpServletRequest request) {
        if (!sameOrigin(request) || !Forms.isForm(request.getContentType())
                || request.getContentLengthLong() > MAX_FORM_BYTES) {
            return Optional.empty();
        }
        try {
            Map<String, String> form = Forms.body(request, MAX_FORM_FIELDS, MAX_FORM_BYTES);
            return tokens.valid(form.get("token")) ? Optional.of(form) : Optional.empty();
        } catch (Forms.Unreadable e) {
            return Optional.empty();
        }
    }

    private boolean sameOrigin(HttpServletRequest request) {
        // behind a proxy, Jetty has rebuilt the request's URL from its forwarded headers
        String ours = origin(publicBaseUrl.orElseGet(() -> request.getRequestURL().toString()));
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            String referer = request.getHeader("Referer");
            return referer != null && ours != null && ours.equals(origin(referer));
        }
        return ours != null && ours.equals(origin(origin));
    }

    private static String origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port < 0 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
