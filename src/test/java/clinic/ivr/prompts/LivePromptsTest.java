package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

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
