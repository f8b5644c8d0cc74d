package clinic.ivr.prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words a caller hears, ready for a {@code <Say>}: plain text, phone numbers to be read digit by
 * digit, and pauses. Built once when the prompts load, so answering a call only lays it out.
 */
public final class Speech {

    /** Marks a phone number in rendered staff text, so it can be read out with say-as. */
    static final char PHONE_START = '\uE000';
    static final char PHONE_END = '\uE001';
    /** Characters XML 1.0 forbids, and our own markers when staff type them. */
    private static final Pattern FORBIDDEN =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF\\uE000\\uE001]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
    public static final String PAUSE = "400ms";
    /** The most characters Polly reads in one Say: each part of an answer is said in one. */
    public static final int MAX_CHARACTERS = 3000;

    public enum Kind { TEXT, PHONE, PAUSE }

    public record Segment(Kind kind, String text) {}

    private final List<Segment> segments;
    private final List<Map<String, String>> model;

    public Speech(List<Segment> segments) {
        this.segments = List.copyOf(segments);
        this.model = this.segments.stream()
                .map(s -> Map.of("kind", s.kind().name().toLowerCase(Locale.ROOT), "text", s.text()))
                .toList();
    }

    public List<Segment> segments() {
        return segments;
    }

    public static Speech text(String text) {
        return new Speech(List.of(new Segment(Kind.TEXT, text)));
    }

    /** Removes what XML cannot carry, and our phone markers, from text staff typed. */
    static String clean(String staffText) {
        for (int i = 0; i < staffText.length(); i++) {
            if (mayBeForbidden(staffText.charAt(i))) {
                return FORBIDDEN.matcher(staffText).replaceAll("");
            }
        }
        return staffText;
    }

    /**
     * Whether {@link #FORBIDDEN} may remove this character (a surrogate may be half of a pair it keeps). Most
     * text has none, and scanning it with the pattern's look-arounds took a fifth of each load of the prompts.
     */
    private static boolean mayBeForbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c == PHONE_START
                || c == PHONE_END || c >= '\uFFFE';
    }

    /** Marks a phone number so that {@link #of} reads it as one. */
    static String phone(String spoken) {
        return PHONE_START + spoken + PHONE_END;
    }

    /**
     * Reads rendered staff text: lines run together into sentences, a blank line is a short pause,
     * and marked phone numbers become their own segments.
     */
    static Speech of(String rendered) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean pause = false;
        for (String line : rendered.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                pause = !segments.isEmpty() || text.length() > 0;
                continue;
            }
            if (pause) {
                flush(text, segments);
                segments.add(new Segment(Kind.PAUSE, PAUSE));
                pause = false;
            } else if (text.length() > 0) {
                text.append(' ');
            }
            text.append(trimmed.replaceAll("\\s+", " "));
        }
        flush(text, segments);
        return new Speech(segments);
    }

    private static void flush(StringBuilder text, List<Segment> segments) {
        String s = text.toString();
        int start;
        while ((start = s.indexOf(PHONE_START)) >= 0) {
            int end = s.indexOf(PHONE_END, start);
            if (end < 0) {
                break;
            }
            addText(s.substring(0, start), segments);
            segments.add(new Segment(Kind.PHONE, s.substring(start + 1, end)));
            s = s.substring(end + 1);
        }
        addText(s, segments);
        text.setLength(0);
    }

    private static void addText(String s, List<Segment> segments) {
        if (!s.isBlank()) {
            segments.add(new Segment(Kind.TEXT, s));
        } else if (!s.isEmpty() && !segments.isEmpty()) {
            segments.add(new Segment(Kind.TEXT, " "));
        }
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The words as a person would read them, for scripts and word counts. */
    public String plainText() {
        StringBuilder s = new StringBuilder();
        for (Segment segment : segments) {
            if (segment.kind() == Kind.PAUSE) {
                s.append(' ');
            } else {
                s.append(segment.text());
            }
        }
        return s.toString().replaceAll("\\s+", " ").trim();
    }

    /** The words as written in a text message: a pause (a blank line in the staff's text) starts a new line. */
    public String writtenText() {
        StringBuilder s = new StringBuilder();
        for (Segment segment : segments) {
            s.append(segment.kind() == Kind.PAUSE ? "\n" : segment.text());
        }
        return s.toString().replaceAll("[ \t]*\n[ \t]*", "\n").strip();
    }

    public int words() {
        String plain = plainText();
        return plain.isEmpty() ? 0 : plain.split(" ").length;
    }

    /** The form the TwiML templates read: a list of {kind, text}. */
    public List<Map<String, String>> model() {
        return model;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Speech other && other.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        return plainText();
    }
}
