package clinic.ivr.flow;

/**
 * What the line understood from the caller's input, before deciding what to do with it.
 *
 * @param kind   the kind of choice
 * @param detail the key pressed (for {@link Kind#KEY}; or an option's place counted from the end, said so: "-1" the
 *               last, "-2" the one before it), the language
 *               asked for (for {@link Kind#LANGUAGE}), the menu or topic asked for (for {@link Kind#GO}), or what
 *               the caller may have meant (for {@link Kind#MAYBE}: a menu or topic, or empty for the front desk)
 * @param saidIn the line's other language, when the caller asked for something in it ("¿cuánto dura una
 *               sesión?" at the English line); empty when said in the call's language
 */
public record Heard(Kind kind, String detail, String saidIn) {

    public Heard(Kind kind, String detail) {
        this(kind, detail, "");
    }

    /** An option said by its place counted from the end ("the last one" is 1, "la penúltima" 2): the flow knows its key. */
    static Heard fromTheEnd(int place) {
        return new Heard(Kind.KEY, "-" + place);
    }

    /** A part of the answer, counted from 1, asked for again by what it said: "the part about how long it lasts". */
    static Heard part(int part) {
        return new Heard(Kind.REPEAT, String.valueOf(part));
    }

    /** The part asked for again by what it said ({@link #part}), or 0 for the answer again or anything else. */
    int partAskedFor() {
        return kind == Kind.REPEAT && !detail.isEmpty() ? Integer.parseInt(detail) : 0;
    }

    /** A doubt about the front desk: a {@link Kind#MAYBE} that names no menu nor topic. */
    boolean perhapsTheDesk() {
        return kind == Kind.MAYBE && detail.isEmpty();
    }

    /** The place counted from the end of an option said so, or 0 for a key. */
    int placeFromTheEnd() {
        return kind == Kind.KEY && detail.startsWith("-") ? -Integer.parseInt(detail) : 0;
    }

    public enum Kind {
        /** a key that means something only in some menus: 1 to 8 */
        KEY,
        /** asked for a menu or topic by name, from anywhere: "does it hurt", "what are your hours" */
        GO,
        /** probably asked for {@link #detail}, but not surely: the line asks before going there */
        MAYBE,
        FRONT_DESK,
        /** asked what only the front desk can answer: a cost, insurance, a bill, an appointment to change */
        ASK_THE_DESK,
        /** asked where the clinic is, or how to get there */
        DIRECTIONS,
        REPEAT,
        MAIN_MENU,
        /** one step back: from an answer to the menu it is in, from a menu to the one it is offered in */
        GO_BACK,
        /** skip to the next part of a long answer */
        NEXT,
        SLOWER,
        NORMAL_PACE,
        /** asks the line to wait a moment: "hold on", "un momento" */
        WAIT,
        /** says it is an emergency: "I need an ambulance", "es una emergencia" */
        EMERGENCY,
        /** the caller is done: "that's all, thank you, bye", "gracias, adiós"; the detail, said in the other language */
        GOODBYE,
        /** a thank-you said alone ("oh, thank you so much", "muchas gracias"): nothing asked, nothing missed */
        THANKS,
        /** a word for yes or an okay said alone where nothing was asked ("okay", "I see"): no miss, the choices in short */
        ACKNOWLEDGED,
        /**
         * a word for no said alone where nothing was asked ("no", "nope"), or words that refuse a message ("I don't want
         * to leave a message"): no miss; an answer stops at the choices
         */
        DECLINED,
        LANGUAGE,
        /** asks for a text message with the clinic's address and booking link */
        TEXT,
        /** asks to leave a message for the front desk */
        MESSAGE,
        SILENCE,
        /** speech that matched nothing, or that Twilio was not sure of */
        UNCLEAR,
        /** digits no phone sends for one key press */
        GARBLED
    }

    public static Heard of(Kind kind) {
        return new Heard(kind, "");
    }

    /** The caller asked for this menu or topic. */
    public static Heard go(String node) {
        return new Heard(Kind.GO, node);
    }

    /** The key map of every menu ({@link Key#everywhere}); other keys mean something by menu. */
    public static Heard key(String key) {
        return Key.everywhere(key).map(everywhere -> switch (everywhere) {
            case FRONT_DESK -> of(Kind.FRONT_DESK);
            case REPEAT -> of(Kind.REPEAT);
            case MAIN_MENU -> of(Kind.MAIN_MENU);
            // the key named, so that where there is no next part the caller hears which key is no choice
            default -> new Heard(Kind.NEXT, key);
        }).orElseGet(() -> key.length() == 1 && key.charAt(0) >= '1' && key.charAt(0) <= '8'
                ? new Heard(Kind.KEY, key) : of(Kind.GARBLED));
    }
}
