package clinic.ivr.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.spell.LevenshteinDistance;

/**
 * The words of one language's example phrases, and what a word a caller said may stand for: the word
 * itself; a word a letter or two away ("disk" for "disc", "sciatic" for "sciatica"); a word that
 * sounds the same ("heard" for "hurt"). Knows how telling each word is: a word the examples of many
 * destinations share tells little.
 */
final class Lexicon {

    /** A word that sounds like an example word counts this much of it. */
    static final double SOUNDS_LIKE = 0.75;
    /** A word one letter away from an example word counts this much of it; two letters, the square. */
    static final double ONE_LETTER = 0.8;
    /** Shorter words have no near misses: too many short words are one letter apart ("hang", "hand"). */
    private static final int NEAR_MISS_LENGTH = 5;
    /** From this length, two letters may be missed. */
    private static final int TWO_LETTERS_LENGTH = 8;
    /** Words said apart and joined are a guess already: one letter off at most. */
    private static final int ONE_LETTER_JOINED = 1;
    /** Shorter codes do not tell words apart: "what" and "out" are both AT. */
    static final int SOUND_LENGTH = 3;

    private final CallerAnalyzer analyzer;
    private final Sounds sounds = new Sounds();
    private final LevenshteinDistance letters = new LevenshteinDistance();
    /** Each word of the examples (as the analyzer keeps it) and the destinations whose examples have it. */
    private final Map<String, Set<String>> destinationsOf = new HashMap<>();
    private final Map<String, Set<String>> wordsBySound = new HashMap<>();
    /** Each word of the examples as spoken, and as the analyzer keeps it: callers say the same words. */
    private final Map<String, String> wordOfSpoken = new HashMap<>();
    /** The example words by first letter: recognizers rarely miss the first letter. */
    private final Map<Character, List<String>> wordsByFirstLetter = new HashMap<>();
    private final int destinations;

    Lexicon(CallerAnalyzer analyzer, Map<String, List<String>> examples) {
        this.analyzer = analyzer;
        this.destinations = examples.size();
        examples.forEach((destination, phrases) -> phrases.forEach(phrase -> {
            for (String spoken : CallerAnalyzer.terms(analyzer, CallerAnalyzer.SPOKEN, phrase)) {
                String word = analyzed(spoken);
                if (word != null) {
                    wordOfSpoken.put(spoken, word);
                    destinationsOf.computeIfAbsent(word, w -> new HashSet<>()).add(destination);
                    sounds.of(spoken).stream().filter(code -> code.length() >= SOUND_LENGTH)
                            .forEach(code -> wordsBySound.computeIfAbsent(code, c -> new HashSet<>()).add(word));
                }
            }
        }));
        destinationsOf.keySet().stream().sorted()
                .forEach(w -> wordsByFirstLetter.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w));
    }

    /** A spoken word as the examples' words are kept (stemmed), or null for a word left out ("the", "um"). */
    String word(String spoken) {
        String known = wordOfSpoken.get(spoken);
        return known != null ? known : analyzer.leavesOut(spoken) ? null : analyzed(spoken);
    }

    private String analyzed(String spoken) {
        List<String> words = CallerAnalyzer.terms(analyzer, CallerAnalyzer.WORDS, spoken);
        return words.size() == 1 ? words.get(0) : null;
    }

    boolean knows(String word) {
        return destinationsOf.containsKey(word);
    }

    Set<String> destinationsOf(String word) {
        return destinationsOf.getOrDefault(word, Set.of());
    }

    /** BM25's idf over destinations: a word few destinations have tells more. */
    double idf(String word) {
        int spread = destinationsOf(word).size();
        return Math.log(1 + (destinations - spread + 0.5) / (spread + 0.5));
    }

    /** How much the rarest word tells: an example word only one destination has. */
    double rarest() {
        return Math.log(1 + (destinations - 0.5) / 1.5);
    }

    /**
     * The example words a spoken word may stand for, each with how close it is: the word itself (1)
     * when the examples have it, for then it is most likely what was said; else words a letter or two
     * away, and words that sound the same. None for a word left out or unlike any example word.
     */
    Map<String, Double> readings(String spoken) {
        return readings(spoken, Integer.MAX_VALUE, false);
    }

    /**
     * What words said apart may stand for, joined: the example word they make, or one a letter away or
     * sounding the same by the usual code (the other code of a join is too loose a guess).
     */
    Map<String, Double> joinedReadings(String joined) {
        return readings(joined, ONE_LETTER_JOINED, true);
    }

    private Map<String, Double> readings(String spoken, int mostLetters, boolean usualSound) {
        Map<String, Double> near = new LinkedHashMap<>();
        String word = word(spoken);
        if (word == null) {
            return near;
        }
        if (knows(word)) {
            near.put(word, 1.0);
            return near;
        }
        int allowed = Math.min(mostLetters,
                word.length() >= TWO_LETTERS_LENGTH ? 2 : word.length() >= NEAR_MISS_LENGTH ? 1 : 0);
        for (String other : allowed == 0 ? List.<String>of() : wordsByFirstLetter.getOrDefault(word.charAt(0), List.of())) {
            int most = Math.min(allowed, other.length() >= TWO_LETTERS_LENGTH ? 2 : 1);
            if (other.length() < NEAR_MISS_LENGTH || Math.abs(other.length() - word.length()) > most) {
                continue;
            }
            int edits = edits(word, other);
            if (edits <= most) {
                near.merge(other, Math.pow(ONE_LETTER, edits), Math::max);
            }
        }
        List<String> codes = sounds.of(spoken);
        for (String code : usualSound && !codes.isEmpty() ? codes.subList(0, 1) : codes) {
            for (String other : code.length() < SOUND_LENGTH ? Set.<String>of() : wordsBySound.getOrDefault(code, Set.of())) {
                near.merge(other, SOUNDS_LIKE, Math::max);
            }
        }
        return near;
    }

    /** Letters added, dropped or changed from one word to the other, by the spelling suggester's measure. */
    private int edits(String a, String b) {
        return Math.round((1 - letters.getDistance(a, b)) * Math.max(a.length(), b.length()));
    }
}
