package clinic.ivr.prompts;

import clinic.ivr.flow.Heard;
import freemarker.template.Template;
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
    // Questions the front desk answers, directions, and the one short question when the line is not sure.
    public static final String ASK_THE_DESK = "ask-the-desk";
    /** Said at the main menu: callers may simply ask. */
    public static final String ASK_ANYTHING = "ask-anything";
    /** A pattern: ${clinic.address}; said only when the address is set. */
    public static final String DIRECTIONS = "directions";
    public static final String DIRECTIONS_UNKNOWN = "directions-unknown";
    /** A pattern: ${choice} is an option's words. */
    public static final String CONFIRM = "confirm";
    public static final String CONFIRM_FRONT_DESK = "confirm-front-desk";
    // The clinic's hours, with today's times filled in when a caller asks.
    public static final String HOURS_OPEN_NOW = "hours-open-now";
    public static final String HOURS_CLOSED_NOW = "hours-closed-now";
    public static final String HOURS_TODAY = "hours-today";
    public static final String HOURS_TODAY_CLOSED = "hours-today-closed";
    public static final String HOURS_SPECIAL_DAY = "hours-special-day";
    public static final String HOURS_SPECIAL_DAY_CLOSED = "hours-special-day-closed";
    public static final String HOURS_NEXT_TOMORROW = "hours-next-tomorrow";
    public static final String HOURS_NEXT = "hours-next";
    public static final String HOURS_WEEK = "hours-week";
    /** Staff closed the clinic for the rest of today: ${reason} is why, as they wrote it. */
    public static final String HOURS_CLOSED_TODAY = "hours-closed-today";
    /** Entries with values known only when a caller asks: ${opens}, ${closes}, ${day}, ${date}, ${reason}. */
    public static final List<String> HOURS = List.of(HOURS_OPEN_NOW, HOURS_CLOSED_NOW, HOURS_TODAY, HOURS_TODAY_CLOSED,
            HOURS_SPECIAL_DAY, HOURS_SPECIAL_DAY_CLOSED, HOURS_NEXT_TOMORROW, HOURS_NEXT, HOURS_WEEK, HOURS_CLOSED_TODAY);

    public static final List<String> FIXED = List.of(EMERGENCY, WELCOME, LANGUAGE_OFFER, OPTION,
            FRONT_DESK_OPTION, REPEAT_OPTION, MAIN_MENU_OPTION, SLOWER_OPTION, NORMAL_PACE_OPTION, SKIP_OPTION,
            SLOWER_NOW, NORMAL_PACE_NOW, INVALID_KEY, INVALID_CHOICE, NOT_UNDERSTOOD, SILENCE, PROBLEM,
            FRONT_DESK_CONNECTING, AFTER_MISSES, FRONT_DESK_UNAVAILABLE, FRONT_DESK_MISSED, GOODBYE, POUND_KEY,
            DESK_CLOSED, MESSAGE_OPTION, TRY_AGAIN_OPTION, MESSAGE_INSTRUCTIONS, RECORDING_EMPTY, MESSAGE_SAVED, MESSAGE_NOT_SAVED,
            CALLBACK_TODAY, CALLBACK_TOMORROW, CALLBACK_ON, WHISPER, WHISPER_LANGUAGE, MAIN_TOPIC,
            TEXT_OPTION, TEXT_SENT, TEXT_FAILED, TEXT_MESSAGE, ASK_THE_DESK, ASK_ANYTHING, DIRECTIONS, DIRECTIONS_UNKNOWN, CONFIRM,
            CONFIRM_FRONT_DESK, HOURS_OPEN_NOW, HOURS_CLOSED_NOW, HOURS_TODAY, HOURS_TODAY_CLOSED, HOURS_SPECIAL_DAY,
            HOURS_SPECIAL_DAY_CLOSED, HOURS_NEXT_TOMORROW, HOURS_NEXT, HOURS_WEEK, HOURS_CLOSED_TODAY);

    /** The caller's words for each command of the key map, and for asking for this language. */
    public static final Map<String, Heard.Kind> COMMAND_WORDS = Map.ofEntries(
            Map.entry("words.front-desk", Heard.Kind.FRONT_DESK),
            Map.entry("words.ask-the-desk", Heard.Kind.ASK_THE_DESK),
            Map.entry("words.directions", Heard.Kind.DIRECTIONS),
            Map.entry("words.repeat", Heard.Kind.REPEAT),
            Map.entry("words.main-menu", Heard.Kind.MAIN_MENU),
            Map.entry("words.next", Heard.Kind.NEXT),
            Map.entry("words.slower", Heard.Kind.SLOWER),
            Map.entry("words.normal-pace", Heard.Kind.NORMAL_PACE),
            Map.entry("words.language", Heard.Kind.LANGUAGE),
            Map.entry("words.text", Heard.Kind.TEXT),
            Map.entry("words.message", Heard.Kind.MESSAGE));
    public static final String NUMBER_WORDS = "words.numbers";
    /** Twilio takes at most this many Gather hints, each of at most {@link #MAX_HINT_CHARACTERS} characters. */
    public static final int MAX_HINTS = 500;
    public static final int MAX_HINT_CHARACTERS = 100;
    /** Yes and no, to the line's question when it is not sure what the caller meant. */
    public static final String YES_WORDS = "words.yes";
    public static final String NO_WORDS = "words.no";

    private final String language;
    private final Map<String, List<Speech>> passages;
    private final Map<String, List<String>> words;
    private final Map<String, Speech> options;
    private final Map<String, Speech> invalidKeys;
    private final String hints;
    private final Map<String, Speech> filled;
    private final Written written;
    private final Map<String, Template> hoursTemplates;
    private final Map<String, Object> settings;

    /**
     * @param passages    entry name to its parts (most entries have one)
     * @param words       word-list entry name to its phrases
     * @param options     "menu/key" to the sentence offering that option
     * @param invalidKeys key to the sentence saying it is not a choice
     * @param hints       the Gather hints: the phrases callers are likely to say, as Twilio takes them
     * @param filled      other patterns filled in, by "entry/value": "callback-on/MONDAY", "whisper/faq",
     *                    "whisper-language/es", "confirm/faq-painful"
     * @param written     where and how staff wrote each entry
     * @param hoursTemplates the hours entries, filled in when a caller asks (see {@link #hours})
     * @param settings    the settings as staff text reads them, for the hours entries
     */
    Wording(String language, Map<String, List<Speech>> passages, Map<String, List<String>> words,
            Map<String, Speech> options, Map<String, Speech> invalidKeys, String hints,
            Map<String, Speech> filled, Written written, Map<String, Template> hoursTemplates, Map<String, Object> settings) {
        this.language = language;
        this.passages = Map.copyOf(passages);
        this.words = Map.copyOf(words);
        this.options = Map.copyOf(options);
        this.invalidKeys = Map.copyOf(invalidKeys);
        this.hints = hints;
        this.filled = Map.copyOf(filled);
        this.written = written;
        this.hoursTemplates = Map.copyOf(hoursTemplates);
        this.settings = Map.copyOf(settings);
    }

    /** The same words with these Gather hints. */
    Wording withHints(String newHints) {
        return new Wording(language, passages, words, options, invalidKeys, newHints, filled, written, hoursTemplates,
                settings);
    }

    /**
     * An hours entry with today's values: "Today's hours are 8 AM to 7 PM." Rendered when a caller asks,
     * since the values change with the day; empty speech for an entry staff left empty.
     *
     * @param values opens, closes, day and date, as the caller hears them
     */
    public Speech hours(String entry, Map<String, String> values) {
        Template template = hoursTemplates.get(entry);
        if (template == null) {
            return new Speech(List.of());
        }
        Map<String, Object> model = new java.util.HashMap<>(settings);
        model.putAll(values);
        try {
            return Speech.of(Freemarker.render(template, model));
        } catch (Exception e) {
            throw new IllegalStateException("[" + entry + "] could not be said: " + e.getMessage(), e);
        }
    }

    /**
     * What each setting placeholder says in this language, such as "clinic.name" to "Gramercy Physical Therapy"
     * and "clinic.phone" to "212-598-5913": for a preview of the words as typed.
     */
    public Map<String, String> placeholders() {
        Map<String, String> values = new java.util.TreeMap<>();
        if (settings.get("clinic") instanceof Map<?, ?> clinic) {
            clinic.forEach((name, value) -> values.put("clinic." + name, String.valueOf(value)
                    .replace(String.valueOf(Speech.PHONE_START), "").replace(String.valueOf(Speech.PHONE_END), "")));
        }
        return values;
    }

    /** "Do you want to hear whether it hurts? Say yes, or press 1." for a menu or topic. */
    public Speech confirm(String node) {
        return filled.getOrDefault(CONFIRM + "/" + node, new Speech(List.of()));
    }

    /** Where staff wrote each phrase of a word list, in the order of {@link #words}. */
    public List<Source> phraseSources(String entry) {
        return written.phrases().getOrDefault(entry, List.of());
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

    /**
     * A menu or topic in plain words, as callers hear it offered: its option's words ("how to get started"),
     * else its [name.topic] ("general questions" for the main menu); empty for a name this version lacks.
     */
    public String name(String node) {
        String option = say(node + ".option").plainText();
        return option.isEmpty() ? say(node + ".topic").plainText() : option;
    }

    /** "Sorry, 6 is not one of the choices."; the generic sentence for anything else. */
    public Speech invalidKey(String key) {
        return invalidKeys.getOrDefault(key, say(INVALID_CHOICE));
    }

    /** The Gather hints, the same at every menu: a caller may ask for anything from anywhere. */
    public String hints() {
        return hints;
    }

    /** Every entry name, for checks and scripts. */
    public java.util.Set<String> entries() {
        return passages.keySet();
    }

    /** Where staff wrote an entry, for every entry of this language (spoken, word lists and patterns). */
    public java.util.Optional<Source> source(String entry) {
        return java.util.Optional.ofNullable(written.sources().get(entry));
    }

    /** Every entry staff wrote in this language, including word lists and the option pattern. */
    public java.util.Set<String> written() {
        return written.sources().keySet();
    }

    /** An entry's lines of words as staff typed them, before settings are filled in; empty if not written. */
    public List<WrittenLine> typed(String entry) {
        return written.lines().getOrDefault(entry, List.of());
    }

    /** Whether the entry is a list of phrases callers may say rather than words the line says. */
    public static boolean isWordList(String entry) {
        return entry.startsWith("words.") || entry.endsWith(".words");
    }

    /**
     * Where and how staff wrote each entry of a language.
     *
     * @param sources entry name to where it is written
     * @param lines   entry name to its lines of words as typed
     * @param phrases word-list entry name to where each of its phrases is written, in order
     */
    record Written(Map<String, Source> sources, Map<String, List<WrittenLine>> lines, Map<String, List<Source>> phrases) {
        Written {
            sources = Map.copyOf(sources);
            lines = Map.copyOf(lines);
            phrases = Map.copyOf(phrases);
        }
    }
}
