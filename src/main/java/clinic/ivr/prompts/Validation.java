package clinic.ivr.prompts;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on a prompts folder: the version, when it loaded, and what the checks found.
 *
 * @param prompts  the loaded version; empty when the files could not be read into one
 * @param errors   what keeps the version from answering calls
 * @param warnings advice the line can live with
 */
public record Validation(Optional<Prompts> prompts, List<Problem> errors, List<Problem> warnings) {

    public Validation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public static Validation failed(List<Problem> errors) {
        return new Validation(Optional.empty(), errors, List.of());
    }

    /** The version may answer calls. */
    public boolean ok() {
        return prompts.isPresent() && errors.isEmpty();
    }
}
