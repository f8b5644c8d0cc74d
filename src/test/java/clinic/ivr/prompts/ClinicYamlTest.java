package clinic.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.config.ClinicSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * clinic.yaml and menus.yaml as the staff page saves them: read back by the loader exactly as typed,
 * whatever staff type, and each line tied to the field it came from.
 */
class ClinicYamlTest {

    static final String TRICKY = "Gramercy \"PT\": #1 \\ back\tslash\nnew line\r\u0001";

    static ClinicYaml.Values values(String name, String address, String link, String ring, List<ClinicYaml.SpecialDay> days) {
        Map<String, String> weekly = new LinkedHashMap<>();
        ClinicYaml.DAYS.forEach(day -> weekly.put(day, day.startsWith("s") ? "closed" : "8:00-19:00"));
        Map<String, ClinicSettings.Voice> languages = new LinkedHashMap<>();
        languages.put("en", new ClinicSettings.Voice("Polly.Joanna-Neural", "en-US"));
        languages.put("es", new ClinicSettings.Voice("Polly.Lupe-Neural", "es-US"));
        Map<String, String> fields = new LinkedHashMap<>();
        for (String path : List.of("name", "phone", "address", "booking_link", "hours.monday", "hours.sunday",
                "front_desk.number", "front_desk.ring_seconds")) {
            fields.put(path, "field-" + path);
        }
        return new ClinicYaml.Values(name, "+12125985913", address, link, "+12125985914", ring, "America/New_York", weekly,
                days, languages, fields);
    }

    static EditedPrompts saved(ClinicYaml.Values values) {
        return new EditedPrompts().write(PromptFiles.SETTINGS, ClinicYaml.settings(values).text());
    }

    @Test
    void whatStaffTypeIsReadBackExactly() {
        Prompts loaded = saved(values(TRICKY, "20 Example St #4", "https://clinic.example/book", "25",
                List.of(new ClinicYaml.SpecialDay("2026-12-25", "closed", List.of(" Christmas Day ", " ", "Navidad"), "day-1"))))
                .load();
        ClinicSettings clinic = loaded.clinic();
        assertThat(clinic.name()).isEqualTo(TRICKY);
        assertThat(clinic.address()).isEqualTo("20 Example St #4");
        assertThat(clinic.bookingLink()).isEqualTo("https://clinic.example/book");
        assertThat(clinic.phone()).isEqualTo("+12125985913");
        assertThat(clinic.frontDesk().number()).isEqualTo("+12125985914");
        assertThat(clinic.frontDesk().ring()).isEqualTo(25);
        assertThat(clinic.hours().weekly()).containsEntry("monday", "8:00-19:00").containsEntry("sunday", "closed");
        assertThat(clinic.hours().special()).containsExactly(Map.entry("2026-12-25", "closed, Christmas Day, Navidad"));
        assertThat(clinic.languages()).containsOnlyKeys("en", "es");
        assertThat(clinic.languages().get("es").voice()).isEqualTo("Polly.Lupe-Neural");
        assertThat(ClinicYaml.read(loaded.files())).hasValue(clinic);
    }

    @Test
    void whatIsLeftBlankIsLeftOutAndARingThatIsNoNumberIsNamedOnItsField() {
        ClinicYaml.Written written = ClinicYaml.settings(values("Clinic", " ", "", "twenty", List.of()));
        assertThat(written.text()).doesNotContain("address:").doesNotContain("booking_link:").contains("  special_days: {}\n")
                .contains("  ring_seconds: \"twenty\"\n");
        EditedPrompts saved = new EditedPrompts().write(PromptFiles.SETTINGS, written.text());
        int ring = saved.lineOf(PromptFiles.SETTINGS, "ring_seconds:");
        assertThat(written.fields()).containsEntry(ring, "field-front_desk.ring_seconds");
        assertThat(saved.problems()).singleElement().asString().startsWith("prompts/clinic.yaml line " + ring + ": ");
        assertThat(ClinicYaml.settings(values("Clinic", "", "", " 7 ", List.of())).text()).contains("  ring_seconds: 7\n");
        assertThat(ClinicYaml.settings(values("Clinic", "", "", "12345", List.of())).text())
                .contains("  ring_seconds: \"12345\"\n");
    }

    @Test
    void eachLineIsTiedToTheFieldItCameFrom() {
        ClinicYaml.Written written = ClinicYaml.settings(values("Clinic", "Main St", "https://x.example", "20",
                List.of(new ClinicYaml.SpecialDay("2026-12-24", "8:00-13:00", List.of("Eve"), "day-1"))));
        EditedPrompts saved = new EditedPrompts().write(PromptFiles.SETTINGS, written.text());
        assertThat(written.fields()).containsEntry(saved.lineOf(PromptFiles.SETTINGS, "name:"), "field-name")
                .containsEntry(saved.lineOf(PromptFiles.SETTINGS, "phone:"), "field-phone")
                .containsEntry(saved.lineOf(PromptFiles.SETTINGS, "address:"), "field-address")
                .containsEntry(saved.lineOf(PromptFiles.SETTINGS, "booking_link:"), "field-booking_link")
                .containsEntry(saved.lineOf(PromptFiles.SETTINGS, "monday:"), "field-hours.monday")
                .containsEntry(saved.lineOf(PromptFiles.SETTINGS, "\"2026-12-24\""), "day-1")
                .containsEntry(saved.lineOf(PromptFiles.SETTINGS, "  number:"), "field-front_desk.number")
                .doesNotContainKey(saved.lineOf(PromptFiles.SETTINGS, "tuesday:"))
                .doesNotContainKey(saved.lineOf(PromptFiles.SETTINGS, "time_zone:"));
        assertThat(ClinicYaml.lines(saved.files(), PromptFiles.SETTINGS)).containsEntry("hours.monday",
                saved.lineOf(PromptFiles.SETTINGS, "monday:")).containsEntry("languages.es.voice",
                saved.lineOf(PromptFiles.SETTINGS, "Polly.Lupe"));
        assertThat(written.text()).startsWith("# Settings of the clinic's phone line, saved from the staff page").endsWith("\n");
    }

    @Test
    void theMenusAreWrittenWithKeysInOrderAndReadBack() {
        Map<String, List<String>> menus = new LinkedHashMap<>();
        menus.put("main", List.of("what-it-is", "who-it-helps", "faq", "session", "hours"));
        menus.put("faq", List.of("faq-results", "faq-painful", "faq-avoid", "faq-prevent", "faq-start"));
        ClinicYaml.Written written = ClinicYaml.menus(menus, Map.of("main", "menu-main", "faq", "menu-faq"));
        EditedPrompts saved = new EditedPrompts().write(PromptFiles.TREE, written.text());
        assertThat(written.text()).contains("\nmain:\n  1: what-it-is\n  2: who-it-helps\n").contains("\nfaq:\n  1: faq-results\n");
        assertThat(saved.load().tree().options("faq")).hasSize(5);
        assertThat(ClinicYaml.readMenus(saved.files())).hasValue(menus);
        assertThat(written.fields()).containsEntry(saved.lineOf(PromptFiles.TREE, "faq:"), "menu-faq")
                .containsEntry(saved.lineOf(PromptFiles.TREE, "1: faq-results"), "menu-faq")
                .containsEntry(saved.lineOf(PromptFiles.TREE, "main:"), "menu-main");
        assertThat(ClinicYaml.readMenus(PromptFiles.of(Map.of(PromptFiles.TREE, "main:\n  1: a\nempty: {}\n"))))
                .hasValue(Map.of("main", List.of("a"), "empty", List.of()));
    }

    @Test
    void filesThatCannotBeReadGiveNothing() {
        PromptFiles broken = PromptFiles.of(Map.of(PromptFiles.SETTINGS, "name: [", PromptFiles.TREE, "main: ["));
        assertThat(ClinicYaml.read(broken)).isEmpty();
        assertThat(ClinicYaml.readMenus(broken)).isEmpty();
        assertThat(ClinicYaml.lines(broken, PromptFiles.SETTINGS)).isEmpty();
        assertThat(ClinicYaml.read(PromptFiles.of(Map.of()))).isEmpty();
    }

    @Test
    void aValueIsQuotedSoYamlReadsItBackExactly() {
        assertThat(ClinicYaml.quoted("a \"b\" \\ c\n\r\t\u0001")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\\r\\t\\x01\"");
        assertThat(ClinicYaml.quoted(null)).isEqualTo("\"\"");
        assertThat(ClinicYaml.quoted(" é # : ")).isEqualTo("\" é # : \"");
    }

    @Test
    void theSavedFilesKeepTheNotesStaffKnow() {
        Map<String, String> weekly = new LinkedHashMap<>();
        ClinicYaml.DAYS.forEach(day -> weekly.put(day, day.startsWith("s") ? "closed" : "8:00-19:00"));
        Map<String, ClinicSettings.Voice> english = Map.of("en", new ClinicSettings.Voice("Polly.Joanna-Neural", "en-US"));
        ClinicYaml.Values values = new ClinicYaml.Values("Clinic", "+12125985913", "Main St", "https://x.example",
                "+12125985914", "20", "America/New_York", weekly, List.of(new ClinicYaml.SpecialDay("2026-12-25", "closed",
                List.of("Christmas Day"), "day-1")), english, Map.of());
        assertThat(ClinicYaml.settings(values).text()).isEqualTo("""
                # Settings of the clinic's phone line, saved from the staff page (/staff/prompts).
                # Lines starting with # are notes. Every value is in quotes. Check a change with:
                #   java -jar target/clinic-ivr.jar validate

                # The clinic's name, as callers hear it.
                name: "Clinic"

                # The clinic's public number, said to callers who should call back.
                phone: "+12125985913"

                # The clinic's street address and the web page where callers book a visit, sent by text message;
                # until both are filled in, the line does not offer a text.
                address: "Main St"
                booking_link: "https://x.example"

                # When the front desk answers the phone; outside these hours callers may leave a message.
                hours:
                  # The clinic's time zone: the hours below are in it, summer time included.
                  time_zone: "America/New_York"
                  # Each day: "closed", or the times on a 24-hour clock (7 PM is 19:00).
                  monday: "8:00-19:00"
                  tuesday: "8:00-19:00"
                  wednesday: "8:00-19:00"
                  thursday: "8:00-19:00"
                  friday: "8:00-19:00"
                  saturday: "closed"
                  sunday: "closed"
                  # Holidays and other special days: the date, then "closed" or that day's hours, then its name
                  # in each language, in the order of languages below.
                  special_days:
                    "2026-12-25": "closed, Christmas Day"

                front_desk:
                  # Where the line puts callers through to a person. FRONT_DESK_NUMBER, if set, replaces it.
                  number: "+12125985914"
                  # How long to ring the front desk before telling the caller no one could answer.
                  ring_seconds: 20

                # The languages of the line; a call starts in the first one. Each has a folder of its words.
                languages:
                  en:
                    voice: "Polly.Joanna-Neural"
                    language: "en-US"
                """);
        Map<String, List<String>> menus = new LinkedHashMap<>();
        menus.put("main", List.of("what-it-is", "faq"));
        menus.put("faq", List.of("faq-painful"));
        assertThat(ClinicYaml.menus(menus, Map.of()).text()).isEqualTo("""
                # The phone tree, saved from the staff page (/staff/prompts): each menu's options, key 1 first.
                # An option leads to a topic (an answer) or to another menu; "hours" is said from clinic.yaml.
                # These keys do the same in every menu and cannot be options: 0 front desk, star repeat, 9 main
                # menu, pound next part; at the main menu 7 slower and 8 the other language; 6 a text message.

                main:
                  1: what-it-is
                  2: faq

                faq:
                  1: faq-painful
                """);
    }
}
