package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import clinic.ivr.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the phone says, changed by staff in a real headless Chromium with the keyboard alone, on two
 * instances of the line sharing one PostgreSQL: a change checked and published on one is heard on the
 * other within seconds; a broken change is refused next to its box while both keep the good words; a
 * restart keeps the published words; Restore brings the original back; Closed today is said and undone.
 * Every page is usable at a desktop's width and a phone's ({@link StaffBrowser#assertUsableAtEveryWidth()}).
 */
class PhoneWordsBrowserTest {

    static final String EMERGENCY = "If this is a medical emergency, hang up and dial 911.";
    static final String NEW_EMERGENCY = "If you have a medical emergency, hang up now and call 911.";

    @RegisterExtension
    static final LineExtension LINES = new LineExtension();

    @TempDir
    Path temp;

    static void waitFor(StaffBrowser browser, By what) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(what).isEmpty());
    }

    @Test
    void staffPublishOnOneInstanceAndTheOtherHearsItThenABrokenEditRestoreAndClosedToday() throws Exception {
        Database database = Database.postgres(TestDatabase.freshPostgres());
        TestLine first = LINES.instanceOn(database, temp.resolve("first"));
        TestLine second = LINES.instanceOn(database, temp.resolve("second"));
        try (StaffBrowser browser = StaffBrowser.open(temp.resolve("profile"), TestLine.STAFF_PASSWORD)) {
            browser.get(first.baseUrl() + "/staff/prompts");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("What the phone says");
            browser.assertUsableAtEveryWidth();

            // change the emergency sentence, Check, then Publish: with the keyboard alone
            browser.tabTo(EMERGENCY);
            assertThat(browser.focusIsVisible()).isTrue();
            browser.retype(NEW_EMERGENCY);
            browser.shiftTabTo("Check");
            browser.enter();
            waitFor(browser, By.id("notice"));
            assertThat(browser.driver().findElement(By.id("notice")).getText()).isEqualTo(
                    "Checked: no problems. Nothing is published until you press Publish.");
            assertThat(browser.driver().findElement(By.id("w.en.emergency")).getAttribute("value")).isEqualTo(NEW_EMERGENCY);
            assertThat(second.firstHeard()).as("Check publishes nothing").startsWith(EMERGENCY);
            browser.tabTo("Go to Publish");
            browser.enter();
            browser.tabToField("Your name or initials");
            browser.retype("Ana B.");
            browser.tabTo("Publish");
            browser.enter();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("published=2"));
            assertThat(browser.driver().findElement(By.id("notice")).getText()).isEqualTo(
                    "Version 2 is published: every line answers with it within 5 seconds.");

            long published = System.nanoTime();
            assertThat(Eventually.heard(second::firstHeard, s -> s.startsWith(NEW_EMERGENCY))).as("the other instance")
                    .startsWith(NEW_EMERGENCY);
            assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(Eventually.HEARD_WITHIN);

            // a broken edit is refused next to its box, and both instances keep the good words
            browser.tabTo(NEW_EMERGENCY);
            browser.retype("If this is an emergency & you are hurt, call ${clinic.nam}.");
            browser.shiftTabTo("Go to Publish");
            browser.enter();
            browser.tabToField("Your name or initials");
            browser.retype("Ana B.");
            browser.tabTo("Publish");
            browser.enter();
            waitFor(browser, By.id("problems"));
            WebElement box = browser.driver().findElement(By.id("w.en.emergency"));
            assertThat(box.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(box.getAttribute("aria-describedby")).contains("err-w.en.emergency");
            assertThat(browser.driver().findElement(By.id("err-w.en.emergency")).getText())
                    .contains("\"${clinic.nam}\" is not a known setting; did you mean clinic.name?");
            assertThat(box.getAttribute("value")).as("the typing is kept").startsWith("If this is an emergency & you");
            assertThat(browser.driver().findElement(By.id("problems")).getText()).contains("nothing was published");
            browser.assertUsableAtEveryWidth();
            assertThat(first.firstHeard()).startsWith(NEW_EMERGENCY);
            assertThat(second.firstHeard()).startsWith(NEW_EMERGENCY);

            // a restart keeps the published words
            second.close();
            TestLine restarted = LINES.instanceOn(database, temp.resolve("restarted"));
            assertThat(restarted.firstHeard()).startsWith(NEW_EMERGENCY);

            // Restore brings the original back
            browser.get(first.baseUrl() + "/staff/prompts/history");
            assertThat(browser.main()).contains("What changed from version 1").contains(NEW_EMERGENCY);
            browser.assertUsableAtEveryWidth();
            browser.tabToField("Your name or initials");
            browser.retype("CD");
            browser.tabTo("Restore version 1");
            browser.enter();
            waitFor(browser, By.id("notice"));
            assertThat(browser.driver().findElement(By.id("notice")).getText()).startsWith(
                    "Version 1 is published again, as version 3");
            assertThat(Eventually.heard(restarted::firstHeard, s -> s.startsWith(EMERGENCY))).startsWith(EMERGENCY);

            // Closed today is said, then undone
            browser.get(first.baseUrl() + "/staff/prompts");
            browser.tabToField("Why, in English");
            browser.retype("the snow");
            browser.tabToField("Why, in Spanish");
            browser.retype("la nieve");
            browser.tabTo("Close the clinic for the rest of today");
            browser.enter();
            waitFor(browser, By.id("closed-status"));
            assertThat(browser.driver().findElement(By.id("closed-status")).getText())
                    .contains("We are closed today because of the snow.");
            browser.assertUsableAtEveryWidth();
            assertThat(Eventually.heard(restarted::firstHeard, s -> s.contains("closed today"))).contains(
                    "We are closed today because of the snow. We open again tomorrow at 8 AM.");
            browser.tabTo("Open again today");
            browser.enter();
            waitFor(browser, By.id("closed-help"));
            assertThat(Eventually.heard(restarted::firstHeard, s -> !s.contains("closed today"))).doesNotContain("closed today");
        }
    }

    @Test
    void aNewSpecialDayOrQuestionIsOneLinkAwayFromTheNoticeThatSaysItWasAdded() throws Exception {
        TestLine line = LINES.start(TestLine.with().promptsFolder(PromptsCopy.in(temp.resolve("rows")).dir()));
        try (StaffBrowser browser = StaffBrowser.open(temp.resolve("profile"), TestLine.STAFF_PASSWORD)) {
            browser.width(StaffBrowser.PHONE_WIDTH);
            browser.get(line.baseUrl() + "/staff/prompts");
            // the buttons are some 280 Tabs down the page: each is focused as Tab would reach it, then pressed
            browser.enterOn(browser.driver().findElement(By.xpath("//button[.='Add a special day']")));
            waitFor(browser, By.id("d.3.date"));
            assertThat(browser.focusOnScreen("div#notice").getText()).startsWith("A new special day is at the end of the list.");
            assertNextTabLeadsTo(browser, "Go to the new special day", "d.3.date");
            browser.assertUsableAtEveryWidth();

            browser.width(StaffBrowser.PHONE_WIDTH);
            browser.enterOn(browser.driver().findElement(By.cssSelector("button[value='add-question:faq']")));
            waitFor(browser, By.id("w.en.faq-6.option"));
            assertThat(browser.focusOnScreen("div#notice").getText()).startsWith("A new question is at the end of the menu");
            assertNextTabLeadsTo(browser, "Go to the new question", "w.en.faq-6.option");
        }
    }

    /** The next Tab reaches the link {@code link}, and Enter on it puts the keyboard in {@code field}, on the screen with its label. */
    static void assertNextTabLeadsTo(StaffBrowser browser, String link, String field) {
        FrontDeskPageBrowserTest.press(browser, Keys.TAB);
        assertThat(browser.focused().getText()).as("the next Tab").isEqualTo(link);
        browser.enter();
        WebElement focused = browser.focused();
        assertThat(focused.getAttribute("id")).as("the focus after Enter on " + link).isEqualTo(field);
        assertThat(browser.onScreen(focused)).as(field + " is on the screen").isTrue();
        WebElement label = browser.driver().findElement(By.cssSelector("label[for='" + field + "']"));
        assertThat(browser.onScreen(label)).as("its label " + label.getText() + " too").isTrue();
    }

    @Test
    void aFormTooLargeToSaveIsAnsweredInTheStaffsWordsAndBackLeadsToWhatWasTyped() throws Exception {
        TestLine line = LINES.start(TestLine.with().promptsFolder(PromptsCopy.in(temp.resolve("large")).dir()));
        try (StaffBrowser browser = StaffBrowser.open(temp.resolve("profile"), TestLine.STAFF_PASSWORD)) {
            browser.get(line.baseUrl() + "/staff/prompts");
            browser.tabTo(EMERGENCY);
            // a paste larger than the form takes (typing 600 KB key by key would take the test minutes)
            browser.driver().executeScript("document.activeElement.value = 'x'.repeat(600 * 1024);");
            browser.shiftTabTo("Check");
            browser.enter();
            waitFor(browser, By.xpath("//h1[text()='Too much to save']"));
            assertThat(browser.main()).contains("larger than the line takes at once (512 KB), so nothing was checked or saved")
                    .contains("Back button");
            browser.assertUsableAtEveryWidth();
            // as the page says: Back, and what was typed is there to shorten
            browser.driver().navigate().back();
            waitFor(browser, By.id("w.en.emergency"));
            assertThat(browser.driver().findElement(By.id("w.en.emergency")).getAttribute("value")).hasSize(600 * 1024);
        }
        assertThat(Eventually.heard(line::firstHeard, s -> s.startsWith(EMERGENCY))).startsWith(EMERGENCY);
    }

    @Test
    void listenSpeaksTheBoxesAsTheyAreInTheRightLanguageAtEitherPace() throws Exception {
        TestLine line = LINES.start(TestLine.with().promptsFolder(PromptsCopy.in(temp.resolve("listen")).dir()));
        try (StaffBrowser browser = StaffBrowser.open(temp.resolve("profile"), TestLine.STAFF_PASSWORD)) {
            browser.get(line.baseUrl() + "/staff/prompts");
            // what the browser would say, kept instead of said: headless Chromium has no voice to hear
            browser.driver().executeScript("window.said = []; window.speechSynthesis.speak = function (u) {"
                    + " window.said.push({text: u.text, lang: u.lang, rate: u.rate}); };");
            WebElement time = browser.driver().findElement(By.id("listen-en-main-time"));
            assertThat(time.getText()).matches("\\d+ words, about \\d+ s \\(\\d+ s at the slower pace\\)");

            browser.tabTo("Listen to the main menu in English");
            browser.enter();
            List<Map<String, Object>> said = said(browser);
            assertThat(said).isNotEmpty().allSatisfy(u -> {
                assertThat(u.get("lang")).isEqualTo("en-US");
                assertThat(((Number) u.get("rate")).doubleValue()).isEqualTo(1.0);
            });
            assertThat(said.stream().map(u -> (String) u.get("text")).toList()).contains(
                    "For what traction therapy is, press 1.", "For our hours, press 5.", "To talk to the front desk, press 0.");

            browser.driver().findElement(By.id("w.es.faq-painful")).clear();
            browser.driver().findElement(By.id("w.es.faq-painful")).sendKeys("No duele. Llame a ${clinic.name}.");
            browser.driver().findElement(By.id("slow-pace")).click();
            browser.driver().executeScript("window.said = [];");
            browser.driver().findElement(By.id("listen-es-faq-painful")).click();
            assertThat(said(browser)).singleElement().satisfies(u -> {
                assertThat(u.get("text")).isEqualTo("No duele. Llame a Gramercy Physical Therapy.");
                assertThat(u.get("lang")).isEqualTo("es-US");
                assertThat(((Number) u.get("rate")).doubleValue()).isCloseTo(0.85, within(0.001));
            });
            assertThat(browser.driver().findElement(By.id("listen-es-faq-painful-time")).getText())
                    .startsWith("7 words, about 3 s");

            browser.get(line.baseUrl() + "/staff/prompts/script");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Phone script: Gramercy Physical Therapy");
            browser.assertUsableAtEveryWidth();
            browser.get(line.baseUrl() + "/staff/messages");
            assertThat(browser.driver().findElements(By.cssSelector("nav.pages a")).stream().map(WebElement::getText).toList())
                    .containsExactly("Dashboard", "Messages", "Phone words", "History");
            browser.assertUsableAtEveryWidth();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> said(StaffBrowser browser) {
        return (List<Map<String, Object>>) browser.driver().executeScript("return window.said;");
    }
}
