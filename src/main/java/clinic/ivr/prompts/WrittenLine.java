package clinic.ivr.prompts;

/**
 * One line of words as staff typed it in an entry (notes left out), before settings are filled in:
 * what checks of the typing itself read, such as a placeholder without its braces.
 *
 * @param file as staff see it, such as "prompts/en/line.txt"
 * @param line its line number in that file
 * @param text the line as typed
 */
public record WrittenLine(String file, int line, String text) {

    public Problem problem(String message) {
        return new Problem(file, line, message);
    }
}
