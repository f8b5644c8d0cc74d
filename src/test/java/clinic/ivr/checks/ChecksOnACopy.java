package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.PromptsCopy;
import clinic.ivr.TestLine;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.prompts.Validation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh copy of the shipped prompts for each test to break, and the validator as the line makes it. */
public abstract class ChecksOnACopy {

    @TempDir
    protected Path temp;

    protected PromptsCopy prompts;

    /**
     * A validator of its own, as a line makes it: the one tests share remembers the sets it checked, and
     * would answer with what it found before the code under test (in mutation testing, a mutant) changed.
     */
    protected final Validator validator = new Validator(new PromptsLoader(Optional.empty()), Clock.fixed(TestLine.OPEN, ZoneOffset.UTC));

    @BeforeEach
    protected void copy() {
        prompts = PromptsCopy.in(temp);
    }

    protected Validation validate() {
        return validator.validate(prompts.dir());
    }

    /** The one error staff must fix, exactly as validate prints it. */
    protected static Problem onlyError(Validation validation) {
        assertThat(validation.ok()).as("the broken copy passed").isFalse();
        assertThat(validation.errors().size()).as(() -> "expected one error:\n" + list(validation)).isOne();
        return validation.errors().get(0);
    }

    protected static Problem errorAt(Validation validation, String file, int line) {
        assertThat(validation.ok()).as("the broken copy passed").isFalse();
        return validation.errors().stream().filter(p -> p.file().equals(file) && p.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + file + " line " + line + ":\n" + list(validation)));
    }

    protected static String list(Validation validation) {
        return validation.errors().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
