package clinic.ivr.checks;

import clinic.ivr.flow.PhoneTree;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Source;
import clinic.ivr.prompts.Wording;
import clinic.ivr.understanding.PhraseMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The example phrases callers are matched against, in every language: every place a caller can ask
 * for has some, and no phrase is an example of two places, where the line could only guess.
 */
public final class ExamplesCheck {

    public void check(Prompts prompts, Findings findings) {
        prompts.wordings().forEach((language, w) -> check(language, destinations(prompts.tree()), w, findings));
    }

    /** The word lists of everything a caller can ask for: commands, menus, topics, the hours. */
    static List<EntryName> destinations(PhoneTree tree) {
        List<EntryName> entries = new ArrayList<>(Wording.COMMAND_WORDS.keySet());
        tree.menus().stream().filter(m -> !m.equals(PhoneTree.MAIN)).forEach(m -> entries.add(EntryName.words(m)));
        tree.topics().forEach(t -> entries.add(EntryName.words(t)));
        if (!tree.topics().contains(PhoneTree.HOURS)) {
            entries.add(EntryName.words(PhoneTree.HOURS));
        }
        return entries;
    }

    private static void check(String language, List<EntryName> entries, Wording w, Findings findings) {
        Map<String, Phrase> first = new HashMap<>();
        for (EntryName entry : entries) {
            List<String> phrases = w.words(entry);
            if (phrases.isEmpty()) {
                w.source(entry).ifPresent(where -> findings.error(where.problem("[" + entry + "] has no example"
                        + " phrases; callers who ask for it in their own words would not be understood. Write a few"
                        + " ways callers say it, one a line.")));
                continue;
            }
            if (entry == FixedEntry.LANGUAGE_WORDS) {
                continue; // words for another language, heard in the other language's line
            }
            for (int i = 0; i < phrases.size(); i++) {
                Phrase here = new Phrase(entry, i);
                // of everyday words only ("that will be all"), it is matched as said; a thank-you or an okay is only
                // recognized so
                List<String> words = FixedEntry.SAID_ALONE.contains(entry) ? List.of()
                        : PhraseMatcher.wordsOf(language, phrases.get(i));
                List<String> compared = words.isEmpty() ? PhraseMatcher.wordsAsSaid(language, phrases.get(i)) : words;
                if (compared.isEmpty()) {
                    findings.warning(here.source(w).problem("\"" + phrases.get(i) + "\" in [" + entry + "] has no"
                            + " words; it can match nothing. Write what the caller says, or remove it."));
                    continue;
                }
                Phrase earlier = first.putIfAbsent((words.isEmpty() ? "as said: " : "") + String.join(" ", compared), here);
                if (earlier != null && !earlier.entry().equals(entry)) {
                    findings.error(here.source(w).problem("\"" + phrases.get(i) + "\" in [" + entry + "] is the same,"
                            + " to the line, as an example of [" + earlier.entry() + "] (" + earlier.source(w) + "); a"
                            + " caller who says it could mean either. Keep it in one of them, or add words that tell"
                            + " them apart."));
                }
            }
        }
    }

    /** The phrase at {@code index} of a word list; where staff wrote it is looked up only for a finding. */
    private record Phrase(EntryName entry, int index) {

        Source source(Wording w) {
            List<Source> sources = w.phraseSources(entry);
            return index < sources.size() ? sources.get(index) : w.source(entry).orElse(new Source("", 0));
        }
    }
}
