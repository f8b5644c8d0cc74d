package clinic.ivr.staff;

import clinic.ivr.staff.ScriptDocument.Choice;
import clinic.ivr.staff.ScriptDocument.Heading;
import clinic.ivr.staff.ScriptDocument.Keys;
import clinic.ivr.staff.ScriptDocument.Line;
import clinic.ivr.staff.ScriptDocument.Note;
import clinic.ivr.staff.ScriptDocument.Said;
import clinic.ivr.staff.ScriptDocument.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phone script as one HTML page that reads well with a screen reader and prints cleanly
 * ({@code script.ftlh}): real headings in order, lists, each spoken line marked with its language,
 * large plain text, and each language starting on a new printed page.
 */
public final class ScriptHtml {

    private ScriptHtml() {}

    /** The script as a document of its own, its styles inside it (script --html). */
    public static String write(ScriptDocument doc) {
        Map<String, Object> model = model(doc);
        model.put("standalone", true);
        return HtmlPages.document("script.ftlh", model);
    }

    /** The script as a staff page, with the staff pages' layout and stylesheet. */
    static String page(HtmlPages pages, ScriptDocument doc) {
        Map<String, Object> model = model(doc);
        model.put("standalone", false);
        return pages.page("script.ftlh", HtmlPages.Page.PHONE_WORDS, model);
    }

    private static Map<String, Object> model(ScriptDocument doc) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", doc.title());
        model.put("intro", doc.intro());
        model.put("chapters", doc.chapters().stream().map(chapter -> Map.of("id", chapter.id(), "title", chapter.title(),
                "sections", chapter.sections().stream().map(section -> Map.of("title", section.title(),
                        "blocks", section.blocks().stream().map(block -> block.writtenBy(BLOCK)).toList())).toList())).toList());
        return model;
    }

    /** Each block as the template reads it, by its kind. */
    private static final Writer<Map<String, Object>> BLOCK = new Writer<>() {
        @Override
        public Map<String, Object> heading(Heading h) {
            return Map.of("kind", "heading", "text", h.text());
        }

        @Override
        public Map<String, Object> said(Said s) {
            return Map.of("kind", "said", "label", s.label(), "time", s.time(), "lines", lines(s.lines()));
        }

        @Override
        public Map<String, Object> keys(Keys k) {
            return Map.of("kind", "keys", "title", k.title(), "keys", k.keys().stream().map(ScriptHtml::choice).toList());
        }

        @Override
        public Map<String, Object> note(Note n) {
            return Map.of("kind", "note", "text", n.text());
        }
    };

    private static List<Map<String, String>> lines(List<Line> lines) {
        return lines.stream().map(l -> Map.of("text", l.text(), "lang", l.lang() == null ? "" : l.lang())).toList();
    }

    private static Map<String, String> choice(Choice c) {
        return Map.of("key", c.key(), "does", c.does(), "words", c.words(), "lang", c.lang() == null ? "" : c.lang());
    }
}
