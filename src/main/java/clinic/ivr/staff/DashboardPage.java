package clinic.ivr.staff;

import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.SpokenHours;
import clinic.ivr.store.CallFigures;
import clinic.ivr.store.MessageStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The staff home: how the line is doing today and over the last {@link #DAYS} days. Calls a day, how
 * calls ended, the topics and questions callers asked for most, where callers hang up, calls by hour of
 * the day against the opening hours, and the messages waiting for a call back. Each chart is an SVG
 * drawn here ({@link Charts}, {@code dashboard.ftlh}) with a title, a description and its numbers in a
 * table beside it.
 */
public final class DashboardPage {

    /** The days the dashboard looks back over, today included. */
    public static final int DAYS = 30;
    /** The most topics and menus a chart lists. */
    static final int TOP = 10;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    /** Calls that are still going, or whose end the line did not hear. */
    static final String UNKNOWN = "unknown";

    private final HtmlPages pages;
    private final ClinicView clinic;
    private final CallFigures figures;
    private final MessageStore messages;

    public DashboardPage(HtmlPages pages, ClinicView clinic, CallFigures figures, MessageStore messages) {
        this.pages = pages;
        this.clinic = clinic;
        this.figures = figures;
        this.messages = messages;
    }

    public String html() {
        LocalDate today = clinic.today();
        LocalDate from = today.minusDays(DAYS - 1);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("clinic", clinic.name());
        model.put("zone", clinic.zoneName());
        model.put("today", ClinicView.day(today));
        model.put("days", DAYS);
        model.putAll(ExportServlet.defaults(clinic));

        List<CallFigures.DayCount> endings = figures.endings(from, today);
        List<CallFigures.HourCount> hours = figures.hours(from, today);
        model.put("totals", totals(endings, hours, today, from));
        model.put("perDay", perDay(endings, today, from));
        model.put("ended", ended(endings, today));
        model.put("topics", ranked(figures.topics(from, today), today));
        model.put("hangUps", ranked(figures.hangUps(from, today), today));
        model.put("byHour", byHour(hours, today));
        model.put("repeatToday", figures.repeatCallers(today, today));
        model.put("repeat", figures.repeatCallers(from, today));
        model.put("deskHours", clinic.hours().map(h -> SpokenHours.of(h, "en")).orElse("not known"));
        model.put("waiting", waiting());
        return pages.page("dashboard.ftlh", HtmlPages.Page.DASHBOARD, model);
    }

    /** The headline numbers, today and over the days. */
    private static Map<String, Object> totals(List<CallFigures.DayCount> endings, List<CallFigures.HourCount> hours,
                                              LocalDate today, LocalDate from) {
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("callsToday", on(endings, today, null));
        totals.put("calls", since(endings, from, null));
        for (CallEnding e : CallEnding.values()) {
            totals.put(camel(e) + "Today", on(endings, today, e.code()));
            totals.put(camel(e), since(endings, from, e.code()));
        }
        totals.put("closedToday", hours.stream().filter(h -> !h.inHours() && h.day().equals(today))
                .mapToInt(CallFigures.HourCount::count).sum());
        totals.put("closed", hours.stream().filter(h -> !h.inHours()).mapToInt(CallFigures.HourCount::count).sum());
        return totals;
    }

    /** Calls a day, today highlighted; every seventh day named under the axis. */
    private static Map<String, Object> perDay(List<CallFigures.DayCount> endings, LocalDate today, LocalDate from) {
        List<Charts.Column> columns = new ArrayList<>();
        List<Map<String, Object>> table = new ArrayList<>();
        LocalDate busiest = null;
        int most = -1;
        for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
            int calls = on(endings, d, null);
            boolean named = d.equals(today) || (int) (today.toEpochDay() - d.toEpochDay()) % 7 == 0;
            columns.add(new Charts.Column(SHORT.format(d), named, d.equals(today),
                    List.of(new Charts.Segment(d.equals(today) ? "today" : "calls", calls))));
            table.add(Map.of("day", ClinicView.day(d), "calls", calls));
            if (calls > most) {
                most = calls;
                busiest = d;
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>(Charts.columns(columns));
        chart.put("table", table);
        chart.put("busiest", most > 0 ? ClinicView.day(busiest) + " (" + most + " calls)" : "");
        return chart;
    }

    /** How calls ended: the share of each ending, today and over the days, as two stacked bars. */
    private static Map<String, Object> ended(List<CallFigures.DayCount> endings, LocalDate today) {
        List<Map<String, Object>> table = new ArrayList<>();
        List<Charts.Segment> todays = new ArrayList<>();
        List<Charts.Segment> all = new ArrayList<>();
        for (String code : endingCodes()) {
            int t = on(endings, today, code);
            int a = since(endings, today.minusDays(DAYS - 1), code);
            todays.add(new Charts.Segment(series(code), t));
            all.add(new Charts.Segment(series(code), a));
            table.add(Map.of("ending", words(code), "series", series(code), "today", t, "days", a));
        }
        Map<String, Object> chart = new LinkedHashMap<>(Charts.shares(List.of(
                new Charts.Share("Today", todays), new Charts.Share("Last " + DAYS + " days", all))));
        chart.put("table", table);
        return chart;
    }

    /** Topics (or menus) by how often, over the days, with today's count beside; the most first. */
    private Map<String, Object> ranked(List<CallFigures.DayCount> counts, LocalDate today) {
        Map<String, int[]> by = new HashMap<>();
        for (CallFigures.DayCount c : counts) {
            int[] n = by.computeIfAbsent(c.key(), k -> new int[2]);
            n[1] += c.count();
            if (c.day().equals(today)) {
                n[0] += c.count();
            }
        }
        List<Map.Entry<String, int[]>> sorted = new ArrayList<>(by.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[1]).thenComparing(Map.Entry::getKey));
        List<Charts.Row> rows = new ArrayList<>();
        List<Map<String, Object>> table = new ArrayList<>();
        for (Map.Entry<String, int[]> e : sorted.subList(0, Math.min(TOP, sorted.size()))) {
            String name = clinic.named(e.getKey());
            String label = name.isEmpty() ? "Something no longer on the line" : name;
            rows.add(new Charts.Row(label, e.getValue()[1]));
            table.add(Map.of("label", label, "today", e.getValue()[0], "days", e.getValue()[1]));
        }
        Map<String, Object> chart = new LinkedHashMap<>(Charts.rows(rows));
        chart.put("table", table);
        chart.put("summary", rows.stream().map(r -> r.label() + " " + r.value()).collect(Collectors.joining(", ")));
        return chart;
    }

    /** Calls by the hour they started in, over the days: when the front desk was open, and when not. */
    private static Map<String, Object> byHour(List<CallFigures.HourCount> hours, LocalDate today) {
        int[][] counts = new int[24][3];
        for (CallFigures.HourCount h : hours) {
            counts[h.hour()][h.inHours() ? 0 : 1] += h.count();
            if (h.day().equals(today)) {
                counts[h.hour()][2] += h.count();
            }
        }
        List<Charts.Column> columns = new ArrayList<>();
        List<Map<String, Object>> table = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            String label = hourName(hour);
            columns.add(new Charts.Column(String.valueOf(hour), hour % 3 == 0, false, List.of(
                    new Charts.Segment("open", counts[hour][0]), new Charts.Segment("closed", counts[hour][1]))));
            table.add(Map.of("hour", label, "open", counts[hour][0], "closed", counts[hour][1], "today", counts[hour][2]));
        }
        Map<String, Object> chart = new LinkedHashMap<>(Charts.columns(columns));
        chart.put("table", table);
        return chart;
    }

    private Map<String, Object> waiting() {
        MessageStore.Unanswered unanswered = messages.unanswered();
        Map<String, Object> waiting = new LinkedHashMap<>();
        waiting.put("count", unanswered.count());
        waiting.put("oldest", unanswered.oldest().map(clinic::when).orElse(""));
        waiting.put("age", unanswered.oldest().map(t -> age(t, clinic.clock().instant())).orElse(""));
        return waiting;
    }

    /** "3 days", "5 hours", "20 minutes": how long the oldest message has waited. */
    static String age(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.toDays() >= 1) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        if (d.toHours() >= 1) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        long minutes = Math.max(0, d.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** "9 AM", "12 PM", "midnight": an hour of the day as staff say it. */
    static String hourName(int hour) {
        if (hour == 0) {
            return "12 AM (midnight)";
        }
        return (hour % 12 == 0 ? 12 : hour % 12) + (hour < 12 ? " AM" : " PM");
    }

    /** Every ending, and the calls whose end is not known yet. */
    private static List<String> endingCodes() {
        List<String> codes = new ArrayList<>();
        for (CallEnding e : CallEnding.values()) {
            codes.add(e.code());
        }
        codes.add("");
        return codes;
    }

    private static String series(String code) {
        return code.isEmpty() ? UNKNOWN : code;
    }

    private static String words(String code) {
        return CallEnding.of(code).map(CallEnding::words).orElse("Still on the line, or the end not heard");
    }

    /** "reachedDesk" for REACHED_DESK: the name the template reads the totals by. */
    private static String camel(CallEnding e) {
        String[] parts = e.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder s = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            s.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return s.toString();
    }

    /** Calls on that day or after it, with this ending (null: any). */
    private static int since(List<CallFigures.DayCount> counts, LocalDate day, String ending) {
        return counts.stream().filter(c -> !c.day().isBefore(day) && (ending == null || ending.equals(c.key())))
                .mapToInt(CallFigures.DayCount::count).sum();
    }

    /** Calls on that day, with this ending (null: any); a day without calls has none in the list. */
    private static int on(List<CallFigures.DayCount> counts, LocalDate day, String ending) {
        return counts.stream().filter(c -> c.day().equals(day) && (ending == null || ending.equals(c.key())))
                .mapToInt(CallFigures.DayCount::count).sum();
    }
}
