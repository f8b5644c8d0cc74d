package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a key press or spoken words into a {@link Heard}. Words are matched against the example
 * phrases of every choice of the line, in the caller's language, from any menu: a caller can ask
 * for any topic, question or the hours without knowing where it sits in the tree.
 *
 * <p>A clear best match is taken. A weaker one, or two choices that score alike, is only a
 * {@link Heard.Kind#MAYBE}: the flow asks before going there. Anything weaker is not understood.
 */
public final class Listener {

    /** Below this confidence, Twilio's transcript is more guess than speech. */
    static final double MIN_CONFIDENCE = 0.3;
    /** A best match this good, clear of the next one, is what the caller meant. */
    static final double SURE = Double.parseDouble(System.getProperty("x.sure", "0.6"));
    static final double MIN_SAID_CMD = Double.parseDouble(System.getProperty("x.minsaidcmd", "0.5"));
    static final double MIN_SAID = Double.parseDouble(System.getProperty("x.minsaid", "0.7"));
    /** The next destination must trail the best by this much for the line not to ask. */
    static final double CLEAR_LEAD = Double.parseDouble(System.getProperty("x.lead", "0.1"));
    /** Below this, a best match is not even worth asking about. */
    static final double WORTH_ASKING = Double.parseDouble(System.getProperty("x.ask", "0.35"));

    private final Map<String, PhraseMatcher> matchers = new HashMap<>();
    private final Map<String, Map<String, Heard>> meanings = new HashMap<>();
    private final Map<String, Vocabulary> vocabularies;

    /** Builds each language's matcher once: a new version of the prompts makes a new listener. */
    public Listener(Map<String, Vocabulary> vocabularies) {
        this.vocabularies = Map.copyOf(vocabularies);
        vocabularies.forEach((language, words) -> {
            Map<String, List<String>> examples = new HashMap<>();
            Map<String, Heard> meaning = new HashMap<>();
            words.examples().forEach((heard, phrases) -> {
                String destination = heard.kind() + ":" + heard.detail();
                examples.put(destination, phrases);
                meaning.put(destination, heard);
            });
            matchers.put(language, PhraseMatcher.of(language, examples));
            meanings.put(language, meaning);
        });
    }

    public Heard hear(Input input, CallState state) {
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
        Vocabulary words = vocabularies.get(state.language());
        if (words == null || Vocabulary.normalize(input.speech()).isEmpty()) {
            return Heard.of(Heard.Kind.UNCLEAR);
        }
        PhraseMatcher matcher = matchers.get(state.language());
        Optional<Heard> number = number(Vocabulary.normalize(input.speech()), words, matcher);
        if (number.isPresent()) {
            return number.get();
        }
        List<PhraseMatcher.Match> ranked = matcher.rank(input.speech());
        double best = ranked.isEmpty() ? 0 : ranked.get(0).score();
        double next = ranked.size() < 2 ? 0 : ranked.get(1).score();
        Heard top = ranked.isEmpty() ? null : meanings.get(state.language()).get(ranked.get(0).destination());
        if (best >= SURE && best - next >= CLEAR_LEAD && ranked.get(0).wordForWord() >= (top.kind() == Heard.Kind.GO || top.kind() == Heard.Kind.FRONT_DESK || top.kind() == Heard.Kind.ASK_THE_DESK || top.kind() == Heard.Kind.DIRECTIONS ? MIN_SAID : MIN_SAID_CMD)) {
            return top;
        }
        if (best >= WORTH_ASKING) {
            return maybe(meanings.get(state.language()).get(ranked.get(0).destination()));
        }
        return Heard.of(Heard.Kind.UNCLEAR);
    }

    /**
     * The caller's answer to "Do you want to hear ...? Say yes, or press 1.": 1 or a word for yes is
     * yes, 2 or a word for no is no; anything else is neither.
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
        if (words.no().stream().anyMatch(no -> said.contains(" " + no + " "))) {
            return Optional.of(false);
        }
        if (words.yes().stream().anyMatch(yes -> said.contains(" " + yes + " "))) {
            return Optional.of(true);
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
     * "Two", "2", "press two", "number two, please": the caller said a key instead of pressing it. The
     * number must be all the phrase says: "seven eleven" or "i have two questions" is no key.
     */
    private static Optional<Heard> number(String said, Vocabulary words, PhraseMatcher matcher) {
        List<String> tokens = List.of(said.split(" "));
        Optional<String> key = Optional.empty();
        for (String token : tokens) {
            int n = words.numbers().indexOf(token);
            String digit = token.matches("[0-9]") ? token : n >= 0 ? String.valueOf(n) : null;
            if (digit != null) {
                if (key.isPresent()) {
                    return Optional.empty();
                }
                key = Optional.of(digit);
            }
        }
        return key.filter(k -> matcher.wordsOf(String.join(" ", tokens.stream()
                .filter(t -> !t.matches("[0-9]") && !words.numbers().contains(t)).toList())).isEmpty())
                .map(Heard::key);
    }
}
