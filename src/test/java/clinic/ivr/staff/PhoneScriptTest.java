package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.PromptsCopy;
import clinic.ivr.TestLine;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Speech;
import freemarker.core.HTMLOutputFormat;
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
    /** Written for each test, never once for the class: what a test checks is the script as the code writes it now. */
    final String markdown = ScriptMarkdown.write(new PhoneScript(PROMPTS).document());
    final String html = ScriptHtml.write(new PhoneScript(PROMPTS).document());

    /** Every FAQ's question (its option in the menu) and every part of its answer, in every language. */
    static List<String> faqSentences() {
        List<String> sentences = new ArrayList<>();
        PROMPTS.wordings().forEach((language, w) -> {
            for (PhoneTree.Option faq : PROMPTS.tree().options("faq")) {
                sentences.add(w.option("faq", faq.key()).plainText());
                w.parts(EntryName.passage(faq.target())).stream().map(Speech::plainText).forEach(sentences::add);
            }
        });
        return sentences;
    }

    @Test
    void theMarkdownHasEveryQuestionAndAnswerInBothLanguages() {
        assertThat(faqSentences()).hasSize(20);
        for (String sentence : faqSentences()) {
            assertThat(markdown).as(() -> "missing from the Markdown script: " + sentence).contains(sentence);
        }
    }

    @Test
    void theHtmlHasTheSameQuestionsAndAnswers() {
        for (String sentence : faqSentences()) {
            assertThat(html).as(() -> "missing from the html script: " + sentence).contains(HTMLOutputFormat.INSTANCE.escapePlainText(sentence));
        }
    }

    @Test
    void everySentenceACallerCanHearIsInTheScript() {
        PROMPTS.wordings().forEach((language, w) -> {
            boolean staffLanguage = language.equals(PROMPTS.flow().defaultLanguage());
            for (EntryName entry : w.entries()) {
                if (entry.text().endsWith(".topic") && !staffLanguage) {
                    continue; // the whisper names topics to staff in the line's first language only
                }
                for (Speech part : w.parts(entry)) {
                    // the text message is written, not said: it is shown line by line
                    for (String line : entry.equals(FixedEntry.TEXT_MESSAGE) ? part.writtenText().split("\n")
                            : new String[] {part.plainText()}) {
                        assertThat(markdown).as(() -> language + " [" + entry + "] is missing: " + line).contains(line);
                    }
                }
            }
            assertThat(markdown).contains(w.invalidKey("6").plainText());
        });
    }

    @Test
    void eachMenuListsWhatItsKeysDoAndHowLongItTakes() {
        assertThat(markdown).as(markdown).contains("- **3**: common questions (the faq menu)");
        assertThat(markdown).as(markdown).contains("- **5**: our hours (the answer hours)");
        assertThat(markdown).as(markdown).contains("- **8**: the Spanish line");
        assertThat(markdown).as(markdown).contains("- **1**: saber cuándo mejora (the answer faq-results)");
        assertThat(markdown).as(markdown).contains("Listening time of the choices: 63 words, about 25 s (30 s slow).\n");
        assertThat(markdown).as("a submenu's keys").contains("- **9**: the main menu\n");
    }

    @Test
    void theHtmlMarksEachLanguageAndKeepsHeadingsInOrder() {
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(html).as(html).contains("<p lang=\"es-US\">Para saber si duele, oprima 2.</p>");
        assertThat(html).as(html).contains("<p lang=\"en-US\">For whether it hurts, press 2.</p>");
        assertThat(html).contains("@media print");
        Matcher heading = Pattern.compile("<h([1-6])[ >]").matcher(html);
        int level = 0;
        while (heading.find()) {
            int next = Integer.parseInt(heading.group(1));
            assertThat(next).as("a heading level is skipped before h" + next).isLessThanOrEqualTo(level + 1);
            level = next;
        }
        assertThat(html.split("<h1>", -1).length - 1).isOne();
    }

    @Test
    void staffTextCannotBreakEitherFormat(@TempDir Path temp) {
        String typed = "<b>Bold</b> & *stars* _under_ [link](x) `code`";
        PromptsCopy copy = PromptsCopy.in(temp).edit("en/faq.txt", "You may feel a mild stretch.", typed);
        ScriptDocument doc = new PhoneScript(TestLine.load(copy.dir())).document();
        String html = ScriptHtml.write(doc);
        assertThat(html).as(html).contains("&lt;b&gt;Bold&lt;/b&gt; &amp; *stars* _under_ [link](x) `code`");
        assertThat(html).doesNotContain("<b>");
        String md = ScriptMarkdown.write(doc);
        assertThat(md).as(md).contains("\\<b\\>Bold\\</b\\> & \\*stars\\* \\_under\\_ \\[link\\](x) \\`code\\`");
    }

    @Test
    void aMenusIntroductionIsCountedApartFromItsChoices(@TempDir Path temp) {
        PromptsCopy copy = PromptsCopy.in(temp).edit("en/faq.txt", "[faq.option]",
                "[faq]\nHere are the questions we hear most.\n\n[faq.option]");
        String md = ScriptMarkdown.write(new PhoneScript(TestLine.load(copy.dir())).document());
        assertThat(md).contains("> Here are the questions we hear most.")
                .containsPattern("Listening time of the choices: (\\d+) words, about \\d+ s \\(\\d+ s slow\\)\\."
                        + " With the introduction: \\d+ words, about \\d+ s \\(\\d+ s slow\\)\\.");
        Matcher counts = Pattern.compile("Listening time of the choices: (\\d+) words[^\n]* With the introduction: (\\d+) words")
                .matcher(md);
        assertThat(counts.find()).isTrue();
        assertThat(Integer.parseInt(counts.group(2)) - Integer.parseInt(counts.group(1))).as("the introduction's 7 words")
                .isEqualTo(7);
    }

    @Test
    void howEachLanguageStartsAndWhereTheFrontDeskRings() {
        assertThat(markdown).contains("The line rings +12125985913 for 20 seconds.")
                .contains("Calls start in English; callers who choose this language go straight to its main menu.")
                .contains("Every call starts here: the emergency notice, the welcome, then the main menu.");
    }
    @Test
    void eachAnswerSaysWhereItIsItsPartsAndTheKeysAfterIt() {
        String painful = section(markdown, "#### faq-painful: whether it hurts");
        assertThat(painful).contains("In the faq menu, key 2.").contains("- **1**: back to the faq menu");
        String session = section(markdown, "#### session: what happens in a session");
        assertThat(session).contains("In the main menu, key 4.").doesNotContain("back to the");
        String whatItIs = section(markdown, "#### what-it-is: what traction therapy is");
        int parts = PROMPTS.wording("en").parts(EntryName.passage("what-it-is")).size();
        assertThat(parts).isGreaterThan(1);
        assertThat(whatItIs).contains("*Part 1 of " + parts + ":*").contains("*Part " + parts + " of " + parts + ":*")
                .doesNotContain("*Part " + (parts + 1))
                .contains("- **\\#**: the next part");
        assertThat(painful.contains("*Part 1")).as("parts are named only when there are several")
                .isEqualTo(PROMPTS.wording("en").parts(EntryName.passage("faq-painful")).size() > 1);
        assertThat(markdown).contains("What the staff member who picks up hears, before the caller is put through (from"
                + " the faq menu)").contains("(words.front-desk)").contains("(what-it-is.words)");
    }

    /** A heading's part of the script, up to the next heading of an answer. */
    static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = markdown.indexOf("\n#### ", start + heading.length());
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }
}
