package clinic.ivr.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.config.ClinicSettings;
import clinic.ivr.desk.OpeningHours.Callback;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        assertEquals(List.of(), problems);
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
        assertEquals(expected.equals("open"), hours.isOpen(newYork(local)));
    }

    @Test
    void theSameInstantIsOpenInNewYorkAndClosedOnTheWestCoast() {
        Instant nineInNewYork = Instant.parse("2026-03-04T14:00:00Z"); // 9 AM EST, 6 AM PST, 2 PM London
        assertTrue(hours("America/New_York").isOpen(nineInNewYork));
        assertFalse(hours("America/Los_Angeles").isOpen(nineInNewYork));
        assertTrue(hours("Europe/London").isOpen(nineInNewYork));
        Instant sevenThirtyPmInNewYork = Instant.parse("2026-03-05T00:30:00Z");
        assertFalse(hours("America/New_York").isOpen(sevenThirtyPmInNewYork));
        assertTrue(hours("America/Los_Angeles").isOpen(sevenThirtyPmInNewYork)); // 4:30 PM there
    }

    @Test
    void daylightSavingInMarchMovesOpeningAnHourEarlierInUtc() {
        // before: Friday 6 March, EST (UTC-5); after: Monday 9 March, EDT (UTC-4)
        assertFalse(hours.isOpen(Instant.parse("2026-03-06T12:30:00Z"))); // 7:30 EST
        assertTrue(hours.isOpen(Instant.parse("2026-03-06T13:00:00Z")));  // 8:00 EST
        assertTrue(hours.isOpen(Instant.parse("2026-03-09T12:00:00Z")));  // 8:00 EDT
        assertFalse(hours.isOpen(Instant.parse("2026-03-09T11:59:00Z"))); // 7:59 EDT
        assertFalse(hours.isOpen(Instant.parse("2026-03-09T23:00:00Z"))); // 19:00 EDT
        assertTrue(hours.isOpen(Instant.parse("2026-03-06T23:30:00Z")));  // 18:30 EST
    }

    @Test
    void daylightSavingInNovemberMovesOpeningAnHourLaterInUtc() {
        // before: Friday 30 October, EDT; after: Monday 2 November, EST
        assertTrue(hours.isOpen(Instant.parse("2026-10-30T12:00:00Z")));  // 8:00 EDT
        assertFalse(hours.isOpen(Instant.parse("2026-11-02T12:00:00Z"))); // 7:00 EST
        assertTrue(hours.isOpen(Instant.parse("2026-11-02T13:00:00Z")));  // 8:00 EST
        assertTrue(hours.isOpen(Instant.parse("2026-11-02T23:59:00Z")));  // 18:59 EST
        assertFalse(hours.isOpen(Instant.parse("2026-11-03T00:00:00Z"))); // 19:00 EST
    }

    @Test
    void holidaysAndSpecialDaysReplaceTheWeekday() {
        assertFalse(hours.isOpen(newYork("2026-12-25T10:00:00")), "Christmas is a Friday, but closed");
        assertTrue(hours.isOpen(newYork("2026-12-24T12:59:00")));
        assertFalse(hours.isOpen(newYork("2026-12-24T13:00:00")), "Christmas Eve closes at 1 PM");
        assertTrue(hours.isOpen(newYork("2026-03-14T12:00:00")), "a Saturday with special hours");
        assertFalse(hours.isOpen(newYork("2026-03-14T12:30:00")));
    }

    @Test
    void theNextOpeningSkipsWeekendsAndHolidays() {
        assertEquals(newYork("2026-03-09T08:00:00"), hours.nextOpening(newYork("2026-03-06T19:00:00")).orElseThrow().toInstant());
        assertEquals(newYork("2026-12-28T08:00:00"), hours.nextOpening(newYork("2026-12-24T14:00:00")).orElseThrow().toInstant());
        assertEquals(newYork("2026-03-04T08:00:00"), hours.nextOpening(newYork("2026-03-04T06:00:00")).orElseThrow().toInstant());
    }

    @Test
    void theCallbackPromiseFollowsTheHours() {
        assertEquals(new Callback(Callback.When.TODAY, DayOfWeek.WEDNESDAY), hours.callback(newYork("2026-03-04T10:00:00")));
        assertEquals(new Callback(Callback.When.TODAY, DayOfWeek.WEDNESDAY), hours.callback(newYork("2026-03-04T06:00:00")));
        // 15 minutes before closing is too late to promise today
        assertEquals(new Callback(Callback.When.TOMORROW, DayOfWeek.THURSDAY), hours.callback(newYork("2026-03-04T18:45:00")));
        assertEquals(new Callback(Callback.When.TOMORROW, DayOfWeek.MONDAY), hours.callback(newYork("2026-03-08T10:00:00")));
        assertEquals(new Callback(Callback.When.ON_DAY, DayOfWeek.MONDAY), hours.callback(newYork("2026-03-06T20:00:00")));
    }

    @Test
    void mistakesNameTheSettingAndSayWhatToWrite() {
        LinkedHashMap<String, String> special = new LinkedHashMap<>();
        special.put("25 December", "closed");
        special.put("2026-12-24", "noon");
        ClinicSettings.Hours bad = new ClinicSettings.Hours("New York", "8:00-7:00", null, "8-19", "8:00-19:00",
                "8:00-25:00", "closed", "closed", special);
        List<String> problems = new ArrayList<>();
        assertTrue(bad.read((s, m) -> problems.add(s + ": " + m)).isEmpty());
        String all = String.join("\n", problems);
        assertTrue(all.contains("hours.time_zone: \"New York\" is not a time zone"), all);
        assertTrue(all.contains("hours.monday: \"8:00-7:00\": the closing time must come after the opening time"), all);
        assertTrue(all.contains("the hours of tuesday are missing"), all);
        assertTrue(all.contains("hours.wednesday: \"8-19\" is not opening hours"), all);
        assertTrue(all.contains("hours.friday: \"8:00-25:00\" is not opening hours"), all);
        assertTrue(all.contains("hours.special_days.25 December: \"25 December\" is not a date"), all);
        assertTrue(all.contains("hours.special_days.2026-12-24: \"noon\" is not opening hours"), all);
    }

    @Test
    void aDeskThatNeverOpensIsAMistake() {
        ClinicSettings.Hours never = new ClinicSettings.Hours("America/New_York", "closed", "closed", "closed",
                "closed", "closed", "closed", "closed", null);
        List<String> problems = new ArrayList<>();
        assertTrue(never.read((s, m) -> problems.add(m)).isEmpty());
        assertTrue(problems.get(0).contains("closed every day"), problems.toString());
    }
}
