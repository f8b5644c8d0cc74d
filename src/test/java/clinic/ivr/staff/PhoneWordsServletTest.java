package clinic.ivr.staff;

import static clinic.ivr.StaffRequests.get;
import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineExtension;
import clinic.ivr.MovingClock;
import clinic.ivr.PromptsCopy;
import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.line.Office;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Validation;
import clinic.ivr.versions.PromptVersions;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phone words page's other ways in and out: the script of the words callers hear, a draft that cannot
 * be read, a version that does not exist, what the page says after each kind of change, and closing
 * without a reason.
 */
class PhoneWordsServletTest {

    @RegisterExtension
    static final LineExtension LINES = new LineExtension();

    @TempDir
    Path temp;

    TestLine line;

    @BeforeEach
    void start() throws Exception {
        line = LINES.start(TestLine.with().promptsFolder(PromptsCopy.in(temp).dir()));
    }

    String page(String path) throws Exception {
        HttpResponse<String> r = get(line, path, TestLine.STAFF_PASSWORD, "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void theScriptOfTheWordsCallersHearIsAStaffPage() throws Exception {
        String script = page("/staff/prompts/script");
        assertThat(script).contains("Phone script: Gramercy Physical Therapy").contains("Thank you for calling Gramercy")
                .contains("<a href=\"/staff/prompts\" aria-current=\"page\">Phone words</a>");
    }

    @Test
    void aDraftThatCannotBeReadIsShownAsItsProblemsAndNothingIsPublished() throws Exception {
        StaffForm form = StaffForm.read(line, "/staff/prompts", "words").set("s.front_desk.ring_seconds", "twenty");
        HttpResponse<String> script = form.post("/staff/prompts/script", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("<h1>This version cannot be shown</h1>").contains("These words cannot be read")
                .containsPattern("<li>prompts/clinic.yaml line \\d+: the setting &quot;front_desk.ring_seconds&quot; has the wrong"
                        + " kind of value");
        assertThat(form.set("base", "99").post("/staff/prompts/script", null).statusCode())
                .as("a draft over a version that does not exist").isEqualTo(400);
        assertThat(form.post("/staff/prompts", "check").statusCode()).isEqualTo(400);
        assertThat(line.words().versions().newestPublished()).hasValue(1);
    }

    @Test
    void aVersionIsOpenedByItsNumberAndOneWhoseSettingsCannotBeReadSaysWhy() throws Exception {
        assertThat(page("/staff/prompts?version=1")).contains("You are editing version 1, published on Wednesday, March 4,"
                + " 2026 at 10:00 AM by " + PromptVersions.DEVELOPERS + ": ");
        assertThat(get(line, "/staff/prompts?version=99", TestLine.STAFF_PASSWORD, null).statusCode()).isEqualTo(404);
        assertThat(get(line, "/staff/prompts/other", TestLine.STAFF_PASSWORD, null).statusCode()).isEqualTo(404);
        assertThat(StaffRequests.post(line, "/staff/prompts/other", "token=x", line.baseUrl()).statusCode()).isEqualTo(404);

        PromptVersions versions = line.words().versions();
        Map<String, String> texts = new TreeMap<>(versions.files(1).orElseThrow().texts());
        texts.put(PromptFiles.SETTINGS, "name: [unclosed\n");
        int broken = ((PromptVersions.Outcome.Published) versions.publish(new PromptVersions.Draft(PromptFiles.of(texts),
                PromptVersions.IMPORT, "AB", null, null, OptionalInt.empty()), versions.check(versions.files(1).orElseThrow())))
                .number();
        String unreadable = page("/staff/prompts?version=" + broken);
        assertThat(unreadable)
                .contains("<title>Phone words: this version cannot be read – Gramercy Physical Therapy</title>")
                .contains("<h1>This version cannot be shown</h1>").contains("Version " + broken + " cannot be read")
                .contains("clinic.yaml");
    }

    @Test
    void afterEachChangeThePageSaysWhatHappened() throws Exception {
        assertThat(page("/staff/prompts?reopened")).contains("The clinic is open again today, by its usual hours.");
        assertThat(page("/staff/prompts?kept=3")).contains("Kept your words. The folder&#39;s draft stays in the history.");
        assertThat(page("/staff/prompts?published=x")).doesNotContain("id=\"notice\"");
        assertThat(page("/staff/prompts")).doesNotContain("id=\"notice\"")
                .contains("Callers hear").doesNotContain("FRONT_DESK_NUMBER is set");

        HttpResponse<String> nameless = StaffForm.read(line, "/staff/prompts", "words")
                .set("w.en.goodbye", "Goodbye, and take care.").post("/staff/prompts", "publish");
        assertThat(nameless.statusCode()).isEqualTo(422);
        assertThat(nameless.body()).contains("1 problem to fix: nothing was published")
                .contains("<a href=\"#author\">Your name or initials: Write your name or initials, so the history shows"
                        + " who published this.</a>")
                .contains("Write your name or initials, so the history shows who published this.</li>");
        assertThat(line.words().versions().newestPublished()).hasValue(1);
    }

    @Test
    void closingWithoutAReasonSaysTheClinicIsClosedTodayAndStaffAreTheAuthor() throws Exception {
        HttpResponse<String> closed = StaffForm.read(line, "/staff/prompts", "closed-today").set("reason.en", "  ")
                .post("/staff/prompts/closed-today", "close");
        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(closed.headers().firstValue("Location")).hasValue("/staff/prompts?closed");
        assertThat(line.words().versions().closure().orElseThrow().reasons()).isEmpty();
        assertThat(line.words().versions().closure().orElseThrow().by()).isEqualTo("staff");
        String page = page("/staff/prompts?closed");
        assertThat(page).contains("The clinic is closed for the rest of today.")
                .contains("The clinic is closed for the rest of today, Wednesday, March 4.");
        assertThat(page).contains("Callers hear: &ldquo;We are closed today.&rdquo;.");
    }
    @Test
    void newWordsFromTheFolderAreOfferedForReviewExceptOnTheDraftItself() throws Exception {
        PromptVersions versions = line.words().versions();
        PromptFiles first = versions.files(1).orElseThrow();
        Validation passed = versions.check(first);
        Map<String, String> staff = new TreeMap<>(first.texts());
        staff.put("en/line.txt", staff.get("en/line.txt").replace("Take care. Goodbye.", "Goodbye from the staff."));
        versions.publish(new PromptVersions.Draft(PromptFiles.of(staff), PromptVersions.STAFF, "AB", null, 1,
                OptionalInt.empty()), passed);
        Map<String, String> folder = new TreeMap<>(first.texts());
        folder.put("en/line.txt", folder.get("en/line.txt").replace("Take care. Goodbye.", "Take good care. Goodbye."));
        int draft = versions.importFolder(PromptFiles.of(folder), passed).number();
        line.words().follow();

        String page = page("/staff/prompts");
        assertThat(page).contains("New default words arrived from the prompts folder on Wednesday, March 4, 2026 at"
                        + " 10:00 AM: New default words from the prompts folder. Staff had published their own words")
                .contains("Review the new words (version " + draft + ")").contains("Callers now hear version 2.")
                .as("a published version is not checked again").doesNotContain("id=\"advice\"");
        String review = page("/staff/prompts?version=" + draft);
        assertThat(review).contains("You are looking at draft version " + draft + ", not published on Wednesday, March 4,"
                + " 2026 at 10:00 AM by " + PromptVersions.DEVELOPERS + ": New default words").doesNotContain("id=\"folder-draft\"")
                .as("a draft is shown with what the checks say of it").contains("id=\"advice\"");
    }

    @Test
    void aSpecialDayIsTakenOffByItsRowAndListenKnowsWhatThePlaceholdersSay() throws Exception {
        HttpResponse<String> fewer = StaffForm.read(line, "/staff/prompts", "words").post("/staff/prompts", "remove-day:2");
        assertThat(fewer.statusCode()).isEqualTo(200);
        StaffForm form = StaffForm.of(line, fewer.body(), "words");
        assertThat(form.get("days")).isEqualTo("2");
        assertThat(form.get("d.1.date")).isEqualTo("2026-12-25");
        assertThat(fewer.body()).contains("data-values=\"{&quot;clinic.address&quot;:&quot;&quot;,")
                .contains("&quot;clinic.name&quot;:&quot;Gramercy Physical Therapy&quot;")
                .contains("&quot;clinic.hours&quot;:&quot;de lunes a viernes");
    }

    @Test
    void whatTheChecksAdviseIsListedApartFromProblems() throws Exception {
        StaffForm form = StaffForm.read(line, "/staff/prompts", "words").set("w.en.faq-start.option",
                "how to get started with the therapy and what the first visit will involve for you and your family");
        HttpResponse<String> checked = form.post("/staff/prompts", "check");
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("<div class=\"advice\" id=\"advice\">")
                .containsPattern("<li>the choices of the faq menu take \\d+ words to say \\(about \\d+ seconds")
                .contains("<li>address and booking_link are not both set, so callers are not offered a text message");
    }

    @Test
    void aClosureIsShownOnItsDayOnlyAndSaysWhoClosed() throws Exception {
        MovingClock clock = new MovingClock(TestLine.OPEN);
        TestLine moving = LINES.start(TestLine.with().office(new Office(clock, TestLine.memoryStore(),
                TextMessages.NONE)).promptsFolder(PromptsCopy.in(temp.resolve("moving")).dir()));
        HttpResponse<String> closed = StaffForm.read(moving, "/staff/prompts", "closed-today").set("author", "AB")
                .post("/staff/prompts/closed-today", "close");
        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(moving.words().versions().closure().orElseThrow().by()).isEqualTo("AB");
        assertThat(get(moving, "/staff/prompts", TestLine.STAFF_PASSWORD, null).body()).contains("id=\"closed-status\"");
        clock.advance(Duration.ofDays(1));
        assertThat(get(moving, "/staff/prompts", TestLine.STAFF_PASSWORD, null).body()).doesNotContain("id=\"closed-status\"")
                .contains("Thursday, March 5");
    }
}
