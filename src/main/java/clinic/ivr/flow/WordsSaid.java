package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The caller's words, word by word as said, against short phrases as written (thank-yous, okays, farewells, words for
 * no): whether they are said, where, how often, and with what else; and the words a not denies.
 */
final class WordsSaid {

    /** In a phrase said alone, any one word: "have a * day" of leaving-LANG.txt is "have a blessed day" too. */
    static final String ANY_WORD = "*";
    /** A word written with a pause after it, as recognizers write one. */
    static final Pattern PAUSE = Pattern.compile("[,.;:!?]$");
    /** "Sí" as written without its accent: "if" before another word. */
    static final String IF = "si";
    /** A pause as recognizers write one, between the parts of what a caller said. */
    static final Pattern BETWEEN_PAUSES = Pattern.compile("[,.;:!?\u2026]+\\s*");

    private WordsSaid() {}

    /** The words before the first pause and those after it, when words follow it: "hold on... yes, go ahead". */
    record AroundAPause(String before, String after) {

        static Optional<AroundAPause> first(String speech) {
            String said = speech.strip();
            Matcher pause = BETWEEN_PAUSES.matcher(said);
            return pause.find() && pause.end() < said.length()
                    ? Optional.of(new AroundAPause(said.substring(0, pause.start()), said.substring(pause.end())))
                    : Optional.empty();
        }
    }

    /** Phrases word by word as said; a "*" stands for any one word ("have a * day"). */
    static SaidPhrases asSaid(String language, List<String> phrases) {
        return SaidPhrases.of(phrases.stream().map(phrase -> {
            List<String> words = new ArrayList<>();
            String[] pieces = phrase.split("\\*", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    words.add(ANY_WORD);
                }
                words.addAll(PhraseMatcher.wordsAsSaid(language, pieces[i]));
            }
            return words;
        }).toList());
    }

    /** Whether the caller's words hold one of the phrases anywhere. */
    static boolean saysOne(List<String> said, SaidPhrases phrases) {
        return saysOne(said, phrases, SaidPhrases.none());
    }

    /** Whether the caller's words hold one of the phrases anywhere that no longer one of {@code longer} begins. */
    static boolean saysOne(List<String> said, SaidPhrases phrases, SaidPhrases longer) {
        // loops, not streams: this runs for every phrase a caller says, and a stream per listed phrase made each
        // phrase a quarter slower (bench/RESULTS.md)
        for (int at = 0; at < said.size(); at++) {
            for (List<String> phrase : phrases.from(said.get(at))) {
                if (saidAt(said, at, phrase) && !beginsLonger(said, at, phrase.size(), longer)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the phrases longer than {@code size} words is said from {@code at} on. */
    private static boolean beginsLonger(List<String> said, int at, int size, SaidPhrases phrases) {
        for (List<String> phrase : phrases.from(said.get(at))) {
            if (phrase.size() > size && saidAt(said, at, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the caller's words from {@code at} on begin with the phrase, whose {@link #ANY_WORD} is any word. */
    static boolean saidAt(List<String> said, int at, List<String> phrase) {
        if (at + phrase.size() > said.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!phrase.get(i).equals(ANY_WORD) && !phrase.get(i).equals(said.get(at + i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the caller said one of these phrases and nothing else: every word said is in one of them as
     * written, or may be passed over ({@code besides}: "oh", "so", "then") but a number ("two, thank you" is a
     * key), and at least one of them was said.
     */
    static boolean saysOnly(List<String> said, SaidPhrases phrases, Predicate<String> besides, Vocabulary words) {
        return timesSaid(said, phrases, besides, words) > 0;
    }

    /**
     * How often the caller said these phrases, with nothing else but what {@link #saysOnly} passes over; else 0.
     * Counted the way that needs the fewest: "oh I see now" is "I see now" after an "oh", not "oh I see" and a
     * "now" left over.
     */
    static int timesSaid(List<String> said, SaidPhrases phrases, Predicate<String> besides, Vocabulary words) {
        int none = Integer.MAX_VALUE;
        // read from the first word on: passedOnly[i], whether the words before i may all be passed over; fewest[i], the
        // fewest phrases, one at least, that with words passed over are all the words before i
        boolean[] passedOnly = new boolean[said.size() + 1];
        int[] fewest = new int[said.size() + 1];
        Arrays.fill(fewest, none);
        passedOnly[0] = true;
        int reached = 0;
        for (int at = 0; at < said.size() && at <= reached; at++) {
            if (!passedOnly[at] && fewest[at] == none) {
                continue;
            }
            if (besides.test(said.get(at)) && !words.numbers().contains(said.get(at))) {
                passedOnly[at + 1] |= passedOnly[at];
                fewest[at + 1] = Math.min(fewest[at + 1], fewest[at]);
                reached = Math.max(reached, at + 1);
            }
            int before = passedOnly[at] ? 0 : fewest[at];
            for (List<String> phrase : phrases.from(said.get(at))) {
                int end = at + phrase.size();
                if (saidAt(said, at, phrase)) {
                    fewest[end] = Math.min(fewest[end], before + 1);
                    reached = Math.max(reached, end);
                }
            }
        }
        return fewest[said.size()] == none ? 0 : fewest[said.size()];
    }

    /** Whether the words end with one of the phrases. */
    static boolean endsWithOne(List<String> said, SaidPhrases phrases) {
        for (List<String> phrase : phrases.all()) {
            if (phrase.size() <= said.size() && saidAt(said, said.size() - phrase.size(), phrase)) {
                return true;
            }
        }
        return false;
    }

    /** How many words the longest of these phrases said from {@code at} on has; 0 for none. */
    static int longestAt(SaidPhrases phrases, List<String> said, int at) {
        int longest = 0;
        for (List<String> phrase : at < said.size() ? phrases.from(said.get(at)) : List.<List<String>>of()) {
            if (phrase.size() > longest && saidAt(said, at, phrase)) {
                longest = phrase.size();
            }
        }
        return longest;
    }

    /** How many words the longest of these phrases the words begin (or end) with has, not all of them; 0 for none. */
    static int longestAtAnEdge(SaidPhrases phrases, List<String> said, boolean atTheEnd) {
        int longest = 0;
        for (List<String> phrase : atTheEnd || said.isEmpty() ? phrases.all() : phrases.from(said.get(0))) {
            if (phrase.size() > longest && phrase.size() < said.size()
                    && saidAt(said, atTheEnd ? said.size() - phrase.size() : 0, phrase)) {
                longest = phrase.size();
            }
        }
        return longest;
    }

    /** The words but those from {@code from} to {@code to} (exclusive), as one phrase. */
    static String allBut(List<String> said, int from, int to) {
        return String.join(" ", Stream.concat(said.subList(0, from).stream(), said.subList(to, said.size()).stream()).toList());
    }

    /** Whether the not at {@code at} tells what the caller cannot do or does not know: "can't", "no entiendo". */
    static boolean saysUnable(String[] said, int at, String language) {
        return PhraseMatcher.saysUnable(language, said[at], wordAfter(said, at, language));
    }

    /**
     * The word a not denies, before a pause: the next one, or the one after a pronoun ("sabía" in "no lo sabía", "pase" in
     * "no me pase") or an "if" ("puedo" in "no sé si puedo dejar un mensaje", which refuses no message); else empty.
     */
    private static String wordAfter(String[] said, int at, String language) {
        for (int next = at + 1; next < said.length && !PAUSE.matcher(said[next - 1]).find(); next++) {
            String word = said[next];
            boolean pronoun = word.length() <= 3 && PhraseMatcher.leavesOut(language, word)
                    && !PhraseMatcher.isFiller(language, word);
            boolean anIf = word.equalsIgnoreCase(IF) && next + 1 < said.length;
            if (!pronoun && !anIf) {
                return word;
            }
        }
        return "";
    }

    /** The words, padded with a space at each end, with each of these phrases said in them taken out. */
    static String without(String padded, List<String> phrases) {
        String rest = padded;
        for (String phrase : phrases) {
            rest = rest.replace(" " + phrase + " ", " ");
        }
        return rest;
    }

    /** Whether the words, padded with a space at each end, say one of these phrases. */
    static boolean saysAny(String padded, List<String> phrases) {
        return phrases.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }
}
