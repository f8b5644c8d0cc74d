package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.Eventually;
import clinic.ivr.LineExtension;
import clinic.ivr.MovingClock;
import clinic.ivr.PromptsCopy;
import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.Twiml;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.line.Office;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.store.PromptVersionStore;
import clinic.ivr.store.SqlMessageStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import clinic.ivr.versions.PromptVersions;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * /staff/prompts over real HTTP, as a browser posts it: every sentence and setting as a field, Check and
 * Publish, each kind of bad input next to its field while callers keep the last good words, the form's
 * exact round trip, more questions and special days, history and restore, closed today, the export.
 */
class PhoneWordsPageTest {

    static final String EMERGENCY = "If this is a medical emergency, hang up and dial 911.";
    static final String WELCOME = "Thank you for calling Gramercy Physical Therapy.";

    @RegisterExtension
    static final LineExtension LINES = new LineExtension();

    @TempDir
    Path temp;

    TestLine line;

    @BeforeEach
    void start() throws Exception {
        line = LINES.start(TestLine.with().promptsFolder(PromptsCopy.in(temp).dir()));
    }

    StaffForm page() throws Exception {
        return StaffForm.read(line, "/staff/prompts", "words");
    }

    String heard() throws Exception {
        return line.firstHeard();
    }

    OptionalInt published() {
        return line.words().versions().newestPublished();
    }

    /** The field is marked invalid, described by its error, which says {@code message}; the summary links to it. */
    static void problemNextTo(String html, String field, String message) {
        Matcher control = Pattern.compile("<(textarea|input)\\b[^>]*\\bid=\"" + Pattern.quote(field) + "\"[^>]*>").matcher(html);
        assertThat(control.find()).as("no field " + field + " in\n" + html).isTrue();
        assertThat(control.group()).as(field).contains("aria-invalid=\"true\"").containsPattern(
                "aria-describedby=\"[^\"]*err-" + Pattern.quote(field) + "[\" ]");
        Matcher error = Pattern.compile("<ul class=\"error\" id=\"err-" + Pattern.quote(field) + "\">(.*?)</ul>",
                Pattern.DOTALL).matcher(html);
        assertThat(error.find()).as("no error next to " + field).isTrue();
        assertThat(StaffForm.unescape(error.group(1))).as(field).containsIgnoringCase(message);
        assertThat(html).contains("<a href=\"#" + field + "\">");
        assertThat(html).contains("role=\"alert\"").contains("nothing was published");
    }

    @Test
    void everySentenceIsABoxInEachLanguageSideBySideAndTheSettingsAreRealFields() throws Exception {
        HttpResponse<String> page = StaffRequests.get(line, "/staff/prompts", TestLine.STAFF_PASSWORD, "text/html");
        String html = page.body();
        assertThat(html)
                .contains("<h1>What the phone says</h1>")
                .contains("<a href=\"/staff/prompts\" aria-current=\"page\">Phone words</a>")
                .contains("<a href=\"/staff/prompts/history\">History</a>")
                .containsPattern("<label for=\"w.en.emergency\"><span class=\"visually-hidden\">Emergency notice, </span>English</label>")
                .containsPattern("<textarea id=\"w.es.emergency\" name=\"w.es.emergency\" lang=\"es\"")
                .contains("<input type=\"time\" id=\"h.monday.opens\" name=\"h.monday.opens\" value=\"08:00\"")
                .contains("<input type=\"tel\" id=\"s.front_desk.number\" name=\"s.front_desk.number\" value=\"+12125985913\"")
                .contains("<input type=\"date\" id=\"d.1.date\" name=\"d.1.date\" value=\"2026-12-25\"")
                .contains("${clinic.front_desk_number}")
                .contains("Listen to the answer whether it hurts in Spanish");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        StaffForm form = StaffForm.of(line, html, "words");
        assertThat(form.get("w.en.emergency")).isEqualTo(EMERGENCY);
        assertThat(form.get("w.en.what-it-is")).contains("\n---\nHow is it different from a traction machine?");
        HttpResponse<String> script = StaffRequests.get(line, "/staff/prompts/listen.js", TestLine.STAFF_PASSWORD, null);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(script.body()).contains("speechSynthesis").contains("SpeechSynthesisUtterance");
    }

    @Test
    void whatStaffDidNotChangeComesBackExactlyAsItWas() throws Exception {
        HttpResponse<String> unchanged = page().set("author", "AB").post("/staff/prompts", "publish");
        assertThat(unchanged.statusCode()).isEqualTo(200);
        assertThat(unchanged.body()).contains("Nothing to publish: callers already hear these words (version 1).");
        assertThat(published()).hasValue(1);
    }

    @Test
    void aVersionPublishedBeforeTheLineRequiredAnEntryShowsItWithTheShippedWordsAndTheNextPublishIncludesIt() throws Exception {
        Map<String, String> older = PromptsCopy.beforeWaiting(line.words().versions().files(1).orElseThrow().editable());
        new PromptVersionStore(((SqlMessageStore) line.office().messages()).pool()).locked(v -> v.add(
                new PromptVersionStore.NewVersion(PromptVersionStore.Status.PUBLISHED, PromptVersions.STAFF, "AB",
                        "published before callers could ask the line to wait", "older", 1, older),
                line.office().clock().instant()));
        line.words().follow();
        assertThat(line.words().published()).hasValue(2);

        StaffForm form = page();
        assertThat(form.get("w.en.wait-now")).isEqualTo("Take your time. I'll wait.");
        assertThat(form.get("w.es.wait-now")).isEqualTo("Tómese su tiempo. Aquí espero.");
        assertThat(form.get("w.en.words.wait")).startsWith("hold on, hang on");
        HttpResponse<String> done = form.set("author", "AB").post("/staff/prompts", "publish");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        assertThat(published()).hasValue(3);
        for (String file : older.keySet()) {
            String now = line.words().versions().files(3).orElseThrow().text(file).orElseThrow();
            if (file.endsWith("/line.txt")) {
                assertThat(now).as(file).startsWith(older.get(file).stripTrailing()).contains("\n[wait-now]\n", "\n[words.wait]\n");
            } else {
                assertThat(now).as(file + ": the staff's words as they were").isEqualTo(older.get(file));
            }
        }
    }

    @Test
    void aNoteAmongTheWordsCallersMaySayGroupsThemAndIsKeptAsTyped() throws Exception {
        StaffForm form = page();
        assertThat(form.get("w.en.what-it-is.words")).as("the shipped notes are shown in their box")
                .contains("# Asking what the therapy is and how it works");
        String typed = form.get("w.en.hours.words") + "\n# Asked by patients at the door\ndo you open on snow days";
        HttpResponse<String> done = form.set("w.en.hours.words", typed).set("author", "AB").post("/staff/prompts", "publish");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        assertThat(line.words().versions().files(2).orElseThrow().text("en/hours.txt").orElseThrow())
                .contains("[hours.words]\n" + typed + "\n");
    }

    @Test
    void aChangeIsCheckedThenPublishedAndCallersHearItWithinSeconds() throws Exception {
        StaffForm form = page().set("w.en.emergency", "If this is an emergency, hang up now and dial 911.");
        HttpResponse<String> checked = form.post("/staff/prompts", "check");
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("Checked: no problems. Nothing is published until you press Publish.");
        assertThat(published()).as("Check publishes nothing").hasValue(1);
        assertThat(heard()).startsWith(EMERGENCY);

        HttpResponse<String> done = StaffForm.of(line, checked.body(), "words").set("author", "Ana B.")
                .set("note", "Shorter notice").post("/staff/prompts", "publish");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/staff/prompts?published=2");
        assertThat(line.words().published()).as("the line that published answers with it at once").hasValue(2);
        assertThat(Eventually.heard(this::heard, s -> s.startsWith("If this is an emergency, hang up now"))).startsWith(
                "If this is an emergency, hang up now and dial 911. " + WELCOME);
        String after = StaffRequests.get(line, "/staff/prompts?published=2", TestLine.STAFF_PASSWORD, null).body();
        assertThat(after).contains("Version 2 is published: every line answers with it within 5 seconds.")
                .contains("You are editing version 2, published on").contains("by Ana B.: Shorter notice");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("w.en.welcome", "Thank you for calling ${clinic.nam}.", "did you mean clinic.name?"),
                Arguments.of("w.en.welcome", "Thank you for calling $clinic.name.", "needs braces: write ${clinic.name}"),
                Arguments.of("w.es.welcome", "Gracias por llamar a ${clinic.name}, en ${clinic.address}.",
                        "\"${clinic.address}\" is empty in the settings"),
                Arguments.of("w.en.goodbye", "[Thank you for calling. Goodbye.", "brackets are never said"),
                Arguments.of("w.en.emergency", "If this is an emergency & you are hurt, dial 911.", "write \"and\" instead"),
                Arguments.of("w.es.emergency", "Si es una emergencia <urgente>, marque el 911.", "is not a word callers can hear"),
                Arguments.of("w.es.faq-painful", "", "has no words"),
                Arguments.of("s.front_desk.number", "+1212598591", "has 9 digits after +1"),
                Arguments.of("d.0.date", "2025-12-24", "has already passed (today is 2026-03-04)"),
                Arguments.of("w.en.session", "Your first visit. ".repeat(230), "the phone's voice reads at most 3,000"),
                Arguments.of("w.en.repeat-option", "To hear this again, press star or #.", "\"#\" is read out as a symbol"),
                Arguments.of("w.en.repeat-option", "To hear this again, press star.\n# or pound", "A line that starts with #"),
                Arguments.of("w.en.repeat-option", "To hear this again, press star.\n[goodbye]", "would start a new entry"),
                Arguments.of("s.name", "Gramercy #1 Physical Therapy", "\"#\" in the clinic's name"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsShownNextToItsFieldNothingIsPublishedAndCallersKeepTheGoodWords(String field, String typed,
                                                                                 String message) throws Exception {
        HttpResponse<String> checked = page().set(field, typed).post("/staff/prompts", "check");
        assertThat(checked.statusCode()).isEqualTo(200);
        problemNextTo(checked.body(), field, message);

        HttpResponse<String> refused = StaffForm.of(line, checked.body(), "words").set("author", "AB")
                .post("/staff/prompts", "publish");
        assertThat(refused.statusCode()).as("Publish refuses").isEqualTo(422);
        problemNextTo(refused.body(), field, message);
        assertThat(StaffForm.of(line, refused.body(), "words").get(field)).as("the typing is kept").isEqualTo(typed);
        assertThat(published()).as("nothing is published").hasValue(1);
        assertThat(heard()).startsWith(EMERGENCY + " " + WELCOME);
    }

    @Test
    void aSixthOptionIsShownNextToItAndAQuestionCanBeAddedOrRemoved() throws Exception {
        HttpResponse<String> added = page().post("/staff/prompts", "add-question:faq");
        assertThat(added.body()).as("the notice leads to it").contains("<a href=\"#w.en.faq-6.option\">Go to the new question</a>");
        assertThat(page().post("/staff/prompts", "add-question:nowhere").body()).as("no such menu: nothing added")
                .doesNotContain("A new question");
        StaffForm form = StaffForm.of(line, added.body(), "words");
        assertThat(form.get("m.faq")).endsWith(",faq-6");
        form.set("w.en.faq-6.option", "who our therapists are").set("w.es.faq-6.option", "quiénes son los terapeutas")
                .set("w.en.faq-6.words", "who are the therapists").set("w.es.faq-6.words", "quiénes son los terapeutas")
                .set("w.en.faq-6", "Ask the front desk.").set("w.es.faq-6", "Pregunte en la recepción.");
        HttpResponse<String> checked = form.post("/staff/prompts", "check");
        problemNextTo(checked.body(), "w.en.faq-6.option", "the faq menu has 6 options; callers remember at most 5");

        StaffForm fewer = StaffForm.of(line, checked.body(), "words");
        HttpResponse<String> removed = StaffForm.of(line, fewer.post("/staff/prompts", "remove-question:faq-avoid").body(),
                "words").set("author", "AB").post("/staff/prompts", "publish");
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(303);
        PromptFiles now = line.words().versions().files(2).orElseThrow();
        assertThat(now.text("menus.yaml").orElseThrow()).contains("faq:\n  1: faq-results\n  2: faq-painful\n  3: faq-prevent\n"
                + "  4: faq-start\n  5: faq-6\n");
        assertThat(now.text("en/faq.txt").orElseThrow()).doesNotContain("[faq-avoid").contains("[faq-6.option]\nwho our therapists are");
        assertThat(now.text("es/faq.txt").orElseThrow()).doesNotContain("[faq-avoid").contains("[faq-6]\nPregunte en la recepción.");
        Twiml faq = Twiml.parse(Eventually.heard(() -> line.twilio().post("/voice/menu?node=main&lang=en",
                TwilioClient.withInput(Map.of("Digits", "3"))).body(), b -> b.contains("who our therapists are")));
        assertThat(faq.spoken()).contains("For who our therapists are, press 5.").doesNotContain("who should not");
    }

    @Test
    void specialDaysAreAddedAndRemovedAsRows() throws Exception {
        HttpResponse<String> added = page().post("/staff/prompts", "add-day");
        assertThat(added.body()).as("the notice leads to it").contains("<a href=\"#d.3.date\">Go to the new special day</a>");
        StaffForm form = StaffForm.of(line, added.body(), "words");
        assertThat(form.get("days")).isEqualTo("4");
        form.set("d.3.date", "2026-07-03").set("d.3.name.en", "Independence Day, observed").tick("d.3.closed", true);
        problemNextTo(form.post("/staff/prompts", "check").body(), "d.3.date", "cannot contain a comma");

        form.set("d.3.name.en", "Independence Day").set("d.3.name.es", "Día de la Independencia");
        HttpResponse<String> fewer = form.post("/staff/prompts", "remove-day:0");
        HttpResponse<String> done = StaffForm.of(line, fewer.body(), "words").set("author", "AB").post("/staff/prompts", "publish");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        String yaml = line.words().versions().files(2).orElseThrow().text("clinic.yaml").orElseThrow();
        assertThat(yaml).contains("\"2026-07-03\": \"closed, Independence Day, Día de la Independencia\"")
                .doesNotContain("2026-12-24").contains("\"2026-12-25\": \"closed, Christmas Day, Navidad\"");
    }

    @Test
    void publishingOverSomeoneElsesNewerVersionAsksFirst() throws Exception {
        StaffForm mine = page().set("w.en.goodbye", "Goodbye from us.").set("author", "AB");
        StaffForm theirs = page().set("w.en.emergency", "In an emergency, hang up and dial 911.").set("author", "CD");
        assertThat(theirs.post("/staff/prompts", "publish").statusCode()).isEqualTo(303);

        HttpResponse<String> asked = mine.post("/staff/prompts", "publish");
        assertThat(asked.statusCode()).isEqualTo(409);
        assertThat(asked.body()).contains("Version 2 was published by CD on").contains("press Publish again");
        assertThat(published()).hasValue(2);
        HttpResponse<String> again = StaffForm.of(line, asked.body(), "words").post("/staff/prompts", "publish");
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(published()).hasValue(3);
    }

    @Test
    void formsArePostedOnlyFromThisSiteWithTheirToken() throws Exception {
        StaffForm form = page().set("w.en.emergency", "Forged words.").set("author", "x");
        String body = "base=1&author=x&action=publish&w.en.emergency=Forged";
        assertThat(StaffRequests.post(line, "/staff/prompts", body, line.baseUrl()).statusCode()).isEqualTo(403);
        assertThat(StaffRequests.post(line, "/staff/prompts", body + "&token=" + form.get("token"), "https://evil.example")
                .statusCode()).isEqualTo(403);
        assertThat(StaffRequests.post(line, "/staff/prompts/closed-today", "action=close&token=forged", line.baseUrl())
                .statusCode()).isEqualTo(403);
        assertThat(published()).hasValue(1);
        HttpResponse<String> noPassword = StaffRequests.HTTP.send(HttpRequest.newBuilder(URI.create(line.baseUrl()
                + "/staff/prompts")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noPassword.statusCode()).isEqualTo(401);
    }

    @Test
    void aPageLeftOpenPastItsTokenKeepsTheTypingAndDoesNothingUntilPostedAgain() throws Exception {
        MovingClock clock = new MovingClock(TestLine.OPEN);
        TestLine open = LINES.start(TestLine.with().office(new Office(clock, TestLine.memoryStore(), TextMessages.NONE))
                .promptsFolder(PromptsCopy.in(temp.resolve("open")).dir()));
        String typed = "If you have an emergency, hang up and dial 911 right away.";
        StaffForm form = StaffForm.read(open, "/staff/prompts", "words").set("w.en.emergency", typed).set("author", "AB");
        clock.set(TestLine.OPEN.plus(CsrfTokens.VALID_FOR).plusSeconds(60));

        HttpResponse<String> late = form.post("/staff/prompts", "publish");
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("This page was open for a long time, so to be safe nothing was done.");
        assertThat(open.words().versions().newestPublished()).as("nothing is published").hasValue(1);
        StaffForm kept = StaffForm.of(open, late.body(), "words");
        assertThat(kept.get("w.en.emergency")).isEqualTo(typed);
        assertThat(kept.get("author")).isEqualTo("AB");
        assertThat(StaffRequests.post(open, "/staff/prompts", "base=1&action=publish&token=" + form.get("token"),
                "https://evil.example").statusCode()).as("another site's post is still refused").isEqualTo(403);

        assertThat(kept.post("/staff/prompts", "publish").statusCode()).as("posted again, with a fresh token").isEqualTo(303);
        assertThat(open.words().versions().newestPublished()).hasValue(2);
    }

    @Test
    void theFormMayBeLargerThanATwilioRequestUpToItsOwnLimit() throws Exception {
        StaffForm form = page().set("w.en.session", "A long answer. ".repeat(6000));
        HttpResponse<String> large = form.post("/staff/prompts", "check");
        assertThat(large.statusCode()).as("90 kB of words is checked, not refused").isEqualTo(200);
        assertThat(large.body()).contains("the phone&#39;s voice reads at most 3,000");
        HttpResponse<String> huge = page().set("w.en.session", "x".repeat(600 * 1024)).post("/staff/prompts", "check");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(huge.headers().firstValue("Content-Security-Policy")).hasValue(StaffPageServlet.CONTENT_SECURITY_POLICY);
        assertThat(huge.body()).contains("<h1>Too much to save</h1>", "(512 KB), so nothing was checked or saved");
    }

    @Test
    void historyListsWhoWhenTheNoteAndWhatChangedAndRestoreBringsAVersionBack() throws Exception {
        page().set("w.en.emergency", "In an emergency, hang up and dial 911.").set("author", "Ana B.")
                .set("note", "Shorter").post("/staff/prompts", "publish");
        String history = StaffRequests.get(line, "/staff/prompts/history", TestLine.STAFF_PASSWORD, null).body();
        assertThat(history).contains("<title>History of the phone words – Gramercy Physical Therapy</title>",
                        "<h1>History of the phone words</h1>")
                .containsSubsequence("Version 2", "Published from the staff page", "Ana B.", "Shorter",
                        "What changed from version 1", "English [emergency]", EMERGENCY,
                        "In an emergency, hang up and dial 911.", "Version 1", "From the prompts folder", "The first version.");

        StaffForm restore = StaffForm.of(line, history, "restore-1");
        HttpResponse<String> nameless = restore.post("/staff/prompts/history/restore", null);
        assertThat(nameless.statusCode()).isEqualTo(422);
        assertThat(nameless.body()).contains("<h2>Version 1 was not restored</h2>")
                .contains("<a href=\"#author-1\">Your name or initials: Write your name or initials, so the history shows"
                        + " who restored it.</a>")
                .contains("<ul class=\"error\" id=\"err-author-1\"><li>Write your name or initials, so the history shows"
                        + " who restored it.</li>");
        HttpResponse<String> restored = restore.set("author", "CD").post("/staff/prompts/history/restore", null);
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(restored.headers().firstValue("Location")).hasValue("/staff/prompts/history?restored=1&as=3");
        assertThat(Eventually.heard(this::heard, s -> s.startsWith(EMERGENCY))).startsWith(EMERGENCY);
        assertThat(StaffRequests.get(line, "/staff/prompts/history?restored=1&as=3", TestLine.STAFF_PASSWORD, null).body())
                .contains("Version 1 is published again, as version 3").contains("Version 1, restored");
    }

    @Test
    void theClinicIsClosedForTheRestOfTodayAndOpenedAgain() throws Exception {
        StaffForm close = StaffForm.read(line, "/staff/prompts", "closed-today");
        close.set("reason.en", "the snow").set("reason.es", "la nieve").set("author", "AB");
        HttpResponse<String> closed = close.post("/staff/prompts/closed-today", "close");
        assertThat(closed.statusCode()).isEqualTo(303);

        String greeting = Eventually.heard(this::heard, s -> s.contains("closed today"));
        assertThat(greeting).startsWith(EMERGENCY + " " + WELCOME + " We are closed today because of the snow. We open"
                + " again tomorrow at 8 AM.");
        Twiml spanish = Twiml.parse(line.twilio().post("/voice/menu?node=main&lang=en",
                TwilioClient.withInput(Map.of("Digits", "8"))).body());
        assertThat(spanish.spoken()).contains("Hoy estamos cerrados por la nieve.");
        Twiml desk = Twiml.parse(line.twilio().post("/voice/menu?node=main&lang=en",
                TwilioClient.withInput(Map.of("Digits", "0"))).body());
        assertThat(desk.has("Dial")).as("the desk is not rung").isFalse();
        assertThat(desk.spoken()).contains("We are closed today because of the snow. We open again tomorrow at 8 AM.")
                .contains("To leave a message for the front desk, press 1.");
        String page = StaffRequests.get(line, "/staff/prompts?closed", TestLine.STAFF_PASSWORD, null).body();
        assertThat(page).contains("The clinic is closed for the rest of today, Wednesday, March 4.")
                .contains("We are closed today because of the snow.").contains("Open again today");

        HttpResponse<String> reopened = StaffForm.of(line, page, "closed-today").post("/staff/prompts/closed-today", "reopen");
        assertThat(reopened.statusCode()).isEqualTo(303);
        assertThat(Eventually.heard(this::heard, s -> !s.contains("closed today"))).doesNotContain("closed today");
        Twiml open = Twiml.parse(line.twilio().post("/voice/menu?node=main&lang=en",
                TwilioClient.withInput(Map.of("Digits", "0"))).body());
        assertThat(open.has("Dial")).as("open again: the desk is rung").isTrue();
    }

    @Test
    void thePublishedVersionDownloadsAsAPromptsFolderThatPassesTheChecks() throws Exception {
        assertThat(StaffRequests.get(line, "/staff/prompts/history", TestLine.STAFF_PASSWORD, null).body())
                .contains("<a href=\"/staff/prompts/export\" download>Download the published version");
        HttpResponse<byte[]> zip = StaffRequests.HTTP.send(HttpRequest.newBuilder(URI.create(line.baseUrl()
                + "/staff/prompts/export")).header("Authorization", StaffRequests.basic("staff", TestLine.STAFF_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"prompts-version-1.zip\"");
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                assertThat(e.getName()).startsWith("prompts/");
                files.put(e.getName().substring("prompts/".length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("clinic.yaml", "menus.yaml", "en/faq.txt", "es/line.txt", "templates/menu.ftlx");
        assertThat(TestLine.validator().validate(PromptFiles.of(files)).ok()).isTrue();
    }

    @Test
    void theWholePhoneScriptOfADraftIsShownBeforeItIsPublished() throws Exception {
        HttpResponse<String> script = page().set("w.en.goodbye", "Goodbye, see you soon.").post("/staff/prompts/script", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("Phone script: Gramercy Physical Therapy").contains("Goodbye, see you soon.")
                .contains("<link rel=\"stylesheet\" href=\"/staff/staff.css\">").doesNotContain("<style");
        assertThat(published()).hasValue(1);
    }

    @Test
    void newWordsFromTheFolderWaitAsADraftOnceStaffHavePublishedTheirOwn() throws Exception {
        page().set("w.en.goodbye", "Goodbye from the staff.").set("author", "AB").post("/staff/prompts", "publish");
        // the folder the line reads: a developer ships new default words
        Path dir = temp.resolve("prompts");
        PromptsCopy.replace(dir.resolve("en/line.txt"), "Take care. Goodbye.", "Take good care. Goodbye.");
        // the folder is looked at every second, then checked whole before it is offered: seconds more on a busy machine
        String page = Eventually.within(Duration.ofSeconds(30),
                () -> StaffRequests.get(line, "/staff/prompts", TestLine.STAFF_PASSWORD, null).body(),
                b -> b.contains("New default words arrived"));
        assertThat(page).contains("New default words arrived from the prompts folder").contains("Review the new words (version 3)");
        assertThat(published()).as("staff words stay published").hasValue(2);
        assertThat(line.twilio().post("/voice/menu?node=main&lang=en", TwilioClient.withInput(Map.of("Digits", "1")))
                .statusCode()).isEqualTo(200);

        HttpResponse<String> kept = StaffForm.of(line, page, "keep-ours").post("/staff/prompts/keep-ours", null);
        assertThat(kept.statusCode()).isEqualTo(303);
        assertThat(StaffRequests.get(line, "/staff/prompts", TestLine.STAFF_PASSWORD, null).body())
                .doesNotContain("New default words arrived");
        assertThat(line.words().versions().version(3).orElseThrow().origin()).isEqualTo(PromptVersions.FOLDER);
    }

    @Test
    void whenFrontDeskNumberOverridesTheStaffsNumberThePageAndHealthSaySo() throws Exception {
        TestLine overridden = LINES.start(TestLine.with().frontDeskNumber("+12125550100")
                .promptsFolder(PromptsCopy.in(temp.resolve("overridden")).dir()));
        String html = StaffRequests.get(overridden, "/staff/prompts", TestLine.STAFF_PASSWORD, null).body();
        assertThat(html).contains("FRONT_DESK_NUMBER is set on the server: callers are put through to +12125550100, not"
                + " to the number in this box (+12125985913).")
                .containsPattern("id=\"s.front_desk.number\"[^>]*aria-describedby=\"[^\"]*desk-override");
        JsonNode health = new ObjectMapper().readTree(overridden.twilio().get("/health").body());
        assertThat(health.get("status").asText()).as("information, not a failure").isEqualTo("ok");
        assertThat(health.get("notes").get(0).asText()).isEqualTo("FRONT_DESK_NUMBER is set: calls are put through to"
                + " +1******0100, not to the front desk number staff set (+1******5913)");
        assertThat(StaffRequests.get(line, "/staff/prompts", TestLine.STAFF_PASSWORD, null).body())
                .doesNotContain("FRONT_DESK_NUMBER is set");
    }
}
