package clinic.ivr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.prompts.EditedPrompts;
import clinic.ivr.prompts.Prompts;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How long callers listen: a menu's choices apart from its introduction, and the words a caller pressing
 * keys hears before each answer starts, as the line renders them.
 */
class MenuTimesTest {

    final EditedPrompts prompts = new EditedPrompts();

    static Map<String, MenuLength> menus(Prompts prompts) {
        return MenuLength.of(prompts).stream().collect(Collectors.toMap(m -> m.language() + " " + m.menu(), Function.identity()));
    }

    static Map<String, TimeToAnswer> answers(Prompts prompts) {
        return TimeToAnswer.of(prompts).stream().collect(Collectors.toMap(t -> t.language() + " " + t.node(), Function.identity()));
    }

    @Test
    void everyMenuInEveryLanguageIsTimedAndAnIntroductionIsCountedApart() {
        Map<String, MenuLength> before = menus(prompts.load());
        assertThat(before).containsKeys("en main", "en faq", "es main", "es faq");
        assertThat(before.get("en faq").introWords()).isZero();
        prompts.edit("en/faq.txt", "[faq.back]", "[faq]\nHere are the questions people ask most.\n\n[faq.back]");
        MenuLength faq = menus(prompts.load()).get("en faq");
        assertThat(faq.introWords()).isEqualTo(7);
        assertThat(faq.words()).isEqualTo(before.get("en faq").words());
        assertThat(faq.seconds()).isEqualTo(Listening.seconds(faq.words()));
        assertThat(faq.slowSeconds()).isEqualTo(Listening.slowSeconds(faq.words()));
        assertThat(faq.firstOptionEntry(prompts.load().tree()).text()).isEqualTo("faq-results.option");
    }

    @Test
    void aLongerOptionDelaysTheAnswersAfterItAndNoOthers() {
        Map<String, TimeToAnswer> before = answers(prompts.load());
        assertThat(before.get("en faq-results").keys()).isEqualTo("3 1");
        assertThat(before.get("en what-it-is").keys()).isEqualTo("1");
        prompts.edit("en/faq.txt", "[faq-results.option]\nhow soon it helps", "[faq-results.option]\nhow soon it really truly helps");
        Map<String, TimeToAnswer> after = answers(prompts.load());
        assertThat(after.get("en faq-results").words()).isEqualTo(before.get("en faq-results").words() + 2);
        assertThat(after.get("en faq-start").words()).isEqualTo(before.get("en faq-start").words() + 2);
        assertThat(after.get("en session").words()).isEqualTo(before.get("en session").words());
        assertThat(after.get("es faq-results").words()).isEqualTo(before.get("es faq-results").words());
        assertThat(before.get("en faq-start").words()).as("each option heard before the next")
                .isGreaterThan(before.get("en faq-results").words());
        TimeToAnswer start = after.get("en faq-start");
        assertThat(start.seconds()).isEqualTo(Listening.seconds(start.words()));
        assertThat(start.slowSeconds()).isEqualTo(Listening.slowSeconds(start.words()));
    }

    @Test
    void aMenuThatCannotBeRenderedIsNotTimedTheRehearsalSaysWhy() {
        Prompts broken = prompts.edit("templates/lib.ftlx", "${block.voice}", "${block.voic}").load();
        assertThat(MenuLength.of(broken)).isEmpty();
        assertThat(TimeToAnswer.of(broken)).isEmpty();
        assertThat(Rehearsal.faults(broken)).isNotEmpty().allSatisfy(fault -> {
            assertThat(fault.template()).isEqualTo("lib.ftlx");
            assertThat(fault.line()).isEqualTo(prompts.lineOf("templates/lib.ftlx", "${block.voic}"));
            assertThat(fault.message()).isEqualTo("the templates cannot render it: \"${block.voic}\" is not a value the"
                    + " templates are given");
        });
    }
}
