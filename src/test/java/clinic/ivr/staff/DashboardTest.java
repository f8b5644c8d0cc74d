package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.DayOfCalls;
import clinic.ivr.MovingClock;
import clinic.ivr.StaffRequests;
import clinic.ivr.TestLine;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.line.Office;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The staff home as staff read it: after calls placed over HTTP today and two days before, its figures,
 * the tables beside its charts and the messages waiting say what those calls did.
 */
class DashboardTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    private static final Pattern FIGURE = Pattern.compile("<div><dt>([^<]+)</dt><dd>(\\d+)</dd></div>");
    private static final Pattern ROW = Pattern.compile("<tr><th scope=\"row\">([^<]+)</th>((?:<td>\\d+</td>)+)</tr>");
    private static final Pattern TICK = Pattern.compile("<text class=\"tick( today)?\" x=\"[0-9.]+\" y=\"194\""
            + " text-anchor=\"middle\">([^<]+)</text>");
    private static final Pattern CELL = Pattern.compile("<td>(\\d+)</td>");

    /** A list of figures ("Calls", "Left a message" ...) by its id. */
    static Map<String, Integer> figures(String html, String id) {
        String list = between(html, "<dl class=\"figures\" id=\"" + id + "\">", "</dl>");
        Map<String, Integer> figures = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(list);
        while (m.find()) {
            figures.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return figures;
    }

    /** The table of a section: each row's heading to its numbers. */
    static Map<String, List<Integer>> table(String html, String section) {
        String part = between(html, "<section aria-labelledby=\"" + section + "\">", "</section>");
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(part);
        while (m.find()) {
            rows.put(m.group(1), CELL.matcher(m.group(2)).results().map(c -> Integer.parseInt(c.group(1))).toList());
        }
        return rows;
    }

    /** The names under a chart's axis, "(today)" after the one that stands out. */
    static List<String> ticks(String html, String chart) {
        String svg = between(html, "aria-labelledby=\"" + chart + "-svg-title " + chart + "-svg-desc\"", "</svg>");
        return TICK.matcher(svg).results().map(m -> m.group(2) + (m.group(1) == null ? "" : " (today)")).toList();
    }

    static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("the page has " + start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }

    @Test
    void theFiguresAndTablesSayWhatTheCallsOfTodayAndTwoDaysBeforeDid() throws Exception {
        MovingClock clock = new MovingClock(TestLine.OPEN);
        Office office = new Office(clock, TestLine.memoryStore(), TextMessages.NONE);
        try (RecordedLine recorded = new RecordedLine(office)) {
            TestLine line = recorded.line;
            var hours = TestLine.shipped().flow().hours();
            DayOfCalls before = new DayOfCalls(clock, line.twilio(), hours, 11).place(TODAY.minusDays(2), 8);
            DayOfCalls today = new DayOfCalls(clock, line.twilio(), hours, 29).place(TODAY, 24);
            clock.set(TODAY.atTime(22, 30).atZone(NEW_YORK).toInstant());
            recorded.written();

            HttpResponse<String> page = StaffRequests.get(line, "/staff", TestLine.STAFF_PASSWORD, "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            String html = page.body();
            assertThat(html).contains("<h1>How the phone line is doing</h1>")
                    .contains("Gramercy Physical Therapy. Today is Wednesday, March 4.")
                    .contains("times are America/New York time")
                    .contains("<a href=\"/staff\" aria-current=\"page\">Dashboard</a>")
                    .contains("The front desk's hours: Monday to Friday, 8 AM to 7 PM.")
                    .as("the export offers the last 30 days").contains("value=\"2026-02-03\"").contains("value=\"2026-03-04\"");

            Map<String, Integer> now = figures(html, "today-figures");
            assertThat(now.get("Calls")).isEqualTo(24);
            assertThat(now.get("Called while the desk was closed")).isEqualTo(today.whileClosed);
            assertThat(now.get("Reached the front desk")).isEqualTo(today.endings.getOrDefault("Reached the front desk", 0));
            assertThat(now.get("The front desk did not answer"))
                    .isEqualTo(today.endings.getOrDefault("The front desk did not answer", 0));
            assertThat(now.get("Left a message")).isEqualTo(today.endings.getOrDefault("Left a message", 0));
            assertThat(now.get("Hung up in a menu")).isEqualTo(today.endings.getOrDefault("Hung up in a menu", 0));
            assertThat(now.get("Heard an answer, then hung up"))
                    .isEqualTo(today.endings.getOrDefault("Listened to an answer and hung up", 0));
            assertThat(now.get("Callers who called more than once")).isZero();
            Map<String, Integer> month = figures(html, "month-figures");
            assertThat(month.get("Calls")).isEqualTo(32);
            assertThat(month.get("Called while the desk was closed")).isEqualTo(today.whileClosed + before.whileClosed);
            assertThat(month.get("Left a message")).isEqualTo(today.endings.getOrDefault("Left a message", 0)
                    + before.endings.getOrDefault("Left a message", 0));

            Map<String, List<Integer>> perDay = table(html, "per-day-title");
            assertThat(perDay).hasSize(30);
            assertThat(perDay.keySet()).first().isEqualTo("Tuesday, February 3");
            assertThat(perDay.get("Wednesday, March 4")).containsExactly(24);
            assertThat(perDay.get("Monday, March 2")).containsExactly(8);
            assertThat(perDay.get("Tuesday, March 3")).containsExactly(0);
            assertThat(html).contains("32 calls in all, 24 today. The busiest day: Wednesday, March 4 (24 calls).");

            Map<String, List<Integer>> ended = table(html, "ended-title");
            today.endings.forEach((how, n) -> assertThat(ended.get(how)).as(how)
                    .containsExactly(n, n + before.endings.getOrDefault(how, 0)));
            assertThat(ended.get("Still on the line, or the end not heard")).containsExactly(0, 0);
            assertThat(html).contains("Today: 24 calls").contains("Last 30 days: 32 calls")
                    .contains("<li><span class=\"swatch series-unknown\"></span>Still on the line, or the end not heard</li>")
                    .as("today's bar in its own colour").contains("class=\"series-today\"");

            Map<String, List<Integer>> topics = table(html, "topics-title");
            today.topics.forEach((topic, n) -> assertThat(topics.get(topic)).as(topic)
                    .containsExactly(n, n + before.topics.getOrDefault(topic, 0)));
            String topic = topics.keySet().iterator().next();
            assertThat(html).as("the chart's description gives each bar's number")
                    .contains("asked that question: " + topic + " " + topics.get(topic).get(1));
            assertThat(topics.values()).as("the most asked for first").extracting(counts -> counts.get(1))
                    .isSortedAccordingTo((a, b) -> b - a);

            Map<String, List<Integer>> hangUps = table(html, "hang-ups-title");
            today.hangUps.forEach((menu, n) -> assertThat(hangUps.get(menu)).as(menu)
                    .containsExactly(n, n + before.hangUps.getOrDefault(menu, 0)));

            Map<String, List<Integer>> byHour = table(html, "hours-title");
            assertThat(byHour).hasSize(24);
            for (int hour = 0; hour < 24; hour++) {
                List<Integer> row = byHour.get(DashboardPage.hourName(hour));
                assertThat(row.get(2)).as("today at " + hour).isEqualTo(today.byHour[hour]);
                assertThat(row.get(0) + row.get(1)).as("both days at " + hour)
                        .isEqualTo(today.byHour[hour] + before.byHour[hour]);
                assertThat(row.get(hour >= 8 && hour < 19 ? 1 : 0)).as("at " + hour + ", two weekdays open 8 to 19")
                        .isZero();
            }
            int messages = today.endings.getOrDefault("Left a message", 0) + before.endings.getOrDefault("Left a message", 0);
            assertThat(html).contains("<strong>" + messages + "</strong> messages wait for a call back."
                    + " The oldest came in Monday, March 2, 2026");
        }
    }

    @Test
    void withNoCallsTheDashboardSaysSoAndTheOneMessageWaiting() throws Exception {
        try (TestLine line = TestLine.start(StaffPagesTest.withMessage(TestLine.OPEN))) {
            String html = StaffRequests.get(line, "/staff", TestLine.STAFF_PASSWORD, "text/html").body();
            assertThat(figures(html, "today-figures")).containsEntry("Calls", 0).containsEntry("Left a message", 0);
            assertThat(figures(html, "month-figures")).containsEntry("Calls", 0);
            assertThat(html).contains("No caller has heard an answer or asked a question in the last 30 days.")
                    .contains("No caller hung up in a menu in the last 30 days.")
                    .contains("<strong>1</strong> message waits for a call back. The oldest came in Wednesday, March 4,"
                            + " 2026 at 9:50 AM: 10 minutes ago.")
                    .doesNotContain("The busiest day")
                    .contains("Today: 0 calls").contains("No calls");
            assertThat(table(html, "per-day-title").values()).allSatisfy(calls -> assertThat(calls).containsExactly(0));
            assertThat(ticks(html, "per-day")).as("today and every seventh day before it named under the axis")
                    .containsExactly("Feb 4", "Feb 11", "Feb 18", "Feb 25", "Mar 4 (today)");
            assertThat(ticks(html, "by-hour")).containsExactly("0", "3", "6", "9", "12", "15", "18", "21");
        }
    }

    @Test
    void howLongTheOldestMessageHasWaitedInWordsStaffSay() {
        Instant now = TestLine.OPEN;
        assertThat(DashboardPage.age(now.minus(Duration.ofDays(3)), now)).isEqualTo("3 days");
        assertThat(DashboardPage.age(now.minus(Duration.ofHours(25)), now)).isEqualTo("1 day");
        assertThat(DashboardPage.age(now.minus(Duration.ofHours(5)), now)).isEqualTo("5 hours");
        assertThat(DashboardPage.age(now.minus(Duration.ofMinutes(61)), now)).isEqualTo("1 hour");
        assertThat(DashboardPage.age(now.minus(Duration.ofMinutes(1)), now)).isEqualTo("1 minute");
        assertThat(DashboardPage.age(now.minusSeconds(20), now)).isEqualTo("0 minutes");
        assertThat(DashboardPage.age(now.plusSeconds(300), now)).as("a clock a little behind").isEqualTo("0 minutes");
    }

    @Test
    void hoursAreNamedAsOnAClock() {
        assertThat(DashboardPage.hourName(0)).isEqualTo("12 AM (midnight)");
        assertThat(DashboardPage.hourName(9)).isEqualTo("9 AM");
        assertThat(DashboardPage.hourName(11)).isEqualTo("11 AM");
        assertThat(DashboardPage.hourName(12)).isEqualTo("12 PM");
        assertThat(DashboardPage.hourName(13)).isEqualTo("1 PM");
        assertThat(DashboardPage.hourName(23)).isEqualTo("11 PM");
    }
}
