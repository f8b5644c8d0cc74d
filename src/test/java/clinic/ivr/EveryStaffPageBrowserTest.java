package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.desk.Message;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Validation;
import clinic.ivr.staff.StaffPagesTest;
import clinic.ivr.versions.PromptVersions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every staff page, in each state staff bring it to (a change refused among them), in a real headless Chromium
 * at a desktop's width and a phone's: every link, button, field and summary at least 44 pixels each way, no id
 * given twice, nothing serious for axe-core ({@link StaffBrowser#assertUsableAtEveryWidth()}; the dashboard with
 * a day of calls is {@link DashboardBrowserTest}'s). A change refused on the phone words page or in the history
 * takes the keyboard focus to its summary of problems, on a phone's screen, and Enter on each problem's link puts
 * the focus in its field; a change made there takes the focus to its notice.
 */
class EveryStaffPageBrowserTest {

    @RegisterExtension
    static final LineExtension LINES = new LineExtension();

    @TempDir
    Path temp;

    /**
     * A line with a message waiting and a history to restore from: version 2 no longer passes the checks, version 3
     * cannot be read at all, and version 4 brought version 1's words back to callers.
     */
    TestLine lineWithAHistory() throws Exception {
        TestLine line = LINES.start(TestLine.with().office(StaffPagesTest.withMessage(TestLine.OPEN))
                .promptsFolder(PromptsCopy.in(temp).dir()));
        PromptVersions versions = line.words().versions();
        Validation passed = versions.check(versions.files(1).orElseThrow());
        publishUnchecked(versions, passed, texts -> {
            texts.put("en/line.txt", texts.get("en/line.txt").replace(PhoneWordsBrowserTest.EMERGENCY, "Call 911 & hang up."));
            return texts;
        });
        publishUnchecked(versions, passed, texts -> {
            texts.put(PromptFiles.SETTINGS, "name: [unclosed\n");
            return texts;
        });
        assertThat(versions.restore(1, "AB")).isInstanceOf(PromptVersions.Outcome.Published.class);
        line.words().follow();
        return line;
    }

    /** Publishes version 1's files changed by {@code edit}, as if they had passed the checks {@code passed}. */
    static void publishUnchecked(PromptVersions versions, Validation passed, UnaryOperator<Map<String, String>> edit) {
        Map<String, String> texts = edit.apply(new TreeMap<>(versions.files(1).orElseThrow().texts()));
        versions.publish(new PromptVersions.Draft(PromptFiles.of(texts), PromptVersions.STAFF, "AB", null, null,
                OptionalInt.empty()), passed);
    }

    @Test
    void everyPageInEveryStateHasTargetsAFingerCanHitAndEachIdOnceAtBothWidths() throws Exception {
        TestLine line = lineWithAHistory();
        List<String> unusable = new ArrayList<>();
        try (StaffBrowser browser = StaffBrowser.open(TestLine.STAFF_PASSWORD)) {
            for (String page : List.of("/staff", "/staff/messages", "/staff/prompts", "/staff/prompts/history",
                    "/staff/prompts/script", "/staff/prompts?version=3", "/staff/nowhere")) {
                browser.get(line.baseUrl() + page);
                browser.tabTo("Skip to the main content"); // measured as it shows, once focused
                unusable.addAll(browser.unusableAtEveryWidth());
            }

            browser.get(line.baseUrl() + "/staff/messages");
            press(browser, By.xpath("//button[starts-with(., 'Mark as called back')]"), By.id("problems"));
            unusable.addAll(browser.unusableAtEveryWidth());
            long message = line.office().messages().list().get(0).id();
            line.office().messages().markCalledBack(message, TestLine.OPEN, "AL");
            browser.get(line.baseUrl() + "/staff/messages?called-back=" + message);
            unusable.addAll(browser.unusableAtEveryWidth());

            refusedPublish(browser, line);
            unusable.addAll(browser.unusableAtEveryWidth());
            refusedRestore(browser, line, "CD");
            unusable.addAll(browser.unusableAtEveryWidth());
            refusedRestore(browser, line, "");
            unusable.addAll(browser.unusableAtEveryWidth());

            browser.get(line.baseUrl() + "/staff/prompts");
            press(browser, By.xpath("//button[starts-with(., 'Close the clinic')]"), By.id("closed-status"));
            unusable.addAll(browser.unusableAtEveryWidth());
            browser.get(line.baseUrl() + "/staff/prompts");
            // a paste larger than the form takes
            browser.driver().executeScript("document.getElementById('w.en.emergency').value = 'x'.repeat(600 * 1024);");
            press(browser, By.xpath("//button[.='Check']"), By.xpath("//h1[.='Too much to save']"));
            unusable.addAll(browser.unusableAtEveryWidth());
        }
        assertThat(unusable).as("ids given twice, sideways scrolling, targets smaller than " + StaffBrowser.TAP + " px")
                .isEmpty();
    }

    @Test
    void aChangeRefusedOnThePhoneWordsPageTakesTheFocusToItsProblemsOnAPhonesScreen() throws Exception {
        TestLine line = lineWithAHistory();
        try (StaffBrowser browser = StaffBrowser.open(TestLine.STAFF_PASSWORD)) {
            browser.width(StaffBrowser.PHONE_WIDTH);
            refusedPublish(browser, line);
            WebElement problems = focusOnProblems(browser);
            assertThat(problems.getText()).startsWith("2 problems to fix: nothing was published");
            assertThat(links(problems)).as("each problem leads to its field").containsExactly("#w.en.emergency", "#author");
            assertEachLinkFocusesItsField(browser, problems);

            browser.get(line.baseUrl() + "/staff/prompts");
            browser.driver().findElement(By.id("w.en.emergency")).sendKeys(" ${clinic.nam}");
            press(browser, By.xpath("//button[.='Check']"), By.id("problems"));
            assertThat(links(focusOnProblems(browser))).as("Check finds the mistake too").containsExactly("#w.en.emergency");
        }
    }

    @Test
    void aRestoreRefusedInTheHistoryTakesTheFocusToItsProblemsOnAPhonesScreen() throws Exception {
        TestLine line = lineWithAHistory();
        try (StaffBrowser browser = StaffBrowser.open(TestLine.STAFF_PASSWORD)) {
            browser.width(StaffBrowser.PHONE_WIDTH);
            refusedRestore(browser, line, "CD");
            WebElement problems = focusOnProblems(browser);
            assertThat(problems.getText()).startsWith("Version 2 was not restored").contains("\"&\" is read out as a symbol");

            refusedRestore(browser, line, "");
            problems = focusOnProblems(browser);
            assertThat(problems.getText()).startsWith("Version 2 was not restored");
            assertThat(links(problems)).as("the name's problem leads to its field").containsExactly("#author-2");
            assertEachLinkFocusesItsField(browser, problems);
        }
    }

    @Test
    void aPublishAndARestoreTakeTheFocusToTheirNoticeOnAPhonesScreen() throws Exception {
        TestLine line = lineWithAHistory();
        try (StaffBrowser browser = StaffBrowser.open(TestLine.STAFF_PASSWORD)) {
            browser.width(StaffBrowser.PHONE_WIDTH);
            publish(browser, line, PhoneWordsBrowserTest.NEW_EMERGENCY, "Ana B.", By.id("notice"));
            WebElement notice = browser.focusOnScreen("div#notice");
            assertThat(notice.getText()).startsWith("Version 5 is published");
            assertThat(notice.getDomAttribute("role")).isEqualTo("status");
            browser.assertUsableAtEveryWidth();

            browser.width(StaffBrowser.PHONE_WIDTH);
            restore(browser, line, 1, "CD", By.id("notice"));
            notice = browser.focusOnScreen("div#notice");
            assertThat(notice.getText()).startsWith("Version 1 is published again, as version 6");
            assertThat(notice.getDomAttribute("role")).isEqualTo("status");
            browser.assertUsableAtEveryWidth();
        }
    }

    /**
     * Staff who opened the pages at another address than PUBLIC_BASE_URL and mark a message called back: a page that
     * says nothing was saved and links to the right address, accessible and usable at both widths.
     */
    @Test
    void aFormSentFromAnotherAddressThanTheLinesSaysNothingWasSavedAndWhereToGo() throws Exception {
        TestLine line = LINES.start(TestLine.with().office(StaffPagesTest.withMessage(TestLine.OPEN))
                .publicBaseUrl("https://ivr.example.com"));
        try (StaffBrowser browser = StaffBrowser.open(TestLine.STAFF_PASSWORD)) {
            browser.get(line.baseUrl() + "/staff/messages");
            typeAndPress(browser, "Called back by", "AL", "Mark as called back", By.xpath("//h1[.='Nothing was saved']"));
            assertThat(browser.main()).contains("https://ivr.example.com/staff");
            browser.assertAccessible();
            assertThat(browser.unusableAtEveryWidth()).isEmpty();
        }
        assertThat(line.office().messages().list().get(0).status()).isEqualTo(Message.Status.NEW);
    }

    @Test
    void closingTheClinicTodayAndOpeningItAgainTakeTheFocusToTheirNoticeOnAPhoneAndADesktop() throws Exception {
        TestLine line = LINES.start(TestLine.with().promptsFolder(PromptsCopy.in(temp).dir()));
        try (StaffBrowser browser = StaffBrowser.open(TestLine.STAFF_PASSWORD)) {
            for (int width : new int[] {StaffBrowser.PHONE_WIDTH, StaffBrowser.WIDTH}) {
                browser.width(width);
                browser.get(line.baseUrl() + "/staff/prompts");
                typeAndPress(browser, "Why, in English", "the snow", "Close the clinic for the rest of today",
                        By.id("closed-status"));
                assertThat(browser.focusOnScreen("div#notice").getText()).as(width + " px")
                        .isEqualTo("The clinic is closed for the rest of today.");

                browser.tabTo("Open again today");
                browser.enter();
                PhoneWordsBrowserTest.waitFor(browser, By.id("closed-help"));
                assertThat(browser.focusOnScreen("div#notice").getText()).as(width + " px")
                        .isEqualTo("The clinic is open again today, by its usual hours.");
            }
        }
    }

    /**
     * With the keyboard: types {@code text} into the field labelled {@code field}, presses the button {@code button},
     * and waits for the page it leads to, which has what {@code then} finds.
     */
    static void typeAndPress(StaffBrowser browser, String field, String text, String button, By then) {
        browser.tabToField(field);
        browser.retype(text);
        browser.tabTo(button);
        browser.enter();
        PhoneWordsBrowserTest.waitFor(browser, then);
    }

    /** Presses the button {@code button} finds, and waits for the page it leads to, which has what {@code then} finds. */
    static void press(StaffBrowser browser, By button, By then) {
        browser.driver().findElement(button).click();
        PhoneWordsBrowserTest.waitFor(browser, then);
    }

    /** Publishes the phone words with a mistake in the emergency notice and no name: refused. */
    static void refusedPublish(StaffBrowser browser, TestLine line) {
        publish(browser, line, "If this is a medical emergency, hang up and dial 911 or call ${clinic.nam}.", "",
                By.cssSelector("#problems, .error"));
    }

    /** Publishes the phone words with {@code emergency} as the emergency notice, in the name of {@code author}. */
    static void publish(StaffBrowser browser, TestLine line, String emergency, String author, By then) {
        browser.get(line.baseUrl() + "/staff/prompts");
        WebElement box = browser.driver().findElement(By.id("w.en.emergency"));
        box.clear();
        box.sendKeys(emergency);
        browser.driver().findElement(By.id("author")).sendKeys(author);
        press(browser, By.xpath("//button[.='Publish']"), then);
    }

    /** Restores version 2, which no longer passes the checks, in the name of {@code author} (none: ""): refused. */
    static void refusedRestore(StaffBrowser browser, TestLine line, String author) {
        restore(browser, line, 2, author, By.cssSelector("#problems, .error"));
    }

    /** Restores {@code version} in the name of {@code author} (none: ""). */
    static void restore(StaffBrowser browser, TestLine line, int version, String author, By then) {
        browser.get(line.baseUrl() + "/staff/prompts/history");
        browser.driver().findElement(By.id("author-" + version)).sendKeys(author);
        press(browser, By.cssSelector("#restore-" + version + " button"), then);
    }

    /** The summary of problems, which must have the keyboard focus and be on the screen. */
    static WebElement focusOnProblems(StaffBrowser browser) {
        return browser.focusOnScreen("div#problems");
    }

    /** Enter on each link of {@code problems} leaves the keyboard in the field it names, on the screen, to type in. */
    static void assertEachLinkFocusesItsField(StaffBrowser browser, WebElement problems) {
        for (WebElement link : problems.findElements(By.cssSelector("li a"))) {
            String field = link.getDomAttribute("href").substring(1);
            WebElement focused = browser.enterOn(link);
            assertThat(focused.getAttribute("id")).as("the focus after Enter on " + link.getText()).isEqualTo(field);
            assertThat(browser.onScreen(focused)).as(field + " is on the screen").isTrue();
        }
    }

    /** Where the links of {@code problems} lead, each a field of the page. */
    static List<String> links(WebElement problems) {
        return problems.findElements(By.cssSelector("li a")).stream().map(a -> a.getDomAttribute("href")).toList();
    }
}
