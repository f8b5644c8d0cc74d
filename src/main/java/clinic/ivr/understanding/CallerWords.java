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
     * @param letters  how many letters the caller's words have (a word of a few letters is often a piece
     *                 of a longer one the recognizer split)
     */
    record Said(double weight, Map<String, Double> readings, int covers, int letters) {

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

    /**
     * The caller's words of substance, in order; filler and stop words only help join split words.
     *
     * @param spoken every word of the phrase as {@link CallerAnalyzer#SPOKEN} gives it
     */
    List<Said> read(List<String> spoken) {
        List<String> words = new ArrayList<>();
        spoken.forEach(w -> words.add(lexicon.word(w)));
        // "for three years", "last month", "el año pasado": the time of the caller's story, left out with
        // the number or the word that dates it (examples, which tell no story, lose only a numbered time)
        for (int i = 0; i < spoken.size(); i++) {
            if (analyzer.isUnitOfTime(spoken.get(i))) {
                boolean numbered = i > 0 && analyzer.isAnyNumber(spoken.get(i - 1));
                boolean datedBefore = i > 0 && analyzer.datesATime(spoken.get(i - 1));
                // "your hours next week": the "next" of the week that follows it, not of the hours
                boolean datedAfter = i + 1 < spoken.size() && analyzer.datesATime(spoken.get(i + 1))
                        && !(i + 2 < spoken.size() && analyzer.isUnitOfTime(spoken.get(i + 2)));
                if (numbered || datedBefore || datedAfter) {
                    words.set(i, null);
                    if (datedBefore) {
                        words.set(i - 1, null);
                    }
                    if (datedAfter) {
                        words.set(i + 1, null);
                    }
                }
            }
        }
        Map<String, Map<String, Double>> readings = new HashMap<>();
        // the words a recognizer may have split, joined where the joins read best together: "work for sigh
        // attica" is "work" and "sciatica", not "work for sigh" and "attica"
        int n = spoken.size();
        Join[] joins = new Join[n];
        for (int i = 0; i < n; i++) {
            joins[i] = joined(spoken, words, i, readings);
        }
        double[] best = new double[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            best[i] = best[i + 1];
            if (joins[i] != null && joins[i].gain() > 0) {
                best[i] = Math.max(best[i], joins[i].gain() + best[i + joins[i].said().covers()]);
            }
        }
        List<Said> said = new ArrayList<>();
        for (int i = 0; i < n; ) {
            if (joins[i] != null && joins[i].gain() > 0 && best[i] > best[i + 1]) {
                said.add(joins[i].said());
                i += joins[i].said().covers();
                continue;
            }
            String word = words.get(i);
            if (word != null) {
                Map<String, Double> near = readings.computeIfAbsent(spoken.get(i), w -> lexicon.readings(w, word));
                said.add(new Said(near.isEmpty() ? unknownWeight() : weight(near), near, 1, spoken.get(i).length()));
            }
            i++;
        }
        said = heardInContext(said);
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
                said.add(new Said(weight(pairs), pairs, 0, 0));
            }
        }
        return said;
    }

    /**
     * An example word said is that word; the other example words it may have been misheard for ("massage"
     * for "message") stay readings of it only where a word said beside it makes them an example's two words
     * together ("leave a massage"), or where it is all the caller said ("lower, please"). Else every common
     * word of a long sentence would also read as a few others ("week" as "fax", "last" as "list") and lend
     * each of their destinations a little of the sentence.
     */
    private List<Said> heardInContext(List<Said> said) {
        if (said.size() < 2) {
            return said;
        }
        List<Said> kept = new ArrayList<>(said.size());
        for (int i = 0; i < said.size(); i++) {
            Said word = said.get(i);
            if (!word.readings().containsValue(1.0) || word.readings().size() < 2) {
                kept.add(word);
                continue;
            }
            Map<String, Double> readings = new HashMap<>();
            for (Map.Entry<String, Double> reading : word.readings().entrySet()) {
                if (reading.getValue() == 1.0
                        || (i > 0 && besides(said.get(i - 1), reading.getKey(), true))
                        || (i + 1 < said.size() && besides(said.get(i + 1), reading.getKey(), false))) {
                    readings.put(reading.getKey(), reading.getValue());
                }
            }
            kept.add(readings.size() == word.readings().size() ? word
                    : new Said(weight(readings), readings, word.covers(), word.letters()));
        }
        return kept;
    }

    /** Whether a reading of a neighbouring word and this one are two words an example says together. */
    private boolean besides(Said neighbour, String reading, boolean before) {
        for (String other : neighbour.readings().keySet()) {
            if (lexicon.knowsPair(before ? Lexicon.pair(other, reading) : Lexicon.pair(reading, other))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words said apart, read as one example word, and how much that gains over them: how much more it tells
     * (its weight for each word it stands for, against theirs); else, for a join that tells less than the
     * words apart but reads as an example word more surely than they do ("track shun" is traction, though
     * "track" alone sounds like "drug"), how much more surely, weighed as words no example has.
     */
    private record Join(Said said, double gain) {}

    /**
     * Two or three words from {@code from} said as one example word ("her knee ated", "re fur all",
     * "si guiente"); else null. Words the examples have are taken as said ("a gente" is "a gente", not
     * "agente"); with one at least that they do not have, words that make an example word are joined,
     * and so are words that sound like one, or miss it by a letter, when at most one is a little word
     * and the word they make tells more than they do apart, or reads as an example word more surely:
     * "medic air" is Medicare, "how many" is not "Humana", "i got sigh" is nothing.
     */
    private Join joined(List<String> spoken, List<String> words, int from, Map<String, Map<String, Double>> readings) {
        for (int span = Math.min(SPLIT_AT_MOST, spoken.size() - from); span >= 2; span--) {
            List<String> parts = spoken.subList(from, from + span);
            String word = String.join("", parts);
            List<String> partWords = words.subList(from, from + span).stream().filter(w -> w != null).toList();
            // words the examples all have are taken as said, whatever they make: the join is not analyzed
            if (word.length() < JOINED_LENGTH || partWords.isEmpty() || partWords.stream().allMatch(lexicon::knows)) {
                continue;
            }
            String joined = lexicon.word(word);
            // a word more than one of its parts ("cuál es el" is "cuál")
            if (joined == null || partWords.contains(joined)) {
                continue;
            }
            boolean exact = lexicon.knows(joined); // "in glés", "re schedule", "si guiente"
            if (!exact && span - partWords.size() > 1) {
                continue;
            }
            Map<String, Double> near = exact ? Map.of(joined, 1.0) : lexicon.joinedReadings(word, joined);
            if (near.isEmpty()) {
                continue;
            }
            Said join = new Said(weight(near), near, span, word.length());
            double tells = 0;
            double surely = 0;
            for (int i = from; i < from + span; i++) {
                String part = words.get(i);
                if (part != null) {
                    Map<String, Double> alone = readings.computeIfAbsent(spoken.get(i), w -> lexicon.readings(w, part));
                    tells += join.weight() - (alone.isEmpty() ? unknownWeight() : weight(alone));
                    surely += closest(near) - closest(alone);
                }
            }
            if (exact || tells >= 0 || surely > 0) {
                return new Join(join, tells >= 0 ? tells + 1e-9 : surely * unknownWeight());
            }
        }
        return null;
    }

    /** How surely a word reads as an example word: 1 itself, less for a near miss or a sound-alike, 0 for none. */
    private static double closest(Map<String, Double> near) {
        double closest = 0;
        for (double value : near.values()) {
            closest = Math.max(closest, value);
        }
        return closest;
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
