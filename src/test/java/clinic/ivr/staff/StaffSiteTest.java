package clinic.ivr.staff;

import static clinic.ivr.StaffRequests.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import clinic.ivr.TestLine;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the staff side serves, with and without a staff password and the phone words pages. */
class StaffSiteTest {

    static final List<String> PAGES = List.of("/metrics", "/staff", "/staff/messages", "/staff/staff.css", "/staff/staff.js",
            "/staff/export/messages.csv?from=2026-03-01&to=2026-03-04");

    @Test
    void metricsAreForStaffInPrometheusTextFormat() throws Exception {
        try (TestLine line = TestLine.start()) {
            line.firstHeard();
            HttpResponse<String> metrics = get(line, "/metrics", TestLine.STAFF_PASSWORD, null);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(metrics.body()).contains("# TYPE ivr_requests_total counter")
                    .contains("ivr_requests_total{route=\"/voice\",status=\"200\"} 1");
            assertThat(get(line, "/metrics", null, null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void theScriptsAreServedFromThisSiteBehindThePasswordAndKeptAnHour() throws Exception {
        try (TestLine line = TestLine.start()) {
            HttpResponse<String> script = get(line, "/staff/staff.js", TestLine.STAFF_PASSWORD, null);
            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
            assertThat(script.headers().firstValue("Cache-Control")).hasValue("private, max-age=3600");
            assertThat(script.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(script.body()).isEqualTo(new String(HtmlPages.asset("staff.js"), StandardCharsets.UTF_8));
            assertThat(get(line, "/staff/staff.js", null, null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void withoutThePhoneWordsPagesTheyAreNeitherServedNorOffered() throws Exception {
        try (TestLine line = TestLine.start()) {
            for (String path : List.of("/staff/prompts", "/staff/prompts/history", "/staff/prompts/listen.js")) {
                assertThat(get(line, path, TestLine.STAFF_PASSWORD, null).statusCode()).as(path).isEqualTo(404);
            }
            String dashboard = get(line, "/staff", TestLine.STAFF_PASSWORD, "text/html").body();
            assertThat(dashboard).contains("<a href=\"/staff/messages\">Messages</a>").doesNotContain("Phone words")
                    .doesNotContain("/staff/prompts");
        }
    }

    @Test
    void withoutAStaffPasswordNothingOfTheStaffSideIsThere() throws Exception {
        try (TestLine line = TestLine.with().noStaffPassword().start()) {
            for (String path : PAGES) {
                assertThat(get(line, path, TestLine.STAFF_PASSWORD, null).statusCode()).as(path).isEqualTo(404);
            }
        }
    }

    @Test
    void aMissingAssetIsSaidPlainly() {
        assertThatThrownBy(() -> HtmlPages.asset("nothing.css"))
                .isInstanceOf(IllegalStateException.class).hasMessage("the staff pages' nothing.css is missing from the jar");
        assertThatThrownBy(() -> HtmlPages.document("nothing.ftlh", Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("the page nothing.ftlh cannot be rendered: ");
    }
}
