package clinic.ivr.web;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineExtension;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import com.twilio.security.RequestValidator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Only Twilio may drive the line: its published signature vectors, our own signing agreeing with
 * them, and every kind of unsigned or altered request refused over real HTTP.
 */
class SignatureTest {

    // Twilio's published vectors (twilio-java RequestValidatorTest)
    static final String VECTOR_TOKEN = "12345";
    static final String VECTOR_URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    static final String VECTOR_SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    static Map<String, String> vectorParams() {
        Map<String, String> params = new HashMap<>();
        params.put("Digits", "1234");
        params.put("CallSid", "CA1234567890ABCDE");
        params.put("To", "+18005551212");
        params.put("Caller", "+14158675309");
        params.put("From", "+14158675309");
        return params;
    }

    @RegisterExtension
    static final LineExtension LINE = new LineExtension();

    @Test
    void twiliosPublishedVectorsValidate() {
        RequestValidator validator = new RequestValidator(VECTOR_TOKEN);
        assertThat(validator.validate(VECTOR_URL, vectorParams(), VECTOR_SIGNATURE)).isTrue();
        assertThat(validator.validate(VECTOR_URL, vectorParams(), "NOT" + VECTOR_SIGNATURE)).isFalse();
        // ports: Twilio may sign with or without the port; both forms are accepted
        assertThat(validator.validate(VECTOR_URL.replace(".com", ".com:1234"), vectorParams(), VECTOR_SIGNATURE)).isTrue();
        assertThat(validator.validate(VECTOR_URL, vectorParams(), "kvajT1Ptam85bY51eRf/AJRuM3w=")).isTrue();
        assertThat(validator.validate(VECTOR_URL.replace("https", "http").replace(".com", ".com:1234"),
                vectorParams(), "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=")).isTrue();
        assertThat(validator.validate(VECTOR_URL.replace("https", "http"), vectorParams(), "0ZXoZLH/DfblKGATFgpif+LLRf4=")).isTrue();
    }

    @Test
    void ourTestSigningIsTwiliosAlgorithm() {
        assertThat(TwilioClient.signature(VECTOR_TOKEN, VECTOR_URL, vectorParams())).isEqualTo(VECTOR_SIGNATURE);
    }

    @Test
    void unicodeAndEmptyValuesAndQueryStringsAreSignedAsSent() {
        Map<String, String> params = new LinkedHashMap<>(vectorParams());
        params.put("SpeechResult", "¿Qué es la tracción? 日本語 👋");
        params.put("Digits", "");
        params.put("Confidence", "");
        String url = "https://ivr.example.com/voice/menu?node=faq&lang=es&pace=slow";
        String signature = TwilioClient.signature(VECTOR_TOKEN, url, params);
        assertThat(TwilioClient.sdkAccepts(VECTOR_TOKEN, url, params, signature)).isTrue();
        Map<String, String> tampered = new LinkedHashMap<>(params);
        tampered.put("SpeechResult", "¿Qué es la tracción? 日本語 👋 ");
        assertThat(TwilioClient.sdkAccepts(VECTOR_TOKEN, url, tampered, signature)).isFalse();
        assertThat(TwilioClient.sdkAccepts(VECTOR_TOKEN, url.replace("faq", "main"), params, signature)).isFalse();
    }

    @Test
    void aSignedRequestIsAnswered() throws Exception {
        HttpResponse<String> answer = LINE.twilio().post("/voice", TwilioClient.callForm());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<Gather");
    }

    @Test
    void anUnsignedRequestIsRefusedWithNoDetail() throws Exception {
        HttpResponse<String> refused = LINE.twilio().send(LINE.line().baseUrl() + "/voice", TwilioClient.callForm(), null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEmpty();
    }

    @Test
    void aTamperedBodyIsRefused() throws Exception {
        String url = LINE.line().baseUrl() + "/voice/menu?node=main&lang=en";
        Map<String, String> signed = TwilioClient.withInput(Map.of("Digits", "1"));
        Map<String, String> sent = TwilioClient.withInput(Map.of("Digits", "0"));
        assertThat(LINE.twilio().send(url, sent, TwilioClient.signature(TestLine.AUTH_TOKEN, url, signed)).statusCode()).isEqualTo(403);
    }

    @Test
    void aTamperedStateInTheUrlIsRefused() throws Exception {
        String signedUrl = LINE.line().baseUrl() + "/voice/menu?node=main&lang=en";
        Map<String, String> form = TwilioClient.withInput(Map.of("Digits", "1"));
        String signature = TwilioClient.signature(TestLine.AUTH_TOKEN, signedUrl, form);
        assertThat(LINE.twilio().send(signedUrl, form, signature).statusCode()).isEqualTo(200);
        assertThat(LINE.twilio().send(signedUrl.replace("node=main", "node=faq"), form, signature).statusCode()).isEqualTo(403);
    }

    @Test
    void aRequestSignedWithAnotherAccountsTokenIsRefused() throws Exception {
        String url = LINE.line().baseUrl() + "/voice";
        Map<String, String> form = TwilioClient.callForm();
        assertThat(LINE.twilio().send(url, form, TwilioClient.signature("another-token", url, form)).statusCode()).isEqualTo(403);
    }

    @Test
    void statusCallbacksAndTheFallbackAreCheckedToo() throws Exception {
        for (String path : new String[] {"/voice/status", "/voice/fallback", "/voice/front-desk"}) {
            assertThat(LINE.twilio().send(LINE.line().baseUrl() + path, TwilioClient.callForm(), null).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(LINE.twilio().post("/voice/status", TwilioClient.callForm()).statusCode()).isEqualTo(204);
    }

    @Test
    void behindAProxyThePublicUrlIsWhatIsChecked() throws Exception {
        try (TestLine proxied = TestLine.with().prompts(LINE.line().prompts()).publicBaseUrl("https://ivr.example.com").start()) {
            String local = proxied.baseUrl() + "/voice?x=1";
            Map<String, String> form = TwilioClient.callForm();
            TwilioClient client = proxied.twilio();
            String publicSignature = TwilioClient.signature(TestLine.AUTH_TOKEN, "https://ivr.example.com/voice?x=1", form);
            assertThat(client.send(local, form, publicSignature).statusCode()).isEqualTo(200);
            String localSignature = TwilioClient.signature(TestLine.AUTH_TOKEN, local, form);
            assertThat(client.send(local, form, localSignature).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void forwardedHeadersGiveTheUrlTwilioSigned() throws Exception {
        Map<String, String> form = TwilioClient.callForm();
        String signature = TwilioClient.signature(TestLine.AUTH_TOKEN, "https://clinic-ivr.herokuapp.com/voice", form);
        HttpRequest request = HttpRequest.newBuilder(URI.create(LINE.line().baseUrl() + "/voice"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "clinic-ivr.herokuapp.com")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(TwilioClient.encode(form))).build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }
}
