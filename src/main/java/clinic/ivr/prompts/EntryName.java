package clinic.ivr.prompts;

import java.util.Optional;

/**
 * The name of an entry in the staff text, as written between brackets: {@code [welcome]},
 * {@code [faq.option]}. The fixed ones every language has are {@link FixedEntry}; the others are
 * made from a menu or topic by the factories here ({@link NodeEntry}), so a name is spelt in one place
 * only; a name that is neither is an {@link UnknownEntry}. Names read from a file or a form are
 * {@link #parse parsed} once, where they come in: no other code reads a name's spelling.
 */
public sealed interface EntryName permits FixedEntry, NodeEntry, UnknownEntry {

    /** The name as staff write it. */
    String text();

    /**
     * For a list of phrases callers may say, what they ask for with it: {@code front-desk} for
     * [words.front-desk], {@code faq} for [faq.words]; empty for words the line says.
     */
    Optional<String> wordsFor();

    /** Whether the entry is a list of phrases callers may say rather than words the line says. */
    default boolean isWordList() {
        return wordsFor().isPresent();
    }

    /** A name as written in a file or a form: the fixed entry of that name, else a menu's or topic's, else unknown. */
    static EntryName parse(String text) {
        FixedEntry fixed = FixedEntry.named(text);
        if (fixed != null) {
            return fixed;
        }
        Optional<NodeEntry> ofNode = NodeEntry.read(text);
        return ofNode.isPresent() ? ofNode.get() : new UnknownEntry(text);
    }

    /** [faq-painful]: a topic's answer, or a menu's short introduction before its options. */
    static EntryName passage(String node) {
        return parse(NodeEntry.Kind.PASSAGE.textOf(node));
    }

    /** [faq.option]: the words that offer a menu or topic in its menu ("how traction feels"). */
    static EntryName option(String node) {
        return parse(NodeEntry.Kind.OPTION.textOf(node));
    }

    /** [faq.words]: the phrases callers may say to ask for a menu or topic. */
    static EntryName words(String node) {
        return parse(NodeEntry.Kind.WORDS.textOf(node));
    }

    /** [faq.topic]: how the whisper to staff names a menu or topic; the main menu's is fixed. */
    static EntryName topic(String node) {
        return parse(NodeEntry.Kind.TOPIC.textOf(node));
    }

    /** [faq.back]: after an answer, how to go back to this submenu. */
    static EntryName back(String menu) {
        return parse(NodeEntry.Kind.BACK.textOf(menu));
    }
}
