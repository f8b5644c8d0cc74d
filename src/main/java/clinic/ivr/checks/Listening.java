package clinic.ivr.checks;

import clinic.ivr.twiml.TwimlRenderer;

/**
 * How long words take to hear: about 150 words a minute at the voices' normal pace, and the slower
 * pace callers can ask for ({@link TwimlRenderer#SLOW_RATE}). Pauses between options are not counted.
 */
public final class Listening {

    public static final int WORDS_PER_MINUTE = 150;
    /** The slow pace as a fraction of the normal one. */
    public static final double SLOW_PACE = Integer.parseInt(TwimlRenderer.SLOW_RATE.replace("%", "")) / 100.0;

    private Listening() {}

    public static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Whole seconds, rounded. */
    public static long seconds(int words) {
        return Math.round(words * 60.0 / WORDS_PER_MINUTE);
    }

    public static long slowSeconds(int words) {
        return Math.round(words * 60.0 / (WORDS_PER_MINUTE * SLOW_PACE));
    }

    /** "25 s (29 s slow)". */
    public static String time(int words) {
        return seconds(words) + " s (" + slowSeconds(words) + " s slow)";
    }
}
