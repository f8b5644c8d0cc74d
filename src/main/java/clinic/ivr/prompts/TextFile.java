package clinic.ivr.prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A staff text file: named entries, each a heading in square brackets followed by the words callers
 * hear. Lines starting with # are notes for staff.
 *
 * <pre>
 * # The answer to "is it painful?"
 * [faq-painful]
 * No. Traction is gentle.
 * </pre>
 */
final class TextFile {

    private static final Pattern HEADING = Pattern.compile("^\\[\\s*([^\\]]*?)\\s*\\]\\s*$");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

    /**
     * One entry.
     *
     * @param line     the line of its heading
     * @param textLine the line of its first words, or of its heading when it has none
     * @param source   its body as a FreeMarker template whose line numbers match the file's
     * @param lines    its lines of words as typed (notes left out)
     */
    record Entry(String name, String file, int line, int textLine, String source, List<WrittenLine> lines) {

        Source where() {
            return new Source(file, textLine);
        }

        /**
         * The entry's text as FreeMarker would render it, when nothing in it is FreeMarker's (no $, # or @):
         * the comment that keeps the line numbers and the staff's notes (lines FreeMarker drops) left out.
         */
        Optional<String> plainWords() {
            String text = source.substring(source.indexOf(LINES_ABOVE_END) + LINES_ABOVE_END.length()).replace(NOTE, "");
            return text.indexOf('$') < 0 && text.indexOf('#') < 0 && text.indexOf('@') < 0 ? Optional.of(text)
                    : Optional.empty();
        }
    }

    /** Ends the comment that stands for the lines above an entry's text. */
    private static final String LINES_ABOVE_END = "-->";
    /** A staff note's line: a comment alone on its line, which FreeMarker drops with its line break. */
    private static final String NOTE = "<#-- -->\n";

    private TextFile() {}

    static List<Entry> parse(String file, String content, List<Problem> problems) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String name = null;
        int headingLine = 0;
        int textLine = 0;
        StringBuilder body = new StringBuilder();
        List<WrittenLine> typed = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = Speech.clean(lines[i]);
            int number = i + 1;
            Matcher heading = HEADING.matcher(line.strip());
            if (heading.matches()) {
                if (name != null) {
                    entries.add(new Entry(name, file, headingLine, textLine, body.toString(), List.copyOf(typed)));
                }
                typed.clear();
                name = heading.group(1).toLowerCase();
                headingLine = number;
                textLine = number;
                // a comment spanning the lines above keeps FreeMarker's line numbers equal to the file's
                body = new StringBuilder("<#--").append("\n".repeat(number)).append(LINES_ABOVE_END);
                if (!NAME.matcher(name).matches()) {
                    problems.add(new Problem(file, number, "\"[" + heading.group(1) + "]\" is not a valid entry name:"
                            + " use lower-case letters, digits, dashes and dots, such as [faq-painful]."));
                    name = null;
                }
            } else if (line.stripLeading().startsWith("#")) {
                if (name != null) {
                    body.append(NOTE); // a note for staff: callers hear nothing, the line count stays
                }
            } else if (name != null) {
                if (textLine == headingLine && !line.isBlank()) {
                    textLine = number;
                }
                body.append(line).append('\n');
                if (!line.isBlank()) {
                    typed.add(new WrittenLine(file, number, line));
                }
            } else if (!line.isBlank()) {
                problems.add(new Problem(file, number, "this text is outside any entry. Put a heading such as"
                        + " [welcome] above it, or start the line with # to make it a note."));
            }
        }
        if (name != null) {
            entries.add(new Entry(name, file, headingLine, textLine, body.toString(), List.copyOf(typed)));
        }
        return entries;
    }
}
