package clinic.ivr.desk;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.config.ClinicSettings;
import clinic.ivr.desk.OpeningHours.Callback;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The front desk's hours: the desk is open exactly when the clinic says, wherever the server runs. */
class OpeningHoursTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Monday to Friday 8:00-19:00, Christmas Eve until 13:00, Christmas closed, one Saturday open. */
    static ClinicSettings.Hours settings(String zone) {
        LinkedHashMap<String, String> special = new LinkedHashMap<>();
        special.put("2026-12-24", "8:00-13:00");
        special.put("2026-12-25", "closed");
        special.put("2026-03-14", "9:00 - 12:30");
        return new ClinicSettings.Hours(zone, "8:00-19:00", "8:00-19:00", "8:00-19:00", "8:00-19:00", "8:00-19:00",
                "closed", "closed", special);
    }

    static OpeningHours hours(String zone) {
        List<String> problems = new ArrayList<>();
        Optional<OpeningHours> hours = settings(zone).read((s, m) -> problems.add(s + ": " + m));
        assertThat(problems).isEqualTo(List.of());
        return hours.orElseThrow();
    }

    static Instant newYork(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), NEW_YORK).toInstant();
    }

    final OpeningHours hours = hours("America/New_York");

    @ParameterizedTest(name = "{0} New York time is {1}")
    @CsvSource({
            "2026-03-04T07:59:59, closed",
            "2026-03-04T08:00:00, open",
            "2026-03-04T08:00:01, open",
            "2026-03-04T18:59:59, open",
            "2026-03-04T19:00:00, closed",
            "2026-03-04T23:30:00, closed",
            "2026-03-07T10:00:00, closed",  // Saturday
            "2026-03-08T10:00:00, closed",  // Sunday
    })
    void theMinuteOfOpeningAndClosing(String local, String expected) {
        assertThat(hours.isOpen(newYork(local))).isEqualTo(expected.equals("open"));
    }

    @Test
    void theSameInstantIsOpenInNewYorkAndClosedOnTheWestCoast() {
        Instant nineInNewYork = Instant.parse("2026-03-04T14:00:00Z"); // 9 AM EST, 6 AM PST, 2 PM London
        assertThat(hours("America/New_York").isOpen(nineInNewYork)).isTrue();
        assertThat(hours("America/Los_Angeles").isOpen(nineInNewYork)).isFalse();
        assertThat(hours("Europe/London").isOpen(nineInNewYork)).isTrue();
        Instant sevenThirtyPmInNewYork = Instant.parse("2026-03-05T00:30:00Z");
        assertThat(hours("America/New_York").isOpen(sevenThirtyPmInNewYork)).isFalse();
        assertThat(hours("America/Los_Angeles").isOpen(sevenThirtyPmInNewYork)).isTrue(); // 4:30 PM there
    }

    @Test
    void daylightSavingInMarchMovesOpeningAnHourEarlierInUtc() {
        // before: Friday 6 March, EST (UTC-5); after: Monday 9 March, EDT (UTC-4)
        assertThat(hours.isOpen(Instant.parse("2026-03-06T12:30:00Z"))).isFalse(); // 7:30 EST
        assertThat(hours.isOpen(Instant.parse("2026-03-06T13:00:00Z"))).isTrue();  // 8:00 EST
        assertThat(hours.isOpen(Instant.parse("2026-03-09T12:00:00Z"))).isTrue();  // 8:00 EDT
        assertThat(hours.isOpen(Instant.parse("2026-03-09T11:59:00Z"))).isFalse(); // 7:59 EDT
        assertThat(hours.isOpen(Instant.parse("2026-03-09T23:00:00Z"))).isFalse(); // 19:00 EDT
        assertThat(hours.isOpen(Instant.parse("2026-03-06T23:30:00Z"))).isTrue();  // 18:30 EST
    }

    @Test
    void daylightSavingInNovemberMovesOpeningAnHourLaterInUtc() {
        // before: Friday 30 October, EDT; after: Monday 2 November, EST
        assertThat(hours.isOpen(Instant.parse("2026-10-30T12:00:00Z"))).isTrue();  // 8:00 EDT
        assertThat(hours.isOpen(Instant.parse("2026-11-02T12:00:00Z"))).isFalse(); // 7:00 EST
        assertThat(hours.isOpen(Instant.parse("2026-11-02T13:00:00Z"))).isTrue();  // 8:00 EST
        assertThat(hours.isOpen(Instant.parse("2026-11-02T23:59:00Z"))).isTrue();  // 18:59 EST
        assertThat(hours.isOpen(Instant.parse("2026-11-03T00:00:00Z"))).isFalse(); // 19:00 EST
    }

    @Test
    void holidaysAndSpecialDaysReplaceTheWeekday() {
        assertThat(hours.isOpen(newYork("2026-12-25T10:00:00"))).as("Christmas is a Friday, but closed").isFalse();
        assertThat(hours.isOpen(newYork("2026-12-24T12:59:00"))).isTrue();
        assertThat(hours.isOpen(newYork("2026-12-24T13:00:00"))).as("Christmas Eve closes at 1 PM").isFalse();
        assertThat(hours.isOpen(newYork("2026-03-14T12:00:00"))).as("a Saturday with special hours").isTrue();
        assertThat(hours.isOpen(newYork("2026-03-14T12:30:00"))).isFalse();
    }

    @Test
    void theNextOpeningSkipsWeekendsAndHolidays() {
        assertThat(hours.nextOpening(newYork("2026-03-06T19:00:00")).orElseThrow().toInstant()).isEqualTo(newYork("2026-03-09T08:00:00"));
        assertThat(hours.nextOpening(newYork("2026-12-24T14:00:00")).orElseThrow().toInstant()).isEqualTo(newYork("2026-12-28T08:00:00"));
        assertThat(hours.nextOpening(newYork("2026-03-04T06:00:00")).orElseThrow().toInstant()).isEqualTo(newYork("2026-03-04T08:00:00"));
    }

    @Test
    void theCallbackPromiseFollowsTheHours() {
        assertThat(hours.callback(newYork("2026-03-04T10:00:00"))).isEqualTo(new Callback(Callback.When.TODAY, DayOfWeek.WEDNESDAY));
        assertThat(hours.callback(newYork("2026-03-04T06:00:00"))).isEqualTo(new Callback(Callback.When.TODAY, DayOfWeek.WEDNESDAY));
        // 15 minutes before closing is too late to promise today
        assertThat(hours.callback(newYork("2026-03-04T18:45:00"))).isEqualTo(new Callback(Callback.When.TOMORROW, DayOfWeek.THURSDAY));
        assertThat(hours.callback(newYork("2026-03-08T10:00:00"))).isEqualTo(new Callback(Callback.When.TOMORROW, DayOfWeek.MONDAY));
        assertThat(hours.callback(newYork("2026-03-06T20:00:00"))).isEqualTo(new Callback(Callback.When.ON_DAY, DayOfWeek.MONDAY));
    }

    @Test
    void mistakesNameTheSettingAndSayWhatToWrite() {
        LinkedHashMap<String, String> special = new LinkedHashMap<>();
        special.put("25 December", "closed");
        special.put("2026-12-24", "noon");
        ClinicSettings.Hours bad = new ClinicSettings.Hours("New York", "8:00-7:00", null, "8-19", "8:00-19:00",
                "8:00-25:00", "closed", "closed", special);
        List<String> problems = new ArrayList<>();
        assertThat(bad.read((s, m) -> problems.add(s + ": " + m))).isEmpty();
        String all = String.join("\n", problems);
        assertThat(all).as(all).contains("hours.time_zone: \"New York\" is not a time zone");
        assertThat(all).as(all).contains("hours.monday: \"8:00-7:00\": the closing time must come after the opening time");
        assertThat(all).as(all).contains("the hours of tuesday are missing");
        assertThat(all).as(all).contains("hours.wednesday: \"8-19\" is not opening hours");
        assertThat(all).as(all).contains("hours.friday: \"8:00-25:00\" is not opening hours");
        assertThat(all).as(all).contains("hours.special_days.25 December: \"25 December\" is not a date");
        assertThat(all).as(all).contains("hours.special_days.2026-12-24: \"noon\" is not opening hours");
    }

    @Test
    void aDeskThatNeverOpensIsAMistake() {
        ClinicSettings.Hours never = new ClinicSettings.Hours("America/New_York", "closed", "closed", "closed",
                "closed", "closed", "closed", "closed", null);
        List<String> problems = new ArrayList<>();
        assertThat(never.read((s, m) -> problems.add(m))).isEmpty();
        assertThat(problems.get(0)).as(problems.toString()).contains("closed every day");
    }

    @Test
    void todayTellsWhetherTheDeskIsOpenItsHoursItsNameAndWhenItOpensNext() {
        OpeningHours hours = hours("America/New_York");
        OpeningHours.Today open = hours.today(ZonedDateTime.of(2026, 12, 24, 10, 0, 0, 0, NEW_YORK).toInstant());
        assertThat(open.openNow()).isTrue();
        assertThat(open.hours()).hasValue(new OpeningHours.Span(LocalTime.of(8, 0), LocalTime.of(13, 0)));
        assertThat(open.nextOpening()).as("open now: nothing to wait for").isEmpty();
        OpeningHours.Today christmas = hours.today(ZonedDateTime.of(2026, 12, 25, 10, 0, 0, 0, NEW_YORK).toInstant());
        assertThat(christmas.openNow()).isFalse();
        assertThat(christmas.hours()).isEmpty();
        assertThat(christmas.nextOpening()).hasValue(ZonedDateTime.of(2026, 12, 28, 8, 0, 0, 0, NEW_YORK));
        assertThat(christmas.closure()).isEmpty();
    }

    @Test
    void aSpecialDaysNameIsSaidInTheCallersLanguageOrTheOneNameThereIs() {
        OpeningHours.Today named = new OpeningHours.Today(LocalDate.of(2026, 12, 25), false, Optional.empty(),
                List.of("Christmas Day", "Navidad"), Optional.empty());
        assertThat(named.name(0)).hasValue("Christmas Day");
        assertThat(named.name(1)).hasValue("Navidad");
        assertThat(named.name(2)).as("a third language hears the last name").hasValue("Navidad");
        OpeningHours.Today one = new OpeningHours.Today(LocalDate.of(2026, 12, 25), false, Optional.empty(),
                List.of("Christmas"), Optional.empty());
        assertThat(one.name(1)).hasValue("Christmas");
        OpeningHours.Today none = new OpeningHours.Today(LocalDate.of(2026, 3, 4), true, Optional.empty(),
                List.of(), Optional.empty());
        assertThat(none.name(0)).isEmpty();
    }

    @Test
    void aDayStaffClosedIsClosedThatDayOnlyAndSaysWhy() {
        OpeningHours hours = hours("America/New_York");
        Instant wednesday = ZonedDateTime.of(2026, 3, 4, 10, 0, 0, 0, NEW_YORK).toInstant();
        Closure snow = new Closure(LocalDate.of(2026, 3, 4), Map.of("en", "the snow"));
        OpeningHours closed = hours.closedFor(snow, wednesday);
        assertThat(closed.isOpen(wednesday)).isFalse();
        OpeningHours.Today today = closed.today(wednesday);
        assertThat(today.closure()).hasValue(snow);
        assertThat(today.hours()).isEmpty();
        assertThat(today.nextOpening()).hasValue(ZonedDateTime.of(2026, 3, 5, 8, 0, 0, 0, NEW_YORK));
        assertThat(closed.isOpen(wednesday.plus(Duration.ofDays(1)))).as("it ends by itself").isTrue();
        assertThat(closed.today(wednesday.plus(Duration.ofDays(1))).closure()).isEmpty();
        Closure yesterday = new Closure(LocalDate.of(2026, 3, 3), Map.of());
        assertThat(hours.closedFor(yesterday, wednesday)).as("a closure of another day changes nothing").isSameAs(hours);
    }
}
