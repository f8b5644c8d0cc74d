package clinic.ivr.prompts;

import java.util.Optional;

/**
 * A name the line neither fixes nor makes from a menu or topic, such as a misspelt [faq.optoin] or
 * [words.frontdesk]: kept as written, so that the checks can name it and suggest the one meant, and
 * the staff page can show it where it was. Made only by {@link EntryName#parse}, once the name is
 * known to be neither.
 */
record UnknownEntry(String text) implements EntryName {

    /** [words.anything] is read as callers' phrases, as the fixed lists of the caller's words are. */
    @Override
    public Optional<String> wordsFor() {
        return FixedEntry.callersWordsFor(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
