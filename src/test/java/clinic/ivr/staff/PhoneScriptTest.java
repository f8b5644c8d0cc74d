package clinic.ivr.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.PromptsCopy;
import clinic.ivr.TestLine;
import freemarker.core.HTMLOutputFormat;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Speech;
import clinic.ivr.prompts.Wording;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phone script staff review: everything a caller can hear, in both formats, safely escaped. */
class PhoneScriptTest {

    static final Prompts PROMPTS = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final String MARKDOWN = ScriptMarkdown.write(new PhoneScript(PROMPTS).document());
    static final String HTML = ScriptHtml.write(new PhoneScript(PROMPTS).document());

    /** Every FAQ's question (its option in the menu) and every part of its answer, in every language. */
    static List<String> faqSentences() {
        List<String> sentences = new ArrayList<>();
        PROMPTS.wordings().forEach((language, w) -> {
            for (PhoneTree.Option faq : PROMPTS.tree().options("faq")) {
                sentences.add(w.option("faq", faq.key()).plainText());
                w.parts(faq.target()).stream().map(Speech::plainText).forEach(sentences::add);
            }
        });
        return sentences;
    }

    @Test
    void theMarkdownHasEveryQuestionAndAnswerInBothLanguages() {
        assertEquals(20, faqSentences().size());
        for (String sentence : faqSentences()) {
            assertTrue(MARKDOWN.contains(sentence), () -> "missing from the Markdown script: " + sentence);
        }
    }

    @Test
    void theHtmlHasTheSameQuestionsAndAnswers() {
        for (String sentence : faqSentences()) {
            assertTrue(HTML.contains(HTMLOutputFormat.INSTANCE.escapePlainText(sentence)), () -> "missing from the HTML script: " + sentence);
        }
    }

    @Test
    void everySentenceACallerCanHearIsInTheScript() {
        PROMPTS.wordings().forEach((language, w) -> {
            boolean staffLanguage = language.equals(PROMPTS.flow().defaultLanguage());
            for (String entry : w.entries()) {
                if (entry.endsWith(".topic") && !staffLanguage) {
                    continue; // the whisper names topics to staff in the line's first language only
                }
                for (Speech part : w.parts(entry)) {
                    // the text message is written, not said: it is shown line by line
                    for (String line : entry.equals(Wording.TEXT_MESSAGE) ? part.writtenText().split("\n")
                            : new String[] {part.plainText()}) {
                        assertTrue(MARKDOWN.contains(line), () -> language + " [" + entry + "] is missing: " + line);
                    }
                }
            }
            assertTrue(MARKDOWN.contains(w.invalidKey("6").plainText()));
        });
    }

    @Test
    void eachMenuListsWhatItsKeysDoAndHowLongItTakes() {
        assertTrue(MARKDOWN.contains("- **3**: common questions (the faq menu)"), MARKDOWN);
        assertTrue(MARKDOWN.contains("- **5**: our hours (the answer hours)"), MARKDOWN);
        assertTrue(MARKDOWN.contains("- **8**: the Spanish line"), MARKDOWN);
        assertTrue(MARKDOWN.contains("- **1**: saber cuándo mejora (the answer faq-results)"), MARKDOWN);
        assertTrue(MARKDOWN.contains("Listening time of the choices: 63 words, about 25 s (30 s slow)."), MARKDOWN);
    }

    @Test
    void theHtmlMarksEachLanguageAndKeepsHeadingsInOrder() {
        assertTrue(HTML.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(HTML.contains("<p lang=\"es-US\">Para saber si duele, oprima 2.</p>"), HTML);
        assertTrue(HTML.contains("<p lang=\"en-US\">For whether it hurts, press 2.</p>"), HTML);
        assertTrue(HTML.contains("@media print"));
        Matcher heading = Pattern.compile("<h([1-6])[ >]").matcher(HTML);
        int level = 0;
        while (heading.find()) {
            int next = Integer.parseInt(heading.group(1));
            assertTrue(next <= level + 1, "a heading level is skipped before h" + next);
            level = next;
        }
        assertEquals(1, HTML.split("<h1>", -1).length - 1);
    }

    @Test
    void staffTextCannotBreakEitherFormat(@TempDir Path temp) {
        String typed = "<b>Bold</b> & *stars* _under_ [link](x) `code`";
        PromptsCopy copy = PromptsCopy.in(temp).edit("en/faq.txt", "You may feel a mild stretch.", typed);
        ScriptDocument doc = new PhoneScript(TestLine.load(copy.dir())).document();
        String html = ScriptHtml.write(doc);
        assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; &amp; *stars* _under_ [link](x) `code`"), html);
        assertFalse(html.contains("<b>"));
        String md = ScriptMarkdown.write(doc);
        assertTrue(md.contains("\\<b\\>Bold\\</b\\> & \\*stars\\* \\_under\\_ \\[link\\](x) \\`code\\`"), md);
    }
}
