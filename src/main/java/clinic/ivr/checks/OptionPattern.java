package clinic.ivr.checks;

import clinic.ivr.flow.PhoneTree;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Speech;
import clinic.ivr.prompts.Wording;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The [option] pattern as callers hear it in every menu: it says the option's words, then its key.
 * It also tells how this language asks for a key: the word before the key ("press", "oprima").
 */
final class OptionPattern {

    /**
     * @param actionFirst every option says its words before its key
     * @param verb        the word said just before a key, when the pattern has one
     */
    record Result(boolean actionFirst, Optional<String> verb) {}

    private final PhoneTree tree;
    private final Wording w;

    OptionPattern(PhoneTree tree, Wording w) {
        this.tree = tree;
        this.w = w;
    }

    Result check(Findings findings) {
        Optional<String> verb = Optional.empty();
        for (String menu : tree.menus()) {
            for (PhoneTree.Option option : tree.options(menu)) {
                Speech said = w.option(menu, option.key());
                if (said == null) {
                    continue;
                }
                String sentence = said.plainText();
                String choice = w.say(EntryName.option(option.target())).plainText();
                Optional<String> problem = problem(sentence, choice, option.key());
                if (problem.isPresent()) {
                    w.source(FixedEntry.OPTION).ifPresent(where -> findings.error(where.problem(problem.get())));
                    return new Result(false, verbBefore(SpokenKeys.words(sentence), option.key()));
                }
                if (verb.isEmpty()) {
                    int at = sentence.toLowerCase(Locale.ROOT).indexOf(choice.toLowerCase(Locale.ROOT));
                    verb = verbBefore(SpokenKeys.words(sentence.substring(at + choice.length())), option.key());
                }
            }
        }
        return new Result(true, verb);
    }

    private static Optional<String> problem(String sentence, String choice, String key) {
        int at = sentence.toLowerCase(Locale.ROOT).indexOf(choice.toLowerCase(Locale.ROOT));
        if (choice.isEmpty() || at < 0) {
            return Optional.of("[option] does not say the option's words (\"" + sentence + "\"). Write ${choice} where"
                    + " they go, as in \"For ${choice}, press ${key}.\"");
        }
        if (SpokenKeys.words(sentence.substring(at + choice.length())).contains(key)) {
            return Optional.empty();
        }
        if (SpokenKeys.words(sentence.substring(0, at)).contains(key)) {
            return Optional.of("[option] says the key before the choice (\"" + sentence + "\"). Put ${choice} first and"
                    + " ${key} last, as in \"For ${choice}, press ${key}.\", so callers hear what a key does before"
                    + " they hear the key.");
        }
        return Optional.of("[option] does not say the option's key (\"" + sentence + "\"). Write ${key} where it goes,"
                + " as in \"For ${choice}, press ${key}.\"");
    }

    private static Optional<String> verbBefore(List<String> words, String key) {
        int at = words.indexOf(key);
        return at > 0 ? Optional.of(words.get(at - 1)) : Optional.empty();
    }
}
