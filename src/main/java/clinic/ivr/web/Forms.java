package clinic.ivr.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** application/x-www-form-urlencoded, as Twilio posts it. */
final class Forms {

    /** Twilio posts a few dozen parameters; thousands mean someone else is posting. */
    static final int MAX_FIELDS = 200;

    private Forms() {}

    /** The parameters, or empty when the body is not a form. A repeated name keeps its first value. */
    static Optional<Map<String, String>> parse(byte[] body) {
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    static Optional<Map<String, String>> parse(String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return Optional.of(form);
        }
        String[] pairs = encoded.split("&", -1);
        if (pairs.length > MAX_FIELDS) {
            return Optional.empty();
        }
        try {
            for (String pair : pairs) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                form.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(form);
    }

    /** Most of a Twilio form needs no decoding at all: skip the decoder's work when nothing is escaped. */
    private static String decode(String part) {
        return part.indexOf('%') < 0 && part.indexOf('+') < 0 ? part : URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
