package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static clinic.ivr.flow.WordsSaid.ANY_WORD;
import static clinic.ivr.flow.WordsSaid.allBut;
import static clinic.ivr.flow.WordsSaid.asSaid;
import static clinic.ivr.flow.WordsSaid.endsWithOne;
import static clinic.ivr.flow.WordsSaid.longestAt;
import static clinic.ivr.flow.WordsSaid.longestAtAnEdge;
import static clinic.ivr.flow.WordsSaid.saidAt;
import static clinic.ivr.flow.WordsSaid.saysOne;
import static clinic.ivr.flow.WordsSaid.saysOnly;
import static clinic.ivr.flow.WordsSaid.timesSaid;

/**
 * What one language's callers say alone, word by word as said, never matched against the examples: thank-yous,
 * okays, going back, words for no, not having caught it, leaving, calling again, putting an answer off, asking the
 * line to wait. A thank-you counts only with nothing but filler around it ("oh, okay, thank you so much"), so that
 * "thanks, what are your hours" is the hours; an okay likewise ("okay then", "uh huh", "ya veo"), whatever its words
 * sound like elsewhere; going back ("atrás, por favor") with little words and a no alone.
 */
final class SaidAlone {

    /** What callers say that is never matched against the examples, only recognized said alone. */
    static final Set<Heard.Kind> KINDS = EnumSet.of(Heard.Kind.THANKS, Heard.Kind.GO_BACK, Heard.Kind.ACKNOWLEDGED);
    /** The most words after a "for" a thank-you is for: "thank you for all your help". */
    static final int THANKED_FOR_WORDS = 3;
    /** The fewest words of an aside that, said as written inside more, is surely said to the room: "I'm on the phone". */
    static final int ASIDE_WORDS_AT_LEAST = 3;
    /** The most words after what the caller is busy doing: "I'm getting on the bus" ("on the bus" is where). */
    static final int BUSY_WORDS_AFTER = 4;

    private final String language;
    private final Vocabulary words;
    private final SaidPhrases thanks;
    private final SaidPhrases okays;
    private final SaidPhrases back;
    private final SaidPhrases backOrUnheard;
    private final SaidPhrases noes;
    /** What starts an answer after a no about something else: "but", "pero". */
    private final SaidPhrases contrasts;
    private final SaidPhrases unheard;
    private final SaidPhrases unheardWrittenOut;
    private final SaidPhrases askedBack;
    /** The words of {@code polite-LANG.txt} as written, accents and all, each a whole word or words. */
    private final Pattern polite;
    private final SaidPhrases whatIsIt;
    /** The words that ask what, who or whether ("what", "who", "is"), and those that name the desk or a person there. */
    private final Set<String> asking;
    private final Set<String> theDesk;
    /** The words that make the next one a part of the body: "my" of "my back". */
    private final Set<String> owners;
    private final SaidPhrases leaving;
    /** A going back with a no: "no, go back". */
    private final SaidPhrases backOrNo;
    /** The words that name a list's choices, not the main menu by themselves: "topics", "opciones", not "menu". */
    private final Predicate<String> namesAList;
    private final SaidPhrases again;
    /** Those that ask for it again in so many words: not "hello", "sorry", which ask nothing said beside more. */
    private final SaidPhrases againInSoManyWords;
    /** Asking for it again in words that would read as going back: "volver a decir", "go back over that". */
    private final SaidPhrases againNotBack;
    private final SaidPhrases waits;
    /** Every word of the waits: "hold", "please". */
    private final Set<String> waitWords;
    /** The words that say what a thank-you is for: "for". */
    private final Set<String> thankedFor;
    private final SaidPhrases thanksAndOkays;
    /** "I'll call back". */
    private final SaidPhrases callingAgain;
    /** What a farewell or calling again may be said beside: thanks, okays, the words a farewell carries ("bye now"), no. */
    private final SaidPhrases besideLeaving;
    /** The words of when: "later", "Monday", "enero". */
    private final Set<String> later;
    private final SaidPhrases puttingOff;
    private final SaidPhrases besidePuttingOff;
    private final Set<String> hedged;
    /** What asks for more after a thank-you: "and", "one more thing". */
    private final SaidPhrases more;
    /** What closes what was asked rather than the call: "that's all". */
    private final SaidPhrases closings;
    /** What asks about a message rather than to leave one: "will somebody", "para quién". */
    private final SaidPhrases aboutTheMessage;
    /** What the caller is busy doing: "I'm driving", "voy manejando". */
    private final SaidPhrases busy;
    /** What names a part of an answer by what it said: "the part about", "lo de". */
    private final SaidPhrases aPart;
    /** What is said to someone in the room: "I'm on the phone", "be quiet". */
    private final SaidPhrases asides;
    /** What asks for a time at the clinic: "appointment", "cita". */
    private final Set<String> booking;
    /** The days of the week in the language: "monday", "sabado". */
    private final Set<String> days;

    SaidAlone(String language, Vocabulary words) {
        this.language = language;
        this.words = words;
        // a word for yes or no that is an example of a command or a place too is that: "adelante" is the next part
        Set<List<String>> commands = words.examples().entrySet().stream().filter(e -> !KINDS.contains(e.getKey().kind()))
                .flatMap(e -> e.getValue().stream()).map(phrase -> PhraseMatcher.wordsAsSaid(language, phrase))
                .collect(Collectors.toSet());
        thanks = asSaid(language, words.examplesOf(Heard.Kind.THANKS));
        // its words for yes and signs of having heard
        okays = asSaid(language, Stream.concat(words.yes().stream(), words.examplesOf(Heard.Kind.ACKNOWLEDGED).stream())
                .toList()).without(commands::contains);
        // farewells of leaving-LANG.txt and of [words.goodbye], which the phrases said alone may string together
        leaving = asSaid(language, PhraseMatcher.leaving(language)).and(asSaid(language,
                words.examplesOf(Heard.Kind.GOODBYE)));
        back = asSaid(language, words.examplesOf(Heard.Kind.GO_BACK));
        noes = asSaid(language, words.no()).without(commands::contains);
        contrasts = asSaid(language, PhraseMatcher.contrasts(language));
        unheard = asSaid(language, PhraseMatcher.unheard(language));
        // of two words or more, not "* the what" nor "what was *", whose any word is one of those beside them, nor a word
        // asked back ("a what", "you said what"), which asks about the words beside it
        unheardWrittenOut = unheard.without(phrase -> phrase.size() < 2 || phrase.get(0).equals(ANY_WORD)
                || phrase.get(phrase.size() - 1).equals(ANY_WORD)
                || unheard.all().contains(phrase.subList(phrase.size() - 1, phrase.size())));
        // those that ask back, with a word that does so alone first: "what did you say", "qué me dijo"
        askedBack = unheardWrittenOut.without(phrase -> !unheard.all().contains(phrase.subList(0, 1)));
        polite = Pattern.compile(PhraseMatcher.polite(language).stream().map(Pattern::quote)
                .collect(Collectors.joining("|", "(?iu)(?<!\\p{L})(?:", ")(?!\\p{L})")));
        whatIsIt = asSaid(language, PhraseMatcher.whatIsIt(language));
        asking = everyWord(asSaid(language, PhraseMatcher.asking(language)));
        theDesk = everyWord(asSaid(language, PhraseMatcher.theDesk(language)));
        owners = everyWord(asSaid(language, PhraseMatcher.owners(language)));
        backOrNo = back.and(noes);
        Set<String> theMainMenu = words.examplesOf(Heard.Kind.MAIN_MENU).stream()
                .map(phrase -> PhraseMatcher.wordsOf(language, phrase)).filter(stems -> stems.size() == 1)
                .map(stems -> stems.get(0)).collect(Collectors.toUnmodifiableSet());
        namesAList = w -> PhraseMatcher.namesTheOptions(language, w)
                && PhraseMatcher.wordsOf(language, w).stream().noneMatch(theMainMenu::contains);
        backOrUnheard = back.and(unheard);
        again = asSaid(language, words.examplesOf(Heard.Kind.REPEAT));
        againNotBack = asSaid(language, PhraseMatcher.again(language));
        againInSoManyWords = again.without(phrase -> phrase.stream().allMatch(w -> PhraseMatcher.isFiller(language, w)));
        waits = asSaid(language, words.examplesOf(Heard.Kind.WAIT));
        waitWords = everyWord(waits);
        thankedFor = everyWord(asSaid(language, PhraseMatcher.thankedFor(language)));
        thanksAndOkays = thanks.and(okays);
        callingAgain = asSaid(language, PhraseMatcher.callingAgain(language));
        besideLeaving = leaving.and(callingAgain, thanks, okays, asSaid(language, PhraseMatcher.parting(language)), noes);
        later = everyWord(asSaid(language, PhraseMatcher.later(language)));
        puttingOff = asSaid(language, PhraseMatcher.puttingOff(language));
        besidePuttingOff = puttingOff.and(thanks, noes);
        hedged = everyWord(puttingOff);
        more = asSaid(language, PhraseMatcher.more(language));
        closings = asSaid(language, PhraseMatcher.closing(language));
        aboutTheMessage = asSaid(language, PhraseMatcher.aboutTheMessage(language));
        busy = asSaid(language, PhraseMatcher.busy(language));
        aPart = asSaid(language, PhraseMatcher.aPart(language));
        asides = asSaid(language, PhraseMatcher.asides(language));
        booking = everyWord(asSaid(language, PhraseMatcher.booking(language)));
        days = everyWord(asSaid(language, Stream.of(DayOfWeek.values())
                .map(day -> day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language))).toList()));
    }

    /** Every word of the phrases, each as said, in one set: "for" of "for all". */
    private static Set<String> everyWord(SaidPhrases phrases) {
        return phrases.all().stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the words ask for a time on a day of the week: a word of booking and a day ("can I book for Monday?",
     * "tienen cita para el sábado"), which only the front desk can give.
     */
    boolean booksADay(List<String> said) {
        return said.stream().anyMatch(booking::contains) && said.stream().anyMatch(days::contains);
    }

    /**
     * The words after the first phrase that names a part of an answer by what it said ("what was that about", "lo
     * de"), when more follow: "holding the stretch" in "what was that about holding the stretch", "cuánto dura" in
     * "repita lo de cuánto dura"; else none.
     */
    List<String> aboutAPart(List<String> said) {
        for (int at = 0; at < said.size(); at++) {
            for (List<String> part : aPart.from(said.get(at))) {
                if (at + part.size() < said.size() && saidAt(said, at, part)) {
                    return said.subList(at + part.size(), said.size());
                }
            }
        }
        return List.of();
    }

    /**
     * The words without the first aside of {@link #ASIDE_WORDS_AT_LEAST} words or more said in them as written, when
     * more is said: "sweetie with the back doctor" of "sweetie I'm on the phone with the back doctor"; else none.
     * Shorter ones are words of requests too: "stop that" in "can it stop that from happening".
     */
    Optional<String> withoutAnAside(List<String> said) {
        for (int at = 0; at < said.size(); at++) {
            for (List<String> aside : asides.from(said.get(at))) {
                if (aside.size() >= ASIDE_WORDS_AT_LEAST && aside.size() < said.size() && saidAt(said, at, aside)) {
                    return Optional.of(allBut(said, at, at + aside.size()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the words ask about a message rather than to leave one: "a message to who?", "¿me van a llamar?". */
    boolean asksAboutTheMessage(List<String> said) {
        return saysOne(said, aboutTheMessage);
    }

    /** Whether the caller takes leave ({@link #leaves}) in words that close the call, not a question: "bye", not "that's all". */
    boolean saysGoodbye(List<String> said) {
        return leaves(said) && !saysOne(said, closings);
    }

    /** Whether the caller says a word for no with nothing but what {@code besides} passes over: "no, gracias". */
    boolean saysOnlyNo(List<String> said, Predicate<String> besides) {
        return saysOnly(said, noes, besides, words);
    }

    /**
     * Whether the caller did not catch it, said once and alone, or after asking the line to wait ("wait, what?"), or
     * with a going back and little words: "can you go back, I missed that" asks for it again, not for the menu.
     */
    boolean didNotCatch(List<String> said) {
        return timesSaid(afterAWait(said), unheard, w -> PhraseMatcher.isFiller(language, w), words) == 1
                || saysOne(said, back) && saysOne(said, unheard)
                && timesSaid(said, backOrUnheard, w -> PhraseMatcher.leavesOut(language, w), words) == 2;
    }

    /**
     * Whether the caller asks what it is, naming nothing, once and with little words alone, and last but for filler:
     * "but what is it exactly?"; "qué es la..." was cut off before what it asks about.
     */
    boolean asksWhatItIs(List<String> said) {
        return endsWithOne(withoutFillerLast(said), whatIsIt)
                && timesSaid(said, whatIsIt, w -> PhraseMatcher.leavesOut(language, w), words) == 1;
    }

    /**
     * Whether the caller, asked whether to be put through to the front desk, asks what that is or what the question
     * means: words that ask, or a question ({@code asked}), about the desk, a person there or what the line said, with
     * little words alone: "um, what's the front desk?", "who would I be talking to?", "what do you mean?", "¿eso qué
     * es?", "¿una persona?"; not "what?" alone (not caught), nor "what's the front desk's number".
     */
    boolean asksWhatTheDeskIs(List<String> said, boolean asked) {
        int asks = 0;
        int names = 0;
        for (String word : said) {
            if (asking.contains(word)) {
                asks++;
            } else if (theDesk.contains(word)) {
                names++;
            } else if (!PhraseMatcher.leavesOut(language, word)) {
                return false;
            }
        }
        return (asks > 0 || asked) && (names > 0 || asks > 1);
    }

    /**
     * Whether the caller tells something first, then asks what it is, last but for filler: "my doctor mentioned
     * traction, um, what is that exactly?", "el médico me dijo que probara la tracción pero no sé qué es eso".
     */
    boolean endsAskingWhatItIs(List<String> said) {
        return longestAtAnEdge(whatIsIt, withoutFillerLast(said), true) > 0;
    }

    /** The words without the filler they end with: "what is it" of "what is it, um". */
    private List<String> withoutFillerLast(List<String> said) {
        int end = said.size();
        while (end > 0 && PhraseMatcher.isFiller(language, said.get(end - 1))) {
            end--;
        }
        return said.subList(0, end);
    }

    /** Whether the words hold a thank-you or an okay anywhere, among whatever else: "qué bien, tenía miedo de que doliera". */
    boolean saysAnOkay(List<String> said) {
        return saysOne(said, thanksAndOkays);
    }

    /** Whether the words begin with asking the line to wait, and say more: "hold on, someone's at the door". */
    boolean opensWithAWait(List<String> said) {
        return longestAtAnEdge(waits, said, false) > 0;
    }

    /**
     * Whether the caller asks the line to wait, then says what they are busy doing with at most
     * {@link #BUSY_WORDS_AFTER} words more: "hang on, I'm getting on the bus", "espéreme, voy manejando".
     */
    boolean waitsWhileBusy(List<String> said) {
        List<String> rest = said;
        for (int wait; (wait = longestAtAnEdge(waits, rest, false)) > 0; ) {
            rest = rest.subList(wait, rest.size()); // "hang on, a sec"
        }
        if (rest.size() == said.size()) {
            return false;
        }
        for (List<String> doing : busy.all()) {
            if (doing.size() <= rest.size() && rest.size() - doing.size() <= BUSY_WORDS_AFTER && saidAt(rest, 0, doing)) {
                return true;
            }
        }
        return false;
    }

    /** How many words of the part again the words end with ("what are your hours again?"), not all; 0 for none. */
    int againAtTheEnd(List<String> said) {
        return longestAtAnEdge(again, said, true);
    }

    /** How many words of not having caught it the words end with ("... again, I didn't catch it"), not all; 0 for none. */
    int unheardAtTheEnd(List<String> said) {
        return longestAtAnEdge(unheard, said, true);
    }

    /** Whether the words ask for it again in so many words, among whatever else: "could you repeat that, it's noisy". */
    boolean asksAgain(List<String> said) {
        return saysOne(said, againInSoManyWords);
    }

    /**
     * The words after the first that say the caller did not catch it, written out, and after how or why said around
     * them: none of "es que paso el colectivo y no escuche nada" or "no le oi bien porque paso un tren"; all of them when
     * none do. A "no" itself, or a but, starts words of their own again: "i didnt catch that but no thanks" keeps "but
     * no thanks", "no le oi no gracias" "no gracias". Not a word that is a no elsewhere: "nada" and "paso" say how and
     * why ("no le oi nada", "porque paso un tren").
     */
    List<String> withoutWordsNotCaught(List<String> said) {
        for (int at = 0; at < said.size(); at++) {
            int length = longestAt(unheardWrittenOut, said, at);
            if (length > 0) {
                int after = at + length;
                while (after < said.size() && !said.get(after).equals("no") && longestAt(contrasts, said, after) == 0) {
                    after++;
                }
                return said.subList(after, said.size());
            }
        }
        return said;
    }

    /** The words as written without a please ("can you repeat that" of "can you repeat that, please"). */
    String withoutAPlease(String speech) {
        return polite.matcher(speech).replaceAll(" ").strip();
    }

    /**
     * Whether the caller did not catch it, in so many words ("sorry, I missed that"), said alone as {@link #didNotCatch}:
     * not "what" alone, which is also "qué bueno", "¿sabe qué?".
     */
    boolean didNotCatchInSoManyWords(List<String> said) {
        return saysOne(said, unheardWrittenOut) && didNotCatch(said);
    }

    /**
     * How many words of a question asked back, written out, the words begin with ("what did you say ...", "qué me dijo
     * ..."), not all; 0 for none.
     */
    int askedBackFirst(List<String> said) {
        return longestAtAnEdge(askedBack, said, false);
    }

    /** How many words of not having caught it, written out, the words end with ("... what did you say"), not all; 0 for none. */
    int unheardWrittenOutLast(List<String> said) {
        return longestAtAnEdge(unheardWrittenOut, said, true);
    }

    /** Whether the words open asking for more: "and how do I keep the pain away". */
    boolean asksMore(List<String> said) {
        return longestAtAnEdge(more, said, false) > 0;
    }

    /**
     * How many words asking the line to wait take when said first, once or more, with words after them that the waits
     * never carry: 2 of "hold on um yeah sure"; 0 of "one moment please", whose "please" is a wait's own ("hold on
     * please").
     */
    int waitFirst(List<String> said) {
        int wait = 0;
        for (int more; (more = longestAtAnEdge(waits, said.subList(wait, said.size()), false)) > 0; ) {
            wait += more; // "hang on, hang on"
        }
        return said.subList(wait, said.size()).stream().allMatch(waitWords::contains) ? 0 : wait;
    }

    /**
     * How many words a thank-you said first takes, filler before it included, when more words follow that ask no more
     * anywhere: 4 of "oh thank you so much that's very informative"; 0 when the words do not open with thanks, or ask
     * more ("okay thank you, I also need to move my appointment").
     */
    int thanksFirst(List<String> said) {
        if (saysOne(said, more)) {
            return 0;
        }
        for (int start = 0; start < said.size(); start++) {
            int thanked = longestAtAnEdge(thanks, said.subList(start, said.size()), false);
            if (thanked > 0) {
                return start + thanked;
            }
            if (!PhraseMatcher.isFiller(language, said.get(start))) {
                return 0; // filler is a thank-you's own too: "thanks" may be one
            }
        }
        return 0;
    }

    /**
     * Whether the words ask for it again, with little words alone, in words that would read as going back: "¿me lo puede
     * volver a decir?", "can you go back over that".
     */
    boolean asksAgainNotBack(List<String> said) {
        return saysOnly(said, againNotBack, w -> PhraseMatcher.leavesOut(language, w), words);
    }

    /**
     * Whether the caller says a going back with nothing but little words, words for no and the list named ("take me
     * back to the topics", "volver a las opciones"): "no, atrás"; not one that is a part of the body ("it's my back",
     * "my lower back"), which a back pain clinic hears of most. "Back to the menu" is the main menu's.
     */
    boolean goesBack(List<String> said) {
        return saysOne(said, back) && saysOnly(said, backOrNo,
                w -> PhraseMatcher.leavesOut(language, w) || namesAList.test(w), words) && !ownsABack(said);
    }

    /**
     * Whether the words end in a going back to the list named ({@link #goesBack}: "regrese a las opciones", "take me back
     * to the topics") after what the caller did not want, a no or a not with a word of substance after it: "eso no me
     * interesa, regrese a las opciones", "no, eso no era lo que buscaba, llévame de vuelta a los temas". The list named,
     * since a "back" said last is mostly a pain's or a call's ("so it doesn't come back", "I'll call you back"); not a
     * back owned ("no, my back").
     */
    boolean goesBackAfterANo(List<String> said) {
        // no going back in all the words is none in their end: most words are looked at once
        if (!saysAGoingBack(said) || ownsABack(said)) {
            return false;
        }
        for (int at = 2; at < said.size(); at++) {
            List<String> back = said.subList(at, said.size());
            if (goesBack(back) && back.stream().anyMatch(namesAList)) {
                return notWantedBefore(said.subList(0, at));
            }
        }
        return false;
    }

    /** Whether the words hold a no or a not with a word of substance after it: "eso no me interesa". */
    private boolean notWantedBefore(List<String> said) {
        for (int at = said.size() - 1; at >= 0; at--) {
            if (saysOne(said.subList(at, said.size()), noes) || PhraseMatcher.negates(language, said.get(at), true)) {
                return said.subList(at + 1, said.size()).stream().anyMatch(w -> !PhraseMatcher.leavesOut(language, w));
            }
        }
        return false;
    }

    /** Whether the words hold a going back anywhere, among whatever else: "go back and say that part again". */
    boolean saysAGoingBack(List<String> said) {
        return saysOne(said, back);
    }

    /** The words without each one-word going back that a word owns ("my back", "lower back"); empty if there is none. */
    Optional<String> withoutAnOwnedBack(List<String> said) {
        List<String> kept = new ArrayList<>();
        for (int at = 0; at < said.size(); at++) {
            if (!(at > 0 && owners.contains(said.get(at - 1)) && back.all().contains(List.of(said.get(at))))) {
                kept.add(said.get(at));
            }
        }
        return kept.size() < said.size() ? Optional.of(String.join(" ", kept)) : Optional.empty();
    }

    /** Whether a one-word going back follows a word that owns it: "my back", "lower back". */
    private boolean ownsABack(List<String> said) {
        return withoutAnOwnedBack(said).isPresent();
    }

    /**
     * Whether the caller says farewells with nothing but thanks, okays, a no and filler: "thanks, bye, have a good
     * weekend", "no, nothing else, thanks"; or that they will call again, with when besides.
     */
    boolean leaves(List<String> said) {
        Predicate<String> filler = w -> PhraseMatcher.isFiller(language, w);
        // "no dear, that's all right" is no "that's all": an okay that begins with a farewell is the okay
        return saysOne(said, leaving, okays) && saysOnly(said, besideLeaving, filler, words)
                // "I'll call back on Monday morning", "no, forget it, lo llamo el lunes": calling again, with when and a
                // no at most; "see you Thursday" may be an appointment to ask about
                || saysOne(said, callingAgain)
                && saysOnly(said, besideLeaving, filler.or(later::contains), words);
    }

    /**
     * Whether the caller puts the answer off to a time, with nothing but thanks and a no besides: "maybe later", "tal vez
     * mañana, gracias" are a no, as "not now" is ("quizás más tarde" at the offer recorded a message: "más tarde" is
     * when the desk should call back). "Maybe" alone, or with a choice or a yes ("a lo mejor sí", whose "mejor" says
     * no when), is no answer.
     */
    boolean putsOff(List<String> said) {
        Predicate<String> filler = w -> PhraseMatcher.isFiller(language, w);
        return saysOne(said, puttingOff)
                && said.stream().anyMatch(w -> later.contains(w) && !filler.test(w) && !hedged.contains(w))
                && saysOnly(said, besidePuttingOff, filler.or(later::contains), words);
    }

    /** A thank-you, or else an okay, when that and what {@code besides} passes over are all the caller said. */
    Optional<Heard> thanksOrOkay(List<String> said, Predicate<String> besides) {
        List<String> thanked = withoutWhatItIsFor(said);
        // "oh great, thank you so much": an okay before the thanks is of them; "thank you, that's what I wanted to hear"
        // ends as an okay
        if (endsThanking(thanked, thanks, besides) && saysOnly(thanked, thanksAndOkays, besides, words)) {
            return Optional.of(Heard.of(Heard.Kind.THANKS));
        }
        if (saysOnly(said, okays, besides, words)) {
            return Optional.of(Heard.of(Heard.Kind.ACKNOWLEDGED));
        }
        return Optional.empty();
    }

    /**
     * The words but the few at their end that say what a thank-you before them is for: "thank you so much for
     * explaining" is "thank you so much", "mil gracias por su tiempo" "mil gracias".
     */
    private List<String> withoutWhatItIsFor(List<String> said) {
        for (int at = Math.max(1, said.size() - 1 - THANKED_FOR_WORDS); at < said.size() - 1; at++) {
            if (thankedFor.contains(said.get(at)) && endsWithOne(said.subList(0, at), thanks)) {
                return said.subList(0, at);
            }
        }
        return said;
    }

    /** Whether the words end with a thank-you, but for what {@code besides} passes over after it ("thanks, dear"). */
    private static boolean endsThanking(List<String> said, SaidPhrases thanks, Predicate<String> besides) {
        for (int end = said.size(); end > 0; end--) {
            if (endsWithOne(said.subList(0, end), thanks)) {
                return true;
            }
            if (!besides.test(said.get(end - 1))) {
                return false;
            }
        }
        return false;
    }

    /** The words after the longest way of asking the line to wait they begin with ("hold on, what?"); else all of them. */
    private List<String> afterAWait(List<String> said) {
        return said.subList(longestAtAnEdge(waits, said, false), said.size());
    }
}
