package clinic.ivr.line;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.store.Journal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What /health tells an operator, in plain words. */
class LineHealthTest {

    static final Instant NOW = Instant.parse("2026-03-02T14:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void aWellLineHasNoProblemsItsVersionAndNothingWaiting() {
        LineHealth.Report report = new LineHealth(new LivePrompts(TestLine.shipped())).withPublished(() -> OptionalInt.of(2))
                .report();
        assertThat(report.ok()).isTrue();
        assertThat(report.problems()).isEmpty();
        assertThat(report.notes()).isEmpty();
        assertThat(report.promptsVersion()).contains(TestLine.shipped().version());
        assertThat(report.published()).hasValue(2);
        assertThat(report.journal()).isEqualTo(Journal.Backlog.EMPTY);
        assertThat(report.oldestWaiting()).isEmpty();
        assertThat(new LineHealth(new LivePrompts(TestLine.shipped())).report().published()).isEmpty();
    }

    @Test
    void withoutPromptsEveryProblemIsSaidWithItsFileAndLineThenTheOtherChecksAndTheJournalsAge() {
        LivePrompts none = LivePrompts.none(List.of(new Problem("prompts/en/faq.txt", 12, "[pain] has no words")));
        LineHealth health = new LineHealth(none, List.of(List::of, () -> List.of("the data folder is full")),
                () -> new Journal.Backlog(2, Optional.of(NOW.minusSeconds(300))), CLOCK);

        LineHealth.Report report = health.report();
        assertThat(report.ok()).isFalse();
        assertThat(report.promptsVersion()).isEmpty();
        assertThat(report.problems()).containsExactly(
                new LineHealth.Problem("no version of the prompts can be used: every call gets the safe answer (the"
                        + " emergency notice, an apology, then the front desk or a message) until they are fixed", null, 0),
                new LineHealth.Problem("[pain] has no words", "prompts/en/faq.txt", 12),
                new LineHealth.Problem("the data folder is full", null, 0));
        assertThat(report.journal().waiting()).isEqualTo(2);
        assertThat(report.oldestWaiting()).contains(Duration.ofMinutes(5));
    }

    @Test
    void aDeskNumberSetByTheOperatorOverStaffsIsANoteWithBothNumbersMasked() throws Exception {
        LivePrompts overridden = new LivePrompts(new PromptsLoader(Optional.of("+12125550100")).load(TestLine.SHIPPED_PROMPTS));
        LineHealth.Report report = new LineHealth(overridden).report();
        assertThat(report.ok()).isTrue();
        assertThat(report.notes()).containsExactly("FRONT_DESK_NUMBER is set: calls are put through to +1******0100, not"
                + " to the front desk number staff set (+1******5913)");
    }
}
