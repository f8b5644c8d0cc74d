package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.remote.CapabilityType;

/**
 * A staff member's browser for tests: Debian's headless Chromium (which .ci/run installs), logged in
 * with HTTP Basic as a password manager would, with the keyboard, a phone-sized window and an
 * accessibility scan by axe-core (which .ci/run installs from npm). Without Chromium or axe-core
 * here the tests are skipped; in CI they fail instead. A browser a test closes is emptied and kept
 * for the next test of the JVM.
 */
public final class StaffBrowser implements AutoCloseable {

    /** CHROMIUM_BINARY, else Chromium's headless shell where installed (it costs the tests less), else Chromium. */
    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY",
            Files.isExecutable(Path.of("/usr/bin/chromium-headless-shell")) ? "/usr/bin/chromium-headless-shell" : "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");
    /** axe-core's browser script: AXE_CORE_JS, else where `npm install axe-core` in the project puts it. */
    static final Path AXE = Path.of(System.getenv().getOrDefault("AXE_CORE_JS", "node_modules/axe-core/axe.min.js"));
    /** The width of a small phone, in CSS pixels. */
    public static final int PHONE_WIDTH = 390;

    private final ChromeDriver driver;
    private final Path profile;

    private StaffBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * A browser logged in as staff with {@code password}: the one an earlier test of this JVM closed, emptied
     * of its cookies, or else a new one. The browser keeps its profile in a folder of its own, which outlives
     * the test ({@code profile} is no longer used: a test's folder is deleted while a kept browser still writes
     * in it).
     */
    public static StaffBrowser open(Path profile, String password) {
        return open(password);
    }

    /** A browser logged in as staff with {@code password}, as {@link #open(Path, String)}. */
    public static StaffBrowser open(String password) {
        boolean here = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        Assumptions.assumeTrue(here || ci(), "Chromium or ChromeDriver is not installed here (.ci/run installs them)");
        assertThat(here).as("CI must run the browser tests: .ci/run installs chromium and chromium-driver").isTrue();
        StaffBrowser browser = kept();
        if (browser == null) {
            browser = start();
        }
        browser.driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(("staff:" + password).getBytes(StandardCharsets.UTF_8)))));
        return browser;
    }

    private static StaffBrowser start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("staff-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)) // never Selenium Manager: nothing is downloaded
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        if (Path.of(CHROMIUM).getFileName().toString().contains("headless-shell")) {
            // Chromium's headless shell, the same engine without the desktop browser around it: the driver
            // must know, for the shell opens no first page of its own
            options.setCapability(CapabilityType.BROWSER_NAME, "chrome-headless-shell");
        }
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + WIDTH + "," + HEIGHT);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Network.enable", Map.of());
        return new StaffBrowser(driver, profile);
    }

    /** The window's size as a browser starts: a desktop's width. */
    public static final int WIDTH = 1200;
    private static final int HEIGHT = 1000;

    /**
     * The browser a test closed, kept for the next: starting Chromium and its driver takes longer than most
     * browser tests; guarded by the class. Quit when the JVM ends.
     */
    private static StaffBrowser kept;
    private static boolean quitAtExit;

    private static synchronized StaffBrowser kept() {
        StaffBrowser browser = kept;
        kept = null;
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void get(String url) {
        driver.get(url);
    }

    /** Presses Tab until the focus is on the element whose text or value starts with {@code label}. */
    public WebElement tabTo(String label) {
        return tab(false, label);
    }

    /** Presses Shift+Tab (backwards) until the focus is on the element whose text or value starts with {@code label}. */
    public WebElement shiftTabTo(String label) {
        return tab(true, label);
    }

    private WebElement tab(boolean backwards, String label) {
        for (int i = 0; i < 300; i++) {
            Actions press = new Actions(driver);
            (backwards ? press.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT) : press.sendKeys(Keys.TAB)).perform();
            // one round trip a key: the focused element's text and value, read in the page
            Object reached = driver.executeScript("const e = document.activeElement, l = arguments[0];"
                    + "return (e.innerText || '').startsWith(l) || (e.value || '').startsWith(l) ? e : null;", label);
            if (reached instanceof WebElement focused) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached \"" + label + "\"");
    }

    /** Presses Tab until the focus is on the field whose label starts with {@code label}, as a screen reader names it. */
    public WebElement tabToField(String label) {
        for (int i = 0; i < 60; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            String named = (String) driver.executeScript("const e = document.activeElement;"
                    + " return e.labels && e.labels.length ? e.labels[0].textContent.trim() : '';");
            if (named.startsWith(label)) {
                return driver.switchTo().activeElement();
            }
        }
        throw new AssertionError("Tab never reached the field \"" + label + "\"");
    }

    /** Replaces what the focused box holds with {@code text}, typed with the keyboard. */
    public void retype(String text) {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(text).perform();
    }

    /** Presses Enter on the focused element, as a keyboard user activates a button or a link. */
    public void enter() {
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    /** Whether the focused element shows a visible outline. */
    public boolean focusIsVisible() {
        String outline = (String) driver.executeScript("return getComputedStyle(document.activeElement).outlineStyle");
        return !"none".equals(outline);
    }

    /** Resizes the window so the page is {@code width} CSS pixels wide, as on a phone. */
    public void width(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        long inner = innerWidth(width);
        // the window's frame takes some pixels: grow it until the page itself has the width asked for (the
        // headless shell's window has none)
        if (inner != width) {
            driver.manage().window().setSize(new Dimension(width + (int) (width - inner), 900));
            innerWidth(width);
        }
    }

    /**
     * The page's width once it is {@code width}, or after a second: the page learns of a resize a moment after the
     * driver has made it, later still on a busy machine (read at once, the width before could grow the window by
     * the difference, or ask for a negative width).
     */
    private long innerWidth(int width) {
        return ((Number) driver.executeAsyncScript("const [width, done] = arguments, until = performance.now() + 1000;"
                + "(function look() { innerWidth === width || performance.now() > until ? done(innerWidth) : setTimeout(look, 10); })();",
                width)).longValue();
    }

    /** How far the page scrolls sideways at the current width: 0 when nothing sticks out. */
    public long horizontalOverflow() {
        return ((Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    /** The smallest a finger can hit, in CSS pixels each way. */
    public static final int TAP = 44;

    /**
     * The links, buttons, fields, summaries and players on the page as it is now that are smaller than {@link #TAP}
     * pixels either way, each described by its tag, id, words and size. A checkbox or radio button counts with its
     * label, which a finger taps too; what a closed disclosure holds counts as it shows once opened (and is closed
     * again). Hidden ones, and those off the page (the skip link until it is focused), are left out.
     */
    @SuppressWarnings("unchecked")
    public List<String> smallTapTargets() {
        return (List<String>) driver.executeScript(
                "const small = [], closed = [...document.querySelectorAll('details:not([open])')];"
                        + "const around = rs => ({width: Math.max(...rs.map(r => r.right)) - Math.min(...rs.map(r => r.left)),"
                        + "    height: Math.max(...rs.map(r => r.bottom)) - Math.min(...rs.map(r => r.top))});"
                        + "closed.forEach(d => d.open = true);"
                        + "for (const e of document.querySelectorAll('a[href], button, input:not([type=hidden]), select,"
                        + " textarea, summary, audio[controls]')) {"
                        + "  const own = e.getBoundingClientRect();"
                        + "  if (own.width === 0 || own.height === 0 || getComputedStyle(e).visibility === 'hidden'"
                        + "      || own.right + scrollX <= 0 || own.bottom + scrollY <= 0) continue;"
                        // a checkbox or radio button and its label are one box; a link wrapped over lines is as
                        // tall as one of its lines
                        + "  const boxes = /^(checkbox|radio)$/.test(e.type)"
                        + "      ? [around([own, ...[...e.labels].map(l => l.getBoundingClientRect())])] : [...e.getClientRects()];"
                        + "  const w = Math.round(Math.max(...boxes.map(r => r.width)));"
                        + "  const h = Math.round(Math.max(...boxes.map(r => r.height)));"
                        + "  if (w < " + TAP + " || h < " + TAP + ") {"
                        + "    const field = /^(INPUT|SELECT|TEXTAREA)$/.test(e.tagName) && e.labels && e.labels.length;"
                        + "    const words = (field ? e.labels[0].innerText : e.innerText || e.getAttribute('aria-label') || '')"
                        + "      .trim().replace(/\\s+/g, ' ').slice(0, 50);"
                        + "    small.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.type ? '[' + e.type + ']' : '')"
                        + "      + ' \"' + words + '\" ' + w + 'x' + h);"
                        + "  }"
                        + "}"
                        + "closed.forEach(d => d.open = false);"
                        + "return small;");
    }

    /** The ids more than one element of the page has, with how many (axe-core 4.x no longer looks for them). */
    @SuppressWarnings("unchecked")
    public List<String> duplicateIds() {
        return (List<String>) driver.executeScript("const count = new Map();"
                + "document.querySelectorAll('[id]').forEach(e => count.set(e.id, (count.get(e.id) || 0) + 1));"
                + "return [...count].filter(([id, n]) => n > 1).map(([id, n]) => id + ' (' + n + ' times)');");
    }

    /**
     * What makes the page as it is now hard to use on a desktop or a phone: ids given more than once, and at either
     * width sideways scrolling and targets smaller than {@link #TAP} pixels, each said with its page and width.
     * axe-core's serious findings fail at once. The window is back at the desktop's width after.
     */
    public List<String> unusableAtEveryWidth() {
        String page = (String) driver.executeScript("return location.pathname + location.search");
        List<String> unusable = new ArrayList<>();
        duplicateIds().forEach(id -> unusable.add(page + ": the id " + id));
        for (int width : new int[] {WIDTH, PHONE_WIDTH}) {
            width(width);
            assertAccessible();
            long overflow = horizontalOverflow();
            if (overflow != 0) {
                unusable.add(page + " at " + width + " px: scrolls " + overflow + " px sideways");
            }
            smallTapTargets().forEach(small -> unusable.add(page + " at " + width + " px: " + small));
        }
        width(WIDTH);
        return unusable;
    }

    /** The page as it is now is easy to use on a desktop and on a phone ({@link #unusableAtEveryWidth()} finds nothing). */
    public void assertUsableAtEveryWidth() {
        assertThat(unusableAtEveryWidth()).as("ids given twice, sideways scrolling, targets smaller than " + TAP + " px")
                .isEmpty();
    }

    /** The element with the keyboard focus once the page has drawn its next frames, by when its autofocus is applied. */
    public WebElement focused() {
        return (WebElement) driver.executeAsyncScript("const done = arguments[0];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => done(document.activeElement)));");
    }

    /** Whether {@code element}'s top is on the screen, with as much of it as the screen holds. */
    public boolean onScreen(WebElement element) {
        return (Boolean) driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.top < innerHeight && (r.bottom <= innerHeight || r.height > innerHeight);", element);
    }

    /** The focused element, which must be {@code expected} (its tag and id, as "div#notice") and on the screen. */
    public WebElement focusOnScreen(String expected) {
        WebElement focused = focused();
        assertThat(focused.getTagName() + "#" + focused.getAttribute("id")).as("the focus on " + driver.getCurrentUrl())
                .isEqualTo(expected);
        assertThat(onScreen(focused)).as(expected + " is on the screen").isTrue();
        return focused;
    }

    /** Presses Enter on {@code element}, focused as Tab would reach it; the element with the focus after. */
    public WebElement enterOn(WebElement element) {
        driver.executeScript("arguments[0].focus()", element);
        enter();
        return focused();
    }

    /**
     * Runs axe-core on the page as it is now and fails with the rule, impact and elements of every
     * serious or critical violation. The script is injected through the driver, not the page, so the
     * page's Content-Security-Policy stays as strict as staff get it.
     */
    public void assertAccessible() {
        Assumptions.assumeTrue(Files.isRegularFile(AXE) || ci(), "axe-core is not installed here (.ci/run installs it)");
        assertThat(AXE).as("CI must run the accessibility scan: .ci/run installs axe-core").isRegularFile();
        String axe = axeScript();
        JavascriptExecutor js = driver;
        // once a page: a second scan of the same page (at another width) reuses the script. Each node axe looks at
        // would otherwise carry its HTML, the whole page's for <html>, <body> and <main>: nothing here reads it
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe"))) {
            js.executeScript(axe + "\n;axe.configure({noHtml: true});");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                        + ".catch(e => done([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}]));");
        List<String> serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"))
                .collect(Collectors.toList());
        assertThat(serious).as("axe-core on " + driver.getCurrentUrl()).isEmpty();
    }

    private static String axeScript;

    /** axe-core's script, read once a JVM. */
    private static synchronized String axeScript() {
        if (axeScript == null) {
            try {
                axeScript = Files.readString(AXE);
            } catch (IOException e) {
                throw new AssertionError("cannot read " + AXE, e);
            }
        }
        return axeScript;
    }

    /** The text of the page's main landmark. */
    public String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    private static boolean ci() {
        return "true".equals(System.getenv("CI"));
    }

    /**
     * Empties the browser for the next test (a blank page, no cookies, nothing cached, the first window size)
     * and keeps it; quits it when one is kept already or it cannot be emptied.
     */
    @Override
    public void close() {
        if (!keep()) {
            quit();
        }
    }

    private void quit() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: the system empties it in the end
        }
    }

    private boolean keep() {
        try {
            driver.resetInputState();
            // the staff's name is kept in a cookie, and a cookie of 127.0.0.1 is every port's: all of them go
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.get("about:blank");
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        } catch (RuntimeException e) {
            return false;
        }
        synchronized (StaffBrowser.class) {
            if (kept != null) {
                return false;
            }
            kept = this;
            if (!quitAtExit) {
                quitAtExit = true;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    StaffBrowser last = kept();
                    if (last != null) {
                        last.quit();
                    }
                }, "staff-browser-quit"));
            }
        }
        return true;
    }
}
