package clinic.ivr.understanding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A caller's phrase as the matcher scores it against each example BM25 hands over: each word's readings by
 * the number of the example term they are, how closely the phrase says each term, and which destinations'
 * examples each word is a guess for. Found once a phrase: the hundred candidates of a phrase then compare
 * numbers, not words looked up in each other's maps.
 */
final class CallerPhrase {

    /** A word of fewer letters that no example has is more likely a piece of a split word than a word of its own. */
    static final int STRANGE_LETTERS = 4;

    private final double[] mass;
    /** Each word's readings that are example terms, by number, and how close each is. */
    private final int[][] terms;
    private final double[][] closeness;
    /** Every example term the phrase may say, in order, and the closest any word says it. */
    private final int[] said;
    private final double[] closest;
    /** Each word: how closely it stands for a word of each destination's examples; 0 for none (a guess for it). */
    private final double[][] byDestination;
    /** Each word: whether, as no example has it nor a word near it, it may be about something else. */
    private final boolean[] mayBeStrange;
    private final double total;
    private final int words;

    /**
     * @param termIds      the number of each word and pair of words of the examples
     * @param destinations the number of each destination
     */
    CallerPhrase(List<CallerWords.Said> phrase, Lexicon lexicon, Map<String, Integer> termIds,
            Map<String, Integer> destinations) {
        int n = phrase.size();
        mass = new double[n];
        terms = new int[n][];
        closeness = new double[n][];
        byDestination = new double[n][destinations.size()];
        mayBeStrange = new boolean[n];
        Map<Integer, Double> closestOf = new HashMap<>();
        double total = 0;
        int words = 0;
        for (int s = 0; s < n; s++) {
            CallerWords.Said word = phrase.get(s);
            int[] ids = new int[word.readings().size()];
            double[] close = new double[ids.length];
            int k = 0;
            for (Map.Entry<String, Double> reading : word.readings().entrySet()) {
                double value = reading.getValue();
                Integer id = termIds.get(reading.getKey());
                if (id != null) {
                    ids[k] = id;
                    close[k++] = value;
                    closestOf.merge(id, value, Math::max);
                }
                for (String destination : lexicon.destinationsOf(reading.getKey())) {
                    int d = destinations.get(destination);
                    byDestination[s][d] = Math.max(byDestination[s][d], value);
                }
            }
            terms[s] = Arrays.copyOf(ids, k);
            closeness[s] = Arrays.copyOf(close, k);
            mass[s] = word.mass();
            mayBeStrange[s] = word.covers() > 0 && word.letters() >= STRANGE_LETTERS && !word.readings().containsValue(1.0);
            total += word.mass();
            words += word.covers();
        }
        said = closestOf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        closest = new double[said.length];
        for (int i = 0; i < said.length; i++) {
            closest[i] = closestOf.get(said[i]);
        }
        this.total = total;
        this.words = words;
    }

    /** How closely the phrase says an example term, 0 to 1 (1 word for word); 0 when not at all. */
    double closest(int term) {
        int i = Arrays.binarySearch(said, term);
        return i < 0 ? 0 : closest[i];
    }

    /**
     * How much of what the caller said the terms of one example explain: each word weighed by its mass, as
     * closely as its closest reading that the example has.
     *
     * @param example the example's terms, sorted
     */
    double explainedBy(int[] example) {
        double explained = 0;
        for (int s = 0; s < mass.length; s++) {
            double closest = 0;
            for (int r = 0; r < terms[s].length; r++) {
                if (Arrays.binarySearch(example, terms[s][r]) >= 0) {
                    closest = Math.max(closest, closeness[s][r]);
                }
            }
            explained += mass[s] * closest;
        }
        return total == 0 ? 0 : explained / total;
    }

    /** How much of what the caller said the destination's examples, all together, explain. */
    double explainedByDestination(int destination) {
        double explained = 0;
        for (int s = 0; s < mass.length; s++) {
            explained += mass[s] * byDestination[s][destination];
        }
        return total == 0 ? 0 : explained / total;
    }

    /** How many of the caller's words no example has, nor any example of the destination is a guess for. */
    int strange(int destination) {
        int strange = 0;
        for (int s = 0; s < mass.length; s++) {
            if (mayBeStrange[s] && byDestination[s][destination] == 0) {
                strange++;
            }
        }
        return strange;
    }

    /** How many words of substance the caller said. */
    int words() {
        return words;
    }
}
