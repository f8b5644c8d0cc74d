package clinic.ivr.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(List.of(), Rehearsal.problems(prompts));
    }

    @Test
    void everyKindOfSpokenStepIsRehearsed() {
        Map<String, Step> steps = Rehearsal.steps(prompts);
        Set<Class<?>> kinds = steps.values().stream().map(Object::getClass).collect(Collectors.toSet());
        for (Class<?> kind : Step.class.getPermittedSubclasses()) {
            if (kind != Step.SendText.class) { // sent by the line, never said
                assertTrue(kinds.contains(kind), kind.getSimpleName() + " is not rehearsed");
            }
        }
        assertTrue(steps.values().stream().anyMatch(s -> s instanceof Step.Answer a && a.textOffer()));
    }
}
