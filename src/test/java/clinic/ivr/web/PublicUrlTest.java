package clinic.ivr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The URL Twilio signed, rebuilt from what a proxy in front of the line sends. */
class PublicUrlTest {

    private final PublicUrl fromHeaders = new PublicUrl(Optional.empty());

    @Test
    void publicBaseUrlWinsOverEverythingTheRequestSays() {
        PublicUrl configured = new PublicUrl(Optional.of("https://ivr.example.com"));

        assertEquals("https://ivr.example.com/voice/menu?node=faq",
                configured.of(request(Map.of("X-Forwarded-Host", "evil.example"), "/voice/menu", "node=faq")));
    }

    @Test
    void herokusRouterSendsProtoAndTheHostWithoutPort() {
        assertEquals("https://ivr.example.com/voice", fromHeaders.of(request(
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Port", "443", "Host", "ivr.example.com"), "/voice", null)));
    }

    @Test
    void nginxsUsualHostHeaderLosesThePortAndXForwardedPortBringsItBack() {
        assertEquals("http://127.0.0.1:8088/voice/menu?node=main&lang=en", fromHeaders.of(request(
                Map.of("X-Forwarded-Proto", "http", "X-Forwarded-Port", "8088", "Host", "127.0.0.1"),
                "/voice/menu", "node=main&lang=en")));
    }

    @Test
    void aHostThatAlreadyNamesItsPortKeepsIt() {
        assertEquals("http://127.0.0.1:8088/voice", fromHeaders.of(request(
                Map.of("X-Forwarded-Host", "127.0.0.1:8088", "X-Forwarded-Port", "9999"), "/voice", null)));
        assertEquals("http://[::1]:8088/voice", fromHeaders.of(request(
                Map.of("X-Forwarded-Proto", "http", "X-Forwarded-Port", "9999", "Host", "[::1]:8088"), "/voice", null)));
    }

    @Test
    void aChainOfProxiesCountsTheClientsEntryFirst() {
        assertEquals("https://ivr.example.com/voice", fromHeaders.of(request(
                Map.of("X-Forwarded-Proto", "https, http", "X-Forwarded-Host", "ivr.example.com, inner:8080"),
                "/voice", null)));
    }

    @Test
    void withoutProxyHeadersTheRequestUrlIsUsed() {
        assertEquals("http://127.0.0.1:8080/voice?x=1", fromHeaders.of(request(Map.of(), "/voice", "x=1")));
    }

    private static HttpServletRequest request(Map<String, String> headers, String path, String query) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        headers.forEach((name, value) -> when(request.getHeader(name)).thenReturn(value));
        when(request.getRequestURI()).thenReturn(path);
        when(request.getQueryString()).thenReturn(query);
        when(request.getScheme()).thenReturn("http");
        when(request.getRequestURL()).thenReturn(new StringBuffer("http://127.0.0.1:8080" + path));
        return request;
    }
}
