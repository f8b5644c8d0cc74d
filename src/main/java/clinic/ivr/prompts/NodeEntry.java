package clinic.ivr.prompts;

import java.util.Arrays;
import java.util.Optional;

/**
 * An entry of a menu or topic, such as [faq.option]: the node it belongs to and what it says of it.
 * Made through {@link EntryName}'s factories or {@link EntryName#parse}; a name that is a fixed
 * entry ([main.topic]) is refused here, so each name has one value.
 *
 * @param node the menu or topic, such as {@code faq}
 * @param kind which of its entries this is
 */
public record NodeEntry(String node, Kind kind) implements EntryName {

    /** The entries a menu or topic has, each written as the node's name and its ending. */
    public enum Kind {
        /** [faq-painful]: a topic's answer, or a menu's introduction. */
        PASSAGE(""),
        /** [faq.option]: how its menu offers it. */
        OPTION(".option"),
        /** [faq.words]: what callers may say to ask for it. */
        WORDS(".words"),
        /** [faq.topic]: how the whisper to staff names it. */
        TOPIC(".topic"),
        /** [faq.back]: how to go back to a submenu after an answer. */
        BACK(".back");

        private final String ending;

        Kind(String ending) {
            this.ending = ending;
        }

        /** This entry's name for a node: "faq.option". */
        String textOf(String node) {
            return node + ending;
        }
    }

    public NodeEntry {
        if (node.isEmpty() || node.contains(".") || FixedEntry.named(kind.textOf(node)) != null) {
            throw new IllegalArgumentException("[" + kind.textOf(node) + "] is not a menu's or topic's entry");
        }
    }

    /** The entry of a menu or topic this name spells, if it spells one: a node's name, alone or with one ending. */
    static Optional<NodeEntry> read(String text) {
        int dot = text.indexOf('.');
        String node = dot < 0 ? text : text.substring(0, dot);
        if (node.isEmpty() || FixedEntry.named(text) != null) {
            return Optional.empty();
        }
        return Arrays.stream(Kind.values()).filter(kind -> kind.textOf(node).equals(text)).findFirst()
                .map(kind -> new NodeEntry(node, kind));
    }

    @Override
    public String text() {
        return kind.textOf(node);
    }

    @Override
    public Optional<String> wordsFor() {
        return kind == Kind.WORDS ? Optional.of(node) : Optional.empty();
    }

    @Override
    public String toString() {
        return text();
    }
}
