package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rankings one caller's words need while they are heard, each worked out once. Hearing a phrase ranks the same
 * words again and again: the whole, then its parts (before a pause, after an opening, beside a reason), the halves
 * of something said twice heard again as phrases of their own, the same words in the other language's reading. A
 * matcher ranks the same words the same way every time, so within one hearing a ranking is kept and given again:
 * half of a hearing's rankings were ones it had already made. Kept only on the thread that hears, and only until
 * the hearing ends: nothing outlives it, and outside a hearing every ranking is worked out afresh.
 */
final class RanksOfAHearing {

    private static final ThreadLocal<Map<PhraseMatcher, Map<String, List<PhraseMatcher.Match>>>> KEPT = new ThreadLocal<>();

    private RanksOfAHearing() {}

    /** What {@code hearing} gives, its rankings kept until it returns (a hearing within it shares them). */
    static <T> T during(Supplier<T> hearing) {
        if (KEPT.get() != null) {
            return hearing.get();
        }
        KEPT.set(new IdentityHashMap<>());
        try {
            return hearing.get();
        } finally {
            KEPT.remove();
        }
    }

    /** What the matcher makes of the phrase: ranked once a hearing, as the matcher ranks it. */
    static List<PhraseMatcher.Match> ranked(PhraseMatcher matcher, String phrase) {
        Map<PhraseMatcher, Map<String, List<PhraseMatcher.Match>>> kept = KEPT.get();
        if (kept == null) {
            return matcher.rank(phrase);
        }
        Map<String, List<PhraseMatcher.Match>> byPhrase = kept.computeIfAbsent(matcher, m -> new HashMap<>());
        List<PhraseMatcher.Match> ranked = byPhrase.get(phrase);
        if (ranked == null) {
            ranked = List.copyOf(matcher.rank(phrase));
            byPhrase.put(phrase, ranked);
        }
        return ranked;
    }
}
