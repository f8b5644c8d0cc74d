package clinic.ivr.web;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.OnTheLine;
import clinic.ivr.RawHttp;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.util.Attributes;

/**
 * Whatever reaches the webhook, the caller stays on the line and nothing about the server leaks:
 * every signed request Twilio could send gets valid TwiML, anything Twilio never sends gets a 4xx,
 * never a 5xx. Runs against the real server over HTTP; requests about content are properly signed
 * so the signature check cannot hide a bug behind a 403.
 */
class HostileInputTest {

    private static TestLine line;
    private static TwilioClient twilio;

    @BeforeContainer
    static void start() throws Exception {
        line = TestLine.start();
        twilio = line.twilio();
    }

    @AfterContainer
    static void stop() throws Exception {
        line.close();
    }

    // ---- what a caller can do at a Gather, in whatever state the URL claims -------------------------

    @Property(tries = 400)
    void anyKeysWordsAndStateKeepTheCallerOnTheLine(
            @ForAll("digits") String digits, @ForAll("speech") String speech,
            @ForAll("confidence") String confidence, @ForAll("state") Map<String, String> state) throws Exception {
        Map<String, String> form = TwilioClient.callForm();
        putIfPresent(form, "Digits", digits);
        putIfPresent(form, "SpeechResult", speech);
        putIfPresent(form, "Confidence", confidence);
        long sent = System.nanoTime();
        HttpResponse<String> answer = twilio.post("/voice/menu" + query(state), form);
        long ms = (System.nanoTime() - sent) / 1_000_000;

        // a refusal after seconds is a body that came late (this JVM starved under load), not words the line cannot take
        assertThat(answer.statusCode()).as(() -> answer.body() + " after " + ms + " ms").isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT)).isEqualTo("text/xml;charset=utf-8");
        OnTheLine.keepsCaller(answer.body(), false);
    }

    @Property(tries = 150)
    void anyFrontDeskOutcomeEndsOnlyAfterSomeoneAnswered(
            @ForAll("dialStatus") String dialStatus, @ForAll("state") Map<String, String> state) throws Exception {
        Map<String, String> form = TwilioClient.callForm();
        putIfPresent(form, "DialCallStatus", dialStatus);
        HttpResponse<String> answer = twilio.post("/voice/front-desk" + query(state), form);

        assertThat(answer.statusCode()).as(answer::body).isEqualTo(200);
        boolean talked = "completed".equals(dialStatus) || "answered".equals(dialStatus);
        OnTheLine.keepsCaller(answer.body(), talked);
    }

    @Property(tries = 60)
    void aCallStartsWithTheMenuWhateverTheQueryAndForm(
            @ForAll("state") Map<String, String> state, @ForAll("speech") String anything) throws Exception {
        Map<String, String> form = TwilioClient.callForm();
        putIfPresent(form, "Extra" + Math.abs(String.valueOf(anything).hashCode() % 7), anything);
        HttpResponse<String> answer = twilio.post("/voice" + query(state), form);

        assertThat(answer.statusCode()).as(answer::body).isEqualTo(200);
        assertThat(OnTheLine.keepsCaller(answer.body(), false).has("Gather")).isTrue();
    }

    /** A random caller follows the line's own action URLs for a whole call, doing anything at each step. */
    @Property(tries = 40)
    void aRandomCallerFollowingTheLineIsNeverDropped(
            @ForAll("callerMoves") List<Map<String, String>> moves) throws Exception {
        HttpResponse<String> first = twilio.post("/voice", TwilioClient.callForm());
        Twiml twiml = OnTheLine.keepsCaller(first.body(), false);
        for (Map<String, String> move : moves) {
            String next;
            Map<String, String> form;
            if (twiml.has("Gather")) {
                // no input: Twilio follows the Redirect; otherwise it posts to the Gather's action
                next = move.isEmpty() ? twiml.redirect() : twiml.action();
                form = TwilioClient.withInput(move);
            } else if (twiml.has("Dial")) {
                next = twiml.all("Dial").get(0).getAttribute("action");
                form = TwilioClient.withInput(Map.of("DialCallStatus", move.getOrDefault("Digits", "").isEmpty()
                        ? "no-answer" : "busy"));
            } else if (twiml.has("Redirect")) {
                next = twiml.redirect();   // such as after recording a message
                form = TwilioClient.withInput(Map.of());
            } else {
                return;   // the call ended after a goodbye
            }
            // after a message is recorded, the call may end with the thank-you and goodbye
            boolean messageLeft = twiml.has("Record");
            HttpResponse<String> answer = twilio.post(next, form);
            assertThat(answer.statusCode()).as(answer::body).isEqualTo(200);
            twiml = OnTheLine.keepsCaller(answer.body(), messageLeft);
        }
    }

    // ---- bodies ------------------------------------------------------------------------------------

    /** Random bytes posted as a form: a signed form the line can read is answered, else 400. */
    @Property(tries = 200)
    void anyBodyIsEitherAnsweredOrRefusedWith400(@ForAll("bodies") byte[] body) throws Exception {
        String url = line.baseUrl() + "/voice/menu?node=main&lang=en";
        Optional<Map<String, String>> form = parseLikeTwilioForms(body);
        String signature = TwilioClient.signature(TestLine.AUTH_TOKEN, url, form.orElse(Map.of()));
        RawHttp.Reply reply = post("/voice/menu?node=main&lang=en", body, signature,
                "application/x-www-form-urlencoded");

        OnTheLine.revealsNothing(reply);
        if (form.isPresent()) {
            assertThat(reply.status()).as(reply::text).isEqualTo(200);
            OnTheLine.keepsCaller(reply.text(), false);
        } else {
            assertThat(reply.status()).as(reply::text).isEqualTo(400);
        }
    }

    @Property(tries = 20)
    void oversizedBodiesAndTooManyFieldsAreRefused(@ForAll("oversized") byte[] body) throws Exception {
        RawHttp.Reply reply = post("/voice/menu", body, "c2lnbmF0dXJl", "application/x-www-form-urlencoded");

        assertThat(reply.status()).as(reply::text).isIn(413, 400);
        OnTheLine.revealsNothing(reply);
    }

    @Property(tries = 60)
    void wrongContentTypesAreRefusedWith415(@ForAll("contentTypes") String type) throws Exception {
        byte[] body = TwilioClient.encode(TwilioClient.callForm()).getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply reply = post("/voice", body, "c2lnbmF0dXJl", type);

        assertThat(reply.status()).as(reply::text).isEqualTo(415);
        OnTheLine.revealsNothing(reply);
    }

    // ---- signatures --------------------------------------------------------------------------------

    @Property(tries = 100)
    void unsignedOrForgedRequestsAreRefusedWith403(
            @ForAll("voicePaths") String path, @ForAll("state") Map<String, String> state,
            @ForAll("digits") String digits, @ForAll("forgedSignatures") Optional<String> signature) throws Exception {
        Map<String, String> form = TwilioClient.callForm();
        putIfPresent(form, "Digits", digits);
        HttpResponse<String> answer = twilio.send(line.baseUrl() + path + query(state), form, signature.orElse(null));

        assertThat(answer.statusCode()).as(answer::body).isEqualTo(403);
        OnTheLine.revealsNothing(answer.body());
    }

    @Property(tries = 30)
    void aSignatureForOneRequestDoesNotOpenAnother(@ForAll("state") Map<String, String> state) throws Exception {
        Map<String, String> form = TwilioClient.withInput(Map.of("Digits", "1"));
        String signed = line.baseUrl() + "/voice/menu?node=main&lang=en";
        String signature = TwilioClient.signature(TestLine.AUTH_TOKEN, signed, form);
        String other = line.baseUrl() + "/voice/menu" + query(state);
        org.junit.jupiter.api.Assumptions.assumeFalse(other.equals(signed));

        assertThat(twilio.send(other, form, signature).statusCode()).isEqualTo(403);
    }

    // ---- HTTP itself ---------------------------------------------------------------------------------

    @Property(tries = 80)
    void wrongMethodsAreRefusedWithout5xx(@ForAll("methods") String method, @ForAll("anyPath") String path)
            throws Exception {
        RawHttp.Reply reply = RawHttp.send(port(), RawHttp.request(method + " " + path + " HTTP/1.1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "Digits=1".getBytes(StandardCharsets.UTF_8)));

        assertThat(reply.status()).as(() -> method + " " + path).isBetween(200, 499);
        OnTheLine.revealsNothing(reply);
        if (path.startsWith("/voice") && reply.status() < 300) {
            throw new AssertionError(method + " " + path + " was answered without a signature");
        }
    }

    /** Dot segments, doubled and encoded slashes, NUL, invalid UTF-8, parameters in the path. */
    @Property(tries = 120)
    void pathTricksNeverReachTheLineUnsignedNorBreakIt(@ForAll("pathTricks") String target) throws Exception {
        byte[] body = TwilioClient.encode(TwilioClient.callForm()).getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply reply = RawHttp.send(port(), rawPost(target, body));

        assertThat(reply.status()).as(() -> "POST " + target + " -> " + reply.status() + "\n" + reply.text()).matches(s -> s == -1 || s >= 400 && s < 500, "no answer, or a 4xx");
        OnTheLine.revealsNothing(reply);
    }

    @Property(tries = 30)
    void hugeOrBrokenHeadersGetA4xx(@ForAll("headerAbuse") Map<String, String> headers) throws Exception {
        byte[] body = TwilioClient.encode(TwilioClient.callForm()).getBytes(StandardCharsets.UTF_8);
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/x-www-form-urlencoded");
        RawHttp.Reply reply = RawHttp.send(port(), RawHttp.request("POST /voice HTTP/1.1", all, body));

        assertThat(reply.status()).as(() -> "-> " + reply.status() + "\n" + reply.text()).matches(s -> s == -1 || s >= 400 && s < 500, "no answer, or a 4xx");
        OnTheLine.revealsNothing(reply);
    }

    @Property(tries = 40)
    void garbageInsteadOfHttpIsRefused(@ForAll("garbage") byte[] bytes) throws Exception {
        RawHttp.Reply reply = RawHttp.sendAll(port(), bytes);

        assertThat(reply.status()).as(() -> "-> " + reply.status() + "\n" + reply.text()).matches(s -> s == -1 || s >= 400 && s < 500, "no answer, or a 4xx");
        OnTheLine.revealsNothing(reply);
    }

    // ---- generators ----------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#", "", " ", "11", "*#", "00",
                        "1234567890", "w", "٣", "１"),
                Arbitraries.strings().withChars("0123456789*#wW ").ofMaxLength(40),
                text(30)).injectNull(0.1);
    }

    @Provide
    Arbitrary<String> speech() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "front desk", "operator", "a person please", "repeat", "main menu", "español",
                        "spanish", "two", "number 5", "dos", "recepción", "slower", "next", "go back", "faq",
                        "what is it", "\u0000", "<Say>hi</Say>", "]]>", "&amp;", "${clinic.name}", "<#assign x=1>",
                        "\uFFFE\uFFFF", "😀 front desk"),
                text(300),
                Arbitraries.strings().all().ofMaxLength(60).filter(HostileInputTest::encodable),
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ').ofMaxLength(4000)).injectNull(0.2);
    }

    @Provide
    Arbitrary<String> confidence() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-2, 2).map(String::valueOf),
                Arbitraries.of("", "0", "1", "0.29", "0.3", "NaN", "Infinity", "-Infinity", "-0", "1e309", "0x1p3",
                        " 0.5 ", "abc", "0,9", "1d", "4.9E-324"),
                text(10)).injectNull(0.2);
    }

    @Provide
    Arbitrary<String> dialStatus() {
        return Arbitraries.oneOf(
                Arbitraries.of("completed", "answered", "busy", "no-answer", "failed", "canceled", "", "COMPLETED"),
                text(20)).injectNull(0.1);
    }

    @Provide
    Arbitrary<Map<String, String>> state() {
        Arbitrary<String> node = Arbitraries.oneOf(
                Arbitraries.of("main", "faq", "what-it-is", "who-it-helps", "session", "faq-results", "faq-painful",
                        "faq-prevent", "faq-avoid", "faq-start", "", "nope", "../../etc/passwd", "<x>", "MAIN",
                        "main.option", "what-it-is.words", "menu.ftlx", "templates/menu"),
                text(50));
        Arbitrary<String> lang = Arbitraries.oneOf(
                Arbitraries.of("en", "es", "", "fr", "EN", "es-US", "../en", "templates"),
                text(8));
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.integers().between(-5, 200).map(String::valueOf),
                Arbitraries.of("", "-2147483649", "99999999999", "1e3", "0x10", "٣", "+1", " 1", "007"),
                text(6));
        Arbitrary<String> pace = Arbitraries.of("slow", "normal", "", "SLOW", "fast");
        Arbitrary<String> unknown = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
        return net.jqwik.api.Combinators.combine(
                node.injectNull(0.1), lang.injectNull(0.2), number.injectNull(0.5), number.injectNull(0.6),
                number.injectNull(0.6), number.injectNull(0.6), pace.injectNull(0.6), unknown.injectNull(0.8))
                .as((n, l, part, wait, miss, star, p, extra) -> {
                    Map<String, String> q = new LinkedHashMap<>();
                    putIfPresent(q, "node", n);
                    putIfPresent(q, "lang", l);
                    putIfPresent(q, "part", part);
                    putIfPresent(q, "wait", wait);
                    putIfPresent(q, "miss", miss);
                    putIfPresent(q, "star", star);
                    putIfPresent(q, "pace", p);
                    putIfPresent(q, extra == null ? null : extra, "x");
                    return q;
                });
    }

    @Provide
    Arbitrary<List<Map<String, String>>> callerMoves() {
        Arbitrary<Map<String, String>> move = Arbitraries.oneOf(
                Arbitraries.just(Map.of()),
                Arbitraries.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#", "12").map(d -> Map.of("Digits", d)),
                Arbitraries.of("front desk", "repeat", "main menu", "español", "english", "two", "slower", "next",
                        "mumble mumble").map(s -> Map.of("SpeechResult", s, "Confidence", "0.8")),
                Arbitraries.of("front desk", "two").map(s -> Map.of("SpeechResult", s, "Confidence", "0.1")));
        return move.list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<byte[]> formish = Arbitraries.strings().withChars("abcDigits=&%0123456789ABCDEF+;\u00e9\u0000 ")
                .ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> invalidUtf8 = Arbitraries.of(
                "Digits=\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {'D', 'i', 'g', 'i', 't', 's', '=', (byte) 0xC0, (byte) 0xAF},
                new byte[] {'S', 'p', 'e', 'e', 'c', 'h', 'R', 'e', 's', 'u', 'l', 't', '=', (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                "Digits=%FF%FE".getBytes(StandardCharsets.US_ASCII),
                "Digits=%C0%AF&SpeechResult=%ED%A0%80".getBytes(StandardCharsets.US_ASCII),
                "Digits=%".getBytes(StandardCharsets.US_ASCII),
                "Digits=%zz".getBytes(StandardCharsets.US_ASCII),
                "=&=&&==".getBytes(StandardCharsets.US_ASCII),
                "Digits=1&Digits=2".getBytes(StandardCharsets.US_ASCII));
        return Arbitraries.oneOf(random, formish, invalidUtf8);
    }

    @Provide
    Arbitrary<byte[]> oversized() {
        Arbitrary<byte[]> big = Arbitraries.integers().between(64 * 1024 + 1, 300 * 1024)
                .map(n -> ("SpeechResult=" + "a".repeat(n)).getBytes(StandardCharsets.US_ASCII));
        Arbitrary<byte[]> manyFields = Arbitraries.integers().between(201, 3000)
                .map(n -> "a=1&".repeat(n).getBytes(StandardCharsets.US_ASCII));
        return Arbitraries.oneOf(big, manyFields);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(
                Arbitraries.of("application/json", "text/xml", "text/plain", "multipart/form-data; boundary=x",
                        "application/xml", "application/x-www-form-urlencodedX", "*/*", "form", ";", "\u00e9"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(s -> "application/" + s));
    }

    @Provide
    Arbitrary<String> voicePaths() {
        return Arbitraries.of("/voice", "/voice/menu", "/voice/front-desk", "/voice/fallback", "/voice/status");
    }

    @Provide
    Arbitrary<Optional<String>> forgedSignatures() {
        return Arbitraries.oneOf(
                Arbitraries.just(Optional.<String>empty()),
                Arbitraries.of("", "c2lnbmF0dXJl", "=", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=", "not base64!")
                        .map(Optional::of),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(40).map(Optional::of));
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "CONNECT", "PROPFIND",
                "FOO", "get", "POST ");
    }

    @Provide
    Arbitrary<String> anyPath() {
        return Arbitraries.of("/voice", "/voice/menu", "/voice/front-desk", "/voice/fallback", "/voice/status",
                "/health", "/metrics", "/", "/nothing");
    }

    @Provide
    Arbitrary<String> pathTricks() {
        return Arbitraries.oneOf(
                Arbitraries.of("/voice/../health", "//voice", "/voice//menu", "/voice/./menu", "/voice/%2e%2e/health",
                        "/voice%2fmenu", "/voice/menu%00", "/voice%00", "/voice/menu%2F..%2F..%2Fhealth",
                        "/voice;jsessionid=1", "/voice/menu;x=1", "/VOICE", "/voice/", "/voice/menu/",
                        "/voice/%ff%fe", "/voice/\u00ff", "/voice\\menu", "/voice/..%5chealth", "/%2e%2e/voice",
                        "/voice/menu/..;/menu", "http://evil.example/voice", "*", "voice", "/voice#frag",
                        "/voice/menu?%zz=%", "/voice/" + "a".repeat(9000), "/voice/%", "/voice/%c0%ae%c0%ae/health"),
                Arbitraries.strings().withChars("/.%2efF;\\0aA5c").ofMinLength(1).ofMaxLength(30).map(s -> "/voice" + s));
    }

    @Provide
    Arbitrary<Map<String, String>> headerAbuse() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(9 * 1024, 64 * 1024).map(n -> Map.of("X-Big", "a".repeat(n))),
                Arbitraries.integers().between(300, 2000).map(n -> {
                    Map<String, String> many = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        many.put("X-H" + i, "0123456789012345678901234567890123456789");
                    }
                    return many;
                }),
                Arbitraries.of(Map.of("Host", ""), Map.of("Host", "a b"), Map.of("Content-Length", "-1"),
                        Map.of("Transfer-Encoding", "gzip"), Map.of("Expect", "200-ok")));
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300),
                Arbitraries.of("GET /voice\r\n\r\n", "POST /voice HTTP/9.9\r\n\r\n", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
                        "POST /voice HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nabcde",
                        "POST /voice HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                        "POST /voice HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n",
                        "POST /voice HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                        "POST /voice HTTP/1.1\r\n Folded: header\r\n\r\n").map(s -> s.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Any text a UTF-8 body can carry: everything but lone surrogates. */
    private static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings().ofMaxLength(maxLength).filter(HostileInputTest::encodable);
    }

    private static boolean encodable(String s) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(s);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static int port() {
        return Integer.parseInt(line.baseUrl().substring(line.baseUrl().lastIndexOf(':') + 1));
    }

    private static RawHttp.Reply post(String target, byte[] body, String signature, String type) throws Exception {
        return RawHttp.send(port(), RawHttp.request("POST " + target + " HTTP/1.1",
                Map.of("Host", "127.0.0.1:" + port(), "Content-Type", type, "X-Twilio-Signature", signature), body));
    }

    private static byte[] rawPost(String target, byte[] body) {
        return RawHttp.request("POST " + target + " HTTP/1.1", Map.of("Content-Type", "application/x-www-form-urlencoded",
                "X-Twilio-Signature", "c2lnbmF0dXJl"), body);
    }

    private static String query(Map<String, String> state) {
        if (state.isEmpty()) {
            return "";
        }
        StringJoiner q = new StringJoiner("&", "?", "");
        state.forEach((k, v) -> q.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (key != null && value != null) {
            map.put(key, value);
        }
    }

    /** The same reading of a form body as the line's, written out here so the test can sign it. */
    /** A form as Twilio writes one: percent-encoded UTF-8, names and values; anything else is not one. */
    private static Optional<Map<String, String>> parseLikeTwilioForms(byte[] body) {
        String encoded;
        try {
            encoded = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
        try {
            for (String pair : encoded.split("&", -1)) {
                int eq = pair.indexOf('=');
                strictlyDecoded(eq < 0 ? pair : pair.substring(0, eq));
                strictlyDecoded(eq < 0 ? "" : pair.substring(eq + 1));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // what Twilio would have signed: the fields as a form parser reads them (Jetty's: an empty pair
        // between two '&' is a field with no name), a repeated name keeping its first value
        Map<String, String> form = new LinkedHashMap<>();
        FormFields.getFields(Content.Source.from(ByteBuffer.wrap(body)), new Attributes.Mapped(),
                StandardCharsets.UTF_8, -1, -1).forEach(field -> form.putIfAbsent(field.getName(), field.getValue()));
        return Optional.of(form);
    }

    /** Percent-decoding whose bytes must be UTF-8 too ("%C0%AF" is no character). */
    private static String strictlyDecoded(String part) {
        byte[] raw = part.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '+') {
                bytes.write(' ');
            } else if (raw[i] == '%') {
                int high = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
                int low = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("not a percent-encoded byte");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }
}
