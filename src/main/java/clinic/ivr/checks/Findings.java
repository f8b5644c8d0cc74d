package clinic.ivr.checks;

import clinic.ivr.prompts.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What the checks of a version found: errors keep it from answering calls; warnings are advice the
 * line can live with.
 */
public final class Findings {

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    /** Findings already made, such as the build's. */
    static Findings of(List<Problem> errors, List<Problem> warnings) {
        Findings findings = new Findings();
        errors.forEach(findings::error);
        warnings.forEach(findings::warning);
        return findings;
    }

    public void error(Problem problem) {
        if (!errors.contains(problem)) {
            errors.add(problem);
        }
    }

    public void warning(Problem problem) {
        if (!warnings.contains(problem)) {
            warnings.add(problem);
        }
    }

    public List<Problem> errors() {
        return List.copyOf(errors);
    }

    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }
}
