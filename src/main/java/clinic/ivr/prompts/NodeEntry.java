package clinic.ivr.prompts;

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
        String name(String node) {
            return node + ending;
        }
    }

    public NodeEntry {
        if (node.isEmpty() || node.contains(".") || FixedEntry.named(kind.name(node)) != null) {
            throw new IllegalArgumentException("[" + kind.name(node) + "] is not a menu's or topic's entry");
        }
    }

    /** The entry of a menu or topic this name spells, if it spells one: a node's name, alone or with one ending. */
    static Optional<NodeEntry> read(String text) {
        int dot = text.indexOf('.');
        for (Kind kind : Kind.values()) {
            String node = dot < 0 ? text : text.substring(0, dot);
            if (!node.isEmpty() && kind.name(node).equals(text) && FixedEntry.named(text) == null) {
                return Optional.of(new NodeEntry(node, kind));
            }
        }
        return Optional.empty();
    }

    @Override
    public String text() {
        return kind.name(node);
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
