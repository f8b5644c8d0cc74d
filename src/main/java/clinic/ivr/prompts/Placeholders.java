package clinic.ivr.prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the {@code ${...}} settings in an entry of staff text before FreeMarker reads it. FreeMarker
 * would report an unclosed {@code ${} at the end of the entry, in a programmer's words; staff need the
 * line where they typed it and what to write instead.
 */
final class Placeholders {

    /** A setting's name, optionally followed by FreeMarker built-ins such as ?upper_case. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private Placeholders() {}

    /** The problems of this entry's placeholders; empty when FreeMarker can read them. */
    static List<Problem> check(TextFile.Entry entry, Set<String> knownNames) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = entry.source().split("\n", -1);
        // the entry's source keeps the file's line numbers: its line i is the file's line i
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int start = line.indexOf("${");
            while (start >= 0) {
                int end = line.indexOf('}', start);
                if (end < 0) {
                    String typed = line.substring(start + 2).split("[^A-Za-z0-9_.]", 2)[0];
                    String like = typed.isEmpty() ? "clinic.name" : typed;
                    problems.add(new Problem(entry.file(), i + 1, "\"" + line.substring(start).strip()
                            + "\" is not closed: end each setting with }, as in ${" + like + "}."));
                    break;
                }
                String inside = line.substring(start + 2, end).strip();
                String name = inside.split("[?!]", 2)[0].strip();
                if (!NAME.matcher(name).matches() || !knownNames.contains(name)) {
                    problems.add(new Problem(entry.file(), i + 1, "\"${" + inside + "}\" is not a known setting"
                            + Suggest.didYouMean(name.replaceAll("\\s+", "."), knownNames)));
                }
                start = line.indexOf("${", end);
            }
        }
        return problems;
    }
}
