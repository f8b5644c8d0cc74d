package clinic.ivr.understanding;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One caller's words being heard, and what the matchers work out for them, each once. Hearing a phrase ranks the
 * same words again and again (the whole, then its parts before a pause, after an opening or beside a reason, the
 * halves of something said twice heard as phrases of their own, the same words in the other language's reading),
 * and each ranking reads the same words again: what each stands for, its near misses and sound-alikes; the rules of
 * words said alone each read the words as said. A matcher works each out the same way every time, so within one
 * hearing it is kept and given again. Kept only on the thread that hears, and only until the hearing ends: nothing
 * outlives it, and outside a hearing all is worked out afresh.
 */
public final class Hearing {

    private static final ThreadLocal<Map<Object, Map<Object, Object>>> KEPT = new ThreadLocal<>();

    private Hearing() {}

    /** What {@code hearing} gives, what it works out kept until it returns (a hearing within it shares it). */
    public static <T> T during(Supplier<T> hearing) {
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

    /**
     * What {@code owner} works out for {@code key}: once a hearing. Kinds of work one owner does have keys of
     * different types, never equal.
     */
    @SuppressWarnings("unchecked")
    static <K, V> V once(Object owner, K key, Function<K, V> work) {
        Map<Object, Map<Object, Object>> kept = KEPT.get();
        if (kept == null) {
            return work.apply(key);
        }
        Map<Object, Object> byKey = kept.computeIfAbsent(owner, o -> new HashMap<>());
        V value = (V) byKey.get(key);
        if (value == null) {
            value = work.apply(key);
            byKey.put(key, value);
        }
        return value;
    }
}
