package clinic.ivr.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the caller did at a Gather, as Twilio reports it: keys pressed, words spoken, or nothing.
 *
 * @param digits     the Digits parameter, empty when none
 * @param speech     the SpeechResult parameter, empty when none
 * @param confidence Twilio's confidence in the speech (0 to 1), when it gave one
 */
public record Input(String digits, String speech, Optional<Double> confidence) {

    public static final Input SILENCE = new Input("", "", Optional.empty());

    public Input {
        digits = digits == null ? "" : digits.trim();
        speech = speech == null ? "" : withoutRestarts(speech.trim());
    }

    /**
     * The words without those a caller cut off to start again, as the recognizer writes them: a word cut short ("the
     * sec- the second one"), or one said whole again ("la segun la segunda", "de cade de cadera"), with the word before
     * it when that is said again too. A cut-off word sounds like another whole word ("sec", a moment), never what the
     * caller meant.
     */
    private static String withoutRestarts(String speech) {
        List<String> words = new ArrayList<>(Arrays.asList(speech.split(" +")));
        boolean cut = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean fragment = word.length() > 1 && word.endsWith("-");
            boolean leadAgain = i >= 1 && i + 1 < words.size() && words.get(i - 1).equalsIgnoreCase(words.get(i + 1));
            if (fragment || leadAgain && i + 2 < words.size() && startsAnother(word, words.get(i + 2))) {
                int from = leadAgain ? i - 1 : i;
                words.subList(from, i + 1).clear();
                i = from - 1;
                cut = true;
            }
        }
        return cut ? String.join(" ", words) : speech;
    }

    /** Whether {@code start}, two letters or more, is how {@code word}, a longer one, begins. */
    private static boolean startsAnother(String start, String word) {
        String whole = word.replaceAll("\\P{L}+$", "");
        return start.length() >= 2 && whole.length() > start.length() && start.chars().allMatch(Character::isLetter)
                && whole.regionMatches(true, 0, start, 0, start.length());
    }

    public static Input keys(String digits) {
        return new Input(digits, "", Optional.empty());
    }

    public static Input said(String speech, double confidence) {
        return new Input("", speech, Optional.of(confidence));
    }

    /** Some of the words the caller said, heard as if said alone, with the confidence of the whole. */
    public Input part(String words) {
        return new Input("", words, confidence);
    }

    /** Reads the Gather result from a Twilio form. */
    public static Input fromForm(Map<String, String> form) {
        return new Input(form.get("Digits"), form.get("SpeechResult"), confidence(form.get("Confidence")));
    }

    private static Optional<Double> confidence(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            double c = Double.parseDouble(value.trim());
            return c >= 0 && c <= 1 ? Optional.of(c) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
