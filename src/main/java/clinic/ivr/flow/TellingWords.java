package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Each language's telling words: those of its example phrases, numbers, yes and no, and of what its callers
 * wrap any request in ("la", "quiero", "por favor"), that no other language of the line has. They tell which
 * language a caller speaks when the words of the one they hear match nothing.
 */
final class TellingWords {

    /** The fewest different telling words of another language that say a caller speaks it. */
    static final int ENOUGH = 2;

    private final Map<String, Set<String>> byLanguage;

    TellingWords(Map<String, Vocabulary> vocabularies) {
        Map<String, Set<String>> known = new HashMap<>();
        vocabularies.forEach((language, words) -> {
            Set<String> all = new HashSet<>(PhraseMatcher.everydayWords(language));
            words.examples().forEach((heard, phrases) -> {
                if (heard.kind() != Heard.Kind.LANGUAGE) { // the words that ask for another language are partly its own
                    phrases.forEach(phrase -> all.addAll(words(phrase)));
                }
            });
            Stream.of(words.numbers(), words.yes(), words.no()).flatMap(List::stream).forEach(w -> all.addAll(words(w)));
            known.put(language, all);
        });
        Map<String, Set<String>> telling = new HashMap<>();
        known.forEach((language, all) -> {
            Set<String> own = new HashSet<>(all);
            known.forEach((other, theirs) -> {
                if (!other.equals(language)) {
                    own.removeAll(theirs);
                }
            });
            telling.put(language, Set.copyOf(own));
        });
        this.byLanguage = Map.copyOf(telling);
    }

    /**
     * The other language of the line the caller spoke, when their words are plainly that language's: at
     * least {@link #ENOUGH} different telling words of it, and more than twice as many as of {@code language}.
     * A stray word ("la clínica", "okay") is not enough, nor "la la la". A courtesy of {@code language} weighs
     * nothing beside a word of the other that asks something: callers who speak both say "otra vez, please"
     * and "más despacio, please"; a courtesy of the other alone asks nothing ("yes, por favor" answers yes).
     */
    Optional<String> otherLanguageOf(String speech, String language) {
        Set<String> said = words(speech);
        Set<String> ownWords = byLanguage.getOrDefault(language, Set.of());
        long own = said.stream().filter(ownWords::contains).count();
        long ownAsking = said.stream().filter(ownWords::contains).filter(w -> !PhraseMatcher.isFiller(language, w)).count();
        return byLanguage.entrySet().stream().filter(other -> !other.getKey().equals(language))
                .map(other -> Map.entry(other.getKey(), said.stream().filter(other.getValue()::contains).toList()))
                .filter(other -> {
                    int theirs = other.getValue().size();
                    boolean asks = other.getValue().stream().anyMatch(w -> !PhraseMatcher.leavesOut(other.getKey(), w));
                    return theirs >= ENOUGH && (theirs > 2 * own || asks && theirs > 2 * ownAsking);
                })
                .max(Comparator.comparingInt(other -> other.getValue().size())).map(Map.Entry::getKey);
    }

    /** Whether the words hold one telling word of {@code language} at least. */
    boolean saysAny(String speech, String language) {
        Set<String> telling = byLanguage.getOrDefault(language, Set.of());
        return words(speech).stream().anyMatch(telling::contains);
    }

    /** The different words of a phrase, lower case without accents. */
    private static Set<String> words(String phrase) {
        Set<String> words = new HashSet<>(List.of(Vocabulary.normalize(phrase).split(" ")));
        words.remove("");
        return words;
    }
}
