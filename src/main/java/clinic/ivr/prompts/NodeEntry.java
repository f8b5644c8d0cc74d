package clinic.ivr.prompts;

/** An entry named after a menu or topic; made only through {@link EntryName}, so each name has one value. */
record NodeEntry(String text) implements EntryName {

    @Override
    public String toString() {
        return text;
    }
}
