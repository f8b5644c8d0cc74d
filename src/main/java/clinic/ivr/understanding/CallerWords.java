package clinic.ivr.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a caller said, word by word, as the example words each may stand for. Words a recognizer split
 * are joined again when together they read as one example word: "osteo porosis", "in glés", "medic air".
 * Two words said one after the other that an example has together ("how many", "first visit", "otra
 * vez") count once more, as a pair: they tell what the words alone do not ("how many sessions" asks how
 * soon it helps, "session" alone what happens in one).
 */
final class CallerWords {

    /**
     * One word of the caller's (or a split word joined again).
     *
     * @param weight   how telling it is: the idf of what it stands for, reduced for a near miss; a word
     *                 the examples do not have weighs {@link #UNKNOWN} of the rarest example word
     * @param readings the example words it may stand for, each with how close it is (1 itself)
     * @param covers   how many of the caller's words it stands for; none for a pair of words
     */
    record Said(double weight, Map<String, Double> readings, int covers) {

        /** How much it weighs in the phrase: a word its weight, a word joined from several as many, a pair once. */
        double mass() {
            return weight * Math.max(1, covers);
        }
    }

    /** A word no example has counts this much of the rarest example word against a match. */
    static final double UNKNOWN = 0.5;
    /** Words at most this many may be one word the recognizer split. */
    private static final int SPLIT_AT_MOST = 3;
    /** A word rejoined is at least this long: short joins read as anything. */
    private static final int JOINED_LENGTH = 6;

    private final CallerAnalyzer analyzer;
    private final Lexicon lexicon;

    CallerWords(CallerAnalyzer analyzer, Lexicon lexicon) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
    }

    /** The caller's words of substance, in order; filler and stop words only help join split words. */
    List<Said> read(String phrase) {
        List<String> spoken = CallerAnalyzer.terms(analyzer, CallerAnalyzer.SPOKEN, phrase);
        List<String> words = new ArrayList<>();
        spoken.forEach(w -> words.add(lexicon.word(w)));
        Map<String, Map<String, Double>> readings = new HashMap<>();
        List<Said> said = new ArrayList<>();
        for (int i = 0; i < spoken.size(); ) {
            Said joined = joined(spoken, words, i, readings);
            if (joined != null) {
                said.add(joined);
                i += joined.covers();
                continue;
            }
            if (words.get(i) != null) {
                Map<String, Double> near = readings.computeIfAbsent(spoken.get(i), lexicon::readings);
                said.add(new Said(near.isEmpty() ? unknownWeight() : weight(near), near, 1));
            }
            i++;
        }
        for (int i = 0, single = said.size(); i + 1 < single; i++) {
            Map<String, Double> pairs = new HashMap<>();
            for (Map.Entry<String, Double> first : said.get(i).readings().entrySet()) {
                for (Map.Entry<String, Double> second : said.get(i + 1).readings().entrySet()) {
                    String pair = Lexicon.pair(first.getKey(), second.getKey());
                    if (lexicon.knowsPair(pair)) {
                        pairs.merge(pair, first.getValue() * second.getValue(), Math::max);
                    }
                }
            }
            if (!pairs.isEmpty()) {
                said.add(new Said(weight(pairs), pairs, 0));
            }
        }
        return said;
    }

    /**
     * Two or three words from {@code from} said as one example word ("her knee ated", "re fur all",
     * "si guiente"); else null. Words the examples have are taken as said ("a gente" is "a gente", not
     * "agente"); with one at least that they do not have, words that make an example word are joined,
     * and so are words that sound like one, or miss it by a letter, when at most one is a little word
     * and the word they make tells more than they do apart: "medic air" is Medicare, "how many" is not
     * "Humana", "i got sigh" is nothing.
     */
    private Said joined(List<String> spoken, List<String> words, int from, Map<String, Map<String, Double>> readings) {
        for (int span = Math.min(SPLIT_AT_MOST, spoken.size() - from); span >= 2; span--) {
            List<String> parts = spoken.subList(from, from + span);
            String word = String.join("", parts);
            List<String> partWords = words.subList(from, from + span).stream().filter(w -> w != null).toList();
            if (word.length() < JOINED_LENGTH || partWords.isEmpty()) {
                continue;
            }
            String joined = lexicon.word(word);
            // a word more than one of its parts ("cuál es el" is "cuál")
            if (joined == null || partWords.contains(joined)) {
                continue;
            }
            boolean allKnown = partWords.stream().allMatch(lexicon::knows);
            if (lexicon.knows(joined) && !allKnown) {
                Map<String, Double> exactly = Map.of(joined, 1.0);
                return new Said(weight(exactly), exactly, span); // "in glés", "re schedule", "si guiente"
            }
            if (allKnown || span - partWords.size() > 1) {
                continue;
            }
            Map<String, Double> near = lexicon.joinedReadings(word);
            double apart = 0;
            for (int i = from; i < from + span; i++) {
                if (words.get(i) != null) {
                    Map<String, Double> alone = readings.computeIfAbsent(spoken.get(i), lexicon::readings);
                    apart += alone.isEmpty() ? unknownWeight() : weight(alone);
                }
            }
            if (!near.isEmpty() && weight(near) * partWords.size() >= apart) {
                return new Said(weight(near), near, span);
            }
        }
        return null;
    }

    /** A known word weighs its idf; a near miss, the idf of what it stands for, reduced. */
    private double weight(Map<String, Double> near) {
        double weight = 0;
        for (Map.Entry<String, Double> e : near.entrySet()) {
            weight = Math.max(weight, lexicon.idf(e.getKey()) * e.getValue());
        }
        return weight;
    }

    private double unknownWeight() {
        return UNKNOWN * lexicon.rarest();
    }
}
