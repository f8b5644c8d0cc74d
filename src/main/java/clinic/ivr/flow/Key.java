package clinic.ivr.flow;

import java.util.List;
import java.util.Optional;

/**
 * The caller's key map, the same in every menu and both languages: each thing a key does, and the key.
 * Options use 1 to 5 ({@link #OPTIONS}); 0, star, 9 and pound do the same everywhere; 7 and 8 are the
 * main menu's; 6 is free everywhere, so it asks for a text after an answer; 1 means what the place
 * the caller is at offers (back, a message, yes).
 */
public enum Key {

    /** Everywhere: the front desk. */
    FRONT_DESK("0", "the front desk"),
    /** Everywhere: hear it again (twice in a row: slower speech). */
    REPEAT("*", "hearing it again"),
    /** Everywhere but the main menu itself: the main menu. */
    MAIN_MENU("9", "the main menu"),
    /** In a long answer: skip to its next part. */
    NEXT_PART("#", "the next part of an answer"),
    /** At the main menu: slower speech, or back to normal speed. */
    PACE("7", "slower or normal speech"),
    /** At the main menu: the other language (offered in that language). */
    LANGUAGE("8", "this language"),
    /** After an answer: the clinic's address, hours and booking link by text message. */
    TEXT("6", "a text message"),
    /** After an answer in a submenu: back to that submenu. */
    BACK("1", "going back to the menu"),
    /** At the offer to leave a message: record one. */
    MESSAGE("1", "leaving a message"),
    /** At the offer to leave a message, while the desk is open: ring it again. */
    TRY_AGAIN("0", "trying the front desk again"),
    /** The line's one short question, "Do you want to hear ...? Say yes, or press 1." */
    YES("1", "yes"),
    NO("2", "no");

    /** The keys of a menu's options, in the order callers hear them: at most five. */
    public static final List<String> OPTIONS = List.of("1", "2", "3", "4", "5");

    private final String press;
    private final String does;

    Key(String press, String does) {
        this.press = press;
        this.does = does;
    }

    /** The key as Twilio reports it pressed (Digits): "0" to "9", "*" or "#". */
    public String press() {
        return press;
    }

    /** What it does, in plain words, for staff. */
    public String does() {
        return does;
    }

    public boolean is(String digits) {
        return press.equals(digits);
    }

    /** What a key does in every menu (0, star, 9, pound); empty for a key whose meaning depends on where. */
    public static Optional<Key> everywhere(String digits) {
        for (Key key : List.of(FRONT_DESK, REPEAT, MAIN_MENU, NEXT_PART)) {
            if (key.is(digits)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
