package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One language's menus and topics named by one word of their names, as a caller says it at a menu: "session" is "what
 * happens in a session", "avoid" is "who should avoid it".
 */
final class ChoiceNames {

    private final String language;
    private final Vocabulary words;
    /** The words that are in one menu's or topic's name alone, and that menu or topic. */
    private final Map<String, String> inOneName;
    /** Each menu's or topic's words in its examples, and in how many, found when first needed. */
    private final Map<String, Map<String, Integer>> exampleWords = new ConcurrentHashMap<>();

    ChoiceNames(String language, Vocabulary words) {
        this.language = language;
        this.words = words;
        Map<String, Set<String>> namesOf = new HashMap<>();
        words.names().forEach((node, name) -> PhraseMatcher.wordsOf(language, name)
                .forEach(word -> namesOf.computeIfAbsent(word, w -> new HashSet<>()).add(node)));
        inOneName = namesOf.entrySet().stream().filter(word -> word.getValue().size() == 1)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, word -> word.getValue().iterator().next()));
    }

    /**
     * The choice offered whose name holds the only word said, a word of no other name. "Who" (of "who it helps" and
     * "who should avoid it") names none, nor does a word of no name, nor more words, nor a word callers ask another of
     * the choices offered by more often than by its name and examples ("pain" names "how to prevent pain", but is
     * asked of whether it hurts).
     */
    Optional<String> named(List<String> said, List<String> offered) {
        if (said.size() != 1) {
            return Optional.empty();
        }
        String word = said.get(0);
        return Optional.ofNullable(inOneName.get(word))
                .filter(offered::contains)
                .filter(named -> offered.stream().filter(other -> !other.equals(named))
                        .allMatch(other -> timesAskedBy(other, word) <= 1 + timesAskedBy(named, word)));
    }

    /** In how many of its examples callers ask for a menu or topic with this word. */
    private int timesAskedBy(String node, String word) {
        return exampleWords.computeIfAbsent(node, n -> words.examples()
                .getOrDefault(new Heard(Heard.Kind.GO, n), List.of()).stream()
                .flatMap(example -> Set.copyOf(PhraseMatcher.wordsOf(language, example)).stream())
                .collect(Collectors.toUnmodifiableMap(w -> w, w -> 1, Integer::sum))).getOrDefault(word, 0);
    }
}
