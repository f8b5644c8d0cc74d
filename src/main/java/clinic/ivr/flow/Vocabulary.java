package clinic.ivr.flow;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words callers may say in one language, as staff wrote them in the prompts.
 *
 * @param examples what each choice sounds like: example phrases for every command, menu, topic and
 *                 the front desk's subjects, by what the line hears when a caller says them
 * @param numbers  the spoken numbers zero to nine, in order
 * @param yes      words that answer yes to the line's question "Do you want to hear ...?", the longest first
 * @param no       words that answer no to it, the longest first: taken out of what a caller said, "claro que sí"
 *                 goes whole, not "sí" and "claro" with a "que" left over
 * @param names    each menu's and topic's name as callers hear it offered ("what happens in a session")
 */
public record Vocabulary(Map<Heard, List<String>> examples, List<String> numbers, List<String> yes, List<String> no,
                         Map<String, String> names) {

    public Vocabulary {
        Map<Heard, List<String>> copy = new LinkedHashMap<>();
        examples.forEach((heard, phrases) -> copy.put(heard, List.copyOf(phrases)));
        examples = java.util.Collections.unmodifiableMap(copy);
        numbers = normalized(numbers);
        yes = longestFirst(normalized(yes));
        no = longestFirst(normalized(no));
        names = Map.copyOf(names);
    }

    /** Words without the options' names, which only the line's own menus give. */
    public Vocabulary(Map<Heard, List<String>> examples, List<String> numbers, List<String> yes, List<String> no) {
        this(examples, numbers, yes, no, Map.of());
    }

    /** The examples of a kind of request with no detail (thanks, goodbye, the part again ...), as written. */
    List<String> examplesOf(Heard.Kind kind) {
        return examples.getOrDefault(Heard.of(kind), List.of());
    }

    private static List<String> normalized(List<String> phrases) {
        return phrases.stream().map(Vocabulary::normalize).filter(p -> !p.isEmpty()).toList();
    }

    /** The phrases, the longest first: each taken out of what a caller said before any said inside it. */
    static List<String> longestFirst(List<String> phrases) {
        return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Lower case, no accents, no punctuation, single spaces: how speech and short words are compared. An
     * apostrophe goes as the matcher drops it: recognizers write "ill" and "dont", staff "I'll" and "don't".
     */
    public static String normalize(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(APOSTROPHES.matcher(text).replaceAll(""), Normalizer.Form.NFD))
                .replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
