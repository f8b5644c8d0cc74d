package clinic.ivr.config;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.desk.OpeningHours;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clinic's settings as staff write them: when texts are offered, how long the desk rings, the hours. */
class ClinicSettingsTest {

    static ClinicSettings clinic(String address, String bookingLink, Integer ringSeconds, ClinicSettings.Hours hours) {
        LinkedHashMap<String, ClinicSettings.Voice> languages = new LinkedHashMap<>();
        languages.put("en", new ClinicSettings.Voice("Polly.Joanna-Neural", "en-US"));
        return new ClinicSettings("Traction Therapy", "+12125550100",
                new ClinicSettings.FrontDesk("+12125550101", ringSeconds), languages, address, bookingLink, hours);
    }

    static ClinicSettings.Hours hours(String monday, LinkedHashMap<String, String> special) {
        return new ClinicSettings.Hours("America/New_York", monday, "closed", "closed", "closed", "closed", "closed",
                "closed", special);
    }

    @Test
    void aTextIsOfferedOnlyWithBothTheAddressAndTheBookingLink() {
        ClinicSettings.Hours h = hours("closed", null);
        assertThat(clinic("12 Main St", "https://book.example", 20, h).canText()).isTrue();
        assertThat(clinic(null, "https://book.example", 20, h).canText()).isFalse();
        assertThat(clinic(" ", "https://book.example", 20, h).canText()).isFalse();
        assertThat(clinic("12 Main St", null, 20, h).canText()).isFalse();
        assertThat(clinic("12 Main St", "", 20, h).canText()).isFalse();
    }

    @Test
    void theFrontDeskRingsTwentySecondsUnlessStaffSayOtherwise() {
        assertThat(clinic(null, null, null, hours("closed", null)).frontDesk().ring()).isEqualTo(20);
        assertThat(clinic(null, null, 35, hours("closed", null)).frontDesk().ring()).isEqualTo(35);
    }

    @Test
    void theHoursAsWrittenBecomeTheHoursTheLineKeeps() {
        LinkedHashMap<String, String> special = new LinkedHashMap<>();
        special.put("2026-03-02", "closed");
        ClinicSettings.Hours h = hours("8:00-19:00", special);
        assertThat(h.weekly()).containsExactly(
                entry("monday", "8:00-19:00"), entry("tuesday", "closed"), entry("wednesday", "closed"),
                entry("thursday", "closed"), entry("friday", "closed"), entry("saturday", "closed"),
                entry("sunday", "closed"));
        assertThat(h.special()).containsExactly(entry("2026-03-02", "closed"));
        assertThat(hours("closed", null).special()).isEmpty();

        List<String> problems = new ArrayList<>();
        OpeningHours kept = h.read((setting, problem) -> problems.add(setting + ": " + problem)).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(kept.isOpen(Instant.parse("2026-03-09T14:00:00Z"))).as("a Monday at 10:00 in New York").isTrue();
        assertThat(kept.isOpen(Instant.parse("2026-03-02T14:00:00Z"))).as("the Monday marked closed").isFalse();
        assertThat(kept.isOpen(Instant.parse("2026-03-10T14:00:00Z"))).as("a Tuesday").isFalse();
    }

    static java.util.Map.Entry<String, String> entry(String k, String v) {
        return java.util.Map.entry(k, v);
    }
}
