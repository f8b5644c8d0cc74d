package clinic.ivr.flow;

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
        speech = speech == null ? "" : speech.trim();
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
