package clinic.ivr.flow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Everything the line remembers about a call, carried in the action URLs that Twilio signs,
 * so any server instance can answer the next request.
 *
 * @param node     the menu or topic the caller is at
 * @param part     which part of a long answer (1-based)
 * @param language the caller's language code, such as "en"
 * @param slow     the caller asked for slower speech
 * @param patience how much extra time to give (0 to {@link #MAX_PATIENCE}), grows with silence and repeats
 * @param misses   failed tries in a row (silence, invalid keys, speech not understood)
 * @param stars    star presses in a row
 * @param ask      what the line just asked the caller to confirm ("Do you want to hear ...?"): a menu or
 *                 topic, {@link #FRONT_DESK} for the front desk; empty when it asked nothing
 */
public record CallState(String node, int part, String language, boolean slow, int patience, int misses, int stars,
                        String ask) {

    /** What {@link #ask} holds when the line asked whether to put the caller through to the front desk. */
    public static final String FRONT_DESK = "front-desk";

    public static final int MAX_PATIENCE = 2;

    public CallState {
        part = Math.max(1, part);
        patience = clamp(patience, 0, MAX_PATIENCE);
        misses = clamp(misses, 0, 99);
        stars = clamp(stars, 0, 99);
        ask = ask == null ? "" : ask;
    }

    public CallState(String node, int part, String language, boolean slow, int patience, int misses, int stars) {
        this(node, part, language, slow, patience, misses, stars, "");
    }

    public static CallState start(String language) {
        return new CallState(PhoneTree.MAIN, 1, language, false, 0, 0, 0);
    }

    /**
     * Reads a state back from an action URL's query parameters. Anything missing or malformed falls
     * back to a safe default; {@link #node()} is checked against the phone tree by the flow.
     */
    public static CallState fromQuery(Map<String, String> query, String defaultLanguage) {
        return new CallState(
                query.getOrDefault("node", PhoneTree.MAIN),
                number(query.get("part"), 1),
                query.getOrDefault("lang", defaultLanguage),
                "slow".equals(query.get("pace")),
                number(query.get("wait"), 0),
                number(query.get("miss"), 0),
                number(query.get("star"), 0),
                query.getOrDefault("ask", ""));
    }

    /** The query string for the next action URL; defaults are left out to keep URLs short. */
    public String toQuery() {
        StringJoiner q = new StringJoiner("&");
        q.add("node=" + URLEncoder.encode(node, StandardCharsets.UTF_8));
        if (part > 1) q.add("part=" + part);
        q.add("lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8));
        if (slow) q.add("pace=slow");
        if (patience > 0) q.add("wait=" + patience);
        if (misses > 0) q.add("miss=" + misses);
        if (stars > 0) q.add("star=" + stars);
        if (!ask.isEmpty()) q.add("ask=" + URLEncoder.encode(ask, StandardCharsets.UTF_8));
        return q.toString();
    }

    /** At another menu or topic; a question the line asked is settled. */
    public CallState at(String newNode) {
        return new CallState(newNode, 1, language, slow, patience, misses, stars, "");
    }

    /** The line asks whether the caller meant this menu, topic or {@link #FRONT_DESK}. */
    public CallState asking(String destination) {
        return new CallState(node, part, language, slow, patience, misses, stars, destination);
    }

    public CallState atPart(int newPart) {
        return new CallState(node, newPart, language, slow, patience, misses, stars, ask);
    }

    public CallState inLanguage(String newLanguage) {
        return new CallState(node, part, newLanguage, slow, patience, misses, stars, ask);
    }

    public CallState withSlow(boolean newSlow) {
        return new CallState(node, part, language, newSlow, patience, misses, stars, ask);
    }

    public CallState morePatient() {
        return new CallState(node, part, language, slow, patience + 1, misses, stars, ask);
    }

    public CallState withMisses(int newMisses) {
        return new CallState(node, part, language, slow, patience, newMisses, stars, ask);
    }

    public CallState withStars(int newStars) {
        return new CallState(node, part, language, slow, patience, misses, newStars, ask);
    }

    /** After a choice the line understood: the count of failures and repeats starts again, nothing is asked. */
    public CallState understood() {
        return new CallState(node, part, language, slow, patience, 0, 0, "");
    }

    private static int number(String value, int fallback) {
        if (value == null || value.length() > 3) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
