package clinic.ivr.flow;

import clinic.ivr.flow.Heard.Kind;
import clinic.ivr.flow.Step.Lead;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The call's state machine: given where the caller is and what they did, what happens next.
 * Pure Java: no I/O, no clock, no templates, so every path is a plain unit test.
 */
public final class Flow {

    public static final int BASE_WAIT_SECONDS = 8;
    public static final int EXTRA_WAIT_SECONDS = 4;
    public static final int BETWEEN_PARTS_SECONDS = 3;
    /** After an answer in a submenu, this key goes back to that submenu. */
    public static final String BACK_KEY = "1";
    /** At the main menu: slower speech, or back to normal. */
    public static final String PACE_KEY = "7";
    /** At the main menu: the other language. */
    public static final String LANGUAGE_KEY = "8";
    /** Failed tries in a row before the caller is put through to a person. */
    public static final int MAX_MISSES = 3;

    private final PhoneTree tree;
    private final Listener listener;
    private final List<String> languages;
    private final Map<String, Map<String, Integer>> parts;
    private final Optional<String> frontDeskNumber;

    /**
     * @param languages       language codes, the first is the default
     * @param parts           for each language, how many parts each topic's answer has
     * @param frontDeskNumber the E.164 number of the front desk, if one is set
     */
    public Flow(PhoneTree tree, Listener listener, List<String> languages,
                Map<String, Map<String, Integer>> parts, Optional<String> frontDeskNumber) {
        this.tree = tree;
        this.listener = listener;
        this.languages = List.copyOf(languages);
        this.parts = Map.copyOf(parts);
        this.frontDeskNumber = frontDeskNumber;
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    /** The language a caller switches to with {@link #LANGUAGE_KEY}, if the line has another. */
    public Optional<String> otherLanguage(String language) {
        if (languages.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(languages.get((languages.indexOf(language) + 1) % languages.size()));
    }

    /** The first answer of a call. */
    public Step start() {
        return new Step.Menu(CallState.start(defaultLanguage()), Lead.of(Lead.Kind.WELCOME));
    }

    /**
     * The answer to a Gather: the caller pressed keys, spoke, or stayed silent.
     *
     * @param calledNumber the number the caller dialled (Twilio's "To"), to never ring it back
     */
    public Step next(CallState given, Input input, String calledNumber) {
        CallState state = checked(given);
        if (state == null) {
            return new Step.Menu(CallState.start(language(given)), Lead.of(Lead.Kind.PROBLEM));
        }
        Heard heard = hear(state, input);
        return switch (heard.kind()) {
            case FRONT_DESK -> frontDesk(state.understood(), Lead.NONE, calledNumber);
            case LANGUAGE -> new Step.Menu(CallState.start(heard.detail()).withSlow(state.slow()), Lead.NONE);
            case SLOWER -> again(state.understood().withSlow(true), Lead.of(Lead.Kind.SLOWER_NOW));
            case NORMAL_PACE -> again(state.understood().withSlow(false), Lead.of(Lead.Kind.NORMAL_PACE_NOW));
            case REPEAT -> repeat(state);
            case MAIN_MENU -> new Step.Menu(state.understood().at(PhoneTree.MAIN), Lead.NONE);
            case SILENCE -> silence(state, calledNumber);
            case UNCLEAR -> missed(state, Lead.of(Lead.Kind.NOT_UNDERSTOOD), calledNumber);
            case GARBLED -> missed(state, Lead.of(Lead.Kind.INVALID_CHOICE), calledNumber);
            case NEXT -> next(state, calledNumber);
            case KEY -> key(state, heard.detail(), calledNumber);
        };
    }

    /** What the line understands from the caller's input at this point of the call. */
    public Heard hear(CallState state, Input input) {
        return listener.hear(input, state);
    }

    /**
     * After ringing the front desk. Twilio's DialCallStatus says how it went: "completed" or
     * "answered" means someone talked to the caller; anything else means no one did.
     */
    public Step afterFrontDesk(CallState given, String dialStatus) {
        CallState state = checked(given.at(PhoneTree.MAIN));
        if (state == null) {
            state = CallState.start(defaultLanguage());
        }
        if ("completed".equals(dialStatus) || "answered".equals(dialStatus)) {
            return new Step.Goodbye(state);
        }
        return new Step.Menu(state.understood(), Lead.of(Lead.Kind.FRONT_DESK_MISSED));
    }

    private Step key(CallState state, String key, String calledNumber) {
        if (tree.isMenu(state.node())) {
            Optional<PhoneTree.Option> option = tree.option(state.node(), key);
            if (option.isPresent()) {
                return enter(state.understood().at(option.get().target()));
            }
            if (state.node().equals(PhoneTree.MAIN) && key.equals(PACE_KEY)) {
                boolean slow = !state.slow();
                return again(state.understood().withSlow(slow),
                        Lead.of(slow ? Lead.Kind.SLOWER_NOW : Lead.Kind.NORMAL_PACE_NOW));
            }
            if (state.node().equals(PhoneTree.MAIN) && key.equals(LANGUAGE_KEY)
                    && otherLanguage(state.language()).isPresent()) {
                String other = otherLanguage(state.language()).get();
                return new Step.Menu(CallState.start(other).withSlow(state.slow()), Lead.NONE);
            }
        } else if (key.equals(BACK_KEY) && !backKey(state.node()).isEmpty()) {
            return new Step.Menu(state.understood().at(tree.parent(state.node()).orElseThrow()), Lead.NONE);
        }
        return missed(state, new Lead(Lead.Kind.INVALID_KEY, key), calledNumber);
    }

    private Step next(CallState state, String calledNumber) {
        if (tree.isTopic(state.node()) && state.part() < partsOf(state)) {
            return answer(state.understood().atPart(state.part() + 1), Lead.NONE);
        }
        return missed(state, new Lead(Lead.Kind.INVALID_KEY, "#"), calledNumber);
    }

    private Step repeat(CallState state) {
        CallState repeated = state.withMisses(0).withStars(state.stars() + 1).morePatient();
        if (repeated.stars() >= 2 && !repeated.slow()) {
            // asking twice in a row: the caller needs it slower, not just again
            return again(repeated.withSlow(true).withStars(0), Lead.of(Lead.Kind.SLOWER_NOW));
        }
        return again(repeated, Lead.NONE);
    }

    private Step silence(CallState state, String calledNumber) {
        if (tree.isTopic(state.node()) && state.part() < partsOf(state)) {
            // a pause between parts of an answer: carry on
            return answer(state.atPart(state.part() + 1), Lead.NONE);
        }
        return missed(state.morePatient(), Lead.of(Lead.Kind.SILENCE), calledNumber);
    }

    private Step missed(CallState state, Lead lead, String calledNumber) {
        CallState missed = state.withMisses(state.misses() + 1).withStars(0);
        if (missed.misses() >= MAX_MISSES) {
            return frontDesk(missed.withMisses(0), Lead.of(Lead.Kind.AFTER_MISSES), calledNumber);
        }
        return again(missed, lead);
    }

    private Step again(CallState state, Lead lead) {
        return tree.isMenu(state.node()) ? new Step.Menu(state, lead) : answer(state, lead);
    }

    private Step enter(CallState state) {
        return tree.isMenu(state.node()) ? new Step.Menu(state, Lead.NONE) : answer(state, Lead.NONE);
    }

    private Step answer(CallState state, Lead lead) {
        return new Step.Answer(state, lead, partsOf(state), backKey(state.node()));
    }

    private Step frontDesk(CallState state, Lead lead, String calledNumber) {
        Optional<String> number = frontDeskNumber.filter(n -> !sameNumber(n, calledNumber));
        if (number.isEmpty()) {
            // no number, or it would ring this very line: a loop no one answers
            return new Step.Menu(state.at(PhoneTree.MAIN).withMisses(0), Lead.of(Lead.Kind.FRONT_DESK_UNAVAILABLE));
        }
        return new Step.FrontDesk(state, lead, number.get());
    }

    private String backKey(String topic) {
        return tree.parent(topic).filter(menu -> !menu.equals(PhoneTree.MAIN)).map(menu -> BACK_KEY).orElse("");
    }

    private int partsOf(CallState state) {
        return parts.getOrDefault(state.language(), Map.of()).getOrDefault(state.node(), 1);
    }

    /** The state with its part in range, or null when it names no menu or topic or language of this line. */
    private CallState checked(CallState state) {
        if (!languages.contains(state.language()) || !(tree.isMenu(state.node()) || tree.isTopic(state.node()))) {
            return null;
        }
        int part = tree.isTopic(state.node()) ? Math.min(state.part(), partsOf(state)) : 1;
        return state.atPart(part);
    }

    private String language(CallState state) {
        return languages.contains(state.language()) ? state.language() : defaultLanguage();
    }

    /** Two phone numbers are the same line when their digits are. */
    public static boolean sameNumber(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String da = a.replaceAll("\\D", "");
        String db = b.replaceAll("\\D", "");
        return !da.isEmpty() && da.equals(db);
    }
}
