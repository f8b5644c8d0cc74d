package clinic.ivr.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The words of one language's example phrases, and what a word a caller said may stand for: the word
 * itself; a word a letter or two away ("disk" for "disc", "sciatic" for "sciatica", "parkin" for
 * "parking"); a word that sounds the same ("heard" for "hurt"). A word the examples have may also have
 * been misheard for another they have ("leave a massage", "manual direction therapy"), which counts
 * less: what else the caller said decides. Knows how telling each word is: a word the examples of many
 * destinations share tells little.
 */
final class Lexicon {

    /** A word that sounds like an example word counts this much of it. */
    static final double SOUNDS_LIKE = 0.75;
    /** A word one letter away from an example word counts this much of it; two letters, the square. */
    static final double ONE_LETTER = 0.8;
    /** An example word said may stand for another that it sounds like, or misses by a letter, this much less. */
    static final double MISHEARD = 0.7;
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
    /** Each word of the examples (as the analyzer keeps it) and the destinations whose examples have it. */
    private final Map<String, Set<String>> destinationsOf = new HashMap<>();
    /** Each two words said together in an example ("how many", "first visit"), and the destinations that have them. */
    private final Map<String, Set<String>> pairsOf = new HashMap<>();
    private final Map<String, Set<String>> wordsBySound = new HashMap<>();
    /** Each word of the examples as spoken (folded), and as the analyzer keeps it: callers say the same words. */
    private final Map<String, String> wordOfSpoken = new HashMap<>();
    /**
     * The example words, as kept and as spoken, by their first sound: recognizers rarely miss it, but
     * often a silent h ("ora rio" for "horario", "were" for "where").
     */
    private final Map<Character, List<String>> formsByFirstSound = new HashMap<>();
    /** What an example word said may also stand for, found once for each. */
    private final Map<String, Map<String, Double>> misheard = new ConcurrentHashMap<>();
    private final int destinations;

    /** @param wordsOf the words of an example phrase, as the analyzer's {@link CallerAnalyzer#WORDS} gives them */
    Lexicon(CallerAnalyzer analyzer, Map<String, List<String>> examples, Function<String, List<String>> wordsOf) {
        this.analyzer = analyzer;
        this.destinations = examples.size();
        // most words come back in many examples: each is analyzed, and its sounds found, once
        Map<String, String> analyzedOnce = new HashMap<>();
        examples.forEach((destination, phrases) -> phrases.forEach(phrase -> {
            List<String> words = wordsOf.apply(phrase);
            for (int i = 1; i < words.size(); i++) {
                pairsOf.computeIfAbsent(pair(words.get(i - 1), words.get(i)), p -> new HashSet<>()).add(destination);
            }
            for (String spoken : CallerAnalyzer.terms(analyzer, CallerAnalyzer.SPOKEN, phrase)) {
                boolean known = analyzedOnce.containsKey(spoken);
                String word = known ? analyzedOnce.get(spoken) : analyzed(spoken);
                analyzedOnce.put(spoken, word);
                if (word != null) {
                    wordOfSpoken.put(CallerAnalyzer.fold(spoken), word);
                    destinationsOf.computeIfAbsent(word, w -> new HashSet<>()).add(destination);
                    if (!known) {
                        sounds.of(spoken).stream().filter(code -> code.length() >= SOUND_LENGTH)
                                .forEach(code -> wordsBySound.computeIfAbsent(code, c -> new HashSet<>()).add(word));
                    }
                }
            }
        }));
        Set<String> forms = new TreeSet<>(destinationsOf.keySet());
        forms.addAll(wordOfSpoken.keySet());
        forms.forEach(f -> formsByFirstSound.computeIfAbsent(firstSound(f), c -> new ArrayList<>()).add(f));
    }

    private static char firstSound(String word) {
        return word.length() > 1 && word.charAt(0) == 'h' ? word.charAt(1) : word.charAt(0);
    }

    /**
     * A spoken word as the examples' words are kept (stemmed), or null for a word left out ("the", "um"). A word the
     * examples lack said small is the word they say: "unas preguntitas" are questions.
     */
    String word(String spoken) {
        return Hearing.once(this, spoken, this::wordOf);
    }

    private String wordOf(String spoken) {
        String known = wordOfSpoken.get(CallerAnalyzer.fold(spoken));
        if (known != null || analyzer.leavesOut(spoken)) {
            return known;
        }
        String word = analyzed(spoken);
        if (word == null || knows(word)) {
            return word;
        }
        // as the examples say it: "una sita" joined is no "unasa"
        return analyzer.unmadeSmall(spoken).stream().filter(wordOfSpoken::containsKey).map(wordOfSpoken::get).findFirst()
                .orElse(word);
    }

    private String analyzed(String spoken) {
        List<String> words = CallerAnalyzer.terms(analyzer, CallerAnalyzer.WORDS, spoken);
        return words.size() == 1 ? words.get(0) : null;
    }

    boolean knows(String word) {
        return destinationsOf.containsKey(word);
    }

    /** Two example words said one after the other, as {@link #destinationsOf} and {@link #idf} know them. */
    static String pair(String first, String second) {
        return first + " " + second;
    }

    boolean knowsPair(String pair) {
        return pairsOf.containsKey(pair);
    }

    /** The destinations whose examples have a word, or a {@link #pair} of words. */
    Set<String> destinationsOf(String word) {
        return (word.indexOf(' ') < 0 ? destinationsOf : pairsOf).getOrDefault(word, Set.of());
    }

    /** BM25's idf over destinations: a word (or a pair of words) few destinations have tells more. */
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
     *
     * @param word the spoken word as {@link #word} keeps it, found already
     */
    Map<String, Double> readings(String spoken, String word) {
        return readings(spoken, word, Integer.MAX_VALUE, false);
    }

    /**
     * What words said apart may stand for, joined: the example word they make, or one a letter away or
     * sounding the same by the usual code (the other code of a join is too loose a guess).
     */
    Map<String, Double> joinedReadings(String joined, String word) {
        return readings(joined, word, ONE_LETTER_JOINED, true);
    }

    /** Which readings of a spoken word are asked for: what {@link #readings} finds is kept once a {@link Hearing}. */
    private record Reading(String spoken, String word, int mostLetters, boolean usualSound) {}

    private Map<String, Double> readings(String spoken, String word, int mostLetters, boolean usualSound) {
        return Hearing.once(this, new Reading(spoken, word, mostLetters, usualSound), this::readings);
    }

    private Map<String, Double> readings(Reading asked) {
        String spoken = asked.spoken();
        String word = asked.word();
        int mostLetters = asked.mostLetters();
        boolean usualSound = asked.usualSound();
        if (word == null) {
            return new LinkedHashMap<>();
        }
        if (knows(word)) {
            String said = CallerAnalyzer.fold(spoken);
            return wordOfSpoken.containsKey(said) ? misheard.computeIfAbsent(said, w -> misheard(w, word)) : Map.of(word, 1.0);
        }
        Map<String, Double> near = new LinkedHashMap<>();
        nearMisses(word, mostLetters, near);
        nearMisses(CallerAnalyzer.fold(spoken), mostLetters, near);
        List<String> codes = sounds.of(spoken);
        for (String code : usualSound && !codes.isEmpty() ? codes.subList(0, 1) : codes) {
            for (String other : code.length() < SOUND_LENGTH ? Set.<String>of() : wordsBySound.getOrDefault(code, Set.of())) {
                near.merge(other, SOUNDS_LIKE, Math::max);
            }
        }
        return near;
    }

    /** The example words a letter or two from a form of a caller's word, as kept or as said, sharing its first sound. */
    private void nearMisses(String form, int mostLetters, Map<String, Double> near) {
        int allowed = Math.min(mostLetters, form.length() >= TWO_LETTERS_LENGTH ? 2 : form.length() >= NEAR_MISS_LENGTH ? 1 : 0);
        for (String other : allowed == 0 ? List.<String>of() : formsByFirstSound.getOrDefault(firstSound(form), List.of())) {
            int most = Math.min(allowed, other.length() >= TWO_LETTERS_LENGTH ? 2 : 1);
            if (other.length() < NEAR_MISS_LENGTH || Math.abs(other.length() - form.length()) > most) {
                continue;
            }
            int edits = LettersOff.atMost(form, other, most);
            if (edits <= most) {
                near.merge(wordOfForm(other), Math.pow(ONE_LETTER, edits), Math::max);
            }
        }
    }

    private String wordOfForm(String form) {
        return destinationsOf.containsKey(form) ? form : wordOfSpoken.get(form);
    }

    /**
     * An example word said (folded) as itself, and as the other example words it sounds like or misses by
     * a letter, whatever the first letter ("lower" for "slower"), counting {@link #MISHEARD} less.
     */
    private Map<String, Double> misheard(String said, String word) {
        Map<String, Double> near = new LinkedHashMap<>();
        near.put(word, 1.0);
        for (String code : sounds.of(said)) {
            for (String other : code.length() < SOUND_LENGTH ? Set.<String>of() : wordsBySound.getOrDefault(code, Set.of())) {
                near.putIfAbsent(other, SOUNDS_LIKE * MISHEARD);
            }
        }
        if (said.length() >= NEAR_MISS_LENGTH) {
            for (Map.Entry<String, String> other : wordOfSpoken.entrySet()) {
                String form = other.getKey();
                if (form.length() >= NEAR_MISS_LENGTH && Math.abs(form.length() - said.length()) <= 1
                        && LettersOff.atMost(said, form, 1) == 1) {
                    near.merge(other.getValue(), ONE_LETTER * MISHEARD, Math::max);
                }
            }
        }
        return Map.copyOf(near);
    }
}
