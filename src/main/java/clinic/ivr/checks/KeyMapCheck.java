package clinic.ivr.checks;

import clinic.ivr.flow.Key;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Speech;
import clinic.ivr.prompts.Wording;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key map as callers hear it, in every language. Each option says what it is for before its key
 * ("For who it can help, press 2", never "Press 2 for who it can help"), so a caller knows what a
 * key does before hearing it; and the sentences that offer 0, star, 9, 7, 8, pound, the way back
 * to a submenu, a message, another try and a text name their key, last.
 */
public final class KeyMapCheck {

    /** A sentence that offers a key, and what the key does there. */
    private record Offer(Key key, String does) {
        Offer(Key key) {
            this(key, key.does());
        }
    }

    /** The fixed option sentences and what each offers. */
    private static final Map<EntryName, Offer> FIXED = new LinkedHashMap<>();

    static {
        FIXED.put(FixedEntry.FRONT_DESK_OPTION, new Offer(Key.FRONT_DESK));
        FIXED.put(FixedEntry.REPEAT_OPTION, new Offer(Key.REPEAT));
        FIXED.put(FixedEntry.MAIN_MENU_OPTION, new Offer(Key.MAIN_MENU));
        FIXED.put(FixedEntry.SLOWER_OPTION, new Offer(Key.PACE, "slower speech"));
        FIXED.put(FixedEntry.NORMAL_PACE_OPTION, new Offer(Key.PACE, "normal speed"));
        FIXED.put(FixedEntry.LANGUAGE_OFFER, new Offer(Key.LANGUAGE));
        FIXED.put(FixedEntry.SKIP_OPTION, new Offer(Key.NEXT_PART));
        FIXED.put(FixedEntry.MESSAGE_OPTION, new Offer(Key.MESSAGE));
        FIXED.put(FixedEntry.TRY_AGAIN_OPTION, new Offer(Key.TRY_AGAIN));
        FIXED.put(FixedEntry.TEXT_OPTION, new Offer(Key.TEXT));
    }

    /** After the pressing verb, how many words may name star ("asterisco", "the star key"). */
    private static final int STAR_WORDS = 3;
    /** After a key, how many words may end the sentence ("press 0 now") before the action comes after the key. */
    private static final int WORDS_AFTER_KEY = 2;

    public void check(Prompts prompts, Findings findings) {
        prompts.wordings().values().forEach(w -> check(prompts.tree(), w, findings));
    }

    private void check(PhoneTree tree, Wording w, Findings findings) {
        OptionPattern.Result pattern = new OptionPattern(tree, w).check(findings);
        SpokenKeys keys = SpokenKeys.of(w, pattern.verb());
        String as = pattern.actionFirst() ? firstOption(tree, w).map(e -> ", as the options do: \"" + e + "\"").orElse(".")
                : ".";
        Map<EntryName, Offer> fixed = new LinkedHashMap<>(FIXED);
        for (String menu : tree.menus()) {
            if (!menu.equals(PhoneTree.MAIN)) {
                fixed.put(EntryName.back(menu), new Offer(Key.BACK, "going back to the " + menu + " menu"));
            }
        }
        fixed.forEach((entry, offer) -> {
            if (w.has(entry)) {
                w.source(entry).ifPresent(where -> offers(w.say(entry).plainText(), entry, offer.key().press(),
                        offer.does(), keys, as)
                        .ifPresent(message -> findings.error(where.problem(message))));
            }
        });
        keyFirstElsewhere(w, fixed, keys, as, findings);
    }

    /** What is wrong with a sentence that must offer a key, if anything. */
    private static Optional<String> offers(String text, EntryName entry, String key, String does, SpokenKeys keys,
                                           String as) {
        if (key.equals(SpokenKeys.STAR) && keys.verb().isEmpty() && !SpokenKeys.words(text).contains(SpokenKeys.STAR)) {
            return Optional.empty(); // star has no word of its own: without the pressing verb it cannot be found
        }
        String keyName = key.equals(SpokenKeys.STAR) ? "star" : key.equals(SpokenKeys.POUND) ? "pound" : key;
        for (String sentence : SpokenKeys.sentences(text)) {
            List<String> words = SpokenKeys.words(sentence);
            int at = key.equals(SpokenKeys.STAR) ? starAt(words, keys) : lastIndex(words, key, keys);
            if (at < 0) {
                continue;
            }
            int allowed = key.equals(SpokenKeys.STAR) && !words.contains(SpokenKeys.STAR) ? STAR_WORDS : WORDS_AFTER_KEY;
            boolean startsWithKey = at == 0 || keys.verb().map(words.get(0)::equals).orElse(false);
            if (startsWithKey || words.size() - 1 - at > allowed) {
                return Optional.of("[" + entry + "] says the key before what it does (\"" + sentence + "\"). Say what"
                        + " the key does first and the key last" + as);
            }
            return Optional.empty();
        }
        return Optional.of("[" + entry + "] does not say its key, " + keyName + ", which callers press for " + does
                + ". End the sentence with the key" + as);
    }

    /** Star has no word of its own: it is "*", or the words after the pressing verb. */
    private static int starAt(List<String> words, SpokenKeys keys) {
        int star = words.lastIndexOf(SpokenKeys.STAR);
        if (star >= 0) {
            return star;
        }
        return keys.verb().map(words::lastIndexOf).orElse(-1);
    }

    private static int lastIndex(List<String> words, String key, SpokenKeys keys) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (keys.names(words.get(i), key)) {
                return i;
            }
        }
        return -1;
    }

    /** Answers and other sentences that start with "Press 0 ...": advice, since their wording is free. */
    private static void keyFirstElsewhere(Wording w, Map<EntryName, Offer> fixed, SpokenKeys keys, String as,
                                          Findings findings) {
        if (keys.verb().isEmpty()) {
            return;
        }
        String verb = keys.verb().get();
        for (EntryName entry : w.entries()) {
            if (fixed.containsKey(entry)) {
                continue;
            }
            for (Speech part : w.parts(entry)) {
                for (String sentence : SpokenKeys.sentences(part.plainText())) {
                    List<String> words = SpokenKeys.words(sentence);
                    if (words.size() > 2 && words.get(0).equals(verb) && keys.namesAnyKey(words.get(1))) {
                        w.source(entry).ifPresent(where -> findings.warning(where.problem("[" + entry + "] says a key"
                                + " before what it does (\"" + sentence + "\"). Callers follow more easily when the key"
                                + " comes last" + as)));
                    }
                }
            }
        }
    }

    private static Optional<String> firstOption(PhoneTree tree, Wording w) {
        return tree.options(PhoneTree.MAIN).stream().findFirst()
                .map(o -> w.option(PhoneTree.MAIN, o.key()))
                .map(Speech::plainText);
    }
}
