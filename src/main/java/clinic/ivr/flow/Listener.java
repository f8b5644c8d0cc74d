package clinic.ivr.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a key press or spoken words into a {@link Heard}, using the words of the caller's menu. */
public final class Listener {

    /** Below this confidence, Twilio's transcript is more guess than speech. */
    static final double MIN_CONFIDENCE = 0.3;

    private final PhoneTree tree;
    private final Map<String, Vocabulary> vocabularies;

    public Listener(PhoneTree tree, Map<String, Vocabulary> vocabularies) {
        this.tree = tree;
        this.vocabularies = Map.copyOf(vocabularies);
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
        String said = " " + Vocabulary.normalize(input.speech()) + " ";
        Vocabulary words = vocabularies.get(state.language());
        if (words == null || said.isBlank()) {
            return Heard.of(Heard.Kind.UNCLEAR);
        }
        return bestMatch(said, candidates(words, state))
                .or(() -> number(said, words))
                .orElse(Heard.of(Heard.Kind.UNCLEAR));
    }

    private record Candidate(String phrase, Heard heard) {}

    private List<Candidate> candidates(Vocabulary words, CallState state) {
        List<Candidate> all = new ArrayList<>();
        for (Heard.Kind kind : List.of(Heard.Kind.FRONT_DESK, Heard.Kind.REPEAT, Heard.Kind.MAIN_MENU,
                Heard.Kind.NEXT, Heard.Kind.SLOWER, Heard.Kind.NORMAL_PACE, Heard.Kind.TEXT, Heard.Kind.MESSAGE)) {
            words.command(kind).forEach(p -> all.add(new Candidate(p, Heard.of(kind))));
        }
        vocabularies.forEach((language, other) -> {
            if (!language.equals(state.language())) {
                other.command(Heard.Kind.LANGUAGE)
                        .forEach(p -> all.add(new Candidate(p, new Heard(Heard.Kind.LANGUAGE, language))));
            }
        });
        String menu = tree.isMenu(state.node()) ? state.node() : tree.parent(state.node()).orElse(PhoneTree.MAIN);
        if (tree.isMenu(state.node())) {
            for (PhoneTree.Option option : tree.options(menu)) {
                words.wordsFor(option.target()).forEach(p -> all.add(new Candidate(p, Heard.key(option.key()))));
            }
        } else if (!menu.equals(PhoneTree.MAIN)) {
            // after an answer in a submenu, naming the submenu goes back to it (key 1)
            words.wordsFor(menu).forEach(p -> all.add(new Candidate(p, Heard.key(Flow.BACK_KEY))));
        }
        return all;
    }

    /** The longest phrase found in what was said wins: "main menu" beats "menu". */
    private static Optional<Heard> bestMatch(String said, List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (said.contains(" " + c.phrase() + " ")
                    && (best == null || c.phrase().length() > best.phrase().length())) {
                best = c;
            }
        }
        return Optional.ofNullable(best).map(Candidate::heard);
    }

    /** "Two", "2" or "number two": the caller said a key instead of pressing it. */
    private static Optional<Heard> number(String said, Vocabulary words) {
        for (String token : said.trim().split(" ")) {
            if (token.matches("[0-9]")) {
                return Optional.of(Heard.key(token));
            }
            int n = words.numbers().indexOf(token);
            if (n >= 0) {
                return Optional.of(Heard.key(String.valueOf(n)));
            }
        }
        return Optional.empty();
    }
}
