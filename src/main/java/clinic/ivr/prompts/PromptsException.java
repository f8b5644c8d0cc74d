package clinic.ivr.prompts;

import java.util.List;
import java.util.stream.Collectors;

/** The prompts folder cannot be used as it is; every problem found is listed. */
public final class PromptsException extends Exception {

    private final List<Problem> problems;

    public PromptsException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
