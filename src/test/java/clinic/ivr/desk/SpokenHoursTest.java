package clinic.ivr.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.ivr.config.ClinicSettings;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hours as callers hear them, in English and in Spanish, built from the settings. */
class SpokenHoursTest {

    static OpeningHours hours(String mon, String tue, String wed, String thu, String fri, String sat, String sun) {
        return new ClinicSettings.Hours("America/New_York", mon, tue, wed, thu, fri, sat, sun, null).read(
                (s, m) -> { throw new AssertionError(s + ": " + m); }).orElseThrow();
    }

    @Test
    void weekdaysAreOneRun() {
        OpeningHours h = hours("8:00-19:00", "8:00-19:00", "8:00-19:00", "8:00-19:00", "8:00-19:00", "closed", "closed");
        assertEquals("Monday to Friday, 8 AM to 7 PM", SpokenHours.of(h, "en"));
        assertEquals("de lunes a viernes, de 8 de la mañana a 7 de la noche", SpokenHours.of(h, "es"));
    }

    @Test
    void differentHoursAreSaidInTurn() {
        OpeningHours h = hours("8:30-19:00", "8:30-19:00", "8:30-19:00", "8:30-19:00", "8:00-17:15", "9:00-13:00",
                "9:00-13:00");
        assertEquals("Monday to Thursday, 8:30 AM to 7 PM, Friday, 8 AM to 5:15 PM, and Saturday and Sunday,"
                + " 9 AM to 1 PM", SpokenHours.of(h, "en"));
        assertEquals("de lunes a jueves, de 8 y media de la mañana a 7 de la noche, los viernes, de 8 de la mañana"
                + " a 5 y cuarto de la tarde, y los sábados y domingos, de 9 de la mañana a la una de la tarde",
                SpokenHours.of(h, "es"));
    }

    @Test
    void aClosedDayBreaksARun() {
        OpeningHours h = hours("8:00-19:00", "8:00-19:00", "closed", "8:00-19:00", "8:00-19:00", "closed", "closed");
        assertEquals("Monday and Tuesday, 8 AM to 7 PM, and Thursday and Friday, 8 AM to 7 PM", SpokenHours.of(h, "en"));
    }

    @Test
    void timesAreWrittenForTheEar() {
        assertEquals("noon", SpokenHours.englishTime(LocalTime.NOON));
        assertEquals("12:30 PM", SpokenHours.englishTime(LocalTime.of(12, 30)));
        assertEquals("12 del mediodía", SpokenHours.spanishTime(LocalTime.NOON));
        assertEquals("la una y media de la tarde", SpokenHours.spanishTime(LocalTime.of(13, 30)));
        assertEquals("8 y 45 de la noche", SpokenHours.spanishTime(LocalTime.of(20, 45)));
        assertEquals("Monday", SpokenHours.dayName(java.time.DayOfWeek.MONDAY, "en"));
        assertEquals("sábado", SpokenHours.dayName(java.time.DayOfWeek.SATURDAY, "es"));
    }

    @Test
    void otherLanguagesHearTheEnglishForm() {
        OpeningHours h = hours("8:00-19:00", "closed", "closed", "closed", "closed", "closed", "closed");
        assertEquals("Monday, 8 AM to 7 PM", SpokenHours.of(h, "fr"));
        assertEquals(Optional.of(new OpeningHours.Span(LocalTime.of(8, 0), LocalTime.of(19, 0))),
                h.weekly().get(java.time.DayOfWeek.MONDAY));
    }
}
