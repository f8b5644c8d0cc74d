package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.staff.StaffPagesTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The staff home in a real headless Chromium: after a made-up day of calls placed over HTTP (and a few
 * calls two days before), the dashboard shows what those calls did, today and over the last 30 days,
 * in its figures, its charts' titles and descriptions, and the tables beside the charts.
 */
class DashboardBrowserTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    @TempDir
    Path profile;

    /** A figure of the dashboard ("Calls", "Left a message" ...) in a list of figures. */
    static Map<String, Integer> figures(StaffBrowser browser, String list) {
        Map<String, Integer> figures = new HashMap<>();
        for (WebElement pair : browser.driver().findElements(By.cssSelector("#" + list + " > div"))) {
            figures.put(pair.findElement(By.tagName("dt")).getText(),
                    Integer.parseInt(pair.findElement(By.tagName("dd")).getText()));
        }
        return figures;
    }

    /** A chart's table (in its details, open or not): each row's heading to its numbers. */
    static Map<String, List<Integer>> table(StaffBrowser browser, String section) {
        Map<String, List<Integer>> rows = new HashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("section[aria-labelledby='" + section
                + "'] tbody tr"))) {
            rows.put(row.findElement(By.tagName("th")).getAttribute("textContent"),
                    row.findElements(By.tagName("td")).stream()
                            .map(td -> Integer.parseInt(td.getAttribute("textContent"))).toList());
        }
        return rows;
    }

    @Test
    void theDashboardShowsWhatADayOfCallsDid() throws Exception {
        try (CallRecordsTest.Recorded r = new CallRecordsTest.Recorded(CallRecordsTest.Kind.EMBEDDED_H2, TestLine.OPEN);
             StaffBrowser browser = StaffBrowser.open(profile, TestLine.STAFF_PASSWORD)) {
            var hours = TestLine.shipped().flow().hours();
            DayOfCalls before = new DayOfCalls(r.clock, r.line.twilio(), hours, 11).place(TODAY.minusDays(2), 12);
            DayOfCalls today = new DayOfCalls(r.clock, r.line.twilio(), hours, 29).place(TODAY, 45);
            r.clock.set(TODAY.atTime(22, 30).atZone(NEW_YORK).toInstant());
            r.calls(); // every event written

            browser.get(r.line.baseUrl() + "/staff");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("How the phone line is doing");
            assertThat(browser.driver().findElement(By.cssSelector("nav.pages a[aria-current=page]")).getText())
                    .isEqualTo("Dashboard");

            Map<String, Integer> now = figures(browser, "today-figures");
            assertThat(now.get("Calls")).isEqualTo(45);
            assertThat(now.get("Called while the desk was closed")).isEqualTo(today.whileClosed);
            for (String ending : List.of("Reached the front desk", "The front desk did not answer", "Left a message",
                    "Hung up in a menu")) {
                assertThat(now.get(ending)).as(ending).isEqualTo(today.endings.getOrDefault(ending, 0));
            }
            assertThat(now.get("Heard an answer, then hung up"))
                    .isEqualTo(today.endings.getOrDefault("Listened to an answer and hung up", 0));
            Map<String, Integer> month = figures(browser, "month-figures");
            assertThat(month.get("Calls")).isEqualTo(57);
            assertThat(month.get("Called while the desk was closed")).isEqualTo(today.whileClosed + before.whileClosed);

            Map<String, List<Integer>> ended = table(browser, "ended-title");
            today.endings.forEach((how, n) -> assertThat(ended.get(how)).as(how)
                    .containsExactly(n, n + before.endings.getOrDefault(how, 0)));
            assertThat(ended.get("Still on the line, or the end not heard")).containsExactly(0, 0);

            Map<String, List<Integer>> topics = table(browser, "topics-title");
            today.topics.forEach((topic, n) -> assertThat(topics.get(topic)).as(topic)
                    .containsExactly(n, n + before.topics.getOrDefault(topic, 0)));
            assertThat(topics.keySet()).as("no internal names").allSatisfy(t -> assertThat(t).doesNotContain("-"));

            Map<String, List<Integer>> hangUps = table(browser, "hang-ups-title");
            today.hangUps.forEach((menu, n) -> assertThat(hangUps.get(menu)).as(menu)
                    .containsExactly(n, n + before.hangUps.getOrDefault(menu, 0)));

            Map<String, List<Integer>> byHour = table(browser, "hours-title");
            for (int hour = 0; hour < 24; hour++) {
                List<Integer> row = byHour.get(hour == 0 ? "12 AM (midnight)"
                        : (hour % 12 == 0 ? 12 : hour % 12) + (hour < 12 ? " AM" : " PM"));
                assertThat(row.get(2)).as("today at " + hour).isEqualTo(today.byHour[hour]);
                assertThat(row.get(0) + row.get(1)).as("both days at " + hour)
                        .isEqualTo(today.byHour[hour] + before.byHour[hour]);
            }

            WebElement perDay = browser.driver().findElement(By.cssSelector("svg[aria-labelledby='per-day-svg-title per-day-svg-desc']"));
            assertThat(perDay.getAttribute("role")).isEqualTo("img");
            assertThat(perDay.findElement(By.tagName("desc")).getAttribute("textContent"))
                    .contains("57 calls in all, 45 today.");
            assertThat(browser.driver().findElements(By.cssSelector("svg.chart"))).hasSize(5)
                    .allSatisfy(svg -> {
                        assertThat(svg.getAttribute("role")).isEqualTo("img");
                        assertThat(svg.findElement(By.tagName("title")).getAttribute("textContent")).isNotBlank();
                        assertThat(svg.findElement(By.tagName("desc")).getAttribute("textContent")).isNotBlank();
                    });
            assertThat(browser.main()).contains("The front desk's hours: Monday to Friday, 8 AM to 7 PM.");
            browser.assertUsableAtEveryWidth();
        }
    }

    @Test
    void withNoCallsYetTheDashboardSaysSoAndShowsTheMessagesWaiting() throws Exception {
        try (TestLine line = TestLine.start(StaffPagesTest.withMessage(TestLine.OPEN));
             StaffBrowser browser = StaffBrowser.open(profile, TestLine.STAFF_PASSWORD)) {
            browser.get(line.baseUrl() + "/staff");
            assertThat(figures(browser, "today-figures").get("Calls")).isZero();
            assertThat(browser.main()).contains("No caller has heard an answer or asked a question in the last 30 days.")
                    .contains("1 message waits for a call back. The oldest came in Wednesday, March 4, 2026 at 9:50 AM:"
                            + " 10 minutes ago.");
            browser.assertUsableAtEveryWidth();
            // every stop of the keyboard in the export's date fields shows where it is, their calendar buttons too
            browser.tabToField("From");
            int stops = 0;
            for (String at = "export-from"; at.startsWith("export-"); stops++) {
                assertThat(browser.focusIsVisible()).as("focus visible at stop " + stops + " in " + at).isTrue();
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                at = (String) browser.driver().executeScript("return document.activeElement.id || ''");
            }
            assertThat(stops).as("the two date fields' parts").isGreaterThanOrEqualTo(2);
            browser.get(line.baseUrl() + "/staff");
            browser.tabTo("See the new messages");
            browser.enter();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/staff/messages?show=new"));
            assertThat(browser.main()).contains("Message from +12125550147");
        }
    }
}
