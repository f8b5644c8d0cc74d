package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static clinic.ivr.flow.WordsSaid.PAUSE;

/**
 * What words said in one language mean by its example phrases: the places its matcher ranks them at, read as a
 * caller means them. A clear best match is taken; in a caller's long story, a best match well clear of the next. A
 * weaker one, or two choices that score alike, is only a {@link Heard.Kind#MAYBE}; a command, which cannot be asked
 * about, is then not understood. A farewell counts only in its very words. A request said after an aside, a
 * farewell or a no, before a moment asked for, or a command beside its reason, is the request. A number is a key
 * only when it is all the caller said.
 */
final class PhraseReading {

    /** A best match this good, clear of the next one, is what the caller meant. */
    static final double SURE = 0.65;
    /** The next destination must trail the best by this much for the line not to ask. */
    static final double CLEAR_LEAD = 0.1;
    /**
     * And the caller said most of one of its examples in its very words, not only in sound-alikes:
     * "the dog won't stop barking" sounds like parking, but the line asks before giving directions;
     * and more than one word of it, unless it is one word: "I'm in the car" asks too.
     */
    static final double WORD_FOR_WORD = 0.7;
    /** A command cannot be asked about; half of one of its examples in its very words will do. */
    static final double WORD_FOR_WORD_COMMAND = 0.5;
    /** Below this, a best match is not even worth asking about. */
    static final double WORTH_ASKING = 0.35;
    /**
     * In a phrase of at most this many words of substance, a word no example has, nor is guessed for by the
     * best place, may be what the caller is about: "is it going to rain this weekend" asks before the hours.
     * In a longer one, such words are mostly the caller's story. The front desk, which answers nothing by
     * itself, is not held back so.
     */
    static final int FEW_WORDS = 3;
    /**
     * From this many words of substance, a phrase is a caller's story with the question in it, and scores
     * lower for all it says besides: a place it names word for word still goes straight there when it scores
     * {@link #SURE_IN_A_STORY}, leads the next by {@link #CLEAR_LEAD_IN_A_STORY} and explains
     * {@link #EXPLAINED_IN_A_STORY} of the story. Not a command, nor what only the desk can answer.
     */
    static final int A_STORY = 6;
    static final double SURE_IN_A_STORY = 0.5;
    static final double CLEAR_LEAD_IN_A_STORY = 0.2;
    static final double EXPLAINED_IN_A_STORY = 0.4;
    /**
     * A farewell hangs up, which cannot be undone: it counts only said in its very words, not in sound-alikes
     * ("ay Dios mío" is no adiós), and with one of its examples said as written, little words and all ("what
     * now" is no "that's all for now", "¿y luego?" no "hasta luego").
     */
    static final double FAREWELL_WORD_FOR_WORD = 0.9;
    /** The most words of a farewell said at the end of a phrase: "..., thank you so much, goodbye". */
    static final int FAREWELL_WORDS = 5;
    /**
     * The most words of an aside said before a request ("sorry, hang on one second, ..."), or of a moment or a reason
     * beside one ("..., I can't write anything down right now").
     */
    static final int ASIDE_WORDS = 7;
    /**
     * The fewest words of substance of a command said amid reasons ({@link #commandAmidReasons}): "me pusieron en un
     * menú" tells where the caller was, "would you send me to the main menu" asks for it.
     */
    static final int WORDS_OF_A_COMMAND_AMID_REASONS = 3;
    /** At most this many words beside a key said echo an option's name ("cinco, el horario de la clínica"). */
    private static final int ECHOED_WORDS = 5;
    /** What a caller may ask first and then say why: see {@link #commandFirst}. */
    private static final Set<Heard.Kind> COMMANDS = EnumSet.of(Heard.Kind.SLOWER, Heard.Kind.NORMAL_PACE,
            Heard.Kind.TEXT, Heard.Kind.NEXT);
    /**
     * What may follow such a command as its reason, or go before one asked last: nothing sure, a moment asked for (a
     * pen to write with, which the text makes needless: "text me that, I've got nothing to write with"), or that the
     * caller hears badly or got lost, which sounds like the part again or slower ("mándemelo por mensaje de texto que
     * no oigo casi nada").
     */
    private static final Set<Heard.Kind> REASONS = EnumSet.of(Heard.Kind.UNCLEAR, Heard.Kind.MAYBE, Heard.Kind.WAIT,
            Heard.Kind.REPEAT, Heard.Kind.SLOWER);
    /**
     * What may follow the part again asked first as its reason: nothing sure, a moment, the part again or slower ("I
     * can't hear you"); not a doubt, as "again, my back hurts" may ask about a topic.
     */
    private static final Set<Heard.Kind> WHY_AGAIN = EnumSet.of(Heard.Kind.UNCLEAR, Heard.Kind.WAIT, Heard.Kind.REPEAT,
            Heard.Kind.SLOWER);
    /** What a caller may ask last, after saying why: see {@link #commandLast}. */
    private static final Set<Heard.Kind> COMMANDS_LAST = EnumSet.of(Heard.Kind.MAIN_MENU, Heard.Kind.REPEAT,
            Heard.Kind.SLOWER, Heard.Kind.NORMAL_PACE, Heard.Kind.TEXT, Heard.Kind.LANGUAGE);
    /** What a no said first and then a pause may go before: see {@link #afterANo}. */
    private static final Set<Heard.Kind> AFTER_A_NO = EnumSet.of(Heard.Kind.MAIN_MENU, Heard.Kind.GO_BACK,
            Heard.Kind.REPEAT, Heard.Kind.NEXT, Heard.Kind.SLOWER, Heard.Kind.NORMAL_PACE, Heard.Kind.FRONT_DESK,
            Heard.Kind.TEXT);
    /** What words taken back and what the caller settled on must each be: something to do, asked for surely. */
    static final Set<Heard.Kind> SETTLES = Set.of(Heard.Kind.KEY, Heard.Kind.GO, Heard.Kind.FRONT_DESK,
            Heard.Kind.ASK_THE_DESK, Heard.Kind.DIRECTIONS, Heard.Kind.REPEAT, Heard.Kind.MAIN_MENU, Heard.Kind.GO_BACK,
            Heard.Kind.NEXT, Heard.Kind.SLOWER, Heard.Kind.NORMAL_PACE, Heard.Kind.LANGUAGE, Heard.Kind.TEXT,
            Heard.Kind.MESSAGE);

    /** Where a part of what a caller said ends, its pause kept with it: "..., could you go a touch slower, ...". */
    private static final Pattern AFTER_A_PAUSE = Pattern.compile("(?<=[,.;:!?\u2026])\\s+");

    private final String language;
    private final Vocabulary words;
    private final PhraseMatcher matcher;
    /** What each of the matcher's places means. */
    private final Map<String, Heard> destinations;
    /** The language's farewells as written and those said alone but for wishes, normalized, the longest first. */
    private final List<String> farewells;
    /** The words for yes or no said as one word, which may open a key said: "dale, la cuarta", "no, the second one". */
    private final Set<String> yesOrNo;
    /** What owns a wrong key or choice, word by word as said: "wrong button", "me equivoqué". */
    private final SaidPhrases mistakes;
    /** What the caller is busy doing, word by word as said: "I'm on the bus", "voy manejando". */
    private final SaidPhrases busy;
    /** Why a caller wants a person, word by word as said: "I can't hear", "no quiero hablar con una máquina". */
    private final SaidPhrases whyAPerson;
    /** Not having caught it, and okays, word by word as said: "what", "qué", "uh huh". */
    private final SaidPhrases whatOrOkay;

    PhraseReading(String language, Vocabulary words, PhraseMatcher matcher, Map<String, Heard> destinations,
            List<String> farewells) {
        this.language = language;
        this.words = words;
        this.matcher = matcher;
        this.destinations = destinations;
        this.farewells = farewells;
        this.yesOrNo = Stream.concat(words.yes().stream(), words.no().stream()).map(Vocabulary::normalize)
                .filter(w -> !w.isEmpty() && !w.contains(" ")).collect(Collectors.toUnmodifiableSet());
        this.mistakes = WordsSaid.asSaid(language, PhraseMatcher.mistakes(language));
        this.busy = WordsSaid.asSaid(language, PhraseMatcher.busy(language));
        this.whyAPerson = WordsSaid.asSaid(language, PhraseMatcher.whyAPerson(language));
        this.whatOrOkay = WordsSaid.asSaid(language, Stream.of(PhraseMatcher.unheard(language), words.yes(),
                words.examplesOf(Heard.Kind.ACKNOWLEDGED)).flatMap(List::stream).toList());
    }

    /** Whether the words say one of the farewells, as written: "okay, that's all for now, thanks". */
    boolean saysAFarewell(String speech) {
        return saysAsWritten(speech, Heard.Kind.GOODBYE);
    }

    /** Whether the words say one of the examples of this kind of request, as written, word by word. */
    boolean saysAsWritten(String speech, Heard.Kind kind) {
        return destinations.entrySet().stream().filter(m -> m.getValue().kind() == kind)
                .anyMatch(m -> matcher.saysAsWritten(speech, m.getKey()));
    }

    /**
     * What words said in the caller's language mean, from the example phrases of that language.
     *
     * @param normal the speech as {@link Vocabulary#normalize} gives it
     */
    Heard meaning(String speech, String normal) {
        Optional<Heard> number = number(normal);
        // "have a good one" is a farewell as written, no key 1
        if (number.isPresent() && !saysAFarewell(speech)) {
            return number.get();
        }
        List<PhraseMatcher.Match> ranked = ranked(speech);
        if (closest(ranked).anyMatch(m -> aside(m))) {
            Optional<Heard> request = afterAnOpening(speech,
                    (opening, first) -> aside(first), asked -> !aside(asked));
            if (request.isPresent()) {
                return request.get();
            }
        }
        Heard heard = decided(ranked);
        boolean unsure = heard.kind() == Heard.Kind.UNCLEAR || heard.kind() == Heard.Kind.MAYBE;
        if (unsure || heard.kind() == Heard.Kind.MAIN_MENU) {
            Optional<Heard> request = afterAMistake(speech);
            if (request.isPresent()) {
                return request.get();
            }
        }
        // a farewell is said as written: a phrase with none in it has none to open or end it; looked for once
        boolean farewell = (unsure || heard.kind() == Heard.Kind.MESSAGE) && saysAFarewell(speech);
        if (heard.kind() == Heard.Kind.GOODBYE || unsure && farewell) {
            // "no, nada más quería saber el horario" ("no, I just wanted to know the hours"), "that's all, oh wait,
            // does it hurt?", "okay bye, hold on": a request said after the farewell's words is what the caller
            // wants, asking the line to wait too; never hang up on it
            Optional<Heard> request = afterAnOpening(speech,
                    (opening, first) -> destinations.containsKey(first.destination())
                            && destinations.get(first.destination()).kind() == Heard.Kind.GOODBYE
                            && matcher.saysAsWritten(opening, first.destination()),
                    first -> !first.destination().equals(PhraseMatcher.ASIDE));
            if (request.isPresent() && request.get().kind() != Heard.Kind.GOODBYE) {
                return request.get();
            }
        }
        // "text me that, I can't hear half of it" sounds like a part asked again: the text is asked first
        if ((unsure || heard.kind() == Heard.Kind.REPEAT) && !farewell) {
            Optional<Heard> first = commandFirst(speech)
                    .or(() -> unsure ? againBeforeWhy(speech) : Optional.empty())
                    .or(() -> unsure ? afterANo(speech) : Optional.empty())
                    .or(() -> commandLast(speech))
                    .or(() -> commandAmidReasons(speech));
            if (first.isPresent()) {
                return first.get();
            }
        }
        // "no le oigo nada, páseme con una persona", "no quiero hablar con una máquina, llevo media hora, comuníqueme con una
        // persona": a person asked for after why is the person, though the story sounds like a topic
        if (heard.kind() != Heard.Kind.FRONT_DESK && !farewell) {
            Optional<Heard> person = aPersonAfterWhy(speech);
            if (person.isPresent()) {
                return person.get();
            }
        }
        // a moment asked for is among the closest meanings of the whole: "voy a llegar como quince minutos tarde" is none
        if ((unsure || heard.kind() == Heard.Kind.WAIT) && !farewell
                && closest(ranked).anyMatch(m -> aMoment(m))) {
            Optional<Heard> request = beforeAMoment(speech);
            if (request.isPresent()) {
                return request.get();
            }
        }
        // "I'll call back tomorrow, bye" is no message to record: the caller is leaving; "alright, take care" is
        // no question about taking care of one's back
        return farewell ? farewellAtTheEnd(speech).or(() -> onlyAFarewell(speech))
                .orElse(heard) : heard;
    }

    /**
     * "Slower please, I'm trying to write down how long it lasts", "mándamelo por texto, que voy manejando", "move on, I
     * already know this": of words not surely understood as a whole, the first few, when they ask for a pace, the text
     * or the next part in more than one word of an example, and the rest asks nothing surely but a reason, are what the
     * caller asks; the rest says why. Not the part again, a person or the menu: greetings are the words of "what?"
     * ("hello?"), a story's "nobody answers" those of the desk, and "go back to the list" the menu's as much as the
     * list's.
     */
    private Optional<Heard> commandFirst(String speech) {
        return besideAReason(speech, COMMANDS, false);
    }

    /**
     * "I'm still a bit foggy from my fall, slower please", "me perdí en las opciones, lléveme al menú principal": of
     * words not surely understood as a whole (or heard as the part again), the last few after a pause, a command of the
     * line's surely in more than one word of an example, are what the caller asks when the words before them ask
     * nothing surely but a reason: they say why. The part again only asked ({@link #asksThePartAgain}: "hay mucho
     * ruido, ¿me lo repite?"). Not the desk nor the next part: "¿me puede ayudar esto?" and "le sigo escuchando" end in
     * their words.
     */
    private Optional<Heard> commandLast(String speech) {
        return besideAReason(speech, COMMANDS_LAST, true);
    }

    /**
     * "So sorry, my memory isn't what it was, could you go a touch slower, I'm an old lady": of words not surely
     * understood as a whole (or heard as the part again), a part between two pauses after the first, a command of the
     * line's surely in more than one word of an example, is what the caller asks when every other part asks nothing
     * surely but a reason: older callers say why before and after what they ask, and in more words than
     * {@link #commandLast} reads. The part again only asked: amid more, as a question.
     */
    private Optional<Heard> commandAmidReasons(String speech) {
        String[] parts = AFTER_A_PAUSE.split(speech.strip());
        for (int at = 1; at < parts.length; at++) {
            List<PhraseMatcher.Match> command = ranked(parts[at]);
            Heard asked = decided(command);
            String[] said = parts[at].strip().split("\\s+");
            boolean last = at == parts.length - 1;
            // "soy Margarita otra vez, ...": the part again amid more is asked, or said last; "..., not the very
            // beginning, ...": a command denied is none
            if (!COMMANDS_LAST.contains(asked.kind()) || !inVeryWords(command)
                    || command.get(0).wordsSaid() < WORDS_OF_A_COMMAND_AMID_REASONS
                    || denies(said)
                    || asked.kind() == Heard.Kind.REPEAT && !(last ? asksThePartAgain(said, 0) : parts[at].endsWith("?"))) {
                continue;
            }
            for (int other = 0; other < parts.length; other++) {
                if (other != at && !REASONS.contains(decided(ranked(parts[other])).kind())) {
                    return Optional.empty();
                }
            }
            return Optional.of(asked);
        }
        return Optional.empty();
    }

    /**
     * "No le oigo nada a esta grabación, páseme con una persona", "I can't hear this recording, let me talk to a real
     * person": the last words, at most {@link #ASIDE_WORDS}, more than two and not all, surely the front desk in more than
     * one word of an example, after words that say why the caller wants a person ({@code why-a-person-LANG.txt}: they
     * hear the line badly, cannot see the keys, are tired of the machine), with or without a pause between.
     */
    private Optional<Heard> aPersonAfterWhy(String speech) {
        // most callers say no such why: looked for before any part is ranked
        if (!WordsSaid.saysOne(PhraseMatcher.wordsAsSaid(language, speech), whyAPerson)) {
            return Optional.empty();
        }
        String[] said = speech.strip().split("\\s+");
        for (int k = 3; k < said.length && k <= ASIDE_WORDS; k++) {
            List<PhraseMatcher.Match> person = rankedPart(said, said.length - k, said.length);
            String why = String.join(" ", Arrays.copyOfRange(said, 0, said.length - k));
            if (decided(person).kind() == Heard.Kind.FRONT_DESK && inVeryWords(person) && person.get(0).wordsSaid() >= 2
                    && WordsSaid.saysOne(PhraseMatcher.wordsAsSaid(language, why), whyAPerson)) {
                return Optional.of(Heard.of(Heard.Kind.FRONT_DESK));
            }
        }
        return Optional.empty();
    }

    /** Whether the words deny something, not what the caller cannot do: "not the very beginning", not "I can't keep up". */
    private boolean denies(String[] said) {
        for (int at = 0; at < said.length; at++) {
            if (PhraseMatcher.negates(language, said[at], at + 1 < said.length)
                    && !WordsSaid.saysUnable(said, at, language)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A command at one edge of the words, at most {@link #ASIDE_WORDS} of them and not all, surely one of these in more
     * than one word of an example, when the rest asks nothing surely but a reason: first, from two words on; last,
     * after a pause.
     */
    private Optional<Heard> besideAReason(String speech, Set<Heard.Kind> commands, boolean atTheEnd) {
        String[] said = speech.strip().split("\\s+");
        for (int k = atTheEnd ? 1 : 2; k < said.length && k <= ASIDE_WORDS; k++) {
            int cut = atTheEnd ? said.length - k : k;
            if (atTheEnd && !PAUSE.matcher(said[cut - 1]).find()) {
                continue;
            }
            String words = String.join(" ", atTheEnd ? Arrays.copyOfRange(said, cut, said.length)
                    : Arrays.copyOfRange(said, 0, cut));
            List<PhraseMatcher.Match> command = ranked(words);
            Heard asked = decided(command);
            // the next part's words are everyday ones ("I need to move my appointment"): only one of its examples as
            // written ("skip this part", "move on") asks for it
            if (!commands.contains(asked.kind()) || !inVeryWords(command)
                    || asked.kind() == Heard.Kind.REPEAT && !asksThePartAgain(said, cut)
                    || asked.kind() == Heard.Kind.NEXT && !saysAsWritten(words, Heard.Kind.NEXT)) {
                continue;
            }
            Heard reason = decided(atTheEnd ? rankedPart(said, 0, cut)
                    : rankedPart(said, cut, said.length));
            return REASONS.contains(reason.kind()) ? Optional.of(asked) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "Otra vez, por favor, que la tele está muy alta", "can you please repeat the question? I'm on the bus": of words
     * not surely understood as a whole, the part again asked first, up to the first pause, read alone and in a word of
     * substance, is what the caller asks when the rest only says why ({@link #WHY_AGAIN}) or what the caller is busy
     * doing ({@code busy-LANG.txt}). Not a greeting or an apology alone ("hello,", "sorry,"), nor a "what?" or an okay
     * ("¿qué?", "uh huh,"), which open stories and replies.
     */
    private Optional<Heard> againBeforeWhy(String speech) {
        String[] said = speech.strip().split("\\s+");
        for (int k = 1; k < said.length && k <= ASIDE_WORDS; k++) {
            if (!PAUSE.matcher(said[k - 1]).find()) {
                continue;
            }
            String asked = String.join(" ", Arrays.copyOfRange(said, 0, k));
            List<String> first = PhraseMatcher.wordsAsSaid(language, asked);
            Predicate<String> little = w -> PhraseMatcher.leavesOut(language, w);
            if (meaning(asked, Vocabulary.normalize(asked)).kind() != Heard.Kind.REPEAT || first.stream().allMatch(little)
                    || WordsSaid.saysOnly(first, whatOrOkay, little, words)) {
                return Optional.empty();
            }
            String rest = String.join(" ", Arrays.copyOfRange(said, k, said.length));
            // "I'm on the bus" names the way there, "voy manejando" sounds like parking: what the caller is busy doing
            boolean busyDoing = WordsSaid.longestAt(busy, PhraseMatcher.wordsAsSaid(language, rest), 0) > 0;
            return busyDoing || WHY_AGAIN.contains(decided(ranked(rest)).kind()) ? Optional.of(Heard.of(Heard.Kind.REPEAT))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The part again asked for in the words from {@code from} on: as a question ("¿me lo repite?") or in an example's
     * words as written ("say that again"). Wishes and stories share its little words: "que esté bien", "es que soy muy
     * delicada".
     */
    private boolean asksThePartAgain(String[] said, int from) {
        return said[said.length - 1].endsWith("?") || saysAsWritten(String.join(" ",
                Arrays.copyOfRange(said, from, said.length)), Heard.Kind.REPEAT);
    }

    /**
     * "Can my wife hear it in Spanish? Hold on", "la dirección, déjeme buscar una pluma": a request followed by a moment
     * asked for (to hand the phone over, to write it down) is the request. The moment is the last words, at most
     * {@link #ASIDE_WORDS} and not all, after a pause, surely a moment by themselves; the words before them ask for
     * something surely. Both in more than one word of an example ("how many minutes" asks how long).
     */
    private Optional<Heard> beforeAMoment(String speech) {
        String[] said = speech.strip().split("\\s+");
        for (int k = 1; k < said.length && k <= ASIDE_WORDS; k++) {
            if (!PAUSE.matcher(said[said.length - k - 1]).find()) {
                continue; // "dónde dejé los anteojos" asks for no way there before its glasses
            }
            List<PhraseMatcher.Match> moment = rankedPart(said, said.length - k, said.length);
            if (!inVeryWords(moment) || decided(moment).kind() != Heard.Kind.WAIT) {
                continue;
            }
            List<PhraseMatcher.Match> asked = rankedPart(said, 0, said.length - k);
            Heard request = decided(asked);
            if (inVeryWords(asked) && SETTLES.contains(request.kind())) {
                return Optional.of(request);
            }
        }
        return Optional.empty();
    }

    /** Whether the best match is in the very words of an example, more than one of them. */
    private static boolean inVeryWords(List<PhraseMatcher.Match> ranked) {
        return !ranked.isEmpty() && ranked.get(0).wordForWord() >= WORD_FOR_WORD && !ranked.get(0).oneWordOf();
    }

    /**
     * "No, regrese al principio": a no said first (after an "uh", "uy" at most) and then a pause answers what the line
     * said, and the words after it, understood surely in more than one word of an example, are the request ("no
     * regrese" is a pain that should not come back). Only a command of the line's: "no, I only called about my dad's
     * hip" is no question about who it helps.
     */
    private Optional<Heard> afterANo(String speech) {
        String[] said = speech.strip().split("\\s+");
        int at = 0;
        while (at < said.length - 1 && PhraseMatcher.isFiller(language, Vocabulary.normalize(said[at]))) {
            at++; // "uy no, ..."
        }
        if (at >= said.length - 1 || !PAUSE.matcher(said[at]).find()
                || !words.no().contains(Vocabulary.normalize(said[at]))) {
            return Optional.empty();
        }
        List<PhraseMatcher.Match> asked = rankedPart(said, at + 1, said.length);
        Heard request = decided(asked);
        return inVeryWords(asked) && AFTER_A_NO.contains(request.kind()) ? Optional.of(request) : Optional.empty();
    }

    /** A farewell as written with nothing besides it that means anything: "take care", "okay then, talk to you soon". */
    private Optional<Heard> onlyAFarewell(String speech) {
        String rest = WordsSaid.without(" " + Vocabulary.normalize(speech) + " ", farewells);
        return PhraseMatcher.wordsOf(language, rest).isEmpty() ? Optional.of(Heard.of(Heard.Kind.GOODBYE)) : Optional.empty();
    }

    /**
     * "Okay, I think that answers my question, thank you, bye": a phrase not surely understood that ends in a
     * farewell is the farewell. The farewell is the last words, at most {@link #FAREWELL_WORDS} and not all,
     * understood surely by themselves as one; the phrase says a farewell as written somewhere.
     */
    private Optional<Heard> farewellAtTheEnd(String speech) {
        String[] said = speech.strip().split("\\s+");
        for (int k = 1; k < said.length && k <= FAREWELL_WORDS; k++) {
            String end = String.join(" ", Arrays.copyOfRange(said, said.length - k, said.length));
            Heard farewell = decided(ranked(end));
            if (farewell.kind() == Heard.Kind.GOODBYE) {
                return Optional.of(farewell);
            }
        }
        return Optional.empty();
    }

    /** What a phrase ranked so means: a clear best match, the one short question, or nothing understood. */
    private Heard decided(List<PhraseMatcher.Match> ranked) {
        // "never mind", "I was talking to my son": nothing the caller asks of the line
        if (ranked.isEmpty() || ranked.get(0).destination().equals(PhraseMatcher.ASIDE)) {
            return Heard.of(Heard.Kind.UNCLEAR);
        }
        PhraseMatcher.Match best = ranked.get(0);
        Heard meant = destinations.get(best.destination());
        // "talk slower, I'm writing this down": a change of pace says it again and gives time, so a repeat or a
        // moment asked for beside it is no rival to it
        double next = 0;
        for (int at = 1; at < ranked.size(); at++) {
            if (!(isPace(meant) && paceDoesToo(destinations.get(ranked.get(at).destination())))) {
                next = ranked.get(at).score();
                break;
            }
        }
        boolean place = maybe(meant).kind() == Heard.Kind.MAYBE;
        // a person is no answer: a short phrase about something else may reach the desk without a question
        boolean aboutIt = best.strange() == 0 || best.wordsSaid() > FEW_WORDS || meant.kind() == Heard.Kind.FRONT_DESK;
        boolean saidEnough = place ? best.wordForWord() >= WORD_FOR_WORD && !best.oneWordOf() && aboutIt
                : best.wordForWord() >= WORD_FOR_WORD_COMMAND;
        if (paceDoesToo(meant) && best.score() >= SURE && saidEnough) {
            Optional<Heard> pace = againAtAPace(ranked);
            if (pace.isPresent()) {
                return pace.get();
            }
        }
        if (best.score() >= SURE && best.score() - next >= CLEAR_LEAD && saidEnough) {
            return meant;
        }
        boolean topicOrPerson = meant.kind() == Heard.Kind.GO || meant.kind() == Heard.Kind.FRONT_DESK;
        if (topicOrPerson && saidEnough && best.wordsSaid() >= A_STORY && best.score() >= SURE_IN_A_STORY
                && best.score() - next >= CLEAR_LEAD_IN_A_STORY && best.explained() >= EXPLAINED_IN_A_STORY) {
            return meant;
        }
        if (best.score() < WORTH_ASKING) {
            return Heard.of(Heard.Kind.UNCLEAR);
        }
        // A command is not asked about; a place that scored as well may be ("move my appointment to next week").
        for (PhraseMatcher.Match close : ranked) {
            if (best.score() - close.score() >= CLEAR_LEAD) {
                break;
            }
            Heard doubt = close.destination().equals(PhraseMatcher.ASIDE) ? Heard.of(Heard.Kind.UNCLEAR)
                    : maybe(destinations.get(close.destination()));
            if (doubt.kind() == Heard.Kind.MAYBE) {
                return doubt;
            }
        }
        return Heard.of(Heard.Kind.UNCLEAR);
    }

    /**
     * "Say that again, slower", "hold on, slow down": a repeat or a moment asked for with a change of pace said in
     * its very words is the change of pace, which says it again too.
     */
    private Optional<Heard> againAtAPace(List<PhraseMatcher.Match> ranked) {
        return ranked.stream()
                .filter(m -> m.score() >= WORTH_ASKING && m.wordForWord() >= WORD_FOR_WORD && !m.oneWordOf())
                .map(m -> destinations.get(m.destination())).filter(Objects::nonNull)
                .filter(PhraseReading::isPace).findFirst();
    }

    static boolean isPace(Heard heard) {
        return heard.kind() == Heard.Kind.SLOWER || heard.kind() == Heard.Kind.NORMAL_PACE;
    }

    /** What a change of pace does too: say the words again, and give a caller who writes time. */
    private static boolean paceDoesToo(Heard heard) {
        return heard != null && (heard.kind() == Heard.Kind.REPEAT || heard.kind() == Heard.Kind.WAIT);
    }

    /** The places the caller's words match, best first, without a farewell they do not plainly say. */
    private List<PhraseMatcher.Match> ranked(String speech) {
        return matcher.rank(speech).stream().filter(m -> !farewellInPassing(m, speech)).toList();
    }

    /** The words said from {@code from} to {@code to}, ranked as a phrase of their own. */
    private List<PhraseMatcher.Match> rankedPart(String[] said, int from, int to) {
        return ranked(String.join(" ", Arrays.copyOfRange(said, from, to)));
    }

    /** A farewell not said in its very words, or not as written: "what now" is no "that's all for now". */
    private boolean farewellInPassing(PhraseMatcher.Match match, String speech) {
        Heard heard = destinations.get(match.destination());
        return heard != null && heard.kind() == Heard.Kind.GOODBYE
                && (match.wordForWord() < FAREWELL_WORD_FOR_WORD || !matcher.saysAsWritten(speech, match.destination()));
    }

    /** An aside ("never mind"), or asking the line to wait ("hold on"): what callers say before a request. */
    private boolean aside(PhraseMatcher.Match match) {
        return match.destination().equals(PhraseMatcher.ASIDE) || aMoment(match);
    }

    /** Asking the line to wait: "hold on", "déjeme buscar una pluma". */
    private boolean aMoment(PhraseMatcher.Match match) {
        return !match.destination().equals(PhraseMatcher.ASIDE)
                && destinations.get(match.destination()).kind() == Heard.Kind.WAIT;
    }

    /** The best match and those too close to it for it to lead clearly. */
    private static Stream<PhraseMatcher.Match> closest(List<PhraseMatcher.Match> ranked) {
        double top = ranked.isEmpty() ? 0 : ranked.get(0).score();
        return ranked.stream().takeWhile(m -> top - m.score() < CLEAR_LEAD);
    }

    /**
     * "Wait, what are your hours?", "un momento, ¿duele?": a request said after an opening (an aside, or else a
     * farewell) is the request. The opening is the first words, at most {@link #ASIDE_WORDS} and not all, most
     * like one when said alone; the words after it must be understood surely by themselves, as no aside, and in
     * more than one word of an example in its very words ("hang on a second honey, I'm on the phone" leaves no
     * message), but a repeat, which costs a caller who meant less only the words again ("wait, what did you say?").
     * The shortest such opening is taken. Else the opening is what the caller said: "can you hold while
     * I get my wife" asks the line to wait.
     *
     * @param opens   whether the first words, ranked first as this, are such an opening
     * @param asks    whether the words after it, ranked first as this, may be the request
     */
    private Optional<Heard> afterAnOpening(String speech, BiPredicate<String, PhraseMatcher.Match> opens,
            Predicate<PhraseMatcher.Match> asks) {
        String[] said = speech.strip().split("\\s+");
        List<String> before = List.of();
        for (int k = 1; k < said.length && k <= ASIDE_WORDS; k++) {
            String opening = String.join(" ", Arrays.copyOfRange(said, 0, k));
            List<String> words = PhraseMatcher.wordsOf(language, opening);
            if (words.equals(before)) {
                continue; // one more word the matcher leaves out ("hold" and "hold on"): as already tried
            }
            before = words;
            List<PhraseMatcher.Match> first = matcher.rank(opening);
            // an opening is of words the line knows: "hang on, the kettle's going" opens with no "hang on, the kettle's"
            if (first.isEmpty() || first.get(0).strange() > 0 || !opens.test(opening, first.get(0))) {
                continue;
            }
            List<PhraseMatcher.Match> asked = rankedPart(said, k, said.length);
            if (asked.isEmpty() || !asks.test(asked.get(0))) {
                continue;
            }
            Heard request = decided(asked);
            if ((inVeryWords(asked) || request.kind() == Heard.Kind.REPEAT) && request.kind() != Heard.Kind.UNCLEAR
                    && request.kind() != Heard.Kind.MAYBE) {
                return Optional.of(request);
            }
        }
        return Optional.empty();
    }

    /**
     * "Sorry, wrong button. Is this like a chiropractor thing?", "ay, apreté el que no era. ¿es doloroso?": a wrong key
     * or choice owned in the first words ({@code mistakes-LANG.txt}, at most {@link #ASIDE_WORDS}), then a request
     * surely asked, in more than one word of an example: the request. The wrong key owned alone is the main menu.
     */
    private Optional<Heard> afterAMistake(String speech) {
        if (!WordsSaid.saysOne(PhraseMatcher.wordsAsSaid(language, speech), mistakes)) {
            return Optional.empty(); // most phrases: no opening read
        }
        String[] said = speech.strip().split("\\s+");
        for (int k = 1; k < said.length && k <= ASIDE_WORDS; k++) {
            String opening = String.join(" ", Arrays.copyOfRange(said, 0, k));
            if (!WordsSaid.saysOne(PhraseMatcher.wordsAsSaid(language, opening), mistakes)) {
                continue;
            }
            List<PhraseMatcher.Match> asked = rankedPart(said, k, said.length);
            Heard request = asked.isEmpty() || asked.get(0).destination().equals(PhraseMatcher.ASIDE)
                    ? Heard.of(Heard.Kind.UNCLEAR) : decided(asked);
            if (inVeryWords(asked) && request.kind() != Heard.Kind.UNCLEAR && request.kind() != Heard.Kind.MAYBE
                    && request.kind() != Heard.Kind.MAIN_MENU) {
                return Optional.of(request);
            }
        }
        return Optional.empty();
    }

    /** What the line may ask about: a place in the tree or the front desk; a doubtful command is not understood. */
    private static Heard maybe(Heard heard) {
        return switch (heard.kind()) {
            case GO -> new Heard(Heard.Kind.MAYBE, heard.detail());
            case FRONT_DESK, ASK_THE_DESK, DIRECTIONS -> new Heard(Heard.Kind.MAYBE, "");
            default -> Heard.of(Heard.Kind.UNCLEAR);
        };
    }

    /**
     * "5 hours", "hours, five", "el uno, regresar", "the last one, the hours": a number or a place ("the second one")
     * said first or second ("number 5", "el uno") or last beside a few words, as a caller echoes an option's key and
     * name: the key (a place from the end as {@link Heard#fromTheEnd} writes it) and those words. Not a number said
     * inside a story ("I hurt my back 2 weeks ago"), as a pronoun ("one of those"), nor two different ones.
     */
    Optional<Map.Entry<String, String>> keyBesideWords(String said) {
        String[] tokens = said.split(" ");
        String one = words.numbers().size() > 1 ? words.numbers().get(1) : "";
        String key = null;
        List<String> rest = new ArrayList<>();
        for (int at = 0; at < tokens.length; at++) {
            int n = matcher.pronoun(tokens, at) ? -1 : words.numbers().indexOf(tokens[at]);
            boolean aDigit = aDigit(tokens[at]);
            int place = n < 0 && !aDigit ? matcher.ordinal(tokens, at, one) : 0;
            if (n < 0 && !aDigit && place == 0) {
                rest.add(tokens[at]);
                continue;
            }
            String number = aDigit ? tokens[at] : n >= 0 ? String.valueOf(n)
                    : place > 0 ? String.valueOf(place) : Heard.fromTheEnd(-place).detail();
            if (key != null && !key.equals(number) || at > 1 && at < tokens.length - 1) {
                return Optional.empty();
            }
            key = number;
            if (place != 0 && at + 1 < tokens.length && (tokens[at + 1].equals(one) || matcher.namesAnItem(tokens, at))) {
                at++; // "the last one": the one is the option
            }
        }
        return key == null || rest.isEmpty() || rest.size() > ECHOED_WORDS ? Optional.empty()
                : Optional.of(Map.entry(key, String.join(" ", rest)));
    }

    /** Whether a word said is a key's digit, 0 to 9, without a pattern compiled for every word said. */
    private static boolean aDigit(String token) {
        return token.length() == 1 && token.charAt(0) >= '0' && token.charAt(0) <= '9';
    }

    /**
     * "Two", "2", "press two", "number two, please", "the second one", "the last one": the caller said a key instead
     * of pressing it. The number must be all the phrase says besides words that name a key and a word for yes or no
     * ("dale, la cuarta", "no, the second one"), or come right after one ("what was number three", "give me option 2",
     * "cuál era la opción dos"), and may be said twice ("two, two"): "seven eleven" or "i have two questions" is no key.
     */
    private Optional<Heard> number(String said) {
        Optional<Heard> key = Optional.empty();
        StringBuilder rest = new StringBuilder();
        boolean named = false;
        String[] tokens = said.split(" ");
        String one = words.numbers().size() > 1 ? words.numbers().get(1) : "";
        for (int at = 0; at < tokens.length; at++) {
            String token = tokens[at];
            boolean pronoun = matcher.pronoun(tokens, at); // "one of these", "uno de mis amigos": no key
            int n = pronoun ? -1 : words.numbers().indexOf(token);
            if (n < 0 && !pronoun) {
                n = matcher.soundsLikeAKey(tokens, at); // "option won": what the recognizer wrote for "one"
            }
            int place = matcher.ordinal(tokens, at, one);
            boolean aDigit = aDigit(token);
            String digit = aDigit ? token : n >= 0 ? String.valueOf(n) : place > 0 ? String.valueOf(place) : null;
            Heard pressed = digit != null ? Heard.key(digit) : place < 0 ? Heard.fromTheEnd(-place) : null;
            if (pressed == null) {
                // before the key only: "uno? no, no, olvídelo" takes the one back
                if (key.isPresent() || !yesOrNo.contains(token)) {
                    rest.append(token).append(' ');
                }
            } else if (key.isPresent() && !key.get().equals(pressed)) {
                return Optional.empty();
            } else {
                // "number two, uh, number two": the same key said again is that key
                key = Optional.of(pressed);
                // "option four", and by its place "the fourth option", "la cuarta opción"
                named |= at > 0 && matcher.namesAKey(tokens[at - 1])
                        || place != 0 && at + 1 < tokens.length && matcher.namesAKey(tokens[at + 1]);
                if (place != 0 && at + 1 < tokens.length && (tokens[at + 1].equals(one) || matcher.namesAnItem(tokens, at))) {
                    at++; // "the first one", "the last question": the one is the option, no number of its own
                }
            }
        }
        boolean keyNamed = named;
        return key.filter(k -> keyNamed || matcher.onlyNamesAKey(rest.toString()));
    }
}
