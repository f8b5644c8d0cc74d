package clinic.ivr.prompts;

/**
 * A mistake in the prompts, said so a staff member can find and fix it.
 *
 * @param file    the file, relative to the prompts folder's parent (as staff see it, e.g. "prompts/en/faq.txt")
 * @param line    the line number, or 0 when the problem is with the whole file
 * @param message what is wrong and what to do, in plain words
 */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + " line " + line + ": " + message : file + ": " + message;
    }
}
