package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import clinic.ivr.Eventually;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The version calls are answered with: swapped whole, kept through a broken edit, and none until one can be used. */
class LivePromptsTest {

    static final Problem BROKEN = new Problem("prompts/en/faq.txt", 12, "\"${clinic.nam}\" is not a known setting");

    @Test
    void aLineWithNoUsableVersionSaysWhyToEveryCall() {
        LivePrompts live = LivePrompts.none(List.of(BROKEN));
        assertThat(live.current()).isEmpty();
        assertThat(live.problems()).containsExactly(BROKEN);
        assertThatIllegalStateException().isThrownBy(live::get).withMessageContaining("no version of the prompts can be used"
                + " yet").withMessageContaining("prompts/en/faq.txt line 12");
        live.keep(List.of());
        assertThat(live.current()).as("nothing to keep").isEmpty();
    }

    @Test
    void theFirstGoodVersionGoesOnTheLineAndClearsTheProblems() {
        Prompts version = new EditedPrompts().load();
        LivePrompts live = LivePrompts.none(List.of(BROKEN));
        live.replace(version);
        assertThat(live.get()).isSameAs(version);
        assertThat(live.current()).containsSame(version);
        assertThat(live.problems()).isEmpty();
    }

    @Test
    void theVersionALineStartsWithGetsReadyToListenWithoutACallerWaitingForIt() throws Exception {
        Prompts version = new EditedPrompts().load();
        LivePrompts live = new LivePrompts(version);
        assertThat(version.flow().readyToListen()).as("not at start: the start does not wait for it").isFalse();
        live.prepareListeningSoon();
        assertThat(Eventually.within(Duration.ofSeconds(30), version.flow()::readyToListen, ready -> ready)).isTrue();
    }

    @Test
    void aLineThatStartedOnTheSafeAnswerMakesTheFirstFixedVersionReadyBeforeItAnswers() {
        LivePrompts live = LivePrompts.none(List.of(BROKEN));
        live.prepareListeningSoon(); // nothing to prepare yet
        Prompts fixed = new EditedPrompts().load();
        live.replace(fixed);
        assertThat(fixed.flow().readyToListen()).isTrue();
        Prompts atStart = new EditedPrompts().load();
        LivePrompts.none(List.of()).replace(atStart);
        assertThat(atStart.flow().readyToListen()).as("the version a line starts with does not delay the start").isFalse();
    }

    @Test
    void aNewVersionIsReadyToListenBeforeItAnswersCalls() {
        LivePrompts live = new LivePrompts(new EditedPrompts().load());
        Prompts fixed = new EditedPrompts().edit("en/line.txt", "Take care. Goodbye.", "Goodbye.").load();
        live.replace(fixed);
        assertThat(fixed.flow().readyToListen()).isTrue();
    }

    @Test
    void aBrokenEditKeepsTheLastGoodVersionAndShowsItsProblems() {
        Prompts version = new EditedPrompts().load();
        LivePrompts live = new LivePrompts(version);
        assertThat(live.problems()).isEmpty();
        live.keep(List.of(BROKEN));
        assertThat(live.get()).isSameAs(version);
        assertThat(live.problems()).containsExactly(BROKEN);
        Prompts fixed = new EditedPrompts().edit("en/line.txt", "Take care. Goodbye.", "Goodbye.").load();
        live.replace(fixed);
        assertThat(live.get()).isSameAs(fixed);
        assertThat(live.problems()).isEmpty();
    }
}
