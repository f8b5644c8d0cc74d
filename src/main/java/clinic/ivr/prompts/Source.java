package clinic.ivr.prompts;

/**
 * Where an entry of the staff text is written, so later checks can point staff at it.
 *
 * @param file as staff see it, such as "prompts/en/line.txt"
 * @param line the entry's first line of words (its heading's line when it has none)
 */
public record Source(String file, int line) {

    public Problem problem(String message) {
        return new Problem(file, line, message);
    }

    @Override
    public String toString() {
        return file + " line " + line;
    }
}
