package clinic.ivr.prompts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The entries every language has: their words are the staff's, their names are fixed. The loader
 * asks each language for every one of them, so a new entry here is checked with no other list to keep.
 */
public enum FixedEntry implements EntryName {

    EMERGENCY("emergency"),
    WELCOME("welcome"),
    LANGUAGE_OFFER("language-offer"),
    /** A pattern: ${choice} is an option's words, ${key} its key. */
    OPTION("option"),
    FRONT_DESK_OPTION("front-desk-option"),
    REPEAT_OPTION("repeat-option"),
    MAIN_MENU_OPTION("main-menu-option"),
    SLOWER_OPTION("slower-option"),
    NORMAL_PACE_OPTION("normal-pace-option"),
    SKIP_OPTION("skip-option"),
    SLOWER_NOW("slower-now"),
    NORMAL_PACE_NOW("normal-pace-now"),
    /** Said when the caller asks the line to wait ("hold on"); then the line listens, longer. */
    WAIT_NOW("wait-now"),
    /** Said when the caller thanks the line; then the choices, in short. */
    YOU_ARE_WELCOME("you-are-welcome"),
    /** A pattern: ${key} is the key pressed. */
    INVALID_KEY("invalid-key"),
    INVALID_CHOICE("invalid-choice"),
    NOT_UNDERSTOOD("not-understood"),
    SILENCE("silence"),
    PROBLEM("problem"),
    FRONT_DESK_CONNECTING("front-desk-connecting"),
    AFTER_MISSES("after-misses"),
    FRONT_DESK_UNAVAILABLE("front-desk-unavailable"),
    FRONT_DESK_MISSED("front-desk-missed"),
    GOODBYE("goodbye"),
    POUND_KEY("key.pound"),
    // The front desk's hand-off: closed hours, messages, the whisper to staff, text messages.
    DESK_CLOSED("desk-closed"),
    MESSAGE_OPTION("message-option"),
    TRY_AGAIN_OPTION("try-again-option"),
    MESSAGE_INSTRUCTIONS("message-instructions"),
    RECORDING_EMPTY("recording-empty"),
    MESSAGE_SAVED("message-saved"),
    /** Said when the line could not keep the message: never "saved" when it is not. */
    MESSAGE_NOT_SAVED("message-not-saved"),
    CALLBACK_TODAY("callback-today"),
    CALLBACK_TOMORROW("callback-tomorrow"),
    /** A pattern: ${day} is a weekday's name. */
    CALLBACK_ON("callback-on"),
    /** A pattern: ${topic} is what the caller was asking about. */
    WHISPER("whisper"),
    /** A pattern: ${language} is the caller's language, named in this one. */
    WHISPER_LANGUAGE("whisper-language"),
    /** What the whisper calls the main menu's topic; other menus and topics use [name.topic] or [name.option]. */
    MAIN_TOPIC("main.topic"),
    TEXT_OPTION("text-option"),
    TEXT_SENT("text-sent"),
    TEXT_FAILED("text-failed"),
    /** The text message itself, not said: a blank line in it starts a new line of the text. */
    TEXT_MESSAGE("text-message"),
    // Questions the front desk answers, directions, and the one short question when the line is not sure.
    ASK_THE_DESK("ask-the-desk"),
    /** Said at the main menu: callers may simply ask. */
    ASK_ANYTHING("ask-anything"),
    /** A pattern: ${clinic.address}; said only when the address is set. */
    DIRECTIONS("directions"),
    DIRECTIONS_UNKNOWN("directions-unknown"),
    /** A pattern: ${choice} is an option's words. */
    CONFIRM("confirm"),
    CONFIRM_FRONT_DESK("confirm-front-desk"),
    /** Said before that question again to a caller who asks what the front desk is. */
    WHO_THE_DESK_IS("front-desk-is"),
    // The clinic's hours, filled in when a caller asks: ${opens}, ${closes}, ${day}, ${date}, ${reason}.
    HOURS_OPEN_NOW("hours-open-now"),
    HOURS_CLOSED_NOW("hours-closed-now"),
    HOURS_TODAY("hours-today"),
    HOURS_TODAY_CLOSED("hours-today-closed"),
    HOURS_SPECIAL_DAY("hours-special-day"),
    HOURS_SPECIAL_DAY_CLOSED("hours-special-day-closed"),
    HOURS_NEXT_TOMORROW("hours-next-tomorrow"),
    HOURS_NEXT("hours-next"),
    HOURS_WEEK("hours-week"),
    /** Staff closed the clinic for the rest of today: ${reason} is why, as they wrote it. */
    HOURS_CLOSED_TODAY("hours-closed-today"),
    // The caller's words: for each command of the key map, for asking for this language, numbers, yes and no.
    FRONT_DESK_WORDS("words.front-desk"),
    ASK_THE_DESK_WORDS("words.ask-the-desk"),
    DIRECTIONS_WORDS("words.directions"),
    REPEAT_WORDS("words.repeat"),
    MAIN_MENU_WORDS("words.main-menu"),
    /** One step back ("go back"), counted only said alone: from an answer to its menu, from a menu to the one above it. */
    GO_BACK_WORDS("words.go-back"),
    NEXT_WORDS("words.next"),
    SLOWER_WORDS("words.slower"),
    NORMAL_PACE_WORDS("words.normal-pace"),
    WAIT_WORDS("words.wait"),
    /** A caller who says it is an emergency ("I need an ambulance"): the line says [emergency] again, then the choices. */
    EMERGENCY_WORDS("words.emergency"),
    /** A thank-you, counted only when said alone: the line says [you-are-welcome], never a miss. */
    THANKS_WORDS("words.thanks"),
    /** What a caller says to show they heard ("I see", "got it"), counted only when said alone: never a miss. */
    OKAY_WORDS("words.okay"),
    /** What a caller who is done says: the line says goodbye and hangs up. */
    GOODBYE_WORDS("words.goodbye"),
    LANGUAGE_WORDS("words.language"),
    TEXT_WORDS("words.text"),
    MESSAGE_WORDS("words.message"),
    /** Zero to nine, in order. */
    NUMBER_WORDS("words.numbers"),
    /** Yes and no, to the line's question when it is not sure what the caller meant. */
    YES_WORDS("words.yes"),
    NO_WORDS("words.no");

    /** The hours entries, in this order on the staff page: rendered when a caller asks, with that day's values. */
    public static final Set<FixedEntry> HOURS = EnumSet.range(HOURS_OPEN_NOW, HOURS_CLOSED_TODAY);
    /** The caller's words never matched, only recognized said alone and as written: a thank-you, an okay, going back. */
    public static final Set<FixedEntry> SAID_ALONE = EnumSet.of(THANKS_WORDS, OKAY_WORDS, GO_BACK_WORDS);

    private static final Map<String, FixedEntry> BY_TEXT = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(FixedEntry::text, Function.identity()));

    /** How the lists of the caller's words begin: [words.front-desk]. */
    private static final String CALLERS_WORDS = "words.";

    private final String text;
    private final Optional<String> wordsFor;

    FixedEntry(String text) {
        this.text = text;
        this.wordsFor = callersWordsFor(text);
    }

    /** What a list of the caller's words, [words.front-desk], asks for: front-desk; empty for other names. */
    static Optional<String> callersWordsFor(String text) {
        return text.startsWith(CALLERS_WORDS) ? Optional.of(text.substring(CALLERS_WORDS.length())) : Optional.empty();
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public Optional<String> wordsFor() {
        return wordsFor;
    }

    /** The name as staff write it, so that a message can name the entry as they know it. */
    @Override
    public String toString() {
        return text;
    }

    /** The fixed entry written so, or null. */
    static FixedEntry named(String text) {
        return BY_TEXT.get(text);
    }
}
