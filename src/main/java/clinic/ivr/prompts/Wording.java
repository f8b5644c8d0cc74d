package clinic.ivr.prompts;

import clinic.ivr.flow.Heard;
import java.util.List;
import java.util.Map;

/**
 * Everything the line says in one language, rendered from the staff text files when the prompts
 * load: spoken passages by entry name, the words callers may say, and the Gather hints.
 */
public final class Wording {

    // Entries every language has; their words are the staff's, their names are fixed.
    public static final String EMERGENCY = "emergency";
    public static final String WELCOME = "welcome";
    public static final String LANGUAGE_OFFER = "language-offer";
    public static final String OPTION = "option";
    public static final String FRONT_DESK_OPTION = "front-desk-option";
    public static final String REPEAT_OPTION = "repeat-option";
    public static final String MAIN_MENU_OPTION = "main-menu-option";
    public static final String SLOWER_OPTION = "slower-option";
    public static final String NORMAL_PACE_OPTION = "normal-pace-option";
    public static final String SKIP_OPTION = "skip-option";
    public static final String SLOWER_NOW = "slower-now";
    public static final String NORMAL_PACE_NOW = "normal-pace-now";
    public static final String INVALID_KEY = "invalid-key";
    public static final String INVALID_CHOICE = "invalid-choice";
    public static final String NOT_UNDERSTOOD = "not-understood";
    public static final String SILENCE = "silence";
    public static final String PROBLEM = "problem";
    public static final String FRONT_DESK_CONNECTING = "front-desk-connecting";
    public static final String AFTER_MISSES = "after-misses";
    public static final String FRONT_DESK_UNAVAILABLE = "front-desk-unavailable";
    public static final String FRONT_DESK_MISSED = "front-desk-missed";
    public static final String GOODBYE = "goodbye";
    public static final String POUND_KEY = "key.pound";
    // The front desk's hand-off: closed hours, messages, the whisper to staff, text messages.
    public static final String DESK_CLOSED = "desk-closed";
    public static final String MESSAGE_OPTION = "message-option";
    public static final String TRY_AGAIN_OPTION = "try-again-option";
    public static final String MESSAGE_INSTRUCTIONS = "message-instructions";
    public static final String RECORDING_EMPTY = "recording-empty";
    public static final String MESSAGE_SAVED = "message-saved";
    /** Said when the line could not keep the message: never "saved" when it is not. */
    public static final String MESSAGE_NOT_SAVED = "message-not-saved";
    public static final String CALLBACK_TODAY = "callback-today";
    public static final String CALLBACK_TOMORROW = "callback-tomorrow";
    /** A pattern: ${day} is a weekday's name. */
    public static final String CALLBACK_ON = "callback-on";
    /** A pattern: ${topic} is what the caller was asking about. */
    public static final String WHISPER = "whisper";
    /** A pattern: ${language} is the caller's language, named in this one. */
    public static final String WHISPER_LANGUAGE = "whisper-language";
    /** What the whisper calls the main menu's topic; other menus and topics use [name.topic] or [name.option]. */
    public static final String MAIN_TOPIC = "main.topic";
    public static final String TEXT_OPTION = "text-option";
    public static final String TEXT_SENT = "text-sent";
    public static final String TEXT_FAILED = "text-failed";
    /** The text message itself, not said: a blank line in it starts a new line of the text. */
    public static final String TEXT_MESSAGE = "text-message";

    public static final List<String> FIXED = List.of(EMERGENCY, WELCOME, LANGUAGE_OFFER, OPTION,
            FRONT_DESK_OPTION, REPEAT_OPTION, MAIN_MENU_OPTION, SLOWER_OPTION, NORMAL_PACE_OPTION, SKIP_OPTION,
            SLOWER_NOW, NORMAL_PACE_NOW, INVALID_KEY, INVALID_CHOICE, NOT_UNDERSTOOD, SILENCE, PROBLEM,
            FRONT_DESK_CONNECTING, AFTER_MISSES, FRONT_DESK_UNAVAILABLE, FRONT_DESK_MISSED, GOODBYE, POUND_KEY,
            DESK_CLOSED, MESSAGE_OPTION, TRY_AGAIN_OPTION, MESSAGE_INSTRUCTIONS, RECORDING_EMPTY, MESSAGE_SAVED, MESSAGE_NOT_SAVED,
            CALLBACK_TODAY, CALLBACK_TOMORROW, CALLBACK_ON, WHISPER, WHISPER_LANGUAGE, MAIN_TOPIC,
            TEXT_OPTION, TEXT_SENT, TEXT_FAILED, TEXT_MESSAGE);

    /** The caller's words for each command of the key map, and for asking for this language. */
    public static final Map<String, Heard.Kind> COMMAND_WORDS = Map.of(
            "words.front-desk", Heard.Kind.FRONT_DESK,
            "words.repeat", Heard.Kind.REPEAT,
            "words.main-menu", Heard.Kind.MAIN_MENU,
            "words.next", Heard.Kind.NEXT,
            "words.slower", Heard.Kind.SLOWER,
            "words.normal-pace", Heard.Kind.NORMAL_PACE,
            "words.language", Heard.Kind.LANGUAGE,
            "words.text", Heard.Kind.TEXT,
            "words.message", Heard.Kind.MESSAGE);
    public static final String NUMBER_WORDS = "words.numbers";

    private final String language;
    private final Map<String, List<Speech>> passages;
    private final Map<String, List<String>> words;
    private final Map<String, Speech> options;
    private final Map<String, Speech> invalidKeys;
    private final Map<String, String> hints;
    private final Map<String, Source> sources;
    private final Map<String, Speech> filled;

    /**
     * @param passages    entry name to its parts (most entries have one)
     * @param words       word-list entry name to its phrases
     * @param options     "menu/key" to the sentence offering that option
     * @param invalidKeys key to the sentence saying it is not a choice
     * @param hints       menu or topic to the Gather hints for it
     * @param filled      other patterns filled in, by "entry/value": "callback-on/MONDAY", "whisper/faq",
     *                    "whisper-language/es"
     * @param sources     entry name to where staff wrote it
     */
    Wording(String language, Map<String, List<Speech>> passages, Map<String, List<String>> words,
            Map<String, Speech> options, Map<String, Speech> invalidKeys, Map<String, String> hints,
            Map<String, Speech> filled, Map<String, Source> sources) {
        this.language = language;
        this.passages = Map.copyOf(passages);
        this.words = Map.copyOf(words);
        this.options = Map.copyOf(options);
        this.invalidKeys = Map.copyOf(invalidKeys);
        this.hints = Map.copyOf(hints);
        this.filled = Map.copyOf(filled);
        this.sources = Map.copyOf(sources);
    }

    /** The same words with Gather hints for each menu and topic. */
    Wording withHints(Map<String, String> nodeHints) {
        return new Wording(language, passages, words, options, invalidKeys, nodeHints, filled, sources);
    }

    /** "We will call you back on Monday." */
    public Speech callbackOn(java.time.DayOfWeek day) {
        return filled.getOrDefault(CALLBACK_ON + "/" + day.name(), new Speech(List.of()));
    }

    /** "Phone line caller, asking about frequently asked questions. Press any key to accept." */
    public Speech whisper(String node) {
        return filled.getOrDefault(WHISPER + "/" + node, filled.getOrDefault(WHISPER + "/main", new Speech(List.of())));
    }

    /** "The caller speaks Spanish."; empty for an unknown language. */
    public Speech whisperLanguage(String language) {
        return filled.getOrDefault(WHISPER_LANGUAGE + "/" + language, new Speech(List.of()));
    }

    public String language() {
        return language;
    }

    /** The first (usually only) part of an entry; empty speech for an optional entry staff left out. */
    public Speech say(String entry) {
        List<Speech> parts = passages.get(entry);
        return parts == null || parts.isEmpty() ? new Speech(List.of()) : parts.get(0);
    }

    public List<Speech> parts(String entry) {
        return passages.getOrDefault(entry, List.of());
    }

    public boolean has(String entry) {
        return passages.containsKey(entry);
    }

    public List<String> words(String entry) {
        return words.getOrDefault(entry, List.of());
    }

    /** "For what manual traction therapy is, press 1." */
    public Speech option(String menu, String key) {
        return options.get(menu + "/" + key);
    }

    /** "Sorry, 6 is not one of the choices."; the generic sentence for anything else. */
    public Speech invalidKey(String key) {
        return invalidKeys.getOrDefault(key, say(INVALID_CHOICE));
    }

    public String hints(String node) {
        return hints.getOrDefault(node, "");
    }

    /** Every entry name, for checks and scripts. */
    public java.util.Set<String> entries() {
        return passages.keySet();
    }

    /** Where staff wrote an entry, for every entry of this language (spoken, word lists and patterns). */
    public java.util.Optional<Source> source(String entry) {
        return java.util.Optional.ofNullable(sources.get(entry));
    }

    /** Every entry staff wrote in this language, including word lists and the option pattern. */
    public java.util.Set<String> written() {
        return sources.keySet();
    }
}
