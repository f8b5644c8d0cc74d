package clinic.ivr.staff;

import clinic.ivr.checks.Listening;
import clinic.ivr.checks.MenuLength;
import clinic.ivr.checks.Rehearsal;
import clinic.ivr.checks.TimeToAnswer;
import clinic.ivr.checks.Validator;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Validation;
import clinic.ivr.twiml.TwimlRenderer;
import java.io.PrintStream;
import java.util.List;

/** What {@code validate} prints: the verdict first in plain words, then what to fix, then the menus' lengths. */
public final class ValidationReport {

    private ValidationReport() {}

    /** @return the exit code: 0 when the line can use these prompts, else 1 */
    public static int print(String folder, Validation validation, PrintStream out) {
        if (!validation.ok()) {
            int n = validation.errors().size();
            out.println("The line cannot use " + folder + ": " + n + " problem" + (n == 1 ? "" : "s") + " to fix.");
            out.println();
            validation.errors().forEach(p -> out.println("  " + p));
            out.println();
            out.println("Fix each line above, save the file and run validate again. Until then, a running line");
            out.println("keeps answering calls with the last version that passed.");
            advice(validation.warnings(), out);
            return 1;
        }
        Prompts prompts = validation.prompts().orElseThrow();
        out.println("OK: the line can use " + folder + " (version " + prompts.version() + ").");
        out.println("Rehearsed " + Rehearsal.steps(prompts).size() + " answers in " + prompts.wordings().size()
                + " languages as Twilio reads them; the key map holds and every language is complete.");
        prompts.overriddenDeskNumber().ifPresent(set -> out.println("Note: FRONT_DESK_NUMBER is set, so calls are put"
                + " through to " + prompts.frontDeskNumber().orElseThrow().text() + ", not to the front desk number in "
                + PromptFiles.SETTINGS + " (" + set.text() + ")."));
        out.println();
        lengths(MenuLength.of(prompts), out);
        timeToAnswers(TimeToAnswer.of(prompts), out);
        advice(validation.warnings(), out);
        return 0;
    }

    private static void lengths(List<MenuLength> menus, PrintStream out) {
        out.println("How long each menu takes to hear, at " + Listening.WORDS_PER_MINUTE + " words a minute (slow: the slower"
                + " pace callers can ask for, " + TwimlRenderer.SLOW_RATE + ").");
        out.println("Counted: the choices and the closing lines. Not counted: the welcome, the emergency notice and the");
        out.println("menu's introduction. Advised: under about " + Validator.MENU_WORDS_ADVISED + " words; more than "
                + Validator.MENU_WORDS_MAX + " is refused.");
        out.println();
        out.println(String.format("  %-10s %-8s %6s %8s %8s", "menu", "language", "words", "normal", "slow"));
        for (MenuLength m : menus) {
            out.println(String.format("  %-10s %-8s %6d %6d s %6d s%s", m.menu(), m.language(), m.words(), m.seconds(),
                    m.slowSeconds(), m.introWords() > 0 ? "   (+" + m.introWords() + " words of introduction)" : ""));
        }
    }

    private static void timeToAnswers(List<TimeToAnswer> times, PrintStream out) {
        out.println();
        out.println("How long a caller pressing keys listens before each answer starts: every word before the key on");
        out.println("the way (emergency notice, welcome, language offer, each menu up to the option). Advised: under "
                + TimeToAnswer.MAX_SECONDS + " s.");
        out.println();
        out.println(String.format("  %-14s %-8s %-5s %6s %8s %8s", "answer", "language", "keys", "words", "normal", "slow"));
        for (TimeToAnswer t : times) {
            out.println(String.format("  %-14s %-8s %-5s %6d %6d s %6d s", t.node(), t.language(), t.keys(), t.words(),
                    t.seconds(), t.slowSeconds()));
        }
    }

    private static void advice(List<Problem> warnings, PrintStream out) {
        if (warnings.isEmpty()) {
            return;
        }
        out.println();
        out.println("Advice (the line can still use the prompts; consider it):");
        warnings.forEach(w -> out.println("  " + w));
    }
}
