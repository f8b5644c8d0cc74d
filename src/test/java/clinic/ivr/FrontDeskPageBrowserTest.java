package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.staff.RecordingPlayerTest;
import clinic.ivr.staff.StaffPagesTest;
import clinic.ivr.desk.Message;
import clinic.ivr.desk.Recording;
import clinic.ivr.line.Office;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front desk's messages page in a real headless Chromium, used with the keyboard: pages of messages,
 * finding one by number or words, the filter, notes, calling back and undoing it, the player, and the
 * list keeping itself up to date without moving the focus. Every page is usable at a desktop's width and a
 * phone's ({@link StaffBrowser#assertUsableAtEveryWidth()}).
 */
class FrontDeskPageBrowserTest {

    /** Four callers; the first calls most. */
    static final String[] CALLERS = {"+12125550147", "+13105550199", "+447700900123", "+16465550177"};
    static final String[] WORDS = {"Please call me back about my appointment", "Does it hurt? My back hurts",
            "I need the address", "An insurance question about my copay"};

    @TempDir
    Path profile;

    /** Sixty messages, one a minute before {@code now}, newest last; every fifth called back. */
    static Office sixtyMessages(Instant now) {
        Office office = TestLine.office(now);
        for (int i = 0; i < 60; i++) {
            String sid = "RE" + String.format("%032d", i);
            Instant at = now.minus(Duration.ofMinutes(60 - i));
            office.messages().record(Message.recorded(new Recording(sid, "https://api.twilio.com/r/" + sid, 12, "completed"),
                    "CA" + i, CALLERS[i % 4], "en", i % 2 == 0 ? "faq-start" : "main", at));
            office.messages().record(Message.transcribed(sid, "CA" + i, null, null, WORDS[i % 4] + " (" + i + ")",
                    "completed", at));
            if (i % 5 == 0) {
                long id = office.messages().list().get(0).id();
                office.messages().markCalledBack(id, now, "JM");
            }
        }
        return office;
    }

    static WebDriverWait waiting(StaffBrowser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    }

    static List<WebElement> messages(StaffBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#list > li"));
    }

    static void press(StaffBrowser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Opens a link or presses a button with the keyboard, and waits for the page it leads to. */
    static void follow(StaffBrowser browser, String label, Function<WebDriver, Boolean> arrived) {
        browser.tabTo(label);
        assertThat(browser.focusIsVisible()).as("the focus on \"" + label + "\" is visible").isTrue();
        press(browser, Keys.ENTER);
        waiting(browser).until(arrived::apply);
    }

    @Test
    void staffPageThroughFindByNumberOrWordsAndFilterWithTheKeyboard() throws Exception {
        Office office = sixtyMessages(TestLine.OPEN);
        try (TestLine line = TestLine.start(office); StaffBrowser browser = StaffBrowser.open(profile, TestLine.STAFF_PASSWORD)) {
            browser.get(line.baseUrl() + "/staff/messages");
            assertThat(browser.driver().getTitle()).startsWith("(48 new) Messages for the front desk");
            assertThat(messages(browser)).hasSize(25);
            assertThat(messages(browser).get(0).getText()).contains("(59)");
            assertThat(browser.main()).contains("Page 1 of 3: 60 messages, newest first.")
                    .contains("48 new messages wait for a call back; the oldest since Wednesday, March 4, 2026 at 9:01 AM.");
            browser.assertUsableAtEveryWidth();

            follow(browser, "Older messages", d -> d.getCurrentUrl().endsWith("page=2"));
            assertThat(messages(browser)).hasSize(25);
            assertThat(messages(browser).get(0).getText()).contains("(34)");
            follow(browser, "Older messages", d -> d.getCurrentUrl().endsWith("page=3"));
            assertThat(messages(browser)).hasSize(10);
            assertThat(messages(browser).get(9).getText()).contains("(0)");
            follow(browser, "Newer messages", d -> d.getCurrentUrl().endsWith("page=2"));

            browser.driver().findElement(By.id("q")).click();
            press(browser, "(212) 555-0147", Keys.ENTER);
            waiting(browser).until(d -> d.getCurrentUrl().contains("q="));
            assertThat(browser.main()).contains("15 messages match “(212) 555-0147”, newest first.");
            assertThat(messages(browser)).hasSize(15).allSatisfy(m -> assertThat(m.getText()).contains("+12125550147"));
            assertThat(browser.driver().findElement(By.id("q")).getAttribute("value")).isEqualTo("(212) 555-0147");

            follow(browser, "New", d -> d.getCurrentUrl().contains("show=new"));
            assertThat(browser.main()).contains("12 messages match");
            assertThat(messages(browser)).hasSize(12).allSatisfy(m -> assertThat(m.getAttribute("class")).isEqualTo("new"));
            assertThat(browser.driver().findElement(By.cssSelector("nav.filters a[aria-current=page]")).getText())
                    .isEqualTo("New");

            browser.driver().findElement(By.id("q")).clear();
            browser.driver().findElement(By.id("q")).sendKeys("insurance COPAY", Keys.ENTER);
            waiting(browser).until(d -> d.getCurrentUrl().contains("insurance"));
            assertThat(messages(browser)).as("the filter stays: new messages with both words")
                    .hasSize(12).allSatisfy(m -> assertThat(m.getText()).contains("An insurance question about my copay"));
            browser.assertUsableAtEveryWidth();

            browser.driver().findElement(By.id("q")).clear();
            browser.driver().findElement(By.id("q")).sendKeys("nobody said this", Keys.ENTER);
            waiting(browser).until(d -> d.getCurrentUrl().contains("nobody"));
            assertThat(browser.main()).contains("No messages match.");
            browser.assertUsableAtEveryWidth();
        }
    }

    @Test
    void notesCallingBackAndItsUndoWithTheKeyboard() throws Exception {
        Office office = StaffPagesTest.withMessage(TestLine.OPEN);
        long id = office.messages().list().get(0).id();
        try (TestLine line = TestLine.start(office); StaffBrowser browser = StaffBrowser.open(profile, TestLine.STAFF_PASSWORD)) {
            browser.get(line.baseUrl() + "/staff/messages");
            assertThat(browser.main()).contains("Was listening to\nWhether it hurts");

            browser.tabTo("Add a note");
            press(browser, Keys.ENTER, Keys.TAB);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("notes-" + id);
            press(browser, "Left a voicemail at 10; will try after 2");
            follow(browser, "Save notes", d -> d.getCurrentUrl().contains("noted="));
            assertThat(browser.main()).contains("Notes\nLeft a voicemail at 10; will try after 2");
            assertThat(browser.driver().findElement(By.id("notice")).getText())
                    .isEqualTo("Saved the notes on the message from +12125550147.");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("the focus is on what was done")
                    .isEqualTo("notice");
            assertThat(browser.driver().findElement(By.id("notes-" + id)).getAttribute("value"))
                    .isEqualTo("Left a voicemail at 10; will try after 2");

            browser.driver().findElement(By.id("name-" + id)).sendKeys("Jo M");
            follow(browser, "Mark as called back", d -> d.getCurrentUrl().contains("called-back="));
            assertThat(browser.driver().findElement(By.id("notice")).getText())
                    .contains("Marked the message from +12125550147 as called back by Jo M.");
            assertThat(browser.main()).contains("By Jo M on Wednesday, March 4, 2026 at 10:00 AM");
            browser.assertUsableAtEveryWidth();

            follow(browser, "Undo", d -> d.getCurrentUrl().contains("undone="));
            assertThat(browser.driver().findElement(By.id("notice")).getText())
                    .isEqualTo("The message from +12125550147 is new again: not called back.");
            assertThat(office.messages().find(id).orElseThrow().status()).isEqualTo(Message.Status.NEW);
            assertThat(browser.driver().findElement(By.id("name-" + id)).getAttribute("value"))
                    .as("the name is filled in for next time").isEqualTo("Jo M");
            assertThat(browser.driver().getTitle()).startsWith("(1 new)");

            // someone else called back: the name filled in is not theirs, so they empty the field, then press the button
            browser.tabToField("Called back by");
            browser.retype("");
            follow(browser, "Mark as called back", d -> d.getCurrentUrl().contains("name-needed="));
            browser.focusOnScreen("div#problems");
            assertThat(browser.driver().findElement(By.id("name-" + id)).getAttribute("value"))
                    .as("the field shows what was sent, no name, not the name remembered").isEmpty();
            assertThat(office.messages().find(id).orElseThrow().status()).isEqualTo(Message.Status.NEW);
        }
    }

    @Test
    void callingBackWithoutANameIsRefusedWithASummaryThatHasTheFocusAndLeadsToTheField() throws Exception {
        Office office = StaffPagesTest.withMessage(TestLine.OPEN);
        long id = office.messages().list().get(0).id();
        try (TestLine line = TestLine.start(office); StaffBrowser browser = StaffBrowser.open(profile, TestLine.STAFF_PASSWORD)) {
            browser.width(StaffBrowser.PHONE_WIDTH);
            browser.get(line.baseUrl() + "/staff/messages?show=new&q=%28212%29+555-0147");
            follow(browser, "Mark as called back", d -> d.getCurrentUrl().contains("name-needed="));

            WebElement problems = browser.focusOnScreen("div#problems");
            assertThat(problems.getDomAttribute("role")).isEqualTo("alert");
            assertThat(problems.getText()).startsWith("The message from +12125550147 was not marked as called back")
                    .contains(NAME_NEEDED);
            assertThat(EveryStaffPageBrowserTest.links(problems)).as("the problem leads to its field")
                    .containsExactly("#name-" + id);
            EveryStaffPageBrowserTest.assertEachLinkFocusesItsField(browser, problems);
            WebElement field = browser.driver().switchTo().activeElement();
            assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(field.getDomAttribute("aria-describedby")).isEqualTo("err-name-" + id);
            assertThat(browser.driver().findElement(By.id("err-name-" + id)).getText()).as("the problem beside the field")
                    .isEqualTo(NAME_NEEDED);
            assertThat(browser.driver().findElement(By.id("q")).getAttribute("value")).as("the search is kept")
                    .isEqualTo("(212) 555-0147");
            assertThat(browser.driver().findElement(By.cssSelector("nav.filters a[aria-current=page]")).getText())
                    .as("the filter is kept").isEqualTo("New");
            assertThat(office.messages().find(id).orElseThrow().status()).isEqualTo(Message.Status.NEW);
            browser.assertUsableAtEveryWidth();

            browser.driver().findElement(By.id("name-" + id)).sendKeys("AL");
            follow(browser, "Mark as called back", d -> d.getCurrentUrl().contains("called-back="));
            assertThat(browser.focusOnScreen("div#notice").getText())
                    .startsWith("Marked the message from +12125550147 as called back by AL.");
            assertThat(browser.driver().findElements(By.id("problems"))).isEmpty();
        }
    }

    static final String NAME_NEEDED = "Please write your name or initials, so others know who called back.";

    @Test
    void theListKeepsItselfUpToDateAnnouncesNewMessagesAndLeavesTheFocusWhereItIs() throws Exception {
        Office office = StaffPagesTest.withMessage(TestLine.OPEN);
        long first = office.messages().list().get(0).id();
        try (TestLine line = TestLine.with().office(office).refreshSeconds(1).start();
             StaffBrowser browser = StaffBrowser.open(profile, TestLine.STAFF_PASSWORD)) {
            browser.get(line.baseUrl() + "/staff/messages");
            assertThat(browser.driver().getTitle()).startsWith("(1 new)");
            browser.tabTo("Add a note");
            press(browser, Keys.ENTER, Keys.TAB, "half-typed");

            office.messages().record(Message.recorded(new Recording("RE2", "https://api.twilio.com/r/RE2", 20, "completed"),
                    "CA2", "+13105550199", "en", "main", TestLine.OPEN));
            waiting(browser).until(d -> d.getTitle().startsWith("(2 new)"));
            assertThat(browser.driver().findElement(By.id("live")).getText())
                    .isEqualTo("A new message arrived, from +13105550199.");
            assertThat(messages(browser)).hasSize(2);
            assertThat(messages(browser).get(0).getText()).contains("Message from +13105550199");
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getAttribute("id")).as("the focus stays in the note being written").isEqualTo("notes-" + first);
            assertThat(focused.getAttribute("value")).isEqualTo("half-typed");

            long second = office.messages().list().get(0).id();
            office.messages().markCalledBack(second, TestLine.OPEN, "Bo");
            waiting(browser).until(d -> d.getTitle().startsWith("(1 new)"));
            waiting(browser).until(d -> d.findElement(By.id("message-" + second)).getText().contains("By Bo"));
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("notes-" + first);
            browser.assertAccessible();
        }
    }

    @Test
    void thePlayerPlaysWhatTheLineFetchesFromTwilioAndSeeks() throws Exception {
        Office office = RecordingPlayerTest.withRecording();
        try (TwilioStub twilio = new TwilioStub().recording(RecordingPlayerTest.SID, RecordingPlayerTest.MP3);
             TestLine line = TestLine.with().office(office).twilio(twilio.api()).start();
             StaffBrowser browser = StaffBrowser.open(profile, TestLine.STAFF_PASSWORD)) {
            browser.get(line.baseUrl() + "/staff/messages");
            WebElement audio = browser.driver().findElement(By.tagName("audio"));
            assertThat(audio.getAttribute("controls")).isNotNull();
            assertThat(audio.getAttribute("aria-label")).isEqualTo("Recording of the message from +12125550147");
            String src = audio.getAttribute("src");
            assertThat(src).isEqualTo(line.baseUrl() + "/staff/messages/" + RecordingPlayerTest.id(office) + "/audio");

            @SuppressWarnings("unchecked")
            Map<String, Object> whole = (Map<String, Object>) browser.driver().executeAsyncScript(FETCH, src, "");
            assertThat(whole.get("status")).isEqualTo(200L);
            assertThat(whole.get("type")).isEqualTo("audio/mpeg");
            assertThat(whole.get("length")).isEqualTo((long) RecordingPlayerTest.MP3.length);
            assertThat(whole.get("first")).isEqualTo(0xFFL);

            @SuppressWarnings("unchecked")
            Map<String, Object> part = (Map<String, Object>) browser.driver().executeAsyncScript(FETCH, src, "bytes=100-199");
            assertThat(part.get("status")).isEqualTo(206L);
            assertThat(part.get("length")).isEqualTo(100L);
            assertThat(part.get("range")).isEqualTo("bytes 100-199/" + RecordingPlayerTest.MP3.length);
            assertThat(part.get("first")).isEqualTo((long) (RecordingPlayerTest.MP3[100] & 0xFF));
            assertThat(twilio.seen()).hasSize(1);
            browser.assertUsableAtEveryWidth();
        }
    }

    /** Fetches the player's address from the page, under its Content-Security-Policy, as the audio element does. */
    static final String FETCH = "const [src, range, done] = arguments;"
            + "fetch(src, range ? {headers: {Range: range}} : {}).then(async r => {"
            + "  const bytes = new Uint8Array(await r.arrayBuffer());"
            + "  done({status: r.status, type: r.headers.get('Content-Type'), range: r.headers.get('Content-Range'),"
            + "        length: bytes.length, first: bytes[0]});"
            + "}).catch(e => done({status: -1, error: String(e)}));";
}
