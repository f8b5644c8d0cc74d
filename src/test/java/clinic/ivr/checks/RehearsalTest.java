package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.Prompts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every answer the shipped prompts can give, the front desk's included, renders and passes the checker. */
class RehearsalTest {

    final Prompts prompts = TestLine.load(TestLine.SHIPPED_PROMPTS);

    @Test
    void theShippedPromptsHaveNoProblems() {
        assertThat(Rehearsal.problems(prompts)).isEqualTo(List.of());
    }

    @Test
    void everyKindOfSpokenStepIsRehearsed() {
        Map<String, Step> steps = Rehearsal.steps(prompts);
        Set<Class<?>> kinds = steps.values().stream().map(Object::getClass).collect(Collectors.toSet());
        for (Class<?> kind : Step.class.getPermittedSubclasses()) {
            if (kind != Step.SendText.class) { // sent by the line, never said
                assertThat(kinds).as(kind.getSimpleName() + " is not rehearsed").contains(kind);
            }
        }
        assertThat(steps.values().stream().anyMatch(s -> s instanceof Step.Answer a && a.textOffer())).isTrue();
    }
}
