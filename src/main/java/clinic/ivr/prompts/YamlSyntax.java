package clinic.ivr.prompts;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax mistake, said in plain words on the line where staff can fix it. The parser notices
 * some mistakes lines later (a missing colon only when the next setting starts), so the line is the
 * one where the broken piece began.
 */
final class YamlSyntax {

    private YamlSyntax() {}

    static Problem problem(String file, MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        String found = e.getProblem() == null ? "" : e.getProblem();
        // "while scanning a simple key", "while parsing a flow sequence", "while scanning a quoted scalar":
        // the mistake is where that piece began. A block mapping is the whole file: the mistake is where it broke.
        Mark mark = !context.isEmpty() && !context.contains("block") && e.getContextMark() != null
                ? e.getContextMark() : e.getProblemMark();
        int line = mark == null ? 0 : mark.getLine() + 1;
        return new Problem(file, line, "is not valid YAML: " + plain(context, found) + ".");
    }

    private static String plain(String context, String found) {
        if (found.contains("could not find expected ':'")) {
            return "this line needs a colon after the setting's name, as in  name: value";
        }
        if (found.contains("mapping values are not allowed")) {
            return "this line has a second colon; put its value in quotes, as in  name: \"a: b\"";
        }
        if (found.contains("(TAB)")) {
            return "this line is indented with a tab; indent with spaces only (two per level)";
        }
        if (context.contains("quoted scalar")) {
            return "a quote opened on this line is never closed; end the text with the same quote mark";
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            return "a bracket opened on this line is never closed";
        }
        if (found.contains("'<scalar>'")) {
            return "text on this line is out of place; often a quote mark opened on a line above is not closed,"
                    + " or this line is indented differently from the lines around it";
        }
        if (found.contains("expected <block end>") || context.contains("block")) {
            return "the indentation of this line does not match the lines around it; use two spaces for each level,"
                    + " as in the rest of the file";
        }
        return found + (context.isEmpty() ? "" : " (" + context + ")")
                + ". Check the indentation and the colon after each setting's name";
    }
}
