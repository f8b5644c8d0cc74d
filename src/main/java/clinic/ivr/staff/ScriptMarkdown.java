package clinic.ivr.staff;

import clinic.ivr.staff.ScriptDocument.Block;
import clinic.ivr.staff.ScriptDocument.Chapter;
import clinic.ivr.staff.ScriptDocument.Choice;
import clinic.ivr.staff.ScriptDocument.Heading;
import clinic.ivr.staff.ScriptDocument.Keys;
import clinic.ivr.staff.ScriptDocument.Line;
import clinic.ivr.staff.ScriptDocument.Note;
import clinic.ivr.staff.ScriptDocument.Said;
import clinic.ivr.staff.ScriptDocument.Section;

/** The phone script as Markdown: spoken lines as quotes, keys as lists, staff text escaped. */
public final class ScriptMarkdown {

    private ScriptMarkdown() {}

    public static String write(ScriptDocument doc) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(doc.title())).append("\n\n");
        doc.intro().forEach(p -> md.append(escape(p)).append("\n\n"));
        for (Chapter chapter : doc.chapters()) {
            md.append("## ").append(escape(chapter.title())).append("\n\n");
            for (Section section : chapter.sections()) {
                md.append("### ").append(escape(section.title())).append("\n\n");
                section.blocks().forEach(block -> block(block, md));
            }
        }
        return md.toString();
    }

    private static void block(Block block, StringBuilder md) {
        if (block instanceof Heading h) {
            md.append("#### ").append(escape(h.text())).append("\n\n");
        } else if (block instanceof Note n) {
            md.append(escape(n.text())).append("\n\n");
        } else if (block instanceof Said s) {
            if (!s.label().isEmpty()) {
                md.append("*").append(escape(s.label())).append(":*\n\n");
            }
            for (int i = 0; i < s.lines().size(); i++) {
                Line line = s.lines().get(i);
                md.append(i == 0 ? "" : ">\n").append("> ").append(escape(line.text())).append('\n');
            }
            md.append('\n');
            if (!s.time().isEmpty()) {
                md.append(escape(s.time())).append("\n\n");
            }
        } else if (block instanceof Keys k) {
            md.append("*").append(escape(k.title())).append(":*\n\n");
            for (Choice key : k.keys()) {
                md.append("- ");
                if (!key.key().isEmpty()) {
                    md.append("**").append(escape(key.key())).append("**: ");
                }
                if (!key.words().isEmpty()) {
                    md.append(escape(key.words())).append(" (").append(escape(key.does())).append(")");
                } else {
                    md.append(escape(key.does()));
                }
                md.append('\n');
            }
            md.append('\n');
        }
    }

    /**
     * Staff text is shown as written: characters Markdown would read as formatting are escaped, and
     * so is what would start a list or a heading at the start of a line.
     */
    static String escape(String text) {
        String s = text.replaceAll("([\\\\`*_\\[\\]<>|])", "\\\\$1")
                .replaceAll("&(?=#?[A-Za-z0-9]+;)", "&amp;");
        s = s.replaceAll("^([#+\\-=])", "\\\\$1");
        return s.replaceAll("^(\\d+)([.)])", "$1\\\\$2");
    }
}
