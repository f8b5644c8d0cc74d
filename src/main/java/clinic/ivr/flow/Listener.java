package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a key press or spoken words into a {@link Heard}. Words are matched against the example
 * phrases of every choice of the line, in the caller's language, from any menu: a caller can ask
 * for any topic, question or the hours without knowing where it sits in the tree.
 *
 * <p>A clear best match is taken; in a caller's long story, a best match well clear of the next. A weaker
 * one, or two choices that score alike, is only a {@link Heard.Kind#MAYBE}: the flow asks before going
 * there; a command, which cannot be asked about, is then not understood. Anything weaker is not understood.
 * A farewell, which hangs up, counts only in its very words; at the end of a phrase otherwise not understood,
 * it is what the caller meant. A request said after an aside or a request to wait ("hold on, does it
 * hurt?") is the request. A number is a key only when it is all the caller said. A thank-you counts only said
 * alone, with nothing but filler around it ("oh, okay, thank you so much"): its words are not matched, so that
 * "thanks, what are your hours" is the hours. So does an okay, a word for yes or a sign the caller heard said
 * alone ("okay then", "uh huh", "I see", "ya veo"): acknowledged, whatever its words sound like elsewhere. Going
 * back ("go back", "atrás, por favor") counts said with little words alone: in a sentence, its words are matched.
 * Words the caller's language does not understand, but plainly of the line's other language, ask for that
 * language: the caller is switched to it, as with the language key.
 */
public final class Listener {

    /** In a phrase said alone, any one word: "have a * day" of leaving-LANG.txt is "have a blessed day" too. */
    private static final String ANY_WORD = "*";
    /** Words, as said in either language, that deny the emergency after them: "not an emergency", "no es urgente". */
    private static final Set<String> DENIALS = Set.of("no", "not", "isnt", "aint", "wasnt", "nothing", "nada");
    /** Below this confidence, Twilio's transcript is more guess than speech. */
    static final double MIN_CONFIDENCE = 0.3;
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
    /** The most words of an aside said before a request: "sorry, hang on one second, ..." */
    static final int ASIDE_WORDS = 6;

    /** What a caller may ask first and then say why: see {@link #commandFirst}. */
    private static final Set<Heard.Kind> COMMANDS = EnumSet.of(Heard.Kind.SLOWER, Heard.Kind.NORMAL_PACE,
            Heard.Kind.TEXT);
    /**
     * What may follow such a command as its reason, or go before one asked last: nothing sure, a moment asked for (a
     * pen to write with, which the text makes needless: "text me that, I've got nothing to write with"), or that the
     * caller hears badly or got lost, which sounds like the part again or slower ("mándemelo por mensaje de texto que
     * no oigo casi nada").
     */
    private static final Set<Heard.Kind> REASONS = EnumSet.of(Heard.Kind.UNCLEAR, Heard.Kind.MAYBE, Heard.Kind.WAIT,
            Heard.Kind.REPEAT, Heard.Kind.SLOWER);
    /** What a caller may ask last, after saying why: see {@link #commandLast}. */
    private static final Set<Heard.Kind> COMMANDS_LAST = EnumSet.of(Heard.Kind.MAIN_MENU, Heard.Kind.REPEAT,
            Heard.Kind.SLOWER, Heard.Kind.NORMAL_PACE, Heard.Kind.TEXT, Heard.Kind.LANGUAGE);
    /** What a no said first and then a pause may go before: see {@link #afterANo}. */
    private static final Set<Heard.Kind> AFTER_A_NO = EnumSet.of(Heard.Kind.MAIN_MENU, Heard.Kind.GO_BACK,
            Heard.Kind.REPEAT, Heard.Kind.NEXT, Heard.Kind.SLOWER, Heard.Kind.NORMAL_PACE, Heard.Kind.FRONT_DESK,
            Heard.Kind.TEXT);
    /** The most words after a "for" a thank-you is for: "thank you for all your help". */
    static final int THANKED_FOR_WORDS = 3;
    /** A word written with a pause after it, as recognizers write one. */
    static final Pattern PAUSE = Pattern.compile("[,.;:!?]$");
    /** A word for yes that is also a side's or a time's ("my right hip", "right now"). */
    private static final String RIGHT = "right";
    /** "Sí" as written without its accent: "if" before another word. */
    private static final String IF = "si";
    /** Where a sentence ends, as recognizers write it: "... right now. Could you ...". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
    /** A pause as recognizers write one, between the parts of what a caller said. */
    private static final Pattern BETWEEN_PAUSES = Pattern.compile("[,.;:!?\u2026]+\\s*");
    /**
     * Commands a caller may refuse in so many words, besides a person, and the line then does not do: the main menu,
     * the next part, a message ("I don't want to leave a message"; "como no contesta nadie, quiero dejar un mensaje"
     * refuses none). A repeat is often asked with a not ("I didn't catch that"), and a change of pace refused is
     * another ("not so fast" asks for slower).
     */
    private static final Set<Heard.Kind> REFUSABLE = Set.of(Heard.Kind.MAIN_MENU, Heard.Kind.NEXT, Heard.Kind.MESSAGE);
    /** What a story's last sentence may be without being its request: a key, "¿cómo?", the other language. */
    private static final Set<Heard.Kind> NOT_SAID_LAST = EnumSet.of(Heard.Kind.KEY, Heard.Kind.REPEAT, Heard.Kind.LANGUAGE);
    /** What words taken back and what the caller settled on must each be: something to do, asked for surely. */
    private static final Set<Heard.Kind> SETTLES = Set.of(Heard.Kind.KEY, Heard.Kind.GO, Heard.Kind.FRONT_DESK,
            Heard.Kind.ASK_THE_DESK, Heard.Kind.DIRECTIONS, Heard.Kind.REPEAT, Heard.Kind.MAIN_MENU, Heard.Kind.GO_BACK,
            Heard.Kind.NEXT, Heard.Kind.SLOWER, Heard.Kind.NORMAL_PACE, Heard.Kind.LANGUAGE, Heard.Kind.TEXT,
            Heard.Kind.MESSAGE);
    /** The most words after a not that it denies: "don't want to talk to a person". */
    static final int NOT_REACHES = 6;
    /** "Sin" ("without") opening the words, after a no at most: "sin mensaje", "no, sin mensaje". */
    private static final Pattern WITHOUT_FIRST = Pattern.compile("(?iu)^\\W*(?:no\\W+)?sin\\s");

    private final Map<String, PhraseMatcher> matchers = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<String>>> examples = new HashMap<>();
    private final Map<String, Map<String, Heard>> meanings = new HashMap<>();
    /** Each language's thank-yous, and its okays (its words for yes and signs of having heard), as written. */
    private final Map<String, List<String>> thanks = new HashMap<>();
    private final Map<String, List<String>> okays = new HashMap<>();
    /** Each language's words for going back one step, as written. */
    private final Map<String, List<String>> goBack = new HashMap<>();
    /** The same word by word as said, found when words are first heard in the language, as its matcher is. */
    private final Map<String, SaidAlone> saidAlone = new ConcurrentHashMap<>();
    /** Each language's emergencies written as one word ("chest", "pecho"), normalized. */
    private final Map<String, Set<String>> emergencyWords = new HashMap<>();
    /** Each language's farewells as written and those said alone but for wishes, normalized, the longest first. */
    private final Map<String, List<String>> farewells = new HashMap<>();
    /** Each language's words for yes with a word for no in them ("cómo no", "no problem"): no no when said. */
    private final Map<String, List<String>> yesWithANo = new HashMap<>();
    private final Map<String, Vocabulary> vocabularies;
    /** Each language's words that are in one menu's or topic's name alone, and that menu or topic. */
    private final Map<String, Map<String, String>> nameWords = new ConcurrentHashMap<>();
    /** Each language's and topic's words in its examples, and in how many, found when first needed. */
    private final Map<String, Map<String, Integer>> exampleWords = new ConcurrentHashMap<>();
    /** Found when first needed: most callers speak the language they hear. */
    private volatile TellingWords telling;
    private final Corrections corrections = new Corrections(PhraseMatcher::corrections);
    private final Corrections contrasts = new Corrections(PhraseMatcher::contrasts);

    /**
     * Builds each language's matcher once, when words are first heard in it: a new version of the prompts
     * makes a new listener, and a version that is only checked, or a line whose callers press keys, needs none.
     */
    public Listener(Map<String, Vocabulary> vocabularies) {
        this.vocabularies = Map.copyOf(vocabularies);
        vocabularies.forEach((language, words) -> {
            Map<String, List<String>> phrases = new HashMap<>();
            Map<String, Heard> meaning = new HashMap<>();
            List<String> okay = new ArrayList<>(words.yes());
            okays.put(language, okay);
            yesWithANo.put(language, words.yes().stream().filter(yes -> words.no().stream()
                    .anyMatch(no -> (" " + yes + " ").contains(" " + no + " "))).toList());
            emergencyWords.put(language, words.examples().getOrDefault(Heard.of(Heard.Kind.EMERGENCY), List.of()).stream()
                    .map(Vocabulary::normalize).filter(word -> !word.isEmpty() && !word.contains(" "))
                    .collect(Collectors.toUnmodifiableSet()));
            // with those said alone ("eso es todo"), which a yes may stand beside too: "sí, eso es todo" is the yes
            farewells.put(language, Vocabulary.longestFirst(Stream.concat(words.examples().getOrDefault(
                    Heard.of(Heard.Kind.GOODBYE), List.of()).stream(), PhraseMatcher.leaving(language).stream()
                    .filter(phrase -> !phrase.contains(ANY_WORD))).map(Vocabulary::normalize).toList()));
            words.examples().forEach((heard, said) -> {
                if (heard.kind() == Heard.Kind.THANKS) {
                    thanks.put(language, said);
                    return;
                }
                if (heard.kind() == Heard.Kind.GO_BACK) {
                    goBack.put(language, said);
                    return;
                }
                if (heard.kind() == Heard.Kind.ACKNOWLEDGED) {
                    okay.addAll(said);
                    return;
                }
                String destination = heard.kind() + ":" + heard.detail();
                phrases.put(destination, said);
                meaning.put(destination, heard);
            });
            examples.put(language, phrases);
            meanings.put(language, meaning);
        });
    }

    /** Builds every language's matcher now: a version about to answer calls, so that no caller waits for it. */
    public void prepare() {
        examples.keySet().forEach(language -> {
            matcher(language);
            saidAlone(language);
            nameWords.computeIfAbsent(language, this::wordsOfOneName);
        });
    }

    /** Whether every language's matcher, and its words recognized said alone, are built. */
    public boolean ready() {
        return matchers.keySet().containsAll(examples.keySet()) && saidAlone.keySet().containsAll(examples.keySet());
    }

    /**
     * A language's thank-yous, okays, words for going back, for no, of not having caught it and of leaving, word by
     * word as said: never matched, only recognized alone; a going back with a no ({@code backOrNo}: "no, go back"); the
     * words that say what a thank-you is for ({@code thankedFor}: "for"), and thanks and okays together; calling again
     * ("I'll call back"); what a farewell or calling again may be said beside ({@code besideLeaving}: thanks, okays, the
     * words a farewell carries, "bye now", and words for no) and the words of when ({@code later}); what asks for more
     * after a thank-you ({@code more}: "and", "one more thing").
     */
    private record SaidAlone(List<List<String>> thanks, List<List<String>> okays, List<List<String>> back,
                             List<List<String>> noes, List<List<String>> unheard, List<List<String>> leaving,
                             List<List<String>> backOrNo, List<List<String>> again,
                             List<List<String>> waits, Set<String> thankedFor, List<List<String>> thanksAndOkays,
                             List<List<String>> callingAgain, List<List<String>> besideLeaving, Set<String> later,
                             List<List<String>> puttingOff, List<List<String>> besidePuttingOff, Set<String> hedged,
                             List<List<String>> more) {}

    private SaidAlone saidAlone(String language) {
        return saidAlone.computeIfAbsent(language, l -> {
            // a word for yes that is an example of a command too is the command: "adelante" is the next part
            Set<List<String>> commands = examples.get(l).values().stream().flatMap(List::stream)
                    .map(phrase -> PhraseMatcher.wordsAsSaid(l, phrase)).collect(Collectors.toSet());
            List<List<String>> thanked = asSaid(l, thanks.getOrDefault(l, List.of()));
            List<List<String>> okayed = asSaid(l, okays.get(l)).stream().filter(phrase -> !commands.contains(phrase)).toList();
            // farewells of leaving-LANG.txt and of [words.goodbye], which the phrases said alone may string together
            List<List<String>> leaving = Stream.concat(asSaid(l, PhraseMatcher.leaving(l)).stream(), asSaid(l,
                    vocabularies.get(l).examples().getOrDefault(Heard.of(Heard.Kind.GOODBYE), List.of())).stream()).toList();
            List<List<String>> back = asSaid(l, goBack.getOrDefault(l, List.of()));
            List<List<String>> noes = asSaid(l, vocabularies.get(l).no()).stream()
                    .filter(phrase -> !commands.contains(phrase)).toList();
            List<List<String>> callingAgain = asSaid(l, PhraseMatcher.callingAgain(l));
            List<List<String>> puttingOff = asSaid(l, PhraseMatcher.puttingOff(l));
            List<List<String>> courtesies = Stream.of(leaving, callingAgain, thanked, okayed, asSaid(l, PhraseMatcher.parting(l)))
                    .flatMap(List::stream).toList();
            return new SaidAlone(thanked, okayed, back, noes, asSaid(l, PhraseMatcher.unheard(l)), leaving,
                    Stream.concat(back.stream(), noes.stream()).toList(),
                    asSaid(l, vocabularies.get(l).examples().getOrDefault(Heard.of(Heard.Kind.REPEAT), List.of())),
                    asSaid(l, vocabularies.get(l).examples().getOrDefault(Heard.of(Heard.Kind.WAIT), List.of())),
                    asSaid(l, PhraseMatcher.thankedFor(l)).stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet()),
                    Stream.concat(thanked.stream(), okayed.stream()).toList(), callingAgain,
                    Stream.concat(courtesies.stream(), noes.stream()).toList(),
                    asSaid(l, PhraseMatcher.later(l)).stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet()),
                    puttingOff, Stream.of(puttingOff, thanked, noes).flatMap(List::stream).toList(),
                    puttingOff.stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet()),
                    asSaid(l, PhraseMatcher.more(l)));
        });
    }

    private PhraseMatcher matcher(String language) {
        return matchers.computeIfAbsent(language, l -> PhraseMatcher.of(l, examples.get(l)));
    }

    /**
     * What the caller settled on: "two, no wait, five" is five, "el horario, no, mejor páseme con alguien" the front
     * desk, and, where a yes or no was asked ({@code yesOrNoAsked}), "no, espere, sí" a yes. The words after the last
     * place the caller takes back what they said, when the words before it mean something by themselves (a request,
     * or an answer where one was asked) and those after it are a request, or where one was asked an answer; else the
     * input as said.
     */
    public Input settled(Input input, CallState state, boolean yesOrNoAsked) {
        if (!vocabularies.containsKey(state.language())) {
            return input;
        }
        Predicate<Input> asks = part -> SETTLES.contains(heard(part, state).kind());
        Predicate<Input> answers = part -> answer(part, state).isPresent();
        // to a question, only an answer, or not having caught it, settles it: "no, mejor llamo después" is the no, its
        // "mejor" taking nothing back; "ajá? perdón, no le entendí" asks for the question again
        Predicate<Input> unheard = part -> heard(part, state).kind() == Heard.Kind.REPEAT;
        if (!yesOrNoAsked) {
            return corrections.settled(input, state.language(), true, vocabularies.get(state.language()).numbers(), asks, asks);
        }
        // to a question a no takes nothing back: "no no, está bien" is the no
        Input settled = corrections.settled(input, state.language(), false, List.of(), asks.or(answers), answers.or(unheard));
        // "no, it's not urgent, but yes, put me through": a yes after a "but" is the answer; "yes, but no rush" stays one
        return settled != input ? settled : contrasts.settled(input, state.language(), false, List.of(), asks.or(answers),
                part -> answer(part, state).orElse(false));
    }

    public Heard hear(Input input, CallState state) {
        Heard heard = heard(input, state);
        // "¿eso es todo?", "that's it?": asked, a farewell's words ask whether there is more; the line goes on
        if (heard.kind() == Heard.Kind.GOODBYE && input.speech().strip().endsWith("?")) {
            return Heard.of(Heard.Kind.ACKNOWLEDGED);
        }
        return heard;
    }

    private Heard heard(Input input, CallState state) {
        if (!input.digits().isEmpty()) {
            return input.digits().length() == 1 ? Heard.key(input.digits()) : Heard.of(Heard.Kind.GARBLED);
        }
        if (input.speech().isEmpty()) {
            return Heard.of(Heard.Kind.SILENCE);
        }
        // Twilio sends 0 when it gives no confidence at all; only a real low score is doubt.
        Optional<Double> confidence = input.confidence().filter(c -> c > 0);
        if (confidence.isPresent() && confidence.get() < MIN_CONFIDENCE) {
            return Heard.of(Heard.Kind.UNCLEAR);
        }
        String language = state.language();
        Vocabulary words = vocabularies.get(language);
        String normal = Vocabulary.normalize(input.speech());
        if (words == null || normal.isEmpty()) {
            return Heard.of(Heard.Kind.UNCLEAR);
        }
        List<String> said = PhraseMatcher.wordsAsSaid(language, input.speech());
        // A thank-you or an okay with filler alone around it is one before its words are matched: "uh huh" is no
        // "huh?", nor "I see" a "let me see". With more ("thank you, that will be all", "sí, otra vez"), what the
        // words mean comes first.
        // "no, gracias", "ay no, no se preocupe, señorita", "maybe later": a word for no with filler alone around it, or
        // an answer put off, is the no before its words are matched, as an okay is
        Optional<Heard> aloneOrNo = thanksOrOkay(said, language, words, w -> PhraseMatcher.isFiller(language, w))
                .or(() -> saysOnly(said, saidAlone(language).noes(), w -> PhraseMatcher.isFiller(language, w), words)
                        || putsOff(said, language, words) ? Optional.of(Heard.of(Heard.Kind.DECLINED)) : Optional.empty());
        // but "that's all, thanks" and "no, that's all" are a goodbye: their farewell is of everyday words, as filler is
        if (aloneOrNo.isPresent() && !saysAFarewell(input.speech(), matcher(language), meanings.get(language))
                && !leaves(said, language, words)) {
            return aloneOrNo.get();
        }
        // "go back", "atrás, por favor", "no, regrese": with little words and a no alone, one step back ("no regrese"
        // is no "que no regrese el dolor"); "go back to the beginning" is matched
        if (goesBack(said, language, words)) {
            return Heard.of(Heard.Kind.GO_BACK);
        }
        // "what?", "sorry, I don't understand", "wait, what?": said once and alone, or after asking the line to wait, the
        // caller did not catch it; with more ("I don't understand what you do"), what they ask
        if (timesSaid(afterAWait(said, language), saidAlone(language).unheard(), w -> PhraseMatcher.isFiller(language, w),
                words) == 1) {
            return Heard.of(Heard.Kind.REPEAT);
        }
        // "okay, see you later", "bueno, hasta mañana", "thank you so much, I'll let you go": said alone or with thanks
        // and okays, the caller is leaving; with more ("can I see you later today?"), what they ask
        if (leaves(said, language, words)) {
            return Heard.of(Heard.Kind.GOODBYE);
        }
        // "tengo un dolor fuerte en el pecho": an emergency written as one word ("pecho") counts wherever it is said,
        // though the rest sounds like a question ("¿duele mucho?"); the notice costs a caller who meant less a
        // sentence. Not when denied: "no es una emergencia, solo quería saber el horario"
        if (!Collections.disjoint(List.of(normal.split(" ")), emergencyWords.get(language))
                && !denies(input.speech(), language)) {
            return Heard.of(Heard.Kind.EMERGENCY);
        }
        Heard meant = meaning(input.speech(), normal, language, words);
        // "it's not an emergency, but does it hurt?": the emergency denied is none; the rest is what the caller asks
        if (meant.kind() == Heard.Kind.EMERGENCY) {
            meant = withoutADeniedEmergency(said, language)
                    .map(rest -> meaning(rest, Vocabulary.normalize(rest), language, words)).orElse(meant);
        }
        // "¿qué es la tracción, otra vez?", "what are your hours again?": a question asked again is that question
        if (meant.kind() == Heard.Kind.REPEAT) {
            meant = askedAgain(said, language, words).orElse(meant);
        }
        // "hold on, someone's at the door", "hang on, the kettle": a wait with words that ask nothing is the wait
        if (meant.kind() == Heard.Kind.UNCLEAR && longestAtAnEdge(saidAlone(language).waits(), said, false) > 0) {
            return Heard.of(Heard.Kind.WAIT);
        }
        boolean languageOrNothing = meant.kind() == Heard.Kind.LANGUAGE || meant.kind() == Heard.Kind.UNCLEAR;
        if (languageOrNothing && denies(input.speech(), language)) {
            // "my mother doesn't speak English" at the English line: the other language is the one to speak
            Optional<String> instead = notSpoken(normal, language);
            if (instead.isPresent()) {
                return new Heard(Heard.Kind.LANGUAGE, instead.get());
            }
            // "no hablo inglés" at the Spanish menu, "I don't speak Spanish" at the English one: not a request for it,
            // but what else is asked is ("no hablo inglés, páseme con alguien")
            Heard refused = meant;
            meant = refused.kind() != Heard.Kind.LANGUAGE ? Heard.of(Heard.Kind.UNCLEAR)
                    : besidesARefusal(refused, input.speech(), language, words)
                            .filter(besides -> besides.kind() != Heard.Kind.DECLINED).orElse(Heard.of(Heard.Kind.UNCLEAR));
        }
        if (meant.kind() == Heard.Kind.MESSAGE && WITHOUT_FIRST.matcher(input.speech()).find()) {
            return Heard.of(Heard.Kind.DECLINED); // "sin mensaje", "no, sin mensaje"
        }
        Optional<Heard> besidesARefusal = refusable(meant) ? besidesARefusal(meant, input.speech(), language, words)
                : Optional.empty();
        if (besidesARefusal.isPresent()) {
            // "don't transfer me", "no, no me pase": never a call put through; "don't skip this part": no part skipped;
            // "don't transfer me yet, what are your hours?": the hours
            return besidesARefusal.get();
        }
        if (aPerson(meant) && !denies(input.speech(), language)) {
            // "prefiero que me atiendan en inglés", "can someone help me in Spanish": a person, in the language named
            Optional<String> named = namesTheOther(normal, language);
            if (named.isPresent()) {
                return new Heard(Heard.Kind.FRONT_DESK, "", named.get());
            }
        }
        if (meant.kind() != Heard.Kind.UNCLEAR && meant.kind() != Heard.Kind.MAYBE) {
            return meant;
        }
        // a doubt too is settled by two parts that ask alike, one in each language: "cuatro. I mean four" at the Spanish line
        boolean unclear = meant.kind() == Heard.Kind.UNCLEAR;
        Optional<Heard> asked = (unclear ? oneQuestionAsks(input, state) : Optional.<Heard>empty())
                .or(() -> saidTwice(input, state, !unclear));
        if (asked.isPresent()) {
            return asked.get();
        }
        Optional<Heard> commented = thanksBeforeAComment(input.speech(), language, words);
        if (commented.isPresent()) {
            return commented.get();
        }
        // "me duele la espalda" at the English menu: the caller speaks the other language
        Optional<String> other = telling().otherLanguageOf(input.speech(), language);
        if (other.isPresent()) {
            // "no, es todo", "okay, that's all, thanks" in the other language: a farewell said alone there, said in it
            if (leaves(PhraseMatcher.wordsAsSaid(other.get(), input.speech()), other.get(), vocabularies.get(other.get()))) {
                return new Heard(Heard.Kind.GOODBYE, other.get());
            }
            Heard there = meaning(input.speech(), normal, other.get(), vocabularies.get(other.get()));
            return switch (there.kind()) {
                // "that's all I needed, bye" at the Spanish line: a farewell in the other language, said in it
                case GOODBYE -> new Heard(Heard.Kind.GOODBYE, other.get());
                // "¿cuánto dura una sesión?", "quiero hablar con alguien", "¿lo cubre el seguro?", "quiero dejar un
                // mensaje": asked, and answered in that language; "no quiero dejar mensaje" never starts a recording
                case GO, MAYBE, FRONT_DESK, ASK_THE_DESK, DIRECTIONS -> new Heard(there.kind(), there.detail(), other.get());
                // "como no contesta nadie, le dejo un mensaje": refused only by the words that refuse it, as in the call's
                case MESSAGE -> WITHOUT_FIRST.matcher(input.speech()).find() || besidesARefusal(there, input.speech(),
                        other.get(), vocabularies.get(other.get())).isPresent() ? new Heard(Heard.Kind.LANGUAGE, other.get())
                        : new Heard(Heard.Kind.MESSAGE, "", other.get());
                default -> new Heard(Heard.Kind.LANGUAGE, other.get());
            };
        }
        // "slower por favor", "please, despacio": a pace asked in the other language, in too few of its words to tell the
        // caller speaks it, is that pace
        Optional<Heard> pace = paceInAnother(input.speech(), language);
        if (pace.isPresent()) {
            return pace.get();
        }
        // "thank you so much for that", "okay then", "yeah um so": nothing asked, nothing missed; "um, nope" a no.
        // Only here, after the words are matched: "no, that's all, thank you" is a goodbye
        Predicate<String> littleWord = w -> PhraseMatcher.leavesOut(language, w);
        boolean nothingMeant = meant.kind() == Heard.Kind.UNCLEAR;
        return thanksOrOkay(said, language, words, littleWord)
                .or(() -> saysOnly(said, saidAlone(language).noes(), littleWord, words)
                        ? Optional.of(Heard.of(Heard.Kind.DECLINED)) : Optional.empty())
                // "sí" alone at the English line (its welcome says "Para español, oprima 8"): the caller speaks Spanish
                .or(() -> nothingMeant ? answersInAnother(input, state)
                        .map(spoken -> new Heard(Heard.Kind.LANGUAGE, spoken.language())) : Optional.empty())
                // "gracias" alone at the English line: thanks, in whatever language; the call goes on in its own
                .or(() -> nothingMeant ? thanksInAnother(input.speech(), language) : Optional.empty())
                .orElse(meant);
    }

    /** A change of pace surely asked in another of the line's languages: "despacio", "slower". */
    private Optional<Heard> paceInAnother(String speech, String language) {
        return vocabularies.entrySet().stream().filter(other -> !other.getKey().equals(language))
                .map(other -> meaning(speech, Vocabulary.normalize(speech), other.getKey(), other.getValue()))
                .filter(Listener::isPace).findFirst();
    }

    /** A thank-you said alone, with filler at most, in another of the line's languages: "gracias", "thank you". */
    private Optional<Heard> thanksInAnother(String speech, String language) {
        return vocabularies.entrySet().stream().filter(other -> !other.getKey().equals(language))
                .flatMap(other -> thanksOrOkay(PhraseMatcher.wordsAsSaid(other.getKey(), speech), other.getKey(),
                        other.getValue(), w -> PhraseMatcher.isFiller(other.getKey(), w)).stream())
                .filter(heard -> heard.kind() == Heard.Kind.THANKS).findFirst();
    }

    /**
     * The other language, when the words name the line's own by a one-word name other callers ask for it by
     * ("English", "inglés", "español"): said with a not, it is the language someone on the call does not speak.
     */
    private Optional<String> notSpoken(String normal, String language) {
        return vocabularies.entrySet().stream().filter(other -> !other.getKey().equals(language))
                .filter(other -> namesInOneWord(normal, other.getValue(), language))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The other language, when the words name it by a one-word name callers of this one ask for it by ("Spanish"). */
    private Optional<String> namesTheOther(String normal, String language) {
        return vocabularies.keySet().stream().filter(other -> !other.equals(language))
                .filter(other -> namesInOneWord(normal, vocabularies.get(language), other)).findFirst();
    }

    /** Whether the words hold one of the one-word names the callers of {@code words} ask for a language by. */
    private static boolean namesInOneWord(String normal, Vocabulary words, String language) {
        String said = " " + normal + " ";
        return words.examples().getOrDefault(new Heard(Heard.Kind.LANGUAGE, language), List.of()).stream()
                .map(Vocabulary::normalize).filter(name -> !name.contains(" "))
                .anyMatch(name -> said.contains(" " + name + " "));
    }

    /**
     * Of words that mean nothing as a whole, said in several sentences, what the one question among them surely asks:
     * "I can't write anything down right now. Could you text me this?" is the text. A sentence that is no question
     * may be the caller's story ("my back has hurt for years") or said to someone else ("I'm on the phone"). With no
     * question, what the last sentence asks; nothing when more than one question asks surely.
     */
    private Optional<Heard> oneQuestionAsks(Input input, CallState state) {
        String[] sentences = SENTENCE_END.split(input.speech().strip());
        Set<Heard> asked = new HashSet<>();
        for (int i = 0; i < sentences.length && sentences.length > 1; i++) {
            Heard heard = sentences[i].endsWith("?") ? heard(input.part(sentences[i]), state)
                    : Heard.of(Heard.Kind.UNCLEAR);
            // "one? no, no, forget it": a key asked about is no key pressed; "can you hold on? someone's at the door"
            if (SETTLES.contains(heard.kind()) && heard.kind() != Heard.Kind.KEY || heard.kind() == Heard.Kind.WAIT) {
                asked.add(heard);
            }
        }
        return asked.size() == 1 ? Optional.of(asked.iterator().next())
                : asked.isEmpty() && sentences.length > 1 ? askedLast(sentences[sentences.length - 1], input, state)
                : Optional.empty();
    }

    /**
     * After a story in sentences, the request said last in more than one word, surely: "... my grandson has a school
     * play that morning. I need to move that appointment." Not a key nor "¿cómo?", which a story may end in, nor "I'm
     * on the phone", said to someone in the room, nor the other language alone ("dos. I mean two" is said twice). A
     * question said last was heard already among the questions.
     */
    private Optional<Heard> askedLast(String last, Input input, CallState state) {
        if (last.endsWith("?") || PhraseMatcher.wordsOf(state.language(), last).size() < 2) {
            return Optional.empty();
        }
        Heard heard = heard(input.part(last), state);
        return SETTLES.contains(heard.kind()) && !NOT_SAID_LAST.contains(heard.kind()) ? Optional.of(heard) : Optional.empty();
    }

    /**
     * "Thank you, that's really helpful, I was nervous about what they'd do", "gracias, con eso me queda claro": of words
     * that mean nothing surely as a whole and ask no question, a thank-you said first, alone before a pause, is what the
     * caller says, the rest what they think of what they heard; unless the rest opens asking more ({@code
     * more-LANG.txt}: "thank you. and how do I keep the pain away").
     */
    private Optional<Heard> thanksBeforeAComment(String speech, String language, Vocabulary words) {
        String said = speech.strip();
        Matcher pause = BETWEEN_PAUSES.matcher(said);
        if (said.contains("?") || !pause.find() || pause.end() >= said.length()
                || longestAtAnEdge(saidAlone(language).more(), PhraseMatcher.wordsAsSaid(language,
                        said.substring(pause.end())), false) > 0) {
            return Optional.empty();
        }
        return thanksOrOkay(PhraseMatcher.wordsAsSaid(language, said.substring(0, pause.start())), language, words,
                w -> PhraseMatcher.isFiller(language, w)).filter(heard -> heard.kind() == Heard.Kind.THANKS);
    }

    /**
     * Of words that mean nothing as a whole, what two of their parts between pauses surely ask alike, each in any of
     * the line's languages, when no other part asks for something else: callers who speak both say it in both ("two,
     * el segundo", "tres. I mean three"). Not having understood the line asks for nothing else: "con una persona por
     * favor, no entiendo nada" is the person. A part that is only a mark of taking back ("digo") is passed over. In the
     * line's language: the caller speaks it too.
     *
     * @param inBothLanguages whether the parts that ask must be in two languages: where the whole is a doubt
     */
    private Optional<Heard> saidTwice(Input input, CallState state, boolean inBothLanguages) {
        String[] parts = BETWEEN_PAUSES.split(input.speech().strip());
        if (parts.length < 2) {
            return Optional.empty();
        }
        // the line's language first: the caller speaks it too
        List<String> languages = vocabularies.keySet().stream()
                .sorted(Comparator.comparing(language -> !language.equals(state.language()))).toList();
        Set<Heard> asked = new HashSet<>();
        Set<String> spokenIn = new HashSet<>();
        int times = 0;
        for (String part : parts) {
            if (languages.stream().anyMatch(language -> corrections.isAMark(part, language))) {
                continue;
            }
            for (String language : languages) {
                Heard heard = heard(input.part(part), state.inLanguage(language));
                if (SETTLES.contains(heard.kind()) && heard.kind() != Heard.Kind.LANGUAGE) {
                    asked.add(new Heard(heard.kind(), heard.detail()));
                    spokenIn.add(heard.saidIn().isEmpty() ? language : heard.saidIn());
                    times++;
                    break;
                }
            }
        }
        asked.remove(Heard.of(Heard.Kind.REPEAT));
        if (times < 2 || asked.size() > 1 || inBothLanguages && spokenIn.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(asked.isEmpty() ? Heard.of(Heard.Kind.REPEAT) : asked.iterator().next());
    }

    /** Whether the words say one of the farewells, as written: "okay, that's all for now, thanks". */
    private static boolean saysAFarewell(String speech, PhraseMatcher matcher, Map<String, Heard> meaning) {
        return saysAsWritten(speech, Heard.Kind.GOODBYE, matcher, meaning);
    }

    /** Whether the words say one of the examples of this kind of request, as written, word by word. */
    private static boolean saysAsWritten(String speech, Heard.Kind kind, PhraseMatcher matcher,
            Map<String, Heard> meaning) {
        return meaning.entrySet().stream().filter(m -> m.getValue().kind() == kind)
                .anyMatch(m -> matcher.saysAsWritten(speech, m.getKey()));
    }

    /**
     * The menu or topic whose name, as menus offer it, holds the only word the caller said, a word of no other name:
     * "session" is "what happens in a session", "avoid" is "who should avoid it"; "who" (of "who it helps" and "who
     * should avoid it") names none, nor does a word of no name, nor more words, nor a word callers ask another of the
     * choices offered by more often than by its name and examples ("pain" names "how to prevent pain", but is asked of
     * whether it hurts).
     */
    public Optional<String> namedInOneWord(Input input, CallState state, List<String> offered) {
        String language = state.language();
        List<String> said = PhraseMatcher.wordsOf(language, input.speech());
        if (said.size() != 1 || !vocabularies.containsKey(language)) {
            return Optional.empty();
        }
        String word = said.get(0);
        return Optional.ofNullable(nameWords.computeIfAbsent(language, this::wordsOfOneName).get(word))
                .filter(offered::contains)
                .filter(named -> offered.stream().filter(other -> !other.equals(named))
                        .allMatch(other -> timesAskedBy(language, other, word) <= 1 + timesAskedBy(language, named, word)));
    }

    /** In how many of its examples callers ask for a menu or topic with this word. */
    private int timesAskedBy(String language, String node, String word) {
        return exampleWords.computeIfAbsent(language + " " + node, key -> vocabularies.get(language).examples()
                .getOrDefault(new Heard(Heard.Kind.GO, node), List.of()).stream()
                .flatMap(example -> Set.copyOf(PhraseMatcher.wordsOf(language, example)).stream())
                .collect(Collectors.toUnmodifiableMap(w -> w, w -> 1, Integer::sum))).getOrDefault(word, 0);
    }

    /** The words of a language's names that are in one name alone, and that name's menu or topic. */
    private Map<String, String> wordsOfOneName(String language) {
        Map<String, Set<String>> namesOf = new HashMap<>();
        vocabularies.get(language).names().forEach((node, name) -> PhraseMatcher.wordsOf(language, name)
                .forEach(word -> namesOf.computeIfAbsent(word, w -> new HashSet<>()).add(node)));
        return namesOf.entrySet().stream().filter(word -> word.getValue().size() == 1)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, word -> word.getValue().iterator().next()));
    }

    /** Whether the caller's words name the choices a menu reads: "the options", "las opciones", "the menu". */
    public boolean namesTheOptions(Input input, CallState state) {
        return PhraseMatcher.namesTheOptions(state.language(), input.speech());
    }

    /** Whether the caller says a going back with nothing but little words and words for no: "no, atrás". */
    private boolean goesBack(List<String> said, String language, Vocabulary words) {
        SaidAlone alone = saidAlone(language);
        return saysOne(said, alone.back())
                && saysOnly(said, alone.backOrNo(), w -> PhraseMatcher.leavesOut(language, w), words);
    }

    /**
     * Whether the caller says farewells with nothing but thanks, okays, a no and filler: "thanks, bye, have a good
     * weekend", "no, nothing else, thanks"; or that they will call again, with when besides.
     */
    private boolean leaves(List<String> said, String language, Vocabulary words) {
        SaidAlone alone = saidAlone(language);
        Predicate<String> filler = w -> PhraseMatcher.isFiller(language, w);
        // "no dear, that's all right" is no "that's all": an okay that begins with a farewell is the okay
        return saysOne(said, alone.leaving(), alone.okays()) && saysOnly(said, alone.besideLeaving(), filler, words)
                // "I'll call back on Monday morning", "no, forget it, lo llamo el lunes": calling again, with when and a
                // no at most; "see you Thursday" may be an appointment to ask about
                || saysOne(said, alone.callingAgain())
                && saysOnly(said, alone.besideLeaving(), filler.or(alone.later()::contains), words);
    }

    /**
     * Whether the caller puts the answer off to a time, with nothing but thanks and a no besides: "maybe later", "tal vez
     * mañana, gracias" are a no, as "not now" is ("quizás más tarde" at the offer recorded a message: "más tarde" is
     * when the desk should call back). "Maybe" alone, or with a choice or a yes ("a lo mejor sí", whose "mejor" says
     * no when), is no answer.
     */
    private boolean putsOff(List<String> said, String language, Vocabulary words) {
        SaidAlone alone = saidAlone(language);
        Predicate<String> filler = w -> PhraseMatcher.isFiller(language, w);
        return saysOne(said, alone.puttingOff())
                && said.stream().anyMatch(w -> alone.later().contains(w) && !filler.test(w) && !alone.hedged().contains(w))
                && saysOnly(said, alone.besidePuttingOff(), filler.or(alone.later()::contains), words);
    }

    /** A thank-you, or else an okay, when that and what {@code besides} passes over are all the caller said. */
    private Optional<Heard> thanksOrOkay(List<String> said, String language, Vocabulary words, Predicate<String> besides) {
        SaidAlone alone = saidAlone(language);
        List<String> thanked = withoutWhatItIsFor(said, alone);
        // "oh great, thank you so much": an okay before the thanks is of them; "thank you, that's what I wanted to hear"
        // ends as an okay
        if (endsThanking(thanked, alone.thanks(), besides) && saysOnly(thanked, alone.thanksAndOkays(), besides, words)) {
            return Optional.of(Heard.of(Heard.Kind.THANKS));
        }
        if (saysOnly(said, alone.okays(), besides, words)) {
            return Optional.of(Heard.of(Heard.Kind.ACKNOWLEDGED));
        }
        return Optional.empty();
    }

    /**
     * The words but the few at their end that say what a thank-you before them is for: "thank you so much for
     * explaining" is "thank you so much", "mil gracias por su tiempo" "mil gracias".
     */
    private static List<String> withoutWhatItIsFor(List<String> said, SaidAlone alone) {
        for (int at = Math.max(1, said.size() - 1 - THANKED_FOR_WORDS); at < said.size() - 1; at++) {
            if (alone.thankedFor().contains(said.get(at)) && endsWithOne(said.subList(0, at), alone.thanks())) {
                return said.subList(0, at);
            }
        }
        return said;
    }

    /** Whether the words end with a thank-you, but for what {@code besides} passes over after it ("thanks, dear"). */
    private static boolean endsThanking(List<String> said, List<List<String>> thanks, Predicate<String> besides) {
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

    /** Whether the words end with one of the phrases. */
    private static boolean endsWithOne(List<String> said, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (phrase.size() <= said.size() && saidAt(said, said.size() - phrase.size(), phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What words said in the caller's language mean, from the example phrases of that language.
     *
     * @param normal the speech as {@link Vocabulary#normalize} gives it
     */
    private Heard meaning(String speech, String normal, String language, Vocabulary words) {
        PhraseMatcher matcher = matcher(language);
        Map<String, Heard> meaning = meanings.get(language);
        Optional<Heard> number = number(normal, words, matcher);
        // "have a good one" is a farewell as written, no key 1
        if (number.isPresent() && !saysAFarewell(speech, matcher, meaning)) {
            return number.get();
        }
        List<PhraseMatcher.Match> ranked = ranked(matcher, speech, meaning);
        if (closest(ranked).anyMatch(m -> aside(m, meaning))) {
            Optional<Heard> request = afterAnOpening(speech, language, matcher, meaning,
                    (opening, first) -> aside(first, meaning), asked -> !aside(asked, meaning));
            if (request.isPresent()) {
                return request.get();
            }
        }
        Heard heard = decided(ranked, meaning);
        boolean unsure = heard.kind() == Heard.Kind.UNCLEAR || heard.kind() == Heard.Kind.MAYBE;
        // a farewell is said as written: a phrase with none in it has none to open or end it; looked for once
        boolean farewell = (unsure || heard.kind() == Heard.Kind.MESSAGE) && saysAFarewell(speech, matcher, meaning);
        if (heard.kind() == Heard.Kind.GOODBYE || unsure && farewell) {
            // "no, nada más quería saber el horario" ("no, I just wanted to know the hours"), "that's all, oh wait,
            // does it hurt?", "okay bye, hold on": a request said after the farewell's words is what the caller
            // wants, asking the line to wait too; never hang up on it
            Optional<Heard> request = afterAnOpening(speech, language, matcher, meaning,
                    (opening, first) -> meaning.containsKey(first.destination())
                            && meaning.get(first.destination()).kind() == Heard.Kind.GOODBYE
                            && matcher.saysAsWritten(opening, first.destination()),
                    first -> !first.destination().equals(PhraseMatcher.ASIDE));
            if (request.isPresent() && request.get().kind() != Heard.Kind.GOODBYE) {
                return request.get();
            }
        }
        // "text me that, I can't hear half of it" sounds like a part asked again: the text is asked first
        if ((unsure || heard.kind() == Heard.Kind.REPEAT) && !farewell) {
            Optional<Heard> first = commandFirst(speech, matcher, meaning)
                    .or(() -> unsure ? afterANo(speech, language, words, matcher, meaning) : Optional.empty())
                    .or(() -> commandLast(speech, matcher, meaning));
            if (first.isPresent()) {
                return first.get();
            }
        }
        // a moment asked for is among the closest meanings of the whole: "voy a llegar como quince minutos tarde" is none
        if ((unsure || heard.kind() == Heard.Kind.WAIT) && !farewell
                && closest(ranked).anyMatch(m -> aMoment(m, meaning))) {
            Optional<Heard> request = beforeAMoment(speech, matcher, meaning);
            if (request.isPresent()) {
                return request.get();
            }
        }
        // "I'll call back tomorrow, bye" is no message to record: the caller is leaving; "alright, take care" is
        // no question about taking care of one's back
        return farewell ? farewellAtTheEnd(speech, matcher, meaning).or(() -> onlyAFarewell(speech, language))
                .orElse(heard) : heard;
    }

    /**
     * "Slower please, I'm trying to write down how long it lasts", "mándamelo por texto, que voy manejando": of words not
     * surely understood as a whole, the first few, when they ask for a pace or the text in more than one word of an
     * example, and the rest asks nothing surely but a moment, are what the caller asks; the rest says why. Not the part
     * again, a person or the menu: greetings are the words of "what?" ("hello?"), a story's "nobody answers" those of
     * the desk, and "go back to the list" the menu's as much as the list's.
     */
    private static Optional<Heard> commandFirst(String speech, PhraseMatcher matcher, Map<String, Heard> meaning) {
        return besideAReason(speech, COMMANDS, false, matcher, meaning);
    }

    /**
     * "I'm still a bit foggy from my fall, slower please", "me perdí en las opciones, lléveme al menú principal": of
     * words not surely understood as a whole (or heard as the part again), the last few after a pause, a command of the
     * line's surely in more than one word of an example, are what the caller asks when the words before them ask
     * nothing surely but a reason: they say why. The part again only asked ({@link #asksThePartAgain}: "hay mucho
     * ruido, ¿me lo repite?"). Not the desk nor the next part: "¿me puede ayudar esto?" and "le sigo escuchando" end in
     * their words.
     */
    private static Optional<Heard> commandLast(String speech, PhraseMatcher matcher, Map<String, Heard> meaning) {
        return besideAReason(speech, COMMANDS_LAST, true, matcher, meaning);
    }

    /**
     * A command at one edge of the words, at most {@link #ASIDE_WORDS} of them and not all, surely one of these in more
     * than one word of an example, when the rest asks nothing surely but a reason: first, from two words on; last,
     * after a pause.
     */
    private static Optional<Heard> besideAReason(String speech, Set<Heard.Kind> commands, boolean atTheEnd,
            PhraseMatcher matcher, Map<String, Heard> meaning) {
        String[] said = speech.strip().split("\\s+");
        for (int k = atTheEnd ? 1 : 2; k < said.length && k <= ASIDE_WORDS; k++) {
            int cut = atTheEnd ? said.length - k : k;
            if (atTheEnd && !PAUSE.matcher(said[cut - 1]).find()) {
                continue;
            }
            List<PhraseMatcher.Match> command = atTheEnd ? rankedPart(said, cut, said.length, matcher, meaning)
                    : rankedPart(said, 0, cut, matcher, meaning);
            Heard asked = decided(command, meaning);
            if (!commands.contains(asked.kind()) || !inVeryWords(command)
                    || asked.kind() == Heard.Kind.REPEAT && !asksThePartAgain(said, cut, matcher, meaning)) {
                continue;
            }
            Heard reason = decided(atTheEnd ? rankedPart(said, 0, cut, matcher, meaning)
                    : rankedPart(said, cut, said.length, matcher, meaning), meaning);
            return REASONS.contains(reason.kind()) ? Optional.of(asked) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The part again asked for in the words from {@code from} on: as a question ("¿me lo repite?") or in an example's
     * words as written ("say that again"). Wishes and stories share its little words: "que esté bien", "es que soy muy
     * delicada".
     */
    private static boolean asksThePartAgain(String[] said, int from, PhraseMatcher matcher,
            Map<String, Heard> meaning) {
        return said[said.length - 1].endsWith("?") || saysAsWritten(String.join(" ",
                Arrays.copyOfRange(said, from, said.length)), Heard.Kind.REPEAT, matcher, meaning);
    }

    /**
     * "Can my wife hear it in Spanish? Hold on", "la dirección, déjeme buscar una pluma": a request followed by a moment
     * asked for (to hand the phone over, to write it down) is the request. The moment is the last words, at most
     * {@link #ASIDE_WORDS} and not all, after a pause, surely a moment by themselves; the words before them ask for
     * something surely. Both in more than one word of an example ("how many minutes" asks how long).
     */
    private static Optional<Heard> beforeAMoment(String speech, PhraseMatcher matcher, Map<String, Heard> meaning) {
        String[] said = speech.strip().split("\\s+");
        for (int k = 1; k < said.length && k <= ASIDE_WORDS; k++) {
            if (!PAUSE.matcher(said[said.length - k - 1]).find()) {
                continue; // "dónde dejé los anteojos" asks for no way there before its glasses
            }
            List<PhraseMatcher.Match> moment = rankedPart(said, said.length - k, said.length, matcher, meaning);
            if (!inVeryWords(moment) || decided(moment, meaning).kind() != Heard.Kind.WAIT) {
                continue;
            }
            List<PhraseMatcher.Match> asked = rankedPart(said, 0, said.length - k, matcher, meaning);
            Heard request = decided(asked, meaning);
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
    private static Optional<Heard> afterANo(String speech, String language, Vocabulary words, PhraseMatcher matcher,
            Map<String, Heard> meaning) {
        String[] said = speech.strip().split("\\s+");
        int at = 0;
        while (at < said.length - 1 && PhraseMatcher.isFiller(language, Vocabulary.normalize(said[at]))) {
            at++; // "uy no, ..."
        }
        if (at >= said.length - 1 || !PAUSE.matcher(said[at]).find()
                || !words.no().contains(Vocabulary.normalize(said[at]))) {
            return Optional.empty();
        }
        List<PhraseMatcher.Match> asked = rankedPart(said, at + 1, said.length, matcher, meaning);
        Heard request = decided(asked, meaning);
        return inVeryWords(asked) && AFTER_A_NO.contains(request.kind()) ? Optional.of(request) : Optional.empty();
    }

    /** A farewell as written with nothing besides it that means anything: "take care", "okay then, talk to you soon". */
    private Optional<Heard> onlyAFarewell(String speech, String language) {
        String rest = without(" " + Vocabulary.normalize(speech) + " ", farewells.get(language));
        return PhraseMatcher.wordsOf(language, rest).isEmpty() ? Optional.of(Heard.of(Heard.Kind.GOODBYE)) : Optional.empty();
    }

    /**
     * "Okay, I think that answers my question, thank you, bye": a phrase not surely understood that ends in a
     * farewell is the farewell. The farewell is the last words, at most {@link #FAREWELL_WORDS} and not all,
     * understood surely by themselves as one; the phrase says a farewell as written somewhere.
     */
    private static Optional<Heard> farewellAtTheEnd(String speech, PhraseMatcher matcher, Map<String, Heard> meaning) {
        String[] said = speech.strip().split("\\s+");
        for (int k = 1; k < said.length && k <= FAREWELL_WORDS; k++) {
            String end = String.join(" ", Arrays.copyOfRange(said, said.length - k, said.length));
            Heard farewell = decided(ranked(matcher, end, meaning), meaning);
            if (farewell.kind() == Heard.Kind.GOODBYE) {
                return Optional.of(farewell);
            }
        }
        return Optional.empty();
    }

    /** What a phrase ranked so means: a clear best match, the one short question, or nothing understood. */
    private static Heard decided(List<PhraseMatcher.Match> ranked, Map<String, Heard> meaning) {
        // "never mind", "I was talking to my son": nothing the caller asks of the line
        if (ranked.isEmpty() || ranked.get(0).destination().equals(PhraseMatcher.ASIDE)) {
            return Heard.of(Heard.Kind.UNCLEAR);
        }
        PhraseMatcher.Match best = ranked.get(0);
        Heard meant = meaning.get(best.destination());
        // "talk slower, I'm writing this down": a change of pace says it again and gives time, so a repeat or a
        // moment asked for beside it is no rival to it
        double next = 0;
        for (int at = 1; at < ranked.size(); at++) {
            if (!(isPace(meant) && paceDoesToo(meaning.get(ranked.get(at).destination())))) {
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
            Optional<Heard> pace = againAtAPace(ranked, meaning);
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
                    : maybe(meaning.get(close.destination()));
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
    private static Optional<Heard> againAtAPace(List<PhraseMatcher.Match> ranked, Map<String, Heard> meaning) {
        return ranked.stream()
                .filter(m -> m.score() >= WORTH_ASKING && m.wordForWord() >= WORD_FOR_WORD && !m.oneWordOf())
                .map(m -> meaning.get(m.destination())).filter(Objects::nonNull)
                .filter(Listener::isPace).findFirst();
    }

    private static boolean isPace(Heard heard) {
        return heard.kind() == Heard.Kind.SLOWER || heard.kind() == Heard.Kind.NORMAL_PACE;
    }

    /** What a change of pace does too: say the words again, and give a caller who writes time. */
    private static boolean paceDoesToo(Heard heard) {
        return heard != null && (heard.kind() == Heard.Kind.REPEAT || heard.kind() == Heard.Kind.WAIT);
    }

    /** The places the caller's words match, best first, without a farewell they do not plainly say. */
    private static List<PhraseMatcher.Match> ranked(PhraseMatcher matcher, String speech, Map<String, Heard> meaning) {
        return matcher.rank(speech).stream().filter(m -> !farewellInPassing(m, meaning, matcher, speech)).toList();
    }

    /** The words said from {@code from} to {@code to}, ranked as a phrase of their own. */
    private static List<PhraseMatcher.Match> rankedPart(String[] said, int from, int to, PhraseMatcher matcher,
            Map<String, Heard> meaning) {
        return ranked(matcher, String.join(" ", Arrays.copyOfRange(said, from, to)), meaning);
    }

    /** The words after the longest way of asking the line to wait they begin with ("hold on, what?"); else all of them. */
    private List<String> afterAWait(List<String> said, String language) {
        return said.subList(longestAtAnEdge(saidAlone(language).waits(), said, false), said.size());
    }

    /** How many words the longest of these phrases the words begin (or end) with has, not all of them; 0 for none. */
    private static int longestAtAnEdge(List<List<String>> phrases, List<String> said, boolean atTheEnd) {
        int longest = 0;
        for (List<String> phrase : phrases) {
            if (phrase.size() > longest && phrase.size() < said.size()
                    && saidAt(said, atTheEnd ? said.size() - phrase.size() : 0, phrase)) {
                longest = phrase.size();
            }
        }
        return longest;
    }

    /**
     * What the words before a closing "again" ("otra vez", "once more") surely ask for: a topic, the hours or the desk.
     * Nothing when they ask for nothing sure by themselves ("could you say that again").
     */
    private Optional<Heard> askedAgain(List<String> said, String language, Vocabulary words) {
        int again = longestAtAnEdge(saidAlone(language).again(), said, true);
        if (again == 0) {
            return Optional.empty();
        }
        String asked = String.join(" ", said.subList(0, said.size() - again));
        Heard meant = meaning(asked, Vocabulary.normalize(asked), language, words);
        return switch (meant.kind()) {
            case GO, FRONT_DESK, ASK_THE_DESK, DIRECTIONS -> Optional.of(meant);
            default -> Optional.empty();
        };
    }

    /**
     * The caller's words without an emergency they deny in so many words, when they deny one: a word for no, little
     * words alone, then an emergency written as one word ("it's not an emergency, does it hurt?" is "it's, does it
     * hurt"). "It's not an emergency, but I can't breathe" is still one.
     */
    private Optional<String> withoutADeniedEmergency(List<String> said, String language) {
        Set<String> emergencies = emergencyWords.get(language);
        for (int at = 0; at < said.size(); at++) {
            if (DENIALS.contains(said.get(at))) {
                int next = at + 1;
                while (next < said.size() && !emergencies.contains(said.get(next))
                        && PhraseMatcher.leavesOut(language, said.get(next))) {
                    next++;
                }
                if (next < said.size() && emergencies.contains(said.get(next))) {
                    return Optional.of(allBut(said, at, next + 1));
                }
            }
        }
        return Optional.empty();
    }

    /** The words but those from {@code from} to {@code to} (exclusive), as one phrase. */
    private static String allBut(List<String> said, int from, int to) {
        return String.join(" ", Stream.concat(said.subList(0, from).stream(), said.subList(to, said.size()).stream()).toList());
    }

    /** A farewell not said in its very words, or not as written: "what now" is no "that's all for now". */
    private static boolean farewellInPassing(PhraseMatcher.Match match, Map<String, Heard> meaning,
            PhraseMatcher matcher, String speech) {
        Heard heard = meaning.get(match.destination());
        return heard != null && heard.kind() == Heard.Kind.GOODBYE
                && (match.wordForWord() < FAREWELL_WORD_FOR_WORD || !matcher.saysAsWritten(speech, match.destination()));
    }

    /** An aside ("never mind"), or asking the line to wait ("hold on"): what callers say before a request. */
    private static boolean aside(PhraseMatcher.Match match, Map<String, Heard> meaning) {
        return match.destination().equals(PhraseMatcher.ASIDE) || aMoment(match, meaning);
    }

    /** Asking the line to wait: "hold on", "déjeme buscar una pluma". */
    private static boolean aMoment(PhraseMatcher.Match match, Map<String, Heard> meaning) {
        return !match.destination().equals(PhraseMatcher.ASIDE)
                && meaning.get(match.destination()).kind() == Heard.Kind.WAIT;
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
    private static Optional<Heard> afterAnOpening(String speech, String language, PhraseMatcher matcher,
            Map<String, Heard> meaning, BiPredicate<String, PhraseMatcher.Match> opens,
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
            List<PhraseMatcher.Match> asked = rankedPart(said, k, said.length, matcher, meaning);
            if (asked.isEmpty() || !asks.test(asked.get(0))) {
                continue;
            }
            Heard request = decided(asked, meaning);
            if ((inVeryWords(asked) || request.kind() == Heard.Kind.REPEAT) && request.kind() != Heard.Kind.UNCLEAR
                    && request.kind() != Heard.Kind.MAYBE) {
                return Optional.of(request);
            }
        }
        return Optional.empty();
    }

    private TellingWords telling() {
        TellingWords found = telling;
        if (found == null) {
            found = new TellingWords(vocabularies);
            telling = found;
        }
        return found;
    }

    /** Phrases word by word as said; a "*" stands for any one word ("have a * day"). */
    private static List<List<String>> asSaid(String language, List<String> phrases) {
        return phrases.stream().map(phrase -> {
            List<String> words = new ArrayList<>();
            String[] pieces = phrase.split("\\*", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    words.add(ANY_WORD);
                }
                words.addAll(PhraseMatcher.wordsAsSaid(language, pieces[i]));
            }
            return words;
        }).filter(p -> !p.isEmpty()).toList();
    }

    /** Whether the caller's words hold one of the phrases anywhere. */
    private static boolean saysOne(List<String> said, List<List<String>> phrases) {
        return saysOne(said, phrases, List.of());
    }

    /** Whether the caller's words hold one of the phrases anywhere that no longer one of {@code longer} begins. */
    private static boolean saysOne(List<String> said, List<List<String>> phrases, List<List<String>> longer) {
        // loops, not streams: this runs for every phrase a caller says, and a stream per listed phrase made each
        // phrase a quarter slower (bench/RESULTS.md)
        for (List<String> phrase : phrases) {
            for (int at = 0; at + phrase.size() <= said.size(); at++) {
                if (saidAt(said, at, phrase) && !beginsLonger(said, at, phrase.size(), longer)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the phrases longer than {@code size} words is said from {@code at} on. */
    private static boolean beginsLonger(List<String> said, int at, int size, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (phrase.size() > size && saidAt(said, at, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the caller's words from {@code at} on begin with the phrase, whose {@link #ANY_WORD} is any word. */
    private static boolean saidAt(List<String> said, int at, List<String> phrase) {
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
    private static boolean saysOnly(List<String> said, List<List<String>> phrases, Predicate<String> besides,
            Vocabulary words) {
        return timesSaid(said, phrases, besides, words) > 0;
    }

    /**
     * How often the caller said these phrases, with nothing else but what {@link #saysOnly} passes over; else 0.
     * Counted the way that needs the fewest: "oh I see now" is "I see now" after an "oh", not "oh I see" and a
     * "now" left over.
     */
    private static int timesSaid(List<String> said, List<List<String>> phrases, Predicate<String> besides,
            Vocabulary words) {
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
            for (List<String> phrase : phrases) {
                int end = at + phrase.size();
                if (saidAt(said, at, phrase)) {
                    fewest[end] = Math.min(fewest[end], before + 1);
                    reached = Math.max(reached, end);
                }
            }
        }
        return fewest[said.size()] == none ? 0 : fewest[said.size()];
    }

    /**
     * When the caller refuses what the words ask for, what else they ask, surely (else {@code DECLINED}): the words from
     * a not to the next pause, at most {@link #NOT_REACHES} after it, ask for it ("I don't want to talk to a person",
     * "no, no me pase"), and the rest of what they said does not ("I don't want to talk to a machine, put me through
     * to a human being" asks for a person; "no I'd rather talk to someone" has no not). Empty when nothing is refused.
     */
    private Optional<Heard> besidesARefusal(Heard meant, String speech, String language, Vocabulary words) {
        if (!denies(speech, language)) {
            return Optional.empty(); // most requests: no word read twice
        }
        String[] said = speech.strip().split("\\s+");
        for (int at = 0; at < said.length; at++) {
            boolean beforeAWord = at + 1 < said.length && !PAUSE.matcher(said[at]).find();
            // a message is refused by a no in English too: "no message", "no I'll call back"
            boolean not = PhraseMatcher.negates(language, said[at], beforeAWord)
                    || meant.kind() == Heard.Kind.MESSAGE && beforeAWord && said[at].equalsIgnoreCase("no");
            if (!not || saysUnable(said, at, language)) {
                continue;
            }
            int end = at;
            while (end + 1 < said.length && end - at < NOT_REACHES && !PAUSE.matcher(said[end]).find()) {
                end++;
            }
            String refused = String.join(" ", Arrays.copyOfRange(said, at, end + 1));
            if (!sameRequest(meaning(refused, Vocabulary.normalize(refused), language, words), meant)) {
                continue;
            }
            String rest = allBut(Arrays.asList(said), at, end + 1);
            Heard besides = meaning(rest, Vocabulary.normalize(rest), language, words);
            if (!sameRequest(besides, meant)) {
                boolean sure = besides.kind() != Heard.Kind.UNCLEAR && besides.kind() != Heard.Kind.MAYBE;
                return Optional.of(sure ? besides : Heard.of(Heard.Kind.DECLINED));
            }
        }
        return Optional.empty();
    }

    /** What a caller may refuse in so many words: a person (asked for surely or doubtfully), the main menu, the next part, a message. */
    private static boolean refusable(Heard heard) {
        return REFUSABLE.contains(heard.kind()) || aPerson(heard);
    }

    private static boolean aPerson(Heard heard) {
        return heard.kind() == Heard.Kind.FRONT_DESK || heard.kind() == Heard.Kind.MAYBE && heard.detail().isEmpty();
    }

    private static boolean sameRequest(Heard one, Heard other) {
        return one.kind() == other.kind() && one.detail().equals(other.detail()) || aPerson(one) && aPerson(other);
    }

    /** Whether the caller says no or not: "don't" and "can't" are "not" to the matcher, as "no" is in Spanish. */
    private static boolean denies(String speech, String language) {
        List<String> words = PhraseMatcher.wordsOf(language, speech);
        return words.contains("not") || words.contains("no");
    }

    /**
     * The caller's answer to "Do you want to hear ...? Say yes, or press 1.": 1 or a word for yes is
     * yes, 2 or a word for no is no; anything else is neither. A no said inside a word for yes ("cómo no",
     * "no problem") is no no.
     */
    public Optional<Boolean> answer(Input input, CallState state) {
        if (!input.digits().isEmpty()) {
            return input.digits().equals("1") ? Optional.of(true)
                    : input.digits().equals("2") ? Optional.of(false) : Optional.empty();
        }
        Vocabulary words = vocabularies.get(state.language());
        String said = " " + Vocabulary.normalize(input.speech()) + " ";
        if (words == null || said.isBlank()) {
            return Optional.empty();
        }
        if (opensWithAYes(input.speech(), words)) {
            return Optional.of(true);
        }
        if (saysAny(withoutUnable(without(said, yesWithANo.get(state.language())), state.language()), words.no())) {
            return Optional.of(false);
        }
        return saysYes(input.speech(), words) ? Optional.of(true) : Optional.empty();
    }

    /**
     * Whether a word for yes is said: anywhere, as recognizers leave pauses out ("honey turn that down yes I want to
     * hear it"), but not where it is another word inside a part between pauses: "right" that does not begin or end it
     * ("Tommy, off the couch right now", "my right knee hurts"), "si" written without its accent before another word,
     * which is "if" ("¿y si llueve?", "¿me dicen si abren mañana?").
     */
    private static boolean saysYes(String speech, Vocabulary words) {
        String said = " " + Vocabulary.normalize(speech) + " ";
        if (words.yes().stream().anyMatch(yes -> yes.contains(" ") && said.contains(" " + yes + " "))) {
            return true;
        }
        for (String part : BETWEEN_PAUSES.split(speech)) {
            String[] written = part.strip().split("\\s+");
            for (int at = 0; at < written.length; at++) {
                boolean inside = at > 0 && at < written.length - 1;
                boolean anotherWord = written[at].equalsIgnoreCase(RIGHT) && inside
                        || written[at].equalsIgnoreCase(IF) && at < written.length - 1;
                if (!anotherWord && words.yes().contains(Vocabulary.normalize(written[at]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Sí, no me importa esperar", "yes, I won't be able to call during the day": an answer that opens with a yes is the
     * yes, whatever not it says after it about something else. A no that ends it, or stands alone between pauses, takes
     * it back: "yes, no, sorry", "okay, not now", "please, I don't want to", "sí, no no, mejor llamo mañana".
     */
    private static boolean opensWithAYes(String speech, Vocabulary words) {
        String normal = Vocabulary.normalize(speech);
        int yes = longestBeginning(normal, words.yes());
        // "está bien así" is a no that begins with the yes "está bien"
        if (yes == 0 || longestBeginning(normal, words.no()) > yes) {
            return false;
        }
        String[] said = speech.strip().split("\\s+");
        List<String> plain = Arrays.stream(said).map(Vocabulary::normalize).toList();
        for (String no : words.no()) {
            List<String> phrase = List.of(no.split(" "));
            for (int at = 1; at + phrase.size() <= plain.size(); at++) {
                if (!plain.subList(at, at + phrase.size()).equals(phrase)) {
                    continue;
                }
                int end = at + phrase.size();
                // said again ("yes, no no, I'll call back"), it is one no
                while (end + phrase.size() <= plain.size() && plain.subList(end, end + phrase.size()).equals(phrase)) {
                    end += phrase.size();
                }
                if (end == plain.size() || PAUSE.matcher(said[at - 1]).find() && PAUSE.matcher(said[end - 1]).find()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The normalized words without the nots that tell what the caller cannot do or does not know: "sí, no entiendo la
     * factura" and "no puedo ir mañana" answer no question with a no.
     */
    private static String withoutUnable(String said, String language) {
        String[] words = said.strip().split(" ");
        StringBuilder kept = new StringBuilder(" ");
        for (int at = 0; at < words.length; at++) {
            boolean unable = at + 1 < words.length && PhraseMatcher.negates(language, words[at], true)
                    && saysUnable(words, at, language);
            if (!unable) {
                kept.append(words[at]).append(' ');
            }
        }
        return kept.toString();
    }

    /** Whether the not at {@code at} tells what the caller cannot do or does not know: "can't", "no entiendo". */
    private static boolean saysUnable(String[] said, int at, String language) {
        return PhraseMatcher.saysUnable(language, said[at], wordAfter(said, at, language));
    }

    /**
     * The word a not denies, before a pause: the next one, or the one after a pronoun ("sabía" in "no lo sabía", "pase" in
     * "no me pase"); else empty.
     */
    private static String wordAfter(String[] said, int at, String language) {
        for (int next = at + 1; next < said.length && !PAUSE.matcher(said[next - 1]).find(); next++) {
            String word = said[next];
            boolean pronoun = word.length() <= 3 && PhraseMatcher.leavesOut(language, word)
                    && !PhraseMatcher.isFiller(language, word);
            if (!pronoun) {
                return word;
            }
        }
        return "";
    }

    /** A yes ({@code yes}) or a no said in {@code language}. */
    public record YesOrNo(String language, boolean yes) {}

    /**
     * The yes or the no, when the words are one in the line's other language alone, in its little words, and
     * neither in the call's: "sí", "sí, por favor" at the English line; "yes please" at the Spanish one.
     */
    public Optional<YesOrNo> answersInAnother(Input input, CallState state) {
        if (!input.digits().isEmpty() || answer(input, state).isPresent()) {
            return Optional.empty();
        }
        String said = " " + Vocabulary.normalize(input.speech()) + " ";
        for (Map.Entry<String, Vocabulary> other : vocabularies.entrySet()) {
            Optional<Boolean> answered = other.getKey().equals(state.language()) ? Optional.empty()
                    : answer(input, state.inLanguage(other.getKey()));
            if (answered.isPresent() && PhraseMatcher.wordsOf(other.getKey(),
                    without(without(said, other.getValue().yes()), other.getValue().no())).isEmpty()) {
                return Optional.of(new YesOrNo(other.getKey(), answered.get()));
            }
        }
        return Optional.empty();
    }

    /** The words, padded with a space at each end, with each of these phrases said in them taken out. */
    private static String without(String padded, List<String> phrases) {
        String rest = padded;
        for (String phrase : phrases) {
            rest = rest.replace(" " + phrase + " ", " ");
        }
        return rest;
    }

    /** Whether the words, padded with a space at each end, say one of these phrases. */
    private static boolean saysAny(String padded, List<String> phrases) {
        return phrases.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }

    /**
     * Whether the words end in a yes or a no, after a pause, with nothing after it but thanks and little words, and ask
     * nothing: "mi quiropráctico ya me explicó la tracción. No, gracias.", "my husband went there last year. Yes, tell
     * me". What the caller said before it is why they answer so, not a request.
     */
    public boolean answersLast(Input input, CallState state) {
        Vocabulary words = vocabularies.get(state.language());
        String speech = input.speech().strip();
        if (words == null || speech.contains("?")) {
            return false;
        }
        String language = state.language();
        String[] parts = BETWEEN_PAUSES.split(speech);
        for (int at = parts.length - 1; at > 0; at--) {
            String padded = " " + Vocabulary.normalize(parts[at]) + " ";
            String rest = without(without(without(padded, words.yes()), words.no()),
                    thanks.getOrDefault(language, List.of()));
            if (!PhraseMatcher.wordsOf(language, rest).isEmpty()) {
                return false;
            }
            if (saysAny(padded, words.yes()) || saysAny(padded, words.no())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the caller said a word for yes besides a farewell, all in little words: "yes, that's it", "sí, eso es
     * todo"; not "eso es todo", whose "eso" is the farewell's, nor "okay thanks, bye".
     */
    public boolean yesBesidesAFarewell(Input input, CallState state) {
        Vocabulary words = vocabularies.get(state.language());
        if (words == null || !PhraseMatcher.wordsOf(state.language(), input.speech()).isEmpty()) {
            return false;
        }
        String said = " " + Vocabulary.normalize(input.speech()) + " ";
        return saysAny(without(said, farewells.get(state.language())), words.yes());
    }

    /**
     * Whether a word for yes comes before any word that means something: "um, sure, I'll leave one", "yeah, tell them
     * I called"; not "so there's nobody I can talk to right now", whose "right" comes after "nobody".
     */
    public boolean yesFirst(Input input, CallState state) {
        Vocabulary words = vocabularies.get(state.language());
        if (words == null) {
            return false;
        }
        String[] said = Vocabulary.normalize(input.speech()).split(" ");
        for (int at = 0; at < said.length; at++) {
            if (begins(String.join(" ", Arrays.copyOfRange(said, at, said.length)), words.yes())) {
                return true;
            }
            if (!PhraseMatcher.wordsOf(state.language(), said[at]).isEmpty()) {
                return false;
            }
        }
        return false;
    }

    /** Whether the words begin with a word for no: "no, I'll call back", "nope, not now". */
    public boolean repliesNo(Input input, CallState state) {
        Vocabulary words = vocabularies.get(state.language());
        return words != null && begins(Vocabulary.normalize(input.speech()), words.no());
    }

    /**
     * Whether the words after the no they begin with say one of the front desk's examples as written: "no, I'd rather
     * talk to someone"; not "no, my husband makes the appointments", whose booking is the desk's to answer.
     */
    public boolean aPersonAfterANo(Input input, CallState state) {
        Vocabulary words = vocabularies.get(state.language());
        String[] said = Vocabulary.normalize(input.speech()).split(" ");
        int no = words == null ? 0 : longestBeginning(String.join(" ", said), words.no());
        if (no == 0 || no >= said.length) {
            return false;
        }
        return saysAsWritten(String.join(" ", Arrays.copyOfRange(said, no, said.length)), Heard.Kind.FRONT_DESK,
                matcher(state.language()), meanings.get(state.language()));
    }

    /** How many words the longest of these phrases has that begins the normalized words; 0 if none does. */
    private static int longestBeginning(String said, List<String> phrases) {
        String padded = said + " ";
        return phrases.stream().filter(phrase -> padded.startsWith(phrase + " "))
                .mapToInt(phrase -> phrase.split(" ").length).max().orElse(0);
    }

    /** Whether the normalized words begin with one of these phrases, whole words. */
    private static boolean begins(String said, List<String> phrases) {
        String padded = said + " ";
        return phrases.stream().anyMatch(phrase -> padded.startsWith(phrase + " "));
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
     * "Two", "2", "press two", "number two, please", "the second one", "the last one": the caller said a key instead
     * of pressing it. The number must be all the phrase says besides words that name a key, or come right after one ("what
     * was number three", "give me option 2", "cuál era la opción dos"), and may be said twice ("two, two"): "seven
     * eleven" or "i have two questions" is no key.
     */
    private static Optional<Heard> number(String said, Vocabulary words, PhraseMatcher matcher) {
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
            // a digit, without a pattern compiled for every word said
            boolean aDigit = token.length() == 1 && token.charAt(0) >= '0' && token.charAt(0) <= '9';
            String digit = aDigit ? token : n >= 0 ? String.valueOf(n) : place > 0 ? String.valueOf(place) : null;
            Heard pressed = digit != null ? Heard.key(digit) : place < 0 ? Heard.fromTheEnd(-place) : null;
            if (pressed == null) {
                rest.append(token).append(' ');
            } else if (key.isPresent() && !key.get().equals(pressed)) {
                return Optional.empty();
            } else {
                // "number two, uh, number two": the same key said again is that key
                key = Optional.of(pressed);
                // "option four", and by its place "the fourth option", "la cuarta opción"
                named |= at > 0 && matcher.namesAKey(tokens[at - 1])
                        || place != 0 && at + 1 < tokens.length && matcher.namesAKey(tokens[at + 1]);
                if (place != 0 && at + 1 < tokens.length && tokens[at + 1].equals(one)) {
                    at++; // "the first one": the one is the option, no number of its own
                }
            }
        }
        boolean keyNamed = named;
        return key.filter(k -> keyNamed || matcher.onlyNamesAKey(rest.toString()));
    }
}
