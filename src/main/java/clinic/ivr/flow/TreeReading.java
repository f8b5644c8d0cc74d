package clinic.ivr.flow;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the caller's words ask for where they are in the phone tree: the listener hears them in the caller's language;
 * this reads them against the options of the menu or answer the caller is at ("the last one", a word of an option's
 * name, a choice asked beside the caller's story, a key said after an answer, the options named).
 */
final class TreeReading {

    /**
     * What the words asking for a part of an answer by what it said may sound like besides: the answer again, a moment,
     * a doubt. Not the next part: "skip the part about the hands" names the part to skip.
     */
    private static final Set<Heard.Kind> NAMING_A_PART = EnumSet.of(Heard.Kind.REPEAT, Heard.Kind.WAIT,
            Heard.Kind.UNCLEAR, Heard.Kind.MAYBE);

    private final PhoneTree tree;
    private final Listener listener;
    private final AnswerParts parts;

    TreeReading(PhoneTree tree, Listener listener, AnswerParts parts) {
        this.tree = tree;
        this.listener = listener;
        this.parts = parts;
    }

    /** What the caller asked for in these words, as said, where they are in the tree. */
    Heard heardAt(CallState state, Input input) {
        List<PhoneTree.Option> options = tree.options(state.node());
        List<String> offered = options.stream().map(PhoneTree.Option::target).toList();
        Heard heard = keyed(listener.hear(input, state), options);
        // "5 hours", "hours, five", "el uno, regresar", "the last one, the hours": a key said with words asking what it
        // offers here is that key, whatever the words sound like together ("5 hours" as a length of time)
        if (heard.kind() != Heard.Kind.KEY && state.ask().isEmpty()) {
            Optional<Heard> agreed = listener.keyBesideWords(input, state)
                    .flatMap(said -> Optional.of(keyed(new Heard(Heard.Kind.KEY, said.key()), options))
                            .filter(key -> key.kind() == Heard.Kind.KEY)
                            .flatMap(key -> pressed(state.node(), key.detail())).filter(surely(said.words())::equals));
            if (agreed.isPresent()) {
                return agreed.get();
            }
        }
        // "session", "avoid", "how soon": callers repeat words of what the menu offers; the one option they name is its key
        if ((heard.kind() == Heard.Kind.UNCLEAR || heard.kind() == Heard.Kind.MAYBE) && state.ask().isEmpty()) {
            Optional<PhoneTree.Option> named = listener.namedInItsWords(input, state, offered)
                    .flatMap(node -> options.stream().filter(option -> option.target().equals(node)).findFirst());
            if (named.isPresent()) {
                return Heard.key(named.get().key());
            }
        }
        // "I have a herniated disc, am I even allowed to do this?" at the common questions: the caller's story names a
        // place of the menu above (who it helps); the one part between pauses that asks a choice of this menu is asked
        Optional<String> above = tree.isMenu(state.node()) ? tree.parent(state.node()) : Optional.empty();
        if ((heard.kind() == Heard.Kind.GO || heard.kind() == Heard.Kind.MAYBE) && state.ask().isEmpty() && above.isPresent()
                && tree.options(above.get()).stream().anyMatch(option -> option.target().equals(heard.detail()))) {
            Optional<Heard> asked = listener.askedAmong(input, state, offered);
            if (asked.isPresent()) {
                return asked.get();
            }
        }
        boolean inATopic = tree.isTopic(state.node());
        // "what was that about holding the stretch?", "repita lo de cuánto dura": in an answer, a part of it named by
        // what it said is that part, whatever the words sound like besides (a moment, the answer again, another topic
        // not surely asked)
        if (inATopic && state.ask().isEmpty() && input.digits().isEmpty()
                && (NAMING_A_PART.contains(heard.kind()) || heard.equals(Heard.go(state.node())))) {
            Optional<Integer> part = parts.naming(state.language(), state.node(), listener.aboutAPart(input, state));
            if (part.isPresent()) {
                return Heard.part(part.get());
            }
        }
        // "number three, who shouldn't do it" after an answer: a key said that the answer offers nothing on is that
        // option of the list the answer is in, as the caller heard it there; not asked ("¿ya son las tres?"), and a key
        // pressed keeps the answer's own map
        if (heard.kind() == Heard.Kind.KEY && input.digits().isEmpty() && inATopic && state.ask().isEmpty()
                && !input.speech().strip().endsWith("?")
                && Key.OPTIONS.contains(heard.detail()) && !heard.detail().equals(tree.backKey(state.node()))) {
            Optional<PhoneTree.Option> listed = tree.option(tree.menuOf(state.node()), heard.detail());
            if (listed.isPresent()) {
                return new Heard(Heard.Kind.GO, listed.get().target());
            }
        }
        // "could you run through the options?": naming the choices, and nothing else understood, is asking for them;
        // "what were the options again?" in an answer: the choices of the list it is in, not the answer again
        // "take me back to the topics" in an answer: going back to the options named is to them too
        boolean againOrBack = heard.kind() == Heard.Kind.REPEAT || heard.kind() == Heard.Kind.GO_BACK;
        if ((heard.kind() == Heard.Kind.UNCLEAR || againOrBack && inATopic)
                && state.ask().isEmpty() && listener.namesTheOptions(input, state)) {
            return !inATopic ? Heard.of(Heard.Kind.REPEAT)
                    : Heard.of(tree.menuOf(state.node()).equals(PhoneTree.MAIN) ? Heard.Kind.MAIN_MENU : Heard.Kind.GO_BACK);
        }
        return heard;
    }

    /** A choice the words may ask for ("hours?"), the number said beside them makes sure of. */
    private static Heard surely(Heard asked) {
        return asked.kind() == Heard.Kind.MAYBE ? new Heard(Heard.Kind.GO, asked.detail()) : asked;
    }

    /**
     * What pressing the key asks for where the caller is, in the words a caller would use: after an answer, back to its
     * list or another option of it; in a menu, its option. Nothing for a key with no option here.
     */
    private Optional<Heard> pressed(String node, String key) {
        if (tree.isTopic(node) && key.equals(tree.backKey(node))) {
            return Optional.of(Heard.of(Heard.Kind.GO_BACK));
        }
        return tree.option(tree.menuOf(node), key).map(option -> new Heard(Heard.Kind.GO, option.target()));
    }

    /**
     * "The last one", "la penúltima": the key of that option, counted from the end of the options read where the
     * caller is; where there is none, no key.
     */
    static Heard keyed(Heard heard, List<PhoneTree.Option> options) {
        int fromTheEnd = heard.placeFromTheEnd();
        if (fromTheEnd == 0) {
            return heard;
        }
        return options.size() < fromTheEnd ? Heard.of(Heard.Kind.UNCLEAR)
                : Heard.key(options.get(options.size() - fromTheEnd).key());
    }
}
