package clinic.ivr.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Short phrases word by word as said ("thank you so much", "have a * day"), found by their first word: each word a
 * caller said is held against the few phrases that may begin with it, not against all of them: held against whole lists,
 * word after word, they took an eighth of the time hearing a phrase takes (bench/RESULTS.md).
 */
final class SaidPhrases {

    private static final SaidPhrases NONE = new SaidPhrases(List.of());

    private final List<List<String>> all;
    /** The phrases that may begin with a word, in their order: those that do, and those that begin with any word. */
    private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();
    private final List<List<String>> anyFirstWord;

    private SaidPhrases(List<List<String>> phrases) {
        all = List.copyOf(phrases);
        anyFirstWord = all.stream().filter(p -> p.get(0).equals(WordsSaid.ANY_WORD)).toList();
        for (List<String> phrase : all) {
            String first = phrase.get(0);
            if (!first.equals(WordsSaid.ANY_WORD) && !byFirstWord.containsKey(first)) {
                byFirstWord.put(first, all.stream()
                        .filter(p -> p.get(0).equals(first) || p.get(0).equals(WordsSaid.ANY_WORD)).toList());
            }
        }
    }

    /** The phrases, each word by word and none empty. */
    static SaidPhrases of(List<List<String>> phrases) {
        return new SaidPhrases(phrases.stream().filter(p -> !p.isEmpty()).toList());
    }

    /** No phrases at all: what a search with no longer phrases to tell apart is given. */
    static SaidPhrases none() {
        return NONE;
    }

    /** These phrases and then those of the others. */
    SaidPhrases and(SaidPhrases... others) {
        List<List<String>> phrases = new ArrayList<>(all);
        Stream.of(others).forEach(other -> phrases.addAll(other.all));
        return new SaidPhrases(phrases);
    }

    /** These phrases but those the test turns away. */
    SaidPhrases without(Predicate<List<String>> unwanted) {
        return new SaidPhrases(all.stream().filter(unwanted.negate()).toList());
    }

    /** Every phrase, in order. */
    List<List<String>> all() {
        return all;
    }

    /** The phrases that may begin with this word, in order. */
    List<List<String>> from(String word) {
        return byFirstWord.getOrDefault(word, anyFirstWord);
    }
}
