package clinic.ivr.flow;

import clinic.ivr.flow.WordsSaid.AroundAPause;
import clinic.ivr.understanding.PhraseMatcher;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static clinic.ivr.flow.PhraseReading.SETTLES;
import static clinic.ivr.flow.WordsSaid.ANY_WORD;
import static clinic.ivr.flow.WordsSaid.BETWEEN_PAUSES;
import static clinic.ivr.flow.WordsSaid.PAUSE;
import static clinic.ivr.flow.WordsSaid.allBut;
import static clinic.ivr.flow.WordsSaid.saysUnable;

/**
 * Turns a key press or spoken words into a {@link Heard}. Words are matched against the example
 * phrases of every choice of the line, in the caller's language, from any menu: a caller can ask
 * for any topic, question or the hours without knowing where it sits in the tree.
 *
 * <p>What callers say alone comes first ({@link SaidAlone}: a thank-you, an okay, a no, going back, leaving); then
 * what the words mean by the examples ({@link PhraseReading}); then what is said around it: an emergency denied, a
 * request refused ("don't transfer me"), a story told in sentences with one question in it, the same said twice
 * in both languages, a thank-you before a comment. Words the caller's language does not understand, but plainly of
 * the line's other language, ask for that language: the caller is switched to it, as with the language key. A yes or
 * a no to what the line asks is {@link YesOrNoAnswers}'.
 */
public final class Listener {

    /** Words, as said in either language, that deny the emergency after them: "not an emergency", "no es urgente". */
    private static final Set<String> DENIALS = Set.of("no", "not", "isnt", "aint", "wasnt", "nothing", "nada");
    /** Below this confidence, Twilio's transcript is more guess than speech. */
    static final double MIN_CONFIDENCE = 0.3;

    /** Where a sentence ends, as recognizers write it: "... right now. Could you ...". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
    /**
     * Commands a caller may refuse in so many words, besides a person, and the line then does not do: the main menu,
     * the next part, a message ("I don't want to leave a message"; "como no contesta nadie, quiero dejar un mensaje"
     * refuses none). A repeat is often asked with a not ("I didn't catch that"), and a change of pace refused is
     * another ("not so fast" asks for slower).
     */
    private static final Set<Heard.Kind> REFUSABLE = Set.of(Heard.Kind.MAIN_MENU, Heard.Kind.NEXT, Heard.Kind.MESSAGE);
    /** What an okay said first may go before: see {@link #askedAfterAnOkay}. */
    private static final Set<Heard.Kind> WAYS_ON = EnumSet.of(Heard.Kind.NEXT, Heard.Kind.MAIN_MENU, Heard.Kind.GO_BACK,
            Heard.Kind.TEXT, Heard.Kind.MESSAGE);
    /** What a story's last sentence may be without being its request: a key, "¿cómo?", the other language. */
    private static final Set<Heard.Kind> NOT_SAID_LAST = EnumSet.of(Heard.Kind.KEY, Heard.Kind.REPEAT, Heard.Kind.LANGUAGE);
    /** What the words before a farewell said last may surely sound like: a place, or what only the desk answers. */
    private static final Set<Heard.Kind> LEFT_AFTER = EnumSet.of(Heard.Kind.GO, Heard.Kind.DIRECTIONS,
            Heard.Kind.ASK_THE_DESK);
    /** What a topic's words may sound like when the caller only says what they are busy doing: a place, the desk's. */
    private static final Set<Heard.Kind> TOPICS = EnumSet.of(Heard.Kind.GO, Heard.Kind.DIRECTIONS, Heard.Kind.ASK_THE_DESK,
            Heard.Kind.MESSAGE, Heard.Kind.MAYBE, Heard.Kind.UNCLEAR);
    /**
     * What a please said beside is no yes to a question: "slower, please", "can you repeat that, please". A going back
     * is none beside any yes (see {@code Flow.confirmed}).
     */
    private static final Set<Heard.Kind> ASKED_POLITELY = EnumSet.of(Heard.Kind.REPEAT, Heard.Kind.MAIN_MENU,
            Heard.Kind.SLOWER, Heard.Kind.NORMAL_PACE);
    /** What asks the line's voice for something: its pace, a moment, the words again. */
    private static final Set<Heard.Kind> ABOUT_THE_VOICE = EnumSet.of(Heard.Kind.SLOWER, Heard.Kind.NORMAL_PACE,
            Heard.Kind.WAIT, Heard.Kind.REPEAT);
    /** What why the caller did not catch it may read as alone: nothing sure, or the words again ("¿me lo repite?"). */
    private static final Set<Heard.Kind> NOTHING_SURE = EnumSet.of(Heard.Kind.UNCLEAR, Heard.Kind.MAYBE, Heard.Kind.REPEAT);
    /** What hands the caller on from the line's voice: a person, or the words in a text. */
    private static final Set<Heard.Kind> HANDED_OVER = EnumSet.of(Heard.Kind.FRONT_DESK, Heard.Kind.TEXT);
    /** What words surely ask that lands the caller somewhere: a place, the desk's answer, the way, a message. */
    private static final Set<Heard.Kind> LANDS = EnumSet.of(Heard.Kind.GO, Heard.Kind.DIRECTIONS, Heard.Kind.ASK_THE_DESK,
            Heard.Kind.MESSAGE);
    /** The most words after a not that it denies: "don't want to talk to a person". */
    static final int NOT_REACHES = 6;

    /** Each language's reading of words by its example phrases, built when words are first heard in it. */
    private final Map<String, PhraseReading> readings = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<String>>> examples = new HashMap<>();
    private final Map<String, Map<String, Heard>> meanings = new HashMap<>();
    /** Each language's phrases said alone, built when words are first heard in it, as its reading is. */
    private final Map<String, SaidAlone> saidAlone = new ConcurrentHashMap<>();
    /** Each language's emergencies written as one word ("chest", "pecho"), normalized. */
    private final Map<String, Set<String>> emergencyWords = new HashMap<>();
    /** Each language's farewells as written and those said alone but for wishes, normalized, the longest first. */
    private final Map<String, List<String>> farewells = new HashMap<>();
    private final Map<String, Vocabulary> vocabularies;
    /** Each language's menus and topics named by one word, built when first needed, as its reading is. */
    private final Map<String, ChoiceNames> choiceNames = new ConcurrentHashMap<>();
    /** Each language's introductions ("my name is ..., born ..."), built with its reading. */
    private final Map<String, Introductions> introductions = new ConcurrentHashMap<>();
    /** Found when first needed: most callers speak the language they hear. */
    private volatile TellingWords telling;
    private final Corrections corrections = new Corrections(PhraseMatcher::corrections);
    private final Corrections contrasts = new Corrections(PhraseMatcher::contrasts);
    private final YesOrNoAnswers answers;

    /**
     * Builds each language's reading once, when words are first heard in it: a new version of the prompts
     * makes a new listener, and a version that is only checked, or a line whose callers press keys, needs none.
     */
    public Listener(Map<String, Vocabulary> vocabularies) {
        this.vocabularies = Map.copyOf(vocabularies);
        vocabularies.forEach((language, words) -> {
            Map<String, List<String>> phrases = new HashMap<>();
            Map<String, Heard> meaning = new HashMap<>();
            emergencyWords.put(language, words.examplesOf(Heard.Kind.EMERGENCY).stream()
                    .map(Vocabulary::normalize).filter(word -> !word.isEmpty() && !word.contains(" "))
                    .collect(Collectors.toUnmodifiableSet()));
            // with those said alone ("eso es todo"), which a yes may stand beside too: "sí, eso es todo" is the yes
            farewells.put(language, Vocabulary.longestFirst(Stream.concat(words.examplesOf(Heard.Kind.GOODBYE).stream(),
                    PhraseMatcher.leaving(language).stream()
                    .filter(phrase -> !phrase.contains(ANY_WORD))).map(Vocabulary::normalize).toList()));
            words.examples().forEach((heard, said) -> {
                if (SaidAlone.KINDS.contains(heard.kind())) {
                    return;
                }
                String destination = heard.kind() + ":" + heard.detail();
                phrases.put(destination, said);
                meaning.put(destination, heard);
            });
            examples.put(language, phrases);
            meanings.put(language, meaning);
        });
        answers = new YesOrNoAnswers(this.vocabularies, farewells, this::reading);
    }

    /** The caller's yes or no to what the line asks. */
    public YesOrNoAnswers answers() {
        return answers;
    }

    /** Builds every language's reading now: a version about to answer calls, so that no caller waits for it. */
    public void prepare() {
        examples.keySet().forEach(language -> {
            reading(language);
            saidAlone(language);
            choiceNames(language);
            introductions(language);
        });
    }

    /** Whether every language's reading, and its words recognized said alone, are built. */
    public boolean ready() {
        return readings.keySet().containsAll(examples.keySet()) && saidAlone.keySet().containsAll(examples.keySet());
    }

    private SaidAlone saidAlone(String language) {
        return saidAlone.computeIfAbsent(language, l -> new SaidAlone(l, vocabularies.get(l)));
    }

    private ChoiceNames choiceNames(String language) {
        return choiceNames.computeIfAbsent(language, l -> new ChoiceNames(l, vocabularies.get(l)));
    }

    private Introductions introductions(String language) {
        return introductions.computeIfAbsent(language, l -> new Introductions(l, vocabularies.get(l)));
    }

    private PhraseReading reading(String language) {
        return readings.computeIfAbsent(language, l -> new PhraseReading(l, vocabularies.get(l),
                PhraseMatcher.of(l, examples.get(l)), meanings.get(l), farewells.get(l)));
    }

    /**
     * What the caller settled on: "two, no wait, five" is five, "el horario, no, mejor páseme con alguien" the front
     * desk, and, where a yes or no was asked ({@code yesOrNoAsked}), "no, espere, sí" a yes; their name and date of
     * birth said first are passed over ({@link Introductions}). The words after the last
     * place the caller takes back what they said, when the words before it mean something by themselves (a request,
     * or an answer where one was asked) and those after it are a request, or where one was asked an answer; else the
     * input as said.
     */
    public Input settled(Input said, CallState state, boolean yesOrNoAsked) {
        if (!vocabularies.containsKey(state.language())) {
            return said;
        }
        // "my name is Ann Lee, date of birth March 3rd 1956, ...": what follows
        Input input = introductions(state.language()).passedOver(said);
        Predicate<Input> asks = part -> SETTLES.contains(heard(part, state).kind());
        Predicate<Input> answered = part -> answers.answer(part, state).isPresent();
        // to a question, only an answer, or not having caught it, settles it: "no, mejor llamo después" is the no, its
        // "mejor" taking nothing back; "ajá? perdón, no le entendí" asks for the question again
        Predicate<Input> unheard = part -> heard(part, state).kind() == Heard.Kind.REPEAT;
        if (!yesOrNoAsked) {
            return corrections.settled(input, state.language(), true, vocabularies.get(state.language()).numbers(), asks, asks);
        }
        // "hold on honey... yes, go ahead", "un momentito mija... sí, cómo no": a wait said first, to the room, then the answer
        Optional<Input> afterAWait = answeredAfterAWait(input, state, answered);
        if (afterAWait.isPresent()) {
            return afterAWait.get();
        }
        // to a question a no takes nothing back: "no no, está bien" is the no
        Input settled = corrections.settled(input, state.language(), false, List.of(), asks.or(answered), answered.or(unheard));
        // "no, it's not urgent, but yes, put me through": a yes after a "but" is the answer; "yes, but no rush" stays one
        return settled != input ? settled : contrasts.settled(input, state.language(), false, List.of(), asks.or(answered),
                part -> answers.answer(part, state).orElse(false));
    }

    /** What words ask read alone, as a whole phrase would be: a part of what the caller said, or all of it again. */
    private Heard meaningAlone(String words, String language) {
        return reading(language).meaning(words, Vocabulary.normalize(words));
    }

    /** What the words before the first pause ask, read alone, when more follows them. */
    private Optional<Heard> askedFirst(String speech, String language) {
        return AroundAPause.first(speech).map(AroundAPause::before)
                .map(first -> meaningAlone(first, language));
    }

    /** The words after the first pause, when those before it ask the line to wait and those after it answer. */
    private Optional<Input> answeredAfterAWait(Input input, CallState state, Predicate<Input> answered) {
        return AroundAPause.first(input.speech())
                .or(() -> opening(input.speech(), state.language(), saidAlone(state.language())::waitFirst))
                .filter(around -> heard(input.part(around.before()), state).kind() == Heard.Kind.WAIT)
                .map(around -> input.part(around.after())).filter(answered);
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
        // "¿bueno? ¿bueno?": only hellos asked, the caller wonders whether the line is still there, as with "¿me escucha?"
        if (answers.onlyHellos(input, language)) {
            return Heard.of(Heard.Kind.REPEAT);
        }
        // A thank-you or an okay with filler alone around it is one before its words are matched: "uh huh" is no
        // "huh?", nor "I see" a "let me see". With more ("thank you, that will be all", "sí, otra vez"), what the
        // words mean comes first.
        // "no, gracias", "ay no, no se preocupe, señorita", "maybe later": a word for no with filler alone around it, or
        // an answer put off, is the no before its words are matched, as an okay is
        Optional<Heard> aloneOrNo = saidAlone(language).thanksOrOkay(said, w -> PhraseMatcher.isFiller(language, w))
                .or(() -> saidAlone(language).saysOnlyNo(said, w -> PhraseMatcher.isFiller(language, w))
                        || saidAlone(language).putsOff(said) ? Optional.of(Heard.of(Heard.Kind.DECLINED)) : Optional.empty());
        // but "that's all, thanks" and "no, that's all" are a goodbye: their farewell is of everyday words, as filler is
        if (aloneOrNo.isPresent() && !reading(language).saysAFarewell(input.speech())
                && !saidAlone(language).leaves(said)) {
            return aloneOrNo.get();
        }
        // "uh huh, go on", "aha, a message then": an okay alone before a pause is the caller following, a way on asked
        // surely after it what they say ("uh huh" holds a "huh?" that would ask for it again)
        Optional<Heard> afterAnOkay = askedAfterAnOkay(input, state);
        if (afterAnOkay.isPresent()) {
            return afterAnOkay.get();
        }
        // "¿me lo puede volver a decir?", "can you go back over that": the going back of these words is saying it again
        if (saidAlone(language).asksAgainNotBack(said)) {
            return Heard.of(Heard.Kind.REPEAT);
        }
        // "go back", "atrás, por favor", "no, regrese": with little words and a no alone, one step back ("no regrese"
        // is no "que no regrese el dolor"); "go back to the beginning" is matched
        // "eso no me interesa, regrese a las opciones": last, after what the caller did not want, one step back too
        if (saidAlone(language).goesBack(said) || saidAlone(language).goesBackAfterANo(said)) {
            return Heard.of(Heard.Kind.GO_BACK);
        }
        // "what?", "sorry, I don't understand", "wait, what?": said once and alone, or after asking the line to wait, or
        // with why ("sorry, my dog was barking, what did you say?"), the caller did not catch it; with more ("I don't
        // understand what you do"), what they ask
        if (notCaught(input, state)) {
            return Heard.of(Heard.Kind.REPEAT);
        }
        // "okay, see you later", "bueno, hasta mañana", "thank you so much, I'll let you go": said alone or with thanks
        // and okays, the caller is leaving; with more ("can I see you later today?"), what they ask
        if (saidAlone(language).leaves(said)) {
            return Heard.of(Heard.Kind.GOODBYE);
        }
        // "tengo un dolor fuerte en el pecho": an emergency written as one word ("pecho") counts wherever it is said,
        // though the rest sounds like a question ("¿duele mucho?"); the notice costs a caller who meant less a
        // sentence. Not when denied: "no es una emergencia, solo quería saber el horario"
        if (!Collections.disjoint(List.of(normal.split(" ")), emergencyWords.get(language))
                && !denies(input.speech(), language)) {
            return Heard.of(Heard.Kind.EMERGENCY);
        }
        Heard meant = reading(language).meaning(input.speech(), normal);
        // "go on, my back is killing me": a back that is where it hurts is no going back, nor the menu's "go back"
        if (meant.kind() == Heard.Kind.MAIN_MENU || meant.kind() == Heard.Kind.GO_BACK) {
            meant = saidAlone(language).withoutAnOwnedBack(said).map(rest -> meaningAlone(rest, language)).orElse(meant);
        }
        // "it's not an emergency, but does it hurt?": the emergency denied is none; the rest is what the caller asks
        if (meant.kind() == Heard.Kind.EMERGENCY) {
            meant = withoutADeniedEmergency(said, language)
                    .map(rest -> meaningAlone(rest, language)).orElse(meant);
        }
        // "¿qué es la tracción, otra vez?", "what are your hours again?": a question asked again is that question; "I want
        // to start all over again", whose "again" makes it no sure request, is starting over
        if (meant.kind() == Heard.Kind.REPEAT || meant.kind() == Heard.Kind.UNCLEAR) {
            meant = askedAgain(said, language, words).orElse(meant);
        }
        // "hang on, I'm getting on the bus", "un momento, voy manejando": a wait, then what the caller is busy doing, is the
        // wait, though its words name a topic ("parking", "bus"); a command after it ("..., text me that") is the command
        if (TOPICS.contains(meant.kind()) && !input.speech().contains("?") && saidAlone(language).waitsWhileBusy(said)) {
            return Heard.of(Heard.Kind.WAIT);
        }
        // "can I book for Thursday afternoon?", "tienen cita para el sábado": a day asked beside a booking is when the
        // caller wants to come, which the desk gives; not the hours, whose words the day is ("are you open on Monday?")
        if (meant.detail().equals(PhoneTree.HOURS) && saidAlone(language).booksADay(said)) {
            return Heard.of(Heard.Kind.ASK_THE_DESK);
        }
        // "mándemelo por mensaje, es que no oigo bien": a text or a person asked for first, then why, is that request, not
        // the line's own pace or a moment its reason sounds like; either serves a caller who cannot follow a recorded voice
        if (ABOUT_THE_VOICE.contains(meant.kind())) {
            Optional<Heard> first = askedFirst(input.speech(), language).filter(heard -> HANDED_OVER.contains(heard.kind()));
            if (first.isPresent()) {
                return first.get();
            }
        }
        // "sweetie I'm on the phone with the back doctor": an aside said as written is said to the room, and its words
        // ask nothing ("phone" is no "phone me back"); what the rest asks surely, if anything, is what the caller asks
        if (LANDS.contains(meant.kind())) {
            Optional<String> rest = saidAlone(language).withoutAnAside(said);
            if (rest.isPresent()) {
                Heard without = meaningAlone(rest.get(), language);
                if (!without.equals(meant)) {
                    return SETTLES.contains(without.kind()) ? without : Heard.of(Heard.Kind.UNCLEAR);
                }
            }
        }
        // "hold on, someone's at the door", "hang on, the kettle": a wait with words that ask nothing is the wait
        if (meant.kind() == Heard.Kind.UNCLEAR && saidAlone(language).opensWithAWait(said)) {
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
        if (meant.kind() == Heard.Kind.MESSAGE && withoutFirst(input.speech(), language)) {
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
        // "ok bus is here, bye", "vuelvo a llamar mañana cuando abran. Chao.": a farewell said alone last, with no question
        // asked, is what the caller does; the words before it say why they go
        if (LEFT_AFTER.contains(meant.kind()) && endsInAFarewell(input.speech(), language)) {
            return Heard.of(Heard.Kind.GOODBYE);
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
            List<String> saidThere = PhraseMatcher.wordsAsSaid(other.get(), input.speech());
            // "mijo, bájale a la tele" at the English line: the other language spoken to someone in the room, an aside of
            // its own said in more words, asks nothing of the line, nor for that language; the line waits for the caller
            if (saidAlone(other.get()).withoutAnAside(saidThere).isPresent()) {
                return Heard.of(Heard.Kind.WAIT);
            }
            // "no, es todo", "okay, that's all, thanks" in the other language: a farewell said alone there, said in it
            if (saidAlone(other.get()).leaves(saidThere)) {
                return new Heard(Heard.Kind.GOODBYE, other.get());
            }
            Heard there = reading(other.get()).meaning(input.speech(), normal);
            return switch (there.kind()) {
                // "that's all I needed, bye" at the Spanish line: a farewell in the other language, said in it
                case GOODBYE -> new Heard(Heard.Kind.GOODBYE, other.get());
                // "¿cuánto dura una sesión?", "quiero hablar con alguien", "¿lo cubre el seguro?", "quiero dejar un
                // mensaje": asked, and answered in that language; "no quiero dejar mensaje" never starts a recording
                case GO, MAYBE, FRONT_DESK, ASK_THE_DESK, DIRECTIONS -> new Heard(there.kind(), there.detail(), other.get());
                // "como no contesta nadie, le dejo un mensaje": refused only by the words that refuse it, as in the call's
                case MESSAGE -> withoutFirst(input.speech(), other.get()) || besidesARefusal(there, input.speech(),
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
        // "I can't do this, I'm hanging up now": unsure words, not of the other language, before a farewell said last
        if (endsInAFarewell(input.speech(), language)) {
            return Heard.of(Heard.Kind.GOODBYE);
        }
        // "thank you so much for that", "okay then", "yeah um so": nothing asked, nothing missed; "um, nope" a no.
        // Only here, after the words are matched: "no, that's all, thank you" is a goodbye
        // "perfect, bueno", "sí, yes": callers who speak both say an okay in both at once; the other's counts beside the
        // call's own, never alone ("sí" alone below is the other language spoken)
        Predicate<String> littleWord = w -> PhraseMatcher.leavesOut(language, w) || okayInAnother(w, language);
        boolean nothingMeant = meant.kind() == Heard.Kind.UNCLEAR;
        return saidAlone(language).thanksOrOkay(said, littleWord)
                .or(() -> saidAlone(language).saysOnlyNo(said, littleWord)
                        ? Optional.of(Heard.of(Heard.Kind.DECLINED)) : Optional.empty())
                // "sí" alone at the English line (its welcome says "Para español, oprima 8"): the caller speaks Spanish
                .or(() -> nothingMeant ? answers.answersInAnother(input, state)
                        .map(spoken -> new Heard(Heard.Kind.LANGUAGE, spoken.language())) : Optional.empty())
                // "gracias" alone at the English line: thanks, in whatever language; the call goes on in its own
                .or(() -> nothingMeant ? thanksInAnother(input.speech(), language) : Optional.empty())
                .orElse(meant);
    }

    /** "Sin" ("without") opening the words, after a no and filler at most: "sin mensaje", "ay no, sin mensaje". */
    private static boolean withoutFirst(String speech, String language) {
        for (String word : PhraseMatcher.wordsAsSaid(language, speech)) {
            if (!word.equals("no") && !PhraseMatcher.isFiller(language, word)) {
                return word.equals("sin");
            }
        }
        return false;
    }

    /**
     * A change of pace surely asked in another of the line's languages: "despacio", "slower". Only words with one of
     * that language's own words in them are read in it: reading a caller's story again in each other language, for
     * a pace it cannot hold, was a quarter of the cost of hearing the measured phrases.
     */
    private Optional<Heard> paceInAnother(String speech, String language) {
        return vocabularies.entrySet().stream().filter(other -> !other.getKey().equals(language))
                .filter(other -> telling().saysAny(speech, other.getKey()))
                .map(other -> meaningAlone(speech, other.getKey()))
                .filter(PhraseReading::isPace).findFirst();
    }

    /** A thank-you said alone, with filler at most, in another of the line's languages: "gracias", "thank you". */
    private Optional<Heard> thanksInAnother(String speech, String language) {
        return vocabularies.entrySet().stream().filter(other -> !other.getKey().equals(language))
                .flatMap(other -> saidAlone(other.getKey()).thanksOrOkay(PhraseMatcher.wordsAsSaid(other.getKey(), speech),
                        w -> PhraseMatcher.isFiller(other.getKey(), w)).stream())
                .filter(heard -> heard.kind() == Heard.Kind.THANKS).findFirst();
    }

    /** Whether the caller asks what it is, naming nothing ("but what is it exactly?", "¿y qué es eso?"). */
    boolean asksWhatItIs(Input input, CallState state) {
        return input.digits().isEmpty() && saidSo(input, state, SaidAlone::asksWhatItIs);
    }

    /** Whether the caller asks what the front desk is, or what being put through means ("what's the front desk?"). */
    boolean asksWhatTheDeskIs(Input input, CallState state) {
        return input.digits().isEmpty()
                && saidSo(input, state, (alone, said) -> alone.asksWhatTheDeskIs(said, input.speech().contains("?")));
    }

    /** Whether the caller tells something, then asks what it is ("my doctor mentioned traction, what is that?"). */
    boolean endsAskingWhatItIs(Input input, CallState state) {
        return input.digits().isEmpty() && saidSo(input, state, SaidAlone::endsAskingWhatItIs);
    }

    /**
     * Whether the caller did not catch what the line said: in those words alone ("sorry, what?", "no le oí"), or with why
     * before or after them ({@link #whyNotCaught}), where why, read alone, asks nothing sure ("my dog was barking" is no
     * "parking") or the words again ("¿me lo repite?"), and holds no yes or no.
     */
    boolean notCaught(Input input, CallState state) {
        String language = state.language();
        if (!input.digits().isEmpty() || !vocabularies.containsKey(language)) {
            return false;
        }
        if (saidAlone(language).didNotCatch(PhraseMatcher.wordsAsSaid(language, input.speech()))) {
            return true;
        }
        // "what were the hours again, I didn't catch it" asks for the hours again
        Optional<Input> why = whyNotCaught(input.speech(), language).map(input::part)
                .filter(words -> saidAlone(language).againAtTheEnd(PhraseMatcher.wordsAsSaid(language, words.speech())) == 0);
        return why.isPresent() && NOTHING_SURE.contains(heard(why.get(), state).kind())
                && answers.answer(why.get(), state).isEmpty();
    }

    /**
     * Whether the words hold a yes only in a please beside a command, asking for it again or perhaps the desk (at a
     * question about something else): after the words that ask ("can you repeat that, please", "slower, please",
     * "atención al paciente, por favor") or inside them ("could you please repeat that? it's noisy"); without it they
     * answer nothing. Said first, it is the yes ("please do", "please, I've been pressing buttons
     * forever"), but before words that ask for it again in so many words ("please say that again").
     */
    boolean yesOnlyInAPlease(Input input, CallState state, Heard heard) {
        boolean perhapsTheDesk = heard.perhapsTheDesk() && !state.ask().equals(CallState.FRONT_DESK);
        if (!ASKED_POLITELY.contains(heard.kind()) && !perhapsTheDesk || !input.digits().isEmpty()) {
            return false;
        }
        String language = state.language();
        // as written, accents and all: "que sí, por favor" keeps its "sí"
        String rest = saidAlone(language).withoutAPlease(input.speech());
        // "yes but louder please": a word for yes besides, though the please is what reads as one, is a yes
        return answers.answer(input.part(rest), state).isEmpty()
                && !WordsSaid.saysAny(" " + Vocabulary.normalize(rest) + " ", vocabularies.get(language).yes())
                && (!answers.yesFirst(input, state)
                        || saidAlone(language).asksAgain(PhraseMatcher.wordsAsSaid(language, rest)));
    }

    /**
     * Whether the words hold a no only in words that say the caller did not catch it, or in how or why said around
     * them between two pauses: "no escuché nada, ¿me lo repite?", "no le oí bien porque pasó la ambulancia", "es que
     * pasó el colectivo y no escuché" (whose "pasó" reads as the no "paso"); without them they hold no no. "I didn't
     * hear you, no thanks" and "no le oí pero no gracias" keep their no.
     */
    boolean noOnlyInWordsNotCaught(Input input, CallState state) {
        String language = state.language();
        if (!input.digits().isEmpty() || !vocabularies.containsKey(language)) {
            return false;
        }
        String rest = Arrays.stream(BETWEEN_PAUSES.split(input.speech().strip())).map(part -> String.join(" ",
                saidAlone(language).withoutWordsNotCaught(PhraseMatcher.wordsAsSaid(language, part))))
                .collect(Collectors.joining(", "));
        // "no escuché bien, repítalo, por favor": a please left is no no
        return answers.answer(input.part(rest), state).orElse(true);
    }

    /**
     * Why the caller did not catch it, said before or after the words that say so: between pauses ("sorry, I missed that,
     * my dog was barking", "perdón, estaba hablando con mi hija, ¿qué dijo?"); without a pause, after a question asked back
     * ("what did you say the garbage truck is outside") or before words that say so ("I was talking to my husband what
     * did you say"), but not after a statement, whose words may be what was not caught: "I don't understand what you do".
     */
    private Optional<String> whyNotCaught(String speech, String language) {
        SaidAlone alone = saidAlone(language);
        List<String> parts = List.of(BETWEEN_PAUSES.split(speech.strip()));
        for (int at = 1; at < parts.size(); at++) {
            String before = String.join(", ", parts.subList(0, at));
            String after = String.join(", ", parts.subList(at, parts.size()));
            if (alone.didNotCatchInSoManyWords(PhraseMatcher.wordsAsSaid(language, before))) {
                return Optional.of(after);
            }
            if (alone.didNotCatchInSoManyWords(PhraseMatcher.wordsAsSaid(language, after))) {
                return Optional.of(before);
            }
        }
        List<String> said = PhraseMatcher.wordsAsSaid(language, speech);
        // past filler said first ("sorry what did you say ..."), though a word such as "I" may be filler too
        for (int from = 0; from + 1 < said.size(); from++) {
            int askedBack = alone.askedBackFirst(said.subList(from, said.size()));
            if (askedBack > 0) {
                return Optional.of(String.join(" ", said.subList(from + askedBack, said.size())));
            }
            if (!PhraseMatcher.isFiller(language, said.get(from))) {
                break;
            }
        }
        int last = alone.unheardWrittenOutLast(said);
        return last > 0 ? Optional.of(String.join(" ", said.subList(0, said.size() - last))) : Optional.empty();
    }

    /** Whether the caller's words hold a thank-you or an okay ("ah, qué bien", "I see, so it won't hurt"). */
    boolean saysAnOkay(Input input, CallState state) {
        return saidSo(input, state, SaidAlone::saysAnOkay);
    }

    /**
     * Whether the words open with a thank-you or an okay alone before a pause, and the rest asks nothing: "oh that's a
     * relief, my mom was worried about that", "perfecto, eso es lo que quería saber". No question, no part that opens
     * asking more ({@code more-LANG.txt}: "..., so how do I start"), nothing surely, and not perhaps the desk ("ok great,
     * can I book for next week").
     */
    boolean reactsFirst(Input input, CallState state) {
        String language = state.language();
        return vocabularies.containsKey(language) && !input.speech().contains("?")
                && AroundAPause.first(input.speech())
                        .filter(around -> Arrays.stream(BETWEEN_PAUSES.split(around.after()))
                                .noneMatch(part -> saidAlone(language).asksMore(PhraseMatcher.wordsAsSaid(language, part))))
                        .filter(around -> asksNothing(heard(input.part(around.after()), state)))
                        .flatMap(around -> saidAlone(language).thanksOrOkay(PhraseMatcher.wordsAsSaid(language,
                                around.before()), w -> PhraseMatcher.isFiller(language, w)))
                        .isPresent();
    }

    /** Whether what was heard asks for nothing surely, nor perhaps for the desk. */
    private static boolean asksNothing(Heard heard) {
        return !SETTLES.contains(heard.kind()) && !heard.perhapsTheDesk();
    }

    /** Whether the caller's words, each as said in the call's language, are as {@code rule} asks; never in another. */
    private boolean saidSo(Input input, CallState state, BiPredicate<SaidAlone, List<String>> rule) {
        String language = state.language();
        return vocabularies.containsKey(language)
                && rule.test(saidAlone(language), PhraseMatcher.wordsAsSaid(language, input.speech()));
    }

    /** Whether one word said is, alone, a yes or an okay in another of the line's languages: "bueno", "good". */
    private boolean okayInAnother(String saidWord, String language) {
        return vocabularies.keySet().stream().filter(other -> !other.equals(language)).anyMatch(other -> saidAlone(other)
                .thanksOrOkay(PhraseMatcher.wordsAsSaid(other, saidWord), w -> false)
                .filter(heard -> heard.kind() == Heard.Kind.ACKNOWLEDGED).isPresent());
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

    /** Whether the words, asking nothing, end after a pause in a farewell said alone: "..., thanks, bye", "... Chao.". */
    private boolean endsInAFarewell(String speech, String language) {
        String said = speech.strip();
        String[] parts = BETWEEN_PAUSES.split(said);
        return !said.contains("?") && parts.length > 1
                && saidAlone(language).saysGoodbye(PhraseMatcher.wordsAsSaid(language, parts[parts.length - 1]));
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
     * What the words after an okay said alone before a pause surely ask, if it is a way on: the next part, a menu, the
     * text, a message. Not a topic, the desk or the part again: at a question an okay first is its yes ("claro que sí,
     * tengo ciática"), and a greeting is an okay ("hi, um, how soon would I notice anything").
     */
    private Optional<Heard> askedAfterAnOkay(Input input, CallState state) {
        String language = state.language();
        return AroundAPause.first(input.speech())
                .filter(around -> saidAlone(language).thanksOrOkay(PhraseMatcher.wordsAsSaid(language, around.before()),
                        w -> PhraseMatcher.isFiller(language, w)).filter(heard -> heard.kind() == Heard.Kind.ACKNOWLEDGED)
                        .isPresent())
                .map(around -> heard(input.part(around.after()), state)).filter(rest -> WAYS_ON.contains(rest.kind()));
    }

    /**
     * "Thank you, that's really helpful, I was nervous about what they'd do", "gracias, con eso me queda claro": of words
     * that mean nothing surely as a whole and ask no question, a thank-you said first, alone before a pause or in one
     * breath with the rest ("thanks that's helpful"), is what the caller says, the rest what they think of what they
     * heard; unless the rest opens asking more ({@code more-LANG.txt}: "thank you. and how do I keep the pain away"),
     * or, in one breath, asks more anywhere ("thanks I also need to change my appointment").
     */
    private Optional<Heard> thanksBeforeAComment(String speech, String language, Vocabulary words) {
        return AroundAPause.first(speech).or(() -> opening(speech, language, saidAlone(language)::thanksFirst))
                .filter(around -> !speech.contains("?")
                        && !saidAlone(language).asksMore(PhraseMatcher.wordsAsSaid(language, around.after())))
                .flatMap(around -> saidAlone(language).thanksOrOkay(PhraseMatcher.wordsAsSaid(language, around.before()),
                        w -> PhraseMatcher.isFiller(language, w)))
                .filter(heard -> heard.kind() == Heard.Kind.THANKS);
    }

    /**
     * The words as said split after how many of them {@code opening} finds first, as around a pause the caller did not
     * make: a thank-you ("thanks that's helpful"), a wait ("hold on um yeah sure"); none when it finds none.
     */
    private static Optional<AroundAPause> opening(String speech, String language, ToIntFunction<List<String>> opening) {
        List<String> said = PhraseMatcher.wordsAsSaid(language, speech);
        int first = opening.applyAsInt(said);
        return first == 0 ? Optional.empty() : Optional.of(new AroundAPause(String.join(" ", said.subList(0, first)),
                String.join(" ", said.subList(first, said.size()))));
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
            // a part is heard in another language only when it holds one of that language's own words
            for (String language : languages.stream().filter(language -> language.equals(state.language())
                    || telling().saysAny(part, language)).toList()) {
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

    /** The menu or topic offered whose name holds the words the caller said, as {@link ChoiceNames} finds it. */
    public Optional<String> namedInItsWords(Input input, CallState state, List<String> offered) {
        String language = state.language();
        if (!vocabularies.containsKey(language)) {
            return Optional.empty();
        }
        return choiceNames(language).named(input.speech(), offered);
    }

    /** The words that name a part of an answer by what it said: "cuánto dura" in "repita lo de cuánto dura"; else empty. */
    String aboutAPart(Input input, CallState state) {
        String language = state.language();
        return vocabularies.containsKey(language)
                ? String.join(" ", saidAlone(language).aboutAPart(PhraseMatcher.wordsAsSaid(language, input.speech()))) : "";
    }

    /** Whether the words ask about a message rather than to leave one: "will somebody call me back?", "¿para quién?". */
    public boolean asksAboutTheMessage(Input input, CallState state) {
        return saidSo(input, state, SaidAlone::asksAboutTheMessage);
    }

    /** A key said as a number, and what the caller's other words ask for, heard as if said alone. */
    record KeyBesideWords(String key, Heard words) {}

    /**
     * "5 hours", "el uno, regresar": a key said as a number before or after a few words, and what those words ask for.
     */
    Optional<KeyBesideWords> keyBesideWords(Input input, CallState state) {
        if (!vocabularies.containsKey(state.language())) {
            return Optional.empty();
        }
        return reading(state.language()).keyBesideWords(Vocabulary.normalize(input.speech()))
                .map(said -> new KeyBesideWords(said.getKey(), hear(input.part(said.getValue()), state)));
    }

    /**
     * The one choice of {@code offered} that the parts of the words between pauses ask, surely or to be asked about:
     * "I have a herniated disc, am I even allowed to do this" asks who should avoid it. Nothing when the words are
     * said in one breath, or their parts ask two of the choices or none.
     */
    public Optional<Heard> askedAmong(Input input, CallState state, List<String> offered) {
        String[] parts = BETWEEN_PAUSES.split(input.speech().strip());
        if (parts.length < 2) {
            return Optional.empty();
        }
        Heard asked = null;
        for (String part : parts) {
            Heard heard = meaningAlone(part, state.language());
            if (heard.kind() != Heard.Kind.GO || !offered.contains(heard.detail())) {
                continue;
            }
            if (asked != null && !asked.equals(heard)) {
                return Optional.empty();
            }
            asked = heard;
        }
        return Optional.ofNullable(asked);
    }

    /** Whether the caller's words name the choices a menu reads: "the options", "las opciones", "the menu". */
    public boolean namesTheOptions(Input input, CallState state) {
        return PhraseMatcher.namesTheOptions(state.language(), input.speech());
    }

    /**
     * What the words before a closing "again" ("otra vez", "once more") surely ask for: a topic, the hours, the desk or
     * the main menu ("start all over again", with no going back); why it is asked again may follow ("what were the
     * hours again, I didn't catch it"). Nothing when they ask for nothing sure by themselves ("could you say that
     * again").
     */
    private Optional<Heard> askedAgain(List<String> said, String language, Vocabulary words) {
        List<String> beforeWhy = said.subList(0, said.size() - saidAlone(language).unheardAtTheEnd(said));
        int again = saidAlone(language).againAtTheEnd(beforeWhy);
        if (again == 0) {
            return Optional.empty();
        }
        String asked = String.join(" ", beforeWhy.subList(0, beforeWhy.size() - again));
        Heard meant = meaningAlone(asked, language);
        return switch (meant.kind()) {
            case GO, FRONT_DESK, ASK_THE_DESK, DIRECTIONS -> Optional.of(meant);
            // "go back and say that part again" goes back to hear it again
            case MAIN_MENU -> saidAlone(language).saysAGoingBack(said) ? Optional.empty() : Optional.of(meant);
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

    private TellingWords telling() {
        TellingWords found = telling;
        if (found == null) {
            found = new TellingWords(vocabularies);
            telling = found;
        }
        return found;
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
            if (!sameRequest(meaningAlone(refused, language), meant)) {
                continue;
            }
            String rest = allBut(Arrays.asList(said), at, end + 1);
            Heard besides = meaningAlone(rest, language);
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
        return heard.kind() == Heard.Kind.FRONT_DESK || heard.perhapsTheDesk();
    }

    private static boolean sameRequest(Heard one, Heard other) {
        return one.kind() == other.kind() && one.detail().equals(other.detail()) || aPerson(one) && aPerson(other);
    }

    /** Whether the caller says no or not: "don't" and "can't" are "not" to the matcher, as "no" is in Spanish. */
    private static boolean denies(String speech, String language) {
        List<String> words = PhraseMatcher.wordsOf(language, speech);
        return words.contains("not") || words.contains("no");
    }

}
