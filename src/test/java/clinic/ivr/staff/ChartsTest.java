package clinic.ivr.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard's charts as drawn: bars in proportion to their counts, on round grid lines, inside the chart. */
class ChartsTest {

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    static double number(Map<String, Object> map, String key) {
        return Double.parseDouble(String.valueOf(map.get(key)));
    }

    @ParameterizedTest
    @CsvSource({"0,1", "1,1", "4,1", "5,2", "8,2", "9,5", "20,5", "21,10", "40,10", "41,20", "199,50", "201,100",
            "4000,1000", "4001,2000"})
    void theGridStepsAreRoundAndSplitTheHighestBarInAboutFour(int max, int step) {
        assertThat(Charts.step(max)).isEqualTo(step);
    }

    @Test
    void columnsStandOnTheAxisInProportionAndTheHighestReachesTheTopGridLine() {
        Map<String, Object> chart = Charts.columns(List.of(
                new Charts.Column("Mar 2", true, false, List.of(new Charts.Segment("calls", 4))),
                new Charts.Column("Mar 3", false, false, List.of(new Charts.Segment("calls", 0))),
                new Charts.Column("Mar 4", true, true, List.of(new Charts.Segment("today", 8)))));
        assertThat(chart).containsEntry("width", Charts.WIDTH).containsEntry("height", 200).containsEntry("left", 34)
                .containsEntry("right", Charts.WIDTH - 18).containsEntry("labelY", 194);

        List<Map<String, Object>> grid = list(chart, "grid");
        assertThat(grid).extracting(g -> g.get("value")).containsExactly(0, 2, 4, 6, 8);
        double axis = number(grid.get(0), "y");
        double top = number(grid.get(4), "y");
        assertThat(axis).isEqualTo(176.0);
        assertThat(top).isEqualTo(10.0);
        assertThat(number(grid.get(2), "y")).as("halfway up for half the top").isEqualTo(93.0);
        assertThat(number(grid.get(2), "textY")).as("its number just under the line").isEqualTo(97.0);

        List<Map<String, Object>> columns = list(chart, "columns");
        assertThat(columns).extracting(c -> c.get("label")).containsExactly("Mar 2", "Mar 3", "Mar 4");
        assertThat(columns).extracting(c -> c.get("showLabel")).containsExactly(true, false, true);
        assertThat(columns).extracting(c -> c.get("highlight")).containsExactly(false, false, true);
        assertThat(list(columns.get(1), "segments")).as("nothing drawn for no calls").isEmpty();

        Map<String, Object> four = list(columns.get(0), "segments").get(0);
        Map<String, Object> eight = list(columns.get(2), "segments").get(0);
        assertThat(eight).containsEntry("series", "today").containsEntry("value", 8);
        assertThat(number(eight, "y")).as("the highest column reaches the top line").isEqualTo(top);
        assertThat(number(eight, "y") + number(eight, "h")).as("and stands on the axis").isEqualTo(axis);
        assertThat(number(four, "h") * 2).isCloseTo(number(eight, "h"), within(0.2));
        assertThat(number(four, "y") + number(four, "h")).isEqualTo(axis);

        double slot = (Charts.WIDTH - 34 - 18) / 3.0;
        for (int i = 0; i < 3; i++) {
            Map<String, Object> c = columns.get(i);
            assertThat(number(c, "w")).isCloseTo(slot * 0.72, within(0.1));
            assertThat(number(c, "x")).as("column " + i + " centred in its slot")
                    .isCloseTo(34 + i * slot + slot * 0.14, within(0.1));
            assertThat(number(c, "labelX")).isCloseTo(34 + i * slot + slot / 2, within(0.1));
        }
    }

    @Test
    void stackedSegmentsSitOnEachOtherInTheirOrder() {
        Map<String, Object> chart = Charts.columns(List.of(new Charts.Column("9", true, false, List.of(
                new Charts.Segment("open", 3), new Charts.Segment("closed", 1)))));
        List<Map<String, Object>> segments = list(list(chart, "columns").get(0), "segments");
        assertThat(segments).extracting(s -> s.get("series")).containsExactly("open", "closed");
        Map<String, Object> open = segments.get(0);
        Map<String, Object> closed = segments.get(1);
        assertThat(number(open, "y") + number(open, "h")).isEqualTo(176.0);
        assertThat(number(closed, "y") + number(closed, "h")).isCloseTo(number(open, "y"), within(0.1));
        assertThat(number(open, "h")).isCloseTo(3 * number(closed, "h"), within(0.2));
        assertThat(number(closed, "y")).as("4 calls fill the grid up to its top of 4").isEqualTo(10.0);
        assertThat(list(chart, "grid")).extracting(g -> g.get("value")).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void withNoCallsAtAllTheGridStillHasAScale() {
        Map<String, Object> chart = Charts.columns(List.of(new Charts.Column("Mar 4", true, true,
                List.of(new Charts.Segment("today", 0)))));
        assertThat(list(chart, "grid")).extracting(g -> g.get("value")).containsExactly(0, 1);
        assertThat(number(list(chart, "columns").get(0), "w")).isCloseTo((Charts.WIDTH - 52) * 0.72, within(0.1));
    }

    @Test
    void rowsAreBarsAsLongAsTheirCountsWithTheNumberAtTheEnd() {
        Map<String, Object> chart = Charts.rows(List.of(new Charts.Row("Whether it hurts", 10),
                new Charts.Row("Our hours", 5), new Charts.Row("How to get started", 0)));
        assertThat(chart).containsEntry("width", Charts.WIDTH).containsEntry("height", 120);
        List<Map<String, Object>> rows = list(chart, "rows");
        assertThat(rows).extracting(r -> r.get("label")).containsExactly("Whether it hurts", "Our hours", "How to get started");
        assertThat(rows).extracting(r -> r.get("value")).containsExactly(10, 5, 0);
        double longest = Charts.WIDTH - 44;
        assertThat(number(rows.get(0), "w")).isEqualTo(longest);
        assertThat(number(rows.get(1), "w")).isEqualTo(longest / 2);
        assertThat(number(rows.get(2), "w")).isZero();
        assertThat(number(rows.get(1), "valueX")).isEqualTo(longest / 2 + 6);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> r = rows.get(i);
            assertThat(number(r, "labelY")).isEqualTo(i * 40 + 14);
            assertThat(number(r, "barY")).isEqualTo(i * 40 + 20);
            assertThat(r.get("barH")).isEqualTo(16);
            assertThat(number(r, "valueY")).isEqualTo(i * 40 + 33);
        }
    }

    @Test
    void aSmallCountAmongLargeOnesIsStillASeenBar() {
        List<Map<String, Object>> rows = list(Charts.rows(List.of(new Charts.Row("Many", 1000), new Charts.Row("One", 1))),
                "rows");
        assertThat(number(rows.get(1), "w")).isEqualTo(2.0);
        assertThat(Charts.rows(List.of())).as("an empty chart keeps one row's height").containsEntry("height", 40);
    }

    @Test
    void sharesSplitTheWholeWidthInProportionAndSayTheirTotal() {
        Map<String, Object> chart = Charts.shares(List.of(
                new Charts.Share("Today", List.of(new Charts.Segment("reached-desk", 1), new Charts.Segment("unknown", 0),
                        new Charts.Segment("message-left", 3))),
                new Charts.Share("Last 30 days", List.of(new Charts.Segment("reached-desk", 0)))));
        assertThat(chart).containsEntry("width", Charts.WIDTH).containsEntry("height", 104);
        List<Map<String, Object>> rows = list(chart, "rows");
        Map<String, Object> today = rows.get(0);
        assertThat(today).containsEntry("label", "Today").containsEntry("total", 4).containsEntry("barH", 24);
        assertThat(number(today, "labelY")).isEqualTo(14.0);
        assertThat(number(today, "barY")).isEqualTo(20.0);
        assertThat(number(today, "emptyY")).isEqualTo(36.0);
        List<Map<String, Object>> segments = list(today, "segments");
        assertThat(segments).extracting(s -> s.get("series")).containsExactly("reached-desk", "message-left");
        double width = Charts.WIDTH - 2;
        assertThat(number(segments.get(0), "x")).isEqualTo(1.0);
        assertThat(number(segments.get(0), "w")).isCloseTo(width / 4, within(0.1));
        assertThat(number(segments.get(1), "x")).isCloseTo(1 + width / 4, within(0.1));
        assertThat(number(segments.get(1), "w")).isCloseTo(width * 3 / 4, within(0.1));

        Map<String, Object> none = rows.get(1);
        assertThat(none).containsEntry("total", 0);
        assertThat(list(none, "segments")).isEmpty();
        assertThat(number(none, "barY")).isEqualTo(72.0);
    }
}
