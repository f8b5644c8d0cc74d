package clinic.ivr.checks;

import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.PromptsException;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.prompts.Source;
import clinic.ivr.prompts.Validation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a prompts set (a folder, or a version in the database) must pass before it answers a call,
 * the same at start, on reload, in {@code validate} and on the staff page: it loads, every answer
 * renders as TwiML Twilio plays as meant, the key map holds in every language, every language says
 * everything, what staff typed reads well aloud, and menus are short enough to remember.
 *
 * <p>Before a change is published ({@link #validate}) a special day that has already passed is a
 * mistake too (most often a year typed wrong); a version already published keeps answering calls after
 * its days pass ({@link #forCalls}).
 *
 * <p>The last few sets checked are remembered with what was found in them, the special days aside:
 * staff press Check then Publish on the same words, and a folder read into the database comes back as
 * a version with the same files, so the slow part (every answer rendered and read back) is done once.
 */
public final class Validator {

    /** Above this many words of choices, a menu is hard to remember: a warning. */
    public static final int MENU_WORDS_ADVISED = 60;
    /** Above this many (about 32 seconds), callers forget the first choice before the last: an error. */
    public static final int MENU_WORDS_MAX = 80;

    private final PromptsLoader loader;
    private final Clock clock;
    private final BuildRecord record;

    /** @param clock today, for special days that have passed */
    public Validator(PromptsLoader loader, Clock clock) {
        this(loader, clock, BuildRecord.NONE);
    }

    /** @param record what the build found in the shipped prompts, to read or to write */
    public Validator(PromptsLoader loader, Clock clock, BuildRecord record) {
        this.loader = loader;
        this.clock = clock;
        this.record = record;
    }

    /** The folder as it is now, checked before it is published. Never throws. */
    public Validation validate(Path dir) {
        return validate(PromptFiles.read(dir));
    }

    /** A prompts set checked before it is published. Never throws: what cannot be read is among the errors. */
    public Validation validate(PromptFiles files) {
        return check(files, true);
    }

    /** A prompts set checked for answering calls: what {@link #validate} checks, but the days that have passed. */
    public Validation forCalls(PromptFiles files) {
        return check(files, false);
    }

    private Validation check(PromptFiles files, boolean publishing) {
        Checked checked = checked(files);
        if (checked.prompts().isEmpty()) {
            return Validation.failed(checked.failed());
        }
        Prompts prompts = checked.prompts().get();
        Findings findings = new Findings();
        checked.before().errors().forEach(findings::error);
        checked.before().warnings().forEach(findings::warning);
        if (publishing) {
            new SettingsCheck().checkDays(prompts, clock.instant().atZone(prompts.flow().hours().zone()).toLocalDate(),
                    findings);
        }
        checked.after().errors().forEach(findings::error);
        checked.after().warnings().forEach(findings::warning);
        return new Validation(checked.prompts(), findings.errors(), findings.warnings());
    }

    /**
     * What the checks found in a set, but its special days (which depend on the day it is checked):
     * before and after where they come, so the problems keep their order.
     */
    private record Checked(PromptFiles files, Optional<Prompts> prompts, List<Problem> failed, Findings before,
                           Findings after) {}

    /** How many sets checked last are remembered: Check then Publish, or a folder then its version, are the same files. */
    private static final int REMEMBERED = 4;
    /** The sets checked last, the last used first; guarded by itself. */
    private final Deque<Checked> recent = new ArrayDeque<>();

    private Checked checked(PromptFiles files) {
        synchronized (recent) {
            for (Checked checked : recent) {
                if (checked.files().sameAs(files)) {
                    recent.remove(checked);
                    recent.addFirst(checked); // the set in use stays while drafts come and go
                    return checked;
                }
            }
        }
        Checked checked = check(files);
        synchronized (recent) {
            recent.addFirst(checked);
            if (recent.size() > REMEMBERED) {
                recent.removeLast();
            }
        }
        return checked;
    }

    private Checked check(PromptFiles files) {
        Prompts prompts;
        try {
            prompts = loader.load(files);
        } catch (PromptsException e) {
            return new Checked(files, Optional.empty(), e.problems(), new Findings(), new Findings());
        }
        Optional<BuildRecord.Kept> kept = record.find(files);
        if (kept.isPresent()) {
            return new Checked(files, Optional.of(prompts), List.of(),
                    Findings.of(kept.get().errorsBefore(), kept.get().warningsBefore()),
                    Findings.of(kept.get().errorsAfter(), kept.get().warningsAfter()));
        }
        Findings before = new Findings();
        new KeyMapCheck().check(prompts, before);
        new LanguageCheck().check(prompts, before);
        new ExamplesCheck().check(prompts, before);
        new TypedWordsCheck().check(prompts, before);
        new SettingsCheck().check(prompts, before);
        Findings after = new Findings();
        rehearse(prompts, after);
        lengths(prompts, after);
        timeToAnswers(prompts, after);
        if (!prompts.clinic().canText()) {
            after.warning(new Problem(files.display(PromptFiles.SETTINGS), 0,
                    "address and booking_link are not both set, so callers are not offered a text message with"
                            + " them. Add both to offer it."));
        }
        record.keep(files, before, after);
        return new Checked(files, Optional.of(prompts), List.of(), before, after);
    }

    /** A template mistake fails most answers the same way: say it once, with the first answer it failed. */
    private static void rehearse(Prompts prompts, Findings findings) {
        Map<Problem, List<String>> steps = new LinkedHashMap<>();
        for (Rehearsal.Fault fault : Rehearsal.faults(prompts)) {
            Problem problem = fault.words().map(where -> where.problem(fault.message())).orElseGet(() -> new Problem(
                    prompts.files().display(PromptFiles.TEMPLATES + "/" + fault.template()), fault.line(),
                    fault.message()));
            steps.computeIfAbsent(problem, p -> new ArrayList<>()).add(fault.step());
        }
        steps.forEach((problem, names) -> findings.error(new Problem(problem.file(), problem.line(), problem.message()
                + " (in the answer \"" + names.get(0) + "\"" + (names.size() > 1 ? " and " + (names.size() - 1)
                + " more" : "") + ")")));
    }

    /** Advice when a caller pressing keys would listen more than half a minute before an answer starts. */
    private static void timeToAnswers(Prompts prompts, Findings findings) {
        for (TimeToAnswer time : TimeToAnswer.of(prompts)) {
            if (time.words() > TimeToAnswer.maxWords()) {
                findings.warning(new Problem(prompts.files().display(PromptFiles.TREE), 0,
                        "a caller pressing " + time.keys() + " hears " + time.words() + " words (about " + time.seconds()
                                + " seconds) before the answer \"" + time.node() + "\" starts in " + time.language()
                                + "; keep it under " + TimeToAnswer.MAX_SECONDS + " seconds: shorter options before it, or"
                                + " move it nearer the start."));
            }
        }
    }

    private static void lengths(Prompts prompts, Findings findings) {
        for (MenuLength menu : MenuLength.of(prompts)) {
            if (menu.words() <= MENU_WORDS_ADVISED) {
                continue;
            }
            EntryName entry = menu.firstOptionEntry(prompts.tree());
            Source where = prompts.wording(menu.language()).source(entry)
                    .orElse(new Source(prompts.files().display(PromptFiles.TREE), 0));
            String said = "the choices of the " + menu.menu() + " menu take " + menu.words() + " words to say (about "
                    + menu.seconds() + " seconds, " + menu.slowSeconds() + " at the slow pace)";
            if (menu.words() > MENU_WORDS_MAX) {
                findings.error(where.problem(said + "; callers forget the first choice before they hear the last."
                        + " Keep it under " + MENU_WORDS_ADVISED + " words: shorten the options' words, or move some"
                        + " options into a submenu."));
            } else {
                findings.warning(where.problem(said + "; callers remember a menu best under about "
                        + MENU_WORDS_ADVISED + " words. Shorten the options' words if you can."));
            }
        }
    }
}
