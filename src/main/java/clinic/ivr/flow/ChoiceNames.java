package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One language's menus and topics named by words of their names, as a caller echoes them at a menu: "session" is "what
 * happens in a session", "avoid" is "who should avoid it", "how soon" is "how soon it helps".
 */
final class ChoiceNames {

    private final String language;
    private final Vocabulary words;
    /** The words that are in one menu's or topic's name alone, and that menu or topic. */
    private final Map<String, String> inOneName;
    /** Each menu's or topic's name, word by word. */
    private final Map<String, Set<String>> nameWords = new HashMap<>();
    /** Each menu's or topic's words in its examples, and in how many, found when first needed. */
    private final Map<String, Map<String, Integer>> exampleWords = new ConcurrentHashMap<>();

    ChoiceNames(String language, Vocabulary words) {
        this.language = language;
        this.words = words;
        Map<String, Set<String>> namesOf = new HashMap<>();
        words.names().forEach((node, name) -> PhraseMatcher.wordsOf(language, name).forEach(word -> {
            namesOf.computeIfAbsent(word, w -> new HashSet<>()).add(node);
            nameWords.computeIfAbsent(node, n -> new HashSet<>()).add(word);
        }));
        inOneName = namesOf.entrySet().stream().filter(word -> word.getValue().size() == 1)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, word -> word.getValue().iterator().next()));
    }

    /**
     * The choice offered whose name holds every word said, one of them at least a word of no other name ("soon" of
     * "how soon it helps", which "how" alone would not name). "Who" (of "who it helps" and "who should avoid it")
     * names none, nor do words of no name or of two, nor a word callers ask another of the choices offered by more
     * often than by its name and examples ("pain" names "how to prevent pain", but is asked of whether it hurts). The
     * word for one points at the choice ("the how soon one", "the one about the hours"): no word of its name.
     */
    Optional<String> named(String speech, List<String> offered) {
        String one = words.numbers().size() > 1 ? words.numbers().get(1) : "";
        List<String> said = PhraseMatcher.wordsOf(language, PhraseMatcher.wordsAsSaid(language, speech).stream()
                .filter(word -> !word.equals(one)).collect(Collectors.joining(" ")));
        Set<String> named = said.stream().map(inOneName::get).filter(Objects::nonNull).collect(Collectors.toSet());
        if (named.size() != 1) {
            return Optional.empty();
        }
        String choice = named.iterator().next();
        boolean echoed = offered.contains(choice) && nameWords.get(choice).containsAll(said)
                && said.stream().filter(word -> choice.equals(inOneName.get(word))).allMatch(word -> offered.stream()
                        .filter(other -> !other.equals(choice))
                        .allMatch(other -> timesAskedBy(other, word) <= 1 + timesAskedBy(choice, word)));
        return echoed ? Optional.of(choice) : Optional.empty();
    }

    /** In how many of its examples callers ask for a menu or topic with this word. */
    private int timesAskedBy(String node, String word) {
        return exampleWords.computeIfAbsent(node, n -> words.examples()
                .getOrDefault(new Heard(Heard.Kind.GO, n), List.of()).stream()
                .flatMap(example -> Set.copyOf(PhraseMatcher.wordsOf(language, example)).stream())
                .collect(Collectors.toUnmodifiableMap(w -> w, w -> 1, Integer::sum))).getOrDefault(word, 0);
    }
}
