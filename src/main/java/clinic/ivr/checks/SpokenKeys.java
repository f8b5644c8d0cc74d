package clinic.ivr.checks;

import clinic.ivr.flow.Key;
import clinic.ivr.flow.Vocabulary;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Wording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How keys sound in one language's sentences: "0" or "zero", "#" or the staff's word for pound, and
 * the verb the option pattern puts before a key ("press", "oprima"). Words are compared normalized.
 */
final class SpokenKeys {

    static final String STAR = Key.REPEAT.press();
    static final String POUND = Key.NEXT_PART.press();

    private final List<String> numbers;
    private final String pound;
    private final Optional<String> verb;

    private SpokenKeys(List<String> numbers, String pound, Optional<String> verb) {
        this.numbers = numbers;
        this.pound = pound;
        this.verb = verb;
    }

    /** @param verb the word before the key in the option pattern, once found */
    static SpokenKeys of(Wording wording, Optional<String> verb) {
        List<String> numbers = wording.words(FixedEntry.NUMBER_WORDS).stream().map(Vocabulary::normalize).toList();
        List<String> pound = words(wording.say(FixedEntry.POUND_KEY).plainText());
        return new SpokenKeys(numbers, pound.isEmpty() ? POUND : pound.get(pound.size() - 1), verb);
    }

    Optional<String> verb() {
        return verb;
    }

    /** Whether a word of a sentence names the key. Star has no word of its own in the prompts. */
    boolean names(String word, String key) {
        if (word.equals(Vocabulary.normalize(key)) || word.equals(key)) {
            return true;
        }
        if (key.equals(POUND)) {
            return word.equals(pound);
        }
        if (key.length() == 1 && Character.isDigit(key.charAt(0))) {
            int n = key.charAt(0) - '0';
            return n < numbers.size() && word.equals(numbers.get(n));
        }
        return false;
    }

    /** Whether a word names any key that can be pressed. */
    boolean namesAnyKey(String word) {
        for (String key : KEYS) {
            if (names(word, key)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> KEYS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", POUND);

    /** The words of a sentence, normalized, keeping * and # as words of their own. */
    static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (String raw : sentence.split("\\s+")) {
            if (raw.contains(STAR) || raw.contains(POUND)) {
                words.add(raw.contains(STAR) ? STAR : POUND);
            }
            String word = Vocabulary.normalize(raw);
            if (!word.isEmpty()) {
                words.addAll(Arrays.asList(word.split(" ")));
            }
        }
        return words;
    }

    /** Sentences of a passage, split after ".", "!" or "?". */
    static List<String> sentences(String text) {
        return Arrays.stream(text.strip().split("(?<=[.!?])\\s+")).filter(s -> !s.isBlank()).toList();
    }
}
