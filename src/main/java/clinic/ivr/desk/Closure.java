package clinic.ivr.desk;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Staff closed the clinic for the rest of a day (snow, illness, an emergency): the desk is not rung
 * that day and callers hear why. It ends by itself: on any other date it changes nothing.
 *
 * @param date    the day closed, in the clinic's time zone
 * @param reasons why, by language code, as staff typed it ("the snow", "la nieve"); a language may have none
 */
public record Closure(LocalDate date, Map<String, String> reasons) {

    /** The longest reason staff may give: a few words, said in one breath. */
    public static final int MAX_REASON_CHARACTERS = 200;

    public Closure {
        reasons = Map.copyOf(reasons);
    }

    /** The reason in this language, if staff gave one. */
    public Optional<String> reason(String language) {
        return Optional.ofNullable(reasons.get(language)).map(Closure::clean).filter(r -> !r.isEmpty());
    }

    /**
     * A reason as the line can say it: one line of plain characters (none XML forbids), at most
     * {@link #MAX_REASON_CHARACTERS}.
     */
    public static String clean(String typed) {
        String line = typed == null ? "" : typed.replaceAll("[\\p{Cntrl}\\uE000\\uE001\\uFFFE\\uFFFF]", " ")
                .replaceAll("[\\uD800-\\uDFFF]", "").replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_REASON_CHARACTERS ? line : line.substring(0, MAX_REASON_CHARACTERS).strip();
    }
}
