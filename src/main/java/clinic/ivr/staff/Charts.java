package clinic.ivr.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the dashboard's charts, worked out here so that {@code dashboard.ftlh} only draws it:
 * columns (stacked when they have several series) and rows of horizontal bars. Sizes are SVG user units
 * in a viewBox about as wide as a phone, so text stays readable when the chart shrinks to fit one.
 */
final class Charts {

    static final int WIDTH = 360;
    private static final int COLUMNS_HEIGHT = 200;
    private static final int LEFT = 34;
    /** Room for the last column's name, centred under it. */
    private static final int RIGHT = 18;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;
    private static final int ROW_HEIGHT = 40;
    private static final int ROW_BAR = 16;
    /** Room on the right of the longest bar for its number. */
    private static final int ROW_VALUE_ROOM = 44;
    private static final int SHARE_HEIGHT = 52;
    private static final int SHARE_BAR = 24;

    /** A part of a column: how many of one series (its CSS class names the colour). */
    record Segment(String series, int value) {}

    /**
     * One column.
     *
     * @param label     its name under the axis, such as "Mar 4"
     * @param showLabel whether the axis names it (every few columns, so names do not overlap)
     * @param highlight it stands out, such as today
     */
    record Column(String label, boolean showLabel, boolean highlight, List<Segment> segments) {
        int total() {
            return segments.stream().mapToInt(Segment::value).sum();
        }
    }

    /** One horizontal bar: its name and its count. */
    record Row(String label, int value) {}

    /** A bar split into the shares of its series, such as how today's calls ended. */
    record Share(String label, List<Segment> segments) {}

    private Charts() {}

    static Map<String, Object> columns(List<Column> columns) {
        int max = columns.stream().mapToInt(Column::total).max().orElse(0);
        int step = step(max);
        int top = Math.max(step, (max + step - 1) / step * step);
        double plotHeight = COLUMNS_HEIGHT - TOP - BOTTOM;
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, columns.size());
        double barWidth = Math.max(1, slot * 0.72);
        List<Map<String, Object>> drawn = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double base = COLUMNS_HEIGHT - BOTTOM;
            List<Map<String, Object>> segments = new ArrayList<>();
            for (Segment s : c.segments()) {
                if (s.value() <= 0) {
                    continue;
                }
                double h = plotHeight * s.value() / top;
                base -= h;
                segments.add(Map.of("y", n(base), "h", n(h), "series", s.series(), "value", s.value()));
            }
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("x", n(x));
            col.put("w", n(barWidth));
            col.put("labelX", n(x + barWidth / 2));
            col.put("label", c.label());
            col.put("showLabel", c.showLabel());
            col.put("highlight", c.highlight());
            col.put("segments", segments);
            drawn.add(col);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("width", WIDTH);
        chart.put("height", COLUMNS_HEIGHT);
        chart.put("left", LEFT);
        chart.put("right", WIDTH - RIGHT);
        chart.put("labelY", COLUMNS_HEIGHT - 6);
        chart.put("columns", drawn);
        chart.put("grid", grid(top, step, plotHeight));
        return chart;
    }

    /** Lines across the plot at round values, with their numbers. */
    private static List<Map<String, Object>> grid(int top, int step, double plotHeight) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            double y = COLUMNS_HEIGHT - BOTTOM - plotHeight * v / top;
            lines.add(Map.of("y", n(y), "textY", n(y + 4), "value", v));
        }
        return lines;
    }

    static Map<String, Object> rows(List<Row> rows) {
        int max = Math.max(1, rows.stream().mapToInt(Row::value).max().orElse(0));
        double room = WIDTH - ROW_VALUE_ROOM;
        List<Map<String, Object>> drawn = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double y = i * ROW_HEIGHT;
            double w = Math.max(r.value() > 0 ? 2 : 0, room * r.value() / max);
            drawn.add(Map.of("label", r.label(), "value", r.value(), "labelY", n(y + 14), "barY", n(y + 20),
                    "barH", ROW_BAR, "w", n(w), "valueX", n(w + 6), "valueY", n(y + 20 + ROW_BAR - 3)));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("width", WIDTH);
        chart.put("height", Math.max(ROW_HEIGHT, rows.size() * ROW_HEIGHT));
        chart.put("rows", drawn);
        return chart;
    }

    /** Bars the whole width, each split in proportion to its series; a bar with nothing says so. */
    static Map<String, Object> shares(List<Share> shares) {
        List<Map<String, Object>> drawn = new ArrayList<>();
        double width = WIDTH - 2;
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            int total = share.segments().stream().mapToInt(Segment::value).sum();
            double y = i * SHARE_HEIGHT;
            double x = 1;
            List<Map<String, Object>> segments = new ArrayList<>();
            for (Segment seg : share.segments()) {
                if (seg.value() <= 0) {
                    continue;
                }
                double w = width * seg.value() / total;
                segments.add(Map.of("x", n(x), "w", n(w), "series", seg.series(), "value", seg.value()));
                x += w;
            }
            drawn.add(Map.of("label", share.label(), "total", total, "labelY", n(y + 14), "barY", n(y + 20),
                    "barH", SHARE_BAR, "segments", segments, "emptyY", n(y + 20 + SHARE_BAR / 2.0 + 4)));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("width", WIDTH);
        chart.put("height", shares.size() * SHARE_HEIGHT);
        chart.put("rows", drawn);
        return chart;
    }

    /** A round step (1, 2, 5, 10, 20, 50 ...) that divides the range up to {@code max} in about four. */
    static int step(int max) {
        for (long base = 1; ; base *= 10) {
            for (int f : new int[] {1, 2, 5}) {
                if (base * f * 4 >= max) {
                    return (int) (base * f);
                }
            }
        }
    }

    /** A coordinate with one decimal, as the SVG gets it. */
    private static String n(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }
}
