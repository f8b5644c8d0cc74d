package clinic.ivr.staff;

import clinic.ivr.staff.ScriptDocument.Block;
import clinic.ivr.staff.ScriptDocument.Chapter;
import clinic.ivr.staff.ScriptDocument.Heading;
import clinic.ivr.staff.ScriptDocument.Choice;
import clinic.ivr.staff.ScriptDocument.Keys;
import clinic.ivr.staff.ScriptDocument.Line;
import clinic.ivr.staff.ScriptDocument.Note;
import clinic.ivr.staff.ScriptDocument.Said;
import clinic.ivr.staff.ScriptDocument.Section;

/**
 * The phone script as one HTML page that reads well with a screen reader and prints cleanly:
 * real headings in order, lists, each spoken line marked with its language, large plain text, and
 * each language starting on a new printed page.
 */
public final class ScriptHtml {

    private static final String STYLE = """
            body { font: 1.125rem/1.55 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #111;
                   background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
            h1, h2, h3, h4 { line-height: 1.25; }
            h2 { border-top: 2px solid #111; padding-top: 1rem; margin-top: 3rem; }
            blockquote { margin: .5rem 0 1rem; padding: .25rem 0 .25rem 1rem; border-left: .3rem solid #444; }
            blockquote p { margin: .35rem 0; }
            .label { font-style: italic; margin-bottom: 0; }
            .time { color: #333; }
            kbd { font: inherit; font-weight: bold; border: 1px solid #444; border-radius: .25rem; padding: 0 .3rem; }
            a { color: #0645ad; }
            @media print {
              body { max-width: none; margin: 0; font-size: 11pt; }
              nav { display: none; }
              h2 { break-before: page; border: none; margin-top: 0; }
              h3, h4, .label { break-after: avoid; }
              blockquote, li { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    private ScriptHtml() {}

    public static String write(ScriptDocument doc) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(doc.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>").append(escape(doc.title())).append("</h1>\n");
        doc.intro().forEach(p -> html.append("<p>").append(escape(p)).append("</p>\n"));
        html.append("<nav aria-label=\"Languages\">\n<ul>\n");
        doc.chapters().forEach(c -> html.append("<li><a href=\"#").append(escape(c.id())).append("\">")
                .append(escape(c.title())).append("</a></li>\n"));
        html.append("</ul>\n</nav>\n</header>\n<main>\n");
        for (Chapter chapter : doc.chapters()) {
            html.append("<section id=\"").append(escape(chapter.id())).append("\" aria-labelledby=\"")
                    .append(escape(chapter.id())).append("-title\">\n<h2 id=\"").append(escape(chapter.id()))
                    .append("-title\">").append(escape(chapter.title())).append("</h2>\n");
            for (Section section : chapter.sections()) {
                html.append("<section>\n<h3>").append(escape(section.title())).append("</h3>\n");
                section.blocks().forEach(block -> block(block, html));
                html.append("</section>\n");
            }
            html.append("</section>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void block(Block block, StringBuilder html) {
        if (block instanceof Heading h) {
            html.append("<h4>").append(escape(h.text())).append("</h4>\n");
        } else if (block instanceof Note n) {
            html.append("<p>").append(escape(n.text())).append("</p>\n");
        } else if (block instanceof Said s) {
            if (!s.label().isEmpty()) {
                html.append("<p class=\"label\">").append(escape(s.label())).append(":</p>\n");
            }
            html.append("<blockquote>\n");
            for (Line line : s.lines()) {
                html.append("<p").append(lang(line.lang())).append('>').append(escape(line.text())).append("</p>\n");
            }
            html.append("</blockquote>\n");
            if (!s.time().isEmpty()) {
                html.append("<p class=\"time\">").append(escape(s.time())).append("</p>\n");
            }
        } else if (block instanceof Keys k) {
            html.append("<p class=\"label\">").append(escape(k.title())).append(":</p>\n<ul>\n");
            for (Choice key : k.keys()) {
                html.append("<li>");
                if (!key.key().isEmpty()) {
                    html.append("<kbd>").append(escape(key.key())).append("</kbd>: ");
                }
                if (!key.words().isEmpty()) {
                    html.append("<span").append(lang(key.lang())).append('>').append(escape(key.words()))
                            .append("</span> (").append(escape(key.does())).append(')');
                } else {
                    html.append(escape(key.does()));
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
    }

    private static String lang(String lang) {
        return lang == null || lang.isEmpty() ? "" : " lang=\"" + escape(lang) + "\"";
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
