package clinic.ivr.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The URL Twilio requested, which is what it signed. Behind Heroku's router or another proxy the
 * server sees http and an inner port, so take PUBLIC_BASE_URL, else the X-Forwarded headers.
 */
public final class PublicUrl {

    private final Optional<String> base;

    /** @param base PUBLIC_BASE_URL without a trailing slash, such as https://ivr.example.com */
    public PublicUrl(Optional<String> base) {
        this.base = base;
    }

    public String of(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        String path = request.getRequestURI() + query;
        if (base.isPresent()) {
            return base.get() + path;
        }
        String proto = first(request.getHeader("X-Forwarded-Proto"));
        String host = first(request.getHeader("X-Forwarded-Host"));
        String port = first(request.getHeader("X-Forwarded-Port"));
        if (proto != null || host != null || port != null) {
            String scheme = proto != null ? proto : request.getScheme();
            String authority = host != null ? host : request.getHeader("Host");
            return scheme + "://" + withPort(authority, scheme, port) + path;
        }
        return request.getRequestURL() + query;
    }

    /**
     * nginx's usual {@code proxy_set_header Host $host} drops the port; X-Forwarded-Port brings it
     * back. The scheme's default port is left out, as Twilio leaves it out of the URL it signs.
     */
    private static String withPort(String authority, String scheme, String port) {
        if (authority == null || port == null || hasPort(authority)) {
            return authority;
        }
        boolean standard = ("https".equalsIgnoreCase(scheme) && port.equals("443"))
                || ("http".equalsIgnoreCase(scheme) && port.equals("80"));
        return standard ? authority : authority + ":" + port;
    }

    private static boolean hasPort(String authority) {
        int bracket = authority.lastIndexOf(']');   // IPv6 literal such as [::1]:8080
        return authority.indexOf(':', bracket + 1) >= 0;
    }

    /** A proxy chain lists values comma-separated, the client's first. */
    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).trim();
    }
}
