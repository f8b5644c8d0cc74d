package clinic.ivr.web;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineExtension;
import clinic.ivr.RawHttp;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The URL Twilio signed, as the line rebuilds it behind each kind of proxy (Jetty's
 * ForwardedRequestCustomizer) or from PUBLIC_BASE_URL: a request signed for that URL is answered, over
 * real HTTP with the proxy's headers as it sends them.
 */
class ForwardedUrlTest {

    @RegisterExtension
    static final LineExtension LINE = new LineExtension();

    @RegisterExtension
    static final LineExtension CONFIGURED = new LineExtension(TestLine.with().publicBaseUrl("https://ivr.example.com"));

    @Test
    void publicBaseUrlWinsOverEverythingTheRequestSays() throws Exception {
        assertThat(status(CONFIGURED, "/voice/menu?node=faq", "https://ivr.example.com/voice/menu?node=faq",
                Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "http"))).isEqualTo(200);
    }

    @Test
    void herokusRouterSendsProtoAndPortAndTheHostWithoutPort() throws Exception {
        assertThat(status(LINE, "/voice", "https://ivr.example.com/voice",
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Port", "443", "Host", "ivr.example.com"))).isEqualTo(200);
    }

    @Test
    void nginxsUsualHostHeaderLosesThePortAndXForwardedPortBringsItBack() throws Exception {
        assertThat(status(LINE, "/voice/menu?node=main&lang=en", "http://127.0.0.1:8088/voice/menu?node=main&lang=en",
                Map.of("X-Forwarded-Proto", "http", "X-Forwarded-Port", "8088", "Host", "127.0.0.1"))).isEqualTo(200);
    }

    @Test
    void aForwardedHostThatNamesItsPortKeepsIt() throws Exception {
        assertThat(status(LINE, "/voice", "http://127.0.0.1:8088/voice",
                Map.of("X-Forwarded-Host", "127.0.0.1:8088"))).isEqualTo(200);
        assertThat(status(LINE, "/voice", "https://[::1]:8443/voice",
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "[::1]:8443"))).isEqualTo(200);
    }

    @Test
    void aChainOfProxiesCountsTheClientsEntryFirst() throws Exception {
        assertThat(status(LINE, "/voice", "https://ivr.example.com/voice",
                Map.of("X-Forwarded-Proto", "https, http", "X-Forwarded-Host", "ivr.example.com, inner:8080"))).isEqualTo(200);
    }

    @Test
    void theStandardForwardedHeaderIsReadToo() throws Exception {
        assertThat(status(LINE, "/voice", "https://ivr.example.com/voice",
                Map.of("Forwarded", "for=203.0.113.7;proto=https;host=ivr.example.com"))).isEqualTo(200);
    }

    @Test
    void withoutProxyHeadersTheRequestUrlIsUsed() throws Exception {
        int port = LINE.line().port();
        assertThat(status(LINE, "/voice?x=1", "http://127.0.0.1:" + port + "/voice?x=1",
                Map.of("Host", "127.0.0.1:" + port))).isEqualTo(200);
    }

    @Test
    void aSignatureForAnotherUrlIsRefused() throws Exception {
        assertThat(status(LINE, "/voice", "https://ivr.example.com/voice",
                Map.of("X-Forwarded-Proto", "https", "Host", "evil.example"))).isEqualTo(403);
        assertThat(status(CONFIGURED, "/voice", "https://evil.example/voice",
                Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"))).isEqualTo(403);
    }

    /** Posts a call's first request as a proxy would pass it on, signed for the URL Twilio called. */
    private static int status(LineExtension line, String pathAndQuery, String signedUrl, Map<String, String> proxyHeaders)
            throws Exception {
        Map<String, String> form = TwilioClient.callForm();
        Map<String, String> headers = new LinkedHashMap<>(proxyHeaders);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("X-Twilio-Signature", TwilioClient.signature(TestLine.AUTH_TOKEN, signedUrl, form));
        return RawHttp.send(line.line().port(), RawHttp.request("POST " + pathAndQuery + " HTTP/1.1", headers,
                TwilioClient.encode(form).getBytes(StandardCharsets.UTF_8))).status();
    }
}
