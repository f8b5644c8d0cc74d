package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static clinic.ivr.flow.WordsSaid.BETWEEN_PAUSES;
import static clinic.ivr.flow.WordsSaid.PAUSE;
import static clinic.ivr.flow.WordsSaid.saysAny;
import static clinic.ivr.flow.WordsSaid.saysUnable;
import static clinic.ivr.flow.WordsSaid.without;

/**
 * A caller's yes or no to a question the line asked ("Do you want to hear ...? Say yes, or press 1."), in the call's
 * language or the other one, and where in the words it is said: first, last, beside a farewell, before a person.
 */
public final class YesOrNoAnswers {

    /** A word for yes that is also a side's or a time's ("my right hip", "right now"). */
    private static final String RIGHT = "right";
    /** A word for yes that is also "goes" before another word: "va usted muy rápido", "va demasiado deprisa". */
    private static final String GOES = "va";
    /** Question and exclamation marks, pauses and spaces: what is left of words once their hellos are taken out. */
    private static final Pattern MARKS = Pattern.compile("[¿?¡!.,\\s]");

    private final Map<String, Vocabulary> vocabularies;
    /** Each language's farewells, normalized, the longest first. */
    private final Map<String, List<String>> farewells;
    /** Each language's words for yes with a word for no in them ("cómo no", "no problem"): no no when said. */
    private final Map<String, List<String>> yesWithANo = new HashMap<>();
    /** Each language's words for yes that, asked, answer the telephone ("¿bueno?" in Mexico), normalized. */
    private final Map<String, Set<String>> hellos = new HashMap<>();
    /** Each language's words that only echo a not of what the caller cannot do ("nada" of "no veo nada"), normalized. */
    private final Map<String, Set<String>> notEchoes = new HashMap<>();
    private final Function<String, PhraseReading> reading;

    YesOrNoAnswers(Map<String, Vocabulary> vocabularies, Map<String, List<String>> farewells,
            Function<String, PhraseReading> reading) {
        this.vocabularies = vocabularies;
        this.farewells = farewells;
        this.reading = reading;
        vocabularies.forEach((language, words) -> yesWithANo.put(language, words.yes().stream().filter(yes -> words.no()
                .stream().anyMatch(no -> (" " + yes + " ").contains(" " + no + " "))).toList()));
        vocabularies.keySet().forEach(language -> hellos.put(language, PhraseMatcher.hellos(language).stream()
                .map(Vocabulary::normalize).collect(Collectors.toUnmodifiableSet())));
        vocabularies.keySet().forEach(language -> notEchoes.put(language, PhraseMatcher.notEchoes(language).stream()
                .map(Vocabulary::normalize).collect(Collectors.toUnmodifiableSet())));
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
        String speech = withoutHellos(input.speech(), hellos.getOrDefault(state.language(), Set.of()));
        String said = " " + Vocabulary.normalize(speech) + " ";
        if (words == null || said.isBlank()) {
            return Optional.empty();
        }
        if (opensWithAYes(speech, words)) {
            return Optional.of(true);
        }
        String withoutUnable = " " + Vocabulary.normalize(withoutUnable(speech, state.language())) + " ";
        if (saysAny(without(withoutUnable, yesWithANo.get(state.language())), words.no())) {
            return Optional.of(false);
        }
        return saysYes(speech, words) ? Optional.of(true) : Optional.empty();
    }

    /** Whether the words are hellos asked and nothing else: "¿bueno? ¿bueno?". */
    boolean onlyHellos(Input input, String language) {
        Set<String> asked = hellos.getOrDefault(language, Set.of());
        // heard for every phrase said: nothing to look for in a language with no hello among its yeses
        return !asked.isEmpty() && !input.speech().isBlank()
                && MARKS.matcher(withoutHellos(input.speech(), asked)).replaceAll("").isEmpty();
    }

    /**
     * The words without a hello asked ("¿bueno? se oye entrecortado" is "se oye entrecortado"): a caller checking that
     * the line is there answers nothing by it.
     */
    private static String withoutHellos(String speech, Set<String> hellos) {
        if (hellos.isEmpty()) {
            return speech;
        }
        StringBuilder rest = new StringBuilder();
        for (String word : speech.strip().split("\\s+")) {
            if (!(word.endsWith("?") && hellos.contains(Vocabulary.normalize(word)))) {
                rest.append(word).append(' ');
            }
        }
        return rest.toString().strip();
    }

    /**
     * Whether a word for yes is said: anywhere, as recognizers leave pauses out ("honey turn that down yes I want to
     * hear it"), but not where it is another word inside a part between pauses: "right" that does not begin or end it
     * ("Tommy, off the couch right now", "my right knee hurts"), "si" written without its accent before another word,
     * which is "if" ("¿y si llueve?", "¿me dicen si abren mañana?"), "va" before another word, which is "goes" ("va
     * demasiado deprisa"). A yes of several words is said within one part:
     * "¿cómo? no le escuché" holds no "cómo no".
     */
    private static boolean saysYes(String speech, Vocabulary words) {
        for (String part : BETWEEN_PAUSES.split(speech)) {
            String said = " " + Vocabulary.normalize(part) + " ";
            if (words.yes().stream().anyMatch(yes -> yes.contains(" ") && said.contains(" " + yes + " "))) {
                return true;
            }
            String[] written = part.strip().split("\\s+");
            for (int at = 0; at < written.length; at++) {
                boolean inside = at > 0 && at < written.length - 1;
                boolean anotherWord = written[at].equalsIgnoreCase(RIGHT) && inside
                        || (written[at].equalsIgnoreCase(WordsSaid.IF) || written[at].equalsIgnoreCase(GOES))
                        && at < written.length - 1;
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
        // within the words before the first pause: "¿cómo? no le escuché" holds no "cómo no"
        String first = Vocabulary.normalize(BETWEEN_PAUSES.split(speech.strip())[0]);
        int yes = longestBeginning(first, words.yes());
        // "va usted muy rápido, no le sigo": a "va" with more words after it is the caller saying how the line goes
        boolean goes = yes == 1 && first.startsWith(GOES + " ");
        // "está bien así" is a no that begins with the yes "está bien"
        if (yes == 0 || goes || longestBeginning(normal, words.no()) > yes) {
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
     * The words as said without the nots that tell what the caller cannot do or does not know: "sí, no entiendo la
     * factura" and "no puedo ir mañana" answer no question with a no, nor do the words that only echo such a not up to
     * the next pause ("no puedo marcar nada"). A not before a pause denies nothing after it: "no, lo veo en la página" is
     * a no.
     */
    private String withoutUnable(String speech, String language) {
        String[] words = speech.strip().split("\\s+");
        Set<String> echoes = notEchoes.getOrDefault(language, Set.of());
        StringBuilder kept = new StringBuilder(" ");
        boolean afterUnable = false;
        for (int at = 0; at < words.length; at++) {
            boolean unable = at + 1 < words.length && PhraseMatcher.negates(language, words[at], true)
                    && saysUnable(words, at, language);
            afterUnable |= unable;
            if (!unable && !(afterUnable && echoes.contains(Vocabulary.normalize(words[at])))) {
                kept.append(words[at]).append(' ');
            }
            afterUnable &= !PAUSE.matcher(words[at]).find();
        }
        return kept.toString();
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
                    words.examplesOf(Heard.Kind.THANKS));
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

    /** Whether the words are one question asked in one breath, no pause before its end: "¿sí me van a llamar?". */
    static boolean oneQuestion(Input input) {
        String said = input.speech().strip();
        return said.endsWith("?") && !BETWEEN_PAUSES.matcher(said.substring(0, said.length() - 1)).find();
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
        return reading.apply(state.language()).saysAsWritten(String.join(" ", Arrays.copyOfRange(said, no, said.length)),
                Heard.Kind.FRONT_DESK);
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
}
