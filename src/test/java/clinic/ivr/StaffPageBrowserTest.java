package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.desk.Message;
import clinic.ivr.line.Office;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff page in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): log in, read the message and its transcription, mark it called back with the keyboard alone.
 */
class StaffPageBrowserTest {

    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");

    @TempDir
    Path profile;

    static ChromeDriver chromium(Path profile) {
        boolean here = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        Assumptions.assumeTrue(here || "true".equals(System.getenv("CI")),
                "Chromium or ChromeDriver is not installed here (.ci/run installs them)");
        assertThat(here).as("CI must run the browser test: .ci/run installs chromium and chromium-driver").isTrue();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)) // never Selenium Manager: nothing is downloaded
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1200,1000");
        return new ChromeDriver(service, options);
    }

    @Test
    void staffLogInReadTheMessageAndMarkItCalledBackWithTheKeyboardAlone() throws Exception {
        Office office = StaffPagesTest.withMessage(TestLine.OPEN);
        try (TestLine line = TestLine.start(office)) {
            ChromeDriver browser = chromium(profile);
            try {
                // HTTP Basic auth on every request of this browser, as a password manager would send it
                browser.executeCdpCommand("Network.enable", Map.of());
                browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers",
                        Map.of("Authorization", StaffPagesTest.basic("staff", TestLine.STAFF_PASSWORD))));
                browser.get(line.baseUrl() + "/staff/messages");

                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Messages for the front desk");
                String page = browser.findElement(By.tagName("main")).getText();
                assertThat(page).as(page).contains("Message from +12125550147");
                assertThat(page).as(page).contains("Hello, this is Ana <Lopez>, please call me back.");
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

                WebElement button = tabTo(browser, "Mark as called back");
                String outline = (String) ((JavascriptExecutor) browser)
                        .executeScript("return getComputedStyle(document.activeElement).outlineStyle");
                assertThat(outline).as("the keyboard focus is visible").isNotEqualTo("none");
                assertThat(button).isNotNull();
                new Actions(browser).sendKeys(Keys.ENTER).perform();

                new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                        b -> b.findElements(By.id("notice")).size() == 1);
                assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Marked the message from +12125550147 as called back.");
                assertThat(browser.findElement(By.id("notice")).getAttribute("role")).isEqualTo("status");
                assertThat(browser.findElement(By.tagName("main")).getText()).contains("Called back");
                assertThat(browser.findElements(By.tagName("button"))).as("nothing left to mark").isEmpty();
            } finally {
                browser.quit();
            }
            List<Message> messages = office.messages().list();
            assertThat(messages.get(0).status()).isEqualTo(Message.Status.CALLED_BACK);
        }
    }

    /** Presses Tab until the focus is on the element whose text starts with {@code label}. */
    static WebElement tabTo(ChromeDriver browser, String label) {
        for (int i = 0; i < 30; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (focused.getText().startsWith(label)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached \"" + label + "\"");
    }
}
