package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.TestLine;
import clinic.ivr.checks.MenuLength;
import clinic.ivr.checks.Rehearsal;
import clinic.ivr.checks.TimeToAnswer;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.prompts.Validation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What {@code validate} tells whoever edits the prompts folder: the verdict first, then what to fix or how long menus are. */
class ValidationReportTest {

    static final Problem MISSING = new Problem("prompts/en/faq.txt", 12, "the answer [faq-start] has no words");
    static final Problem UNKNOWN_KEY = new Problem("prompts/clinic.yaml", 0, "\"ring\" is not a setting");
    static final Problem LONG = new Problem("prompts/en/main.txt", 3, "the main menu takes 40 s to hear");

    record Printed(int code, String text) {}

    static Printed print(Validation validation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = ValidationReport.print("prompts", validation, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Printed(code, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusedPromptsSayHowManyProblemsEachToFixAndThatCallersKeepTheLastGoodWords() {
        Printed two = print(new Validation(Optional.empty(), List.of(MISSING, UNKNOWN_KEY), List.of(LONG)));
        assertThat(two.code()).isEqualTo(1);
        assertThat(two.text()).startsWith("The line cannot use prompts: 2 problems to fix.\n\n"
                        + "  prompts/en/faq.txt line 12: the answer [faq-start] has no words\n"
                        + "  prompts/clinic.yaml: \"ring\" is not a setting\n\n")
                .contains("Fix each line above, save the file and run validate again. Until then, a running line\n"
                        + "keeps answering calls with the last version that passed.\n")
                .endsWith("\nAdvice (the line can still use the prompts; consider it):\n"
                        + "  prompts/en/main.txt line 3: the main menu takes 40 s to hear\n")
                .doesNotContain("OK:");

        Printed one = print(Validation.failed(List.of(MISSING)));
        assertThat(one.code()).isEqualTo(1);
        assertThat(one.text()).startsWith("The line cannot use prompts: 1 problem to fix.\n").doesNotContain("Advice");
    }

    @Test
    void goodPromptsSayOkThenHowLongEachMenuAndEachAnswerTakesToReach() {
        Prompts prompts = TestLine.shipped();
        Printed ok = print(new Validation(Optional.of(prompts), List.of(), List.of()));
        assertThat(ok.code()).isZero();
        List<String> lines = ok.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("OK: the line can use prompts (version " + prompts.version() + ").");
        assertThat(lines.get(1)).isEqualTo("Rehearsed " + Rehearsal.steps(prompts).size() + " answers in 2 languages as"
                + " Twilio reads them; the key map holds and every language is complete.");
        assertThat(ok.text()).doesNotContain("FRONT_DESK_NUMBER").doesNotContain("Advice")
                .contains("every language is complete.\n\n"
                        + "How long each menu takes to hear, at 150 words a minute (slow: the slower pace callers can ask"
                        + " for, 85%).\n"
                        + "Counted: the choices and the closing lines. Not counted: the welcome, the emergency notice and the\n"
                        + "menu's introduction. Advised: under about 60 words; more than 80 is refused.\n\n"
                        + String.format("  %-10s %-8s %6s %8s %8s", "menu", "language", "words", "normal", "slow") + "\n")
                .contains(" s\n\nHow long a caller pressing keys listens before each answer starts: every word before the key"
                        + " on\nthe way (emergency notice, welcome, language offer, each menu up to the option). Advised: under"
                        + " 30 s.\n\n"
                        + String.format("  %-14s %-8s %-5s %6s %8s %8s", "answer", "language", "keys", "words", "normal",
                        "slow") + "\n");
        List<MenuLength> menus = MenuLength.of(prompts);
        assertThat(menus).hasSizeGreaterThanOrEqualTo(4);
        for (MenuLength m : menus) {
            String row = String.format("  %-10s %-8s %6d %6d s %6d s", m.menu(), m.language(), m.words(), m.seconds(),
                    m.slowSeconds());
            assertThat(lines).as("no menu of the shipped line has an introduction").contains(row);
        }
        for (TimeToAnswer t : TimeToAnswer.of(prompts)) {
            assertThat(lines).contains(String.format("  %-14s %-8s %-5s %6d %6d s %6d s", t.node(), t.language(), t.keys(),
                    t.words(), t.seconds(), t.slowSeconds()));
        }

        Printed advised = print(new Validation(Optional.of(prompts), List.of(), List.of(LONG)));
        assertThat(advised.code()).isZero();
        assertThat(advised.text()).endsWith(" s\n\nAdvice (the line can still use the prompts; consider it):\n  " + LONG + "\n");
    }

    @Test
    void aFrontDeskNumberSetOnTheServerIsNotedWithTheOneItOverrides() throws Exception {
        Prompts overridden = new PromptsLoader(Optional.of("+12125550100")).load(TestLine.SHIPPED_PROMPTS);
        Printed ok = print(new Validation(Optional.of(overridden), List.of(), List.of()));
        assertThat(ok.code()).isZero();
        assertThat(ok.text()).contains("Note: FRONT_DESK_NUMBER is set, so calls are put through to +12125550100, not to"
                + " the front desk number in clinic.yaml (" + overridden.overriddenDeskNumber().orElseThrow().text() + ").");
    }
}
