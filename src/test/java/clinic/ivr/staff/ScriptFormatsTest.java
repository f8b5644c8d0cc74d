package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.staff.ScriptDocument.Chapter;
import clinic.ivr.staff.ScriptDocument.Choice;
import clinic.ivr.staff.ScriptDocument.Heading;
import clinic.ivr.staff.ScriptDocument.Keys;
import clinic.ivr.staff.ScriptDocument.Line;
import clinic.ivr.staff.ScriptDocument.Note;
import clinic.ivr.staff.ScriptDocument.Said;
import clinic.ivr.staff.ScriptDocument.Section;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both formats of the phone script from one small document: every kind of block, as a reviewer reads it. */
class ScriptFormatsTest {

    static final ScriptDocument DOC = new ScriptDocument("Phone script: A & B", List.of("First paragraph.", "Second."),
            List.of(new Chapter("es", "Spanish (es)", List.of(new Section("Main menu", List.of(
                    new Heading("faq-start: how to start"),
                    new Note("In the main menu, key 5."),
                    new Said("Part 1 of 2", List.of(new Line("Hola.", "es-US"), new Line("Adiós.", null)),
                            "Listening time: 2 words, about 1 s (1 s slow)."),
                    new Said("", List.of(new Line("Sin etiqueta.", "es-US")), ""),
                    new Keys("Keys", List.of(new Choice("1", "the answer faq-start", "cómo empezar", "es-US"),
                            new Choice("#", "the next part", "", ""),
                            new Choice("", "words.repeat", "otra vez, repita", null)))))))));

    @Test
    void theMarkdownHasHeadingsQuotesAndKeyLists() {
        assertThat(ScriptMarkdown.write(DOC)).isEqualTo("""
                # Phone script: A & B

                First paragraph.

                Second.

                ## Spanish (es)

                ### Main menu

                #### faq-start: how to start

                In the main menu, key 5.

                *Part 1 of 2:*

                > Hola.
                >
                > Adiós.

                Listening time: 2 words, about 1 s (1 s slow).

                > Sin etiqueta.

                *Keys:*

                - **1**: cómo empezar (the answer faq-start)
                - **\\#**: the next part
                - otra vez, repita (words.repeat)

                """);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "# not a heading => \\# not a heading",
            "+ plus => \\+ plus",
            "- dash => \\- dash",
            "= equals => \\= equals",
            "1. first => 1\\. first",
            "12) twelfth => 12\\) twelfth",
            "a # b - c 1. d => a # b - c 1. d",
            "&amp; &#39; & x => &amp;amp; &amp;#39; & x",
            "<b> => \\<b\\>",
            "a|b `c` *d* _e_ [f] \\g => a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\] \\\\g"})
    void staffTextIsShownAsWrittenNeverAsFormatting(String typed, String escaped) {
        assertThat(ScriptMarkdown.escape(typed)).isEqualTo(escaped);
    }

    @Test
    void theHtmlMarksEachLineWithItsLanguageAndNamesEachKey() {
        String html = ScriptHtml.write(DOC);
        assertThat(html).contains("<h1>Phone script: A &amp; B</h1>").contains("<p lang=\"es-US\">Hola.</p>")
                .contains("Adiós.").doesNotContain("lang=\"\">").contains("Part 1 of 2")
                .contains("Listening time: 2 words, about 1 s (1 s slow).").contains("faq-start: how to start")
                .contains("In the main menu, key 5.").contains("cómo empezar").contains("words.repeat")
                .contains("<style");
        assertThat(html.indexOf("First paragraph.")).isLessThan(html.indexOf("Second."));
        String page = ScriptHtml.page(new HtmlPages(List.of(HtmlPages.Page.MESSAGES)), DOC);
        assertThat(page).doesNotContain("<style").contains("<a href=\"/staff/messages\">Messages</a>")
                .contains("<p lang=\"es-US\">Hola.</p>");
    }
}
