package clinic.ivr.prompts;

/**
 * The name of an entry in the staff text, as written between brackets: {@code [welcome]},
 * {@code [faq.option]}. The fixed ones every language has are {@link FixedEntry}; the others are
 * made from a menu or topic by the factories here, so a name is spelt in one place only. Names read
 * from a file or a form are {@link #parse parsed} once, where they come in.
 */
public sealed interface EntryName permits FixedEntry, NodeEntry {

    /** The name as staff write it. */
    String text();

    /** Whether the entry is a list of phrases callers may say rather than words the line says. */
    default boolean isWordList() {
        return text().startsWith("words.") || text().endsWith(".words");
    }

    /** A name as written in a file or a form: the fixed entry of that name, else a menu's or topic's. */
    static EntryName parse(String text) {
        FixedEntry fixed = FixedEntry.named(text);
        return fixed != null ? fixed : new NodeEntry(text);
    }

    /** [faq-painful]: a topic's answer, or a menu's short introduction before its options. */
    static EntryName passage(String node) {
        return parse(node);
    }

    /** [faq.option]: the words that offer a menu or topic in its menu ("how traction feels"). */
    static EntryName option(String node) {
        return parse(node + ".option");
    }

    /** [faq.words]: the phrases callers may say to ask for a menu or topic. */
    static EntryName words(String node) {
        return parse(node + ".words");
    }

    /** [faq.topic]: how the whisper to staff names a menu or topic; the main menu's is fixed. */
    static EntryName topic(String node) {
        return parse(node + ".topic");
    }

    /** [faq.back]: after an answer, how to go back to this submenu. */
    static EntryName back(String menu) {
        return parse(menu + ".back");
    }
}
