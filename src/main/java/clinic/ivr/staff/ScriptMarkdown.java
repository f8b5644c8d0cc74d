package clinic.ivr.staff;

import clinic.ivr.staff.ScriptDocument.Chapter;
import clinic.ivr.staff.ScriptDocument.Choice;
import clinic.ivr.staff.ScriptDocument.Heading;
import clinic.ivr.staff.ScriptDocument.Keys;
import clinic.ivr.staff.ScriptDocument.Line;
import clinic.ivr.staff.ScriptDocument.Note;
import clinic.ivr.staff.ScriptDocument.Said;
import clinic.ivr.staff.ScriptDocument.Section;
import clinic.ivr.staff.ScriptDocument.Writer;

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
                section.blocks().forEach(block -> md.append(block.writtenBy(BLOCK)));
            }
        }
        return md.toString();
    }

    /** Each block as Markdown, by its kind. */
    private static final Writer<String> BLOCK = new Writer<>() {
        @Override
        public String heading(Heading h) {
            return "#### " + escape(h.text()) + "\n\n";
        }

        @Override
        public String said(Said s) {
            StringBuilder md = new StringBuilder();
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
            return md.toString();
        }

        @Override
        public String keys(Keys k) {
            StringBuilder md = new StringBuilder("*").append(escape(k.title())).append(":*\n\n");
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
            return md.append('\n').toString();
        }

        @Override
        public String note(Note n) {
            return escape(n.text()) + "\n\n";
        }
    };

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
