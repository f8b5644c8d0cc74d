package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.staff.StaffPagesTest;
import clinic.ivr.desk.Message;
import clinic.ivr.line.Office;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff page in a real headless Chromium: log in, read the message and its transcription, mark it
 * called back with the keyboard alone; nothing serious for axe-core, and nothing wider than a phone. A
 * mistyped staff address says so, and the keyboard leads back to the dashboard.
 */
class StaffPageBrowserTest {

    @TempDir
    Path profile;

    @Test
    void staffLogInReadTheMessageAndMarkItCalledBackWithTheKeyboardAlone() throws Exception {
        Office office = StaffPagesTest.withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.start(office); StaffBrowser browser = StaffBrowser.open(profile, TestLine.STAFF_PASSWORD)) {
            browser.get(line.baseUrl() + "/staff/messages");

            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Messages for the front desk");
            assertThat(browser.main()).contains("Message from +12125550147")
                    .contains("Hello, this is Ana <Lopez>, please call me back.");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            browser.assertAccessible();

            browser.tabTo("Mark as called back");
            assertThat(browser.focusIsVisible()).as("the keyboard focus is visible").isTrue();
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(
                    b -> b.findElements(By.id("problems")).size() == 1);
            assertThat(browser.focused().getText()).as("without a name, the focus is on the summary of the problem")
                    .contains("Please write your name or initials");
            browser.assertAccessible();

            browser.tabTo("Please write your name or initials");
            browser.enter();
            assertThat(browser.focused().getAttribute("name")).as("its link leads to the name field").isEqualTo("name");
            new Actions(browser.driver()).sendKeys("AL").sendKeys(Keys.ENTER).perform();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(
                    b -> b.findElements(By.id("notice")).size() == 1);
            assertThat(browser.driver().findElement(By.id("notice")).getText())
                    .startsWith("Marked the message from +12125550147 as called back by AL.");
            assertThat(browser.driver().findElement(By.id("notice")).getAttribute("role")).isEqualTo("status");
            assertThat(browser.main()).contains("Called back");
            assertThat(browser.driver().findElements(By.xpath("//main//button[starts-with(., 'Mark as called back')]")))
                    .as("nothing left to mark").isEmpty();
            browser.assertUsableAtEveryWidth();
        }
        List<Message> messages = office.messages().list();
        assertThat(messages.get(0).status()).isEqualTo(Message.Status.CALLED_BACK);
    }

    @Test
    void aMistypedAddressSaysSoAndTheKeyboardLeadsBackToTheDashboard() throws Exception {
        try (TestLine line = TestLine.start(); StaffBrowser browser = StaffBrowser.open(profile, TestLine.STAFF_PASSWORD)) {
            browser.get(line.baseUrl() + "/staff/mesages");

            assertThat(browser.driver().getTitle()).isEqualTo("Page not found – Gramercy Physical Therapy");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
            assertThat(browser.main()).contains("There is no staff page at /staff/mesages.");
            browser.assertUsableAtEveryWidth();

            browser.tabTo("Dashboard");
            assertThat(browser.focusIsVisible()).as("the keyboard focus is visible").isTrue();
            browser.enter();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(
                    b -> b.findElement(By.tagName("h1")).getText().equals("How the phone line is doing"));
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(line.baseUrl() + "/staff");
        }
    }
}
