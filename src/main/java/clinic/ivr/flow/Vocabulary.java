package clinic.ivr.flow;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * The words callers may say in one language, as staff wrote them in the prompts, kept
 * {@linkplain #normalize normalized} so matching is a plain string search.
 *
 * @param commands    words for the commands of the key map (front desk, repeat, main menu, ...); for
 *                    {@link Heard.Kind#LANGUAGE}, the words that ask for this language
 * @param numbers     the spoken numbers zero to nine, in order
 * @param nodeWords   for each menu and topic, the words that choose it
 */
public record Vocabulary(Map<Heard.Kind, List<String>> commands, List<String> numbers,
                         Map<String, List<String>> nodeWords) {

    public Vocabulary {
        Map<Heard.Kind, List<String>> normalCommands = new java.util.EnumMap<>(Heard.Kind.class);
        commands.forEach((kind, phrases) -> normalCommands.put(kind, normalized(phrases)));
        commands = Map.copyOf(normalCommands);
        numbers = normalized(numbers);
        Map<String, List<String>> normalWords = new java.util.HashMap<>();
        nodeWords.forEach((node, phrases) -> normalWords.put(node, normalized(phrases)));
        nodeWords = Map.copyOf(normalWords);
    }

    public List<String> command(Heard.Kind kind) {
        return commands.getOrDefault(kind, List.of());
    }

    public List<String> wordsFor(String node) {
        return nodeWords.getOrDefault(node, List.of());
    }

    private static List<String> normalized(List<String> phrases) {
        return phrases.stream().map(Vocabulary::normalize).filter(p -> !p.isEmpty()).toList();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Lower case, no accents, no punctuation, single spaces: how speech and phrases are compared. */
    public static String normalize(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
