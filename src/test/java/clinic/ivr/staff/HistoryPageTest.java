package clinic.ivr.staff;

import static clinic.ivr.StaffRequests.get;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineExtension;
import clinic.ivr.PromptsCopy;
import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Validation;
import clinic.ivr.versions.PromptVersions;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The history of what the phone says, with many versions: what is shown, what changed, where each came from, restore. */
class HistoryPageTest {

    static final String GOODBYE = "Take care. Goodbye.";

    @RegisterExtension
    static final LineExtension LINES = new LineExtension();

    @TempDir
    Path temp;

    TestLine line;
    PromptVersions versions;
    /** Version 1 passed the checks: versions made from it by changing words only are published as they are. */
    Validation passed;

    @BeforeEach
    void start() throws Exception {
        line = LINES.start(TestLine.with().promptsFolder(PromptsCopy.in(temp).dir()));
        versions = line.words().versions();
        passed = versions.check(versions.files(1).orElseThrow());
    }

    /** Publishes version 1's files changed by {@code edit}, as {@code origin}; returns its number. */
    int publish(String origin, Integer basedOn, UnaryOperator<Map<String, String>> edit) {
        Map<String, String> texts = edit.apply(new TreeMap<>(versions.files(1).orElseThrow().texts()));
        PromptVersions.Outcome outcome = versions.publish(new PromptVersions.Draft(PromptFiles.of(texts), origin, "AB",
                null, basedOn, OptionalInt.empty()), passed);
        return ((PromptVersions.Outcome.Published) outcome).number();
    }

    static UnaryOperator<Map<String, String>> goodbye(String words) {
        return texts -> {
            texts.put("en/line.txt", texts.get("en/line.txt").replace(GOODBYE, words));
            return texts;
        };
    }

    String history(String query) throws Exception {
        HttpResponse<String> page = get(line, "/staff/prompts/history" + query, TestLine.STAFF_PASSWORD, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    @Test
    void theNewestFiftyAreShownAndTheOlderOnesCounted() throws Exception {
        for (int i = 2; i <= 52; i++) {
            publish(PromptVersions.STAFF, null, goodbye("Goodbye number " + i + "."));
        }
        line.words().follow();
        String html = history("");
        assertThat(html).contains("id=\"version-52\"").contains("id=\"version-3\"").doesNotContain("id=\"version-2\"")
                .contains("2 older versions are kept but not shown.")
                .contains("Version 52 <span class=\"status new\">Callers hear this</span>");
        assertThat(html.indexOf("id=\"version-52\"")).as("newest first").isLessThan(html.indexOf("id=\"version-51\""));
        assertThat(html).as("the version callers hear has nothing to restore").doesNotContain("id=\"restore-52\"")
                .contains("id=\"restore-51\"");
    }

    @Test
    void aVersionThatChangesManySentencesListsTheFirstTwentyFiveAndCountsTheRest() throws Exception {
        int many = publish(PromptVersions.STAFF, null, texts -> {
            for (String language : new String[] {"en", "es"}) {
                for (String file : new String[] {"faq.txt", "main.txt", "desk.txt"}) {
                    String name = language + "/" + file;
                    texts.put(name, texts.get(name).replaceAll("(?m)^(\\[[a-z-]+\\.(?:option|words)\\]\\n)(.+)$", "$1$2, changed"));
                }
            }
            return texts;
        });
        String html = history("");
        int changed = versions.changes(1, many).size();
        assertThat(changed).isGreaterThan(25);
        assertThat(html).contains("What changed from version 1").contains("And " + (changed - 25) + " more changes.");
        String shown = html.substring(html.indexOf("id=\"version-" + many + "\""), html.indexOf("id=\"version-1\""));
        assertThat(shown.split("<p class=\"where\">", -1)).hasSize(26);
    }

    @Test
    void eachVersionSaysWhereItCameFrom() throws Exception {
        int imported = publish(PromptVersions.IMPORT, null, goodbye("Goodbye from the import."));
        int restoredBlind = publish(PromptVersions.RESTORE, null, goodbye("Goodbye, restored."));
        int restoredOf = publish(PromptVersions.RESTORE, imported, goodbye("Goodbye from the import."));
        String html = history("");
        assertThat(section(html, imported)).contains("<dd>Imported on the command line</dd>")
                .contains("<dd>Published</dd>").contains("<dd>AB</dd>")
                .contains("<time datetime=\"2026-03-04T15:00:00Z\">Wednesday, March 4, 2026 at 10:00 AM</time>");
        assertThat(section(html, restoredBlind)).contains("<dd>Restored</dd>").doesNotContain("Draft");
        assertThat(section(html, restoredOf)).contains("<dd>Version " + imported + ", restored</dd>");
        assertThat(section(html, 1)).contains("<dd>From the prompts folder</dd>").contains("The first version.");
        assertThat(html).contains("times are America/New York time");
    }

    static String section(String html, int version) {
        int start = html.indexOf("id=\"version-" + version + "\"");
        assertThat(start).as("version " + version).isNotNegative();
        return html.substring(start, html.indexOf("</article>", start));
    }

    @Test
    void restoringWhatCallersHearChangesNothingAndAVersionThatNoLongerPassesSaysWhy() throws Exception {
        String token = StaffRequests.token(get(line, "/staff/prompts", TestLine.STAFF_PASSWORD, null).body());
        HttpResponse<String> same = StaffRequests.post(line, "/staff/prompts/history/restore",
                "token=" + token + "&version=1&author=AB", line.baseUrl());
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.body()).contains("Nothing to restore: callers already hear these words (version 1).");
        assertThat(versions.newestPublished()).hasValue(1);

        int broken = publish(PromptVersions.STAFF, null, goodbye("Goodbye & take care."));
        HttpResponse<String> refused = StaffRequests.post(line, "/staff/prompts/history/restore",
                "token=" + token + "&version=" + (broken - 1) + "&author=AB", line.baseUrl());
        assertThat(refused.statusCode()).as("version 1 restored over the broken one").isEqualTo(303);
        HttpResponse<String> notAgain = StaffRequests.post(line, "/staff/prompts/history/restore",
                "token=" + token + "&version=" + broken + "&author=AB", line.baseUrl());
        assertThat(notAgain.statusCode()).isEqualTo(422);
        assertThat(notAgain.body()).contains("<h2>Version " + broken + " was not restored</h2>")
                .containsPattern("<li>prompts/en/line.txt line \\d+: &quot;&amp;&quot; is read out as a symbol: write &quot;and&quot;"
                        + " instead.</li>")
                .contains("<a href=\"/staff/prompts?version=" + broken + "\">Open version " + broken + " in the editor to fix it");
        assertThat(versions.newestPublished()).hasValue(broken + 1);

        for (String version : new String[] {"99", "x", ""}) {
            assertThat(StaffRequests.post(line, "/staff/prompts/history/restore",
                    "token=" + token + "&version=" + version + "&author=AB", line.baseUrl()).statusCode()).as(version)
                    .isEqualTo(404);
        }
        assertThat(history("?restored=1&as=x")).doesNotContain("is published again");
        assertThat(history("?restored=1")).doesNotContain("is published again");
        assertThat(get(line, "/staff/prompts/history/other", TestLine.STAFF_PASSWORD, null).statusCode()).isEqualTo(404);
        assertThat(StaffRequests.post(line, "/staff/prompts/history", "token=" + token + "&version=1&author=AB",
                line.baseUrl()).statusCode()).isEqualTo(404);
    }
}
