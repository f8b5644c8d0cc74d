package clinic.ivr.staff;

import java.util.List;

/**
 * The phone script as a document, before it is written as Markdown or HTML: both formats show the
 * same content because both are written from this.
 *
 * @param title    the document's title
 * @param intro    paragraphs before the first language
 * @param chapters one per language
 */
public record ScriptDocument(String title, List<String> intro, List<Chapter> chapters) {

    /** One language: its code (for links) and sections. */
    public record Chapter(String id, String title, List<Section> sections) {}

    /** A part of the call: the first answer, a menu, the answers, the front desk... */
    public record Section(String title, List<Block> blocks) {}

    /** A part of a section; each format writes every kind ({@link Writer}). */
    public sealed interface Block permits Heading, Said, Keys, Note {
        <T> T writtenBy(Writer<T> writer);
    }

    /** A format's way of writing each kind of block: a new kind does not compile until every format writes it. */
    public interface Writer<T> {
        T heading(Heading heading);

        T said(Said said);

        T keys(Keys keys);

        T note(Note note);
    }

    /** A heading within a section, such as one answer's name. */
    public record Heading(String text) implements Block {
        @Override
        public <T> T writtenBy(Writer<T> writer) {
            return writer.heading(this);
        }
    }

    /**
     * Words a caller hears, line by line.
     *
     * @param label what they are, such as "Part 1 of 4"; may be empty
     * @param time  how long they take to hear, such as "Listening time: 55 words, about 22 s (26 s slow)."; may be empty
     */
    public record Said(String label, List<Line> lines, String time) implements Block {
        @Override
        public <T> T writtenBy(Writer<T> writer) {
            return writer.said(this);
        }
    }

    /** @param lang the language the line is spoken in, such as es-US */
    public record Line(String text, String lang) {}

    /** What each key does here, under a title such as "Keys". */
    public record Keys(String title, List<Choice> keys) implements Block {
        @Override
        public <T> T writtenBy(Writer<T> writer) {
            return writer.keys(this);
        }
    }

    /**
     * @param key    "1", "0", "*", "#"
     * @param does   what it does, in plain words
     * @param words  the option's words as callers hear them, when it is an option; else empty
     * @param lang   the language of {@code words}
     */
    public record Choice(String key, String does, String words, String lang) {}

    /** A short remark for the reader, such as the listening time. */
    public record Note(String text) implements Block {
        @Override
        public <T> T writtenBy(Writer<T> writer) {
            return writer.note(this);
        }
    }
}
