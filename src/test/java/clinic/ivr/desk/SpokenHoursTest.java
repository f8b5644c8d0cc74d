package clinic.ivr.desk;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(SpokenHours.of(h, "en")).isEqualTo("Monday to Friday, 8 AM to 7 PM");
        assertThat(SpokenHours.of(h, "es")).isEqualTo("de lunes a viernes, de 8 de la mañana a 7 de la noche");
    }

    @Test
    void differentHoursAreSaidInTurn() {
        OpeningHours h = hours("8:30-19:00", "8:30-19:00", "8:30-19:00", "8:30-19:00", "8:00-17:15", "9:00-13:00",
                "9:00-13:00");
        assertThat(SpokenHours.of(h, "en")).isEqualTo("Monday to Thursday, 8:30 AM to 7 PM, Friday, 8 AM to 5:15 PM, and Saturday and Sunday,"
                + " 9 AM to 1 PM");
        assertThat(SpokenHours.of(h, "es")).isEqualTo("de lunes a jueves, de 8 y media de la mañana a 7 de la noche, los viernes, de 8 de la mañana"
                + " a 5 y cuarto de la tarde, y los sábados y domingos, de 9 de la mañana a la una de la tarde");
    }

    @Test
    void aClosedDayBreaksARun() {
        OpeningHours h = hours("8:00-19:00", "8:00-19:00", "closed", "8:00-19:00", "8:00-19:00", "closed", "closed");
        assertThat(SpokenHours.of(h, "en")).isEqualTo("Monday and Tuesday, 8 AM to 7 PM, and Thursday and Friday, 8 AM to 7 PM");
    }

    @Test
    void timesAreWrittenForTheEar() {
        assertThat(SpokenHours.englishTime(LocalTime.NOON)).isEqualTo("noon");
        assertThat(SpokenHours.englishTime(LocalTime.of(12, 30))).isEqualTo("12:30 PM");
        assertThat(SpokenHours.spanishTime(LocalTime.NOON)).isEqualTo("12 del mediodía");
        assertThat(SpokenHours.spanishTime(LocalTime.of(13, 30))).isEqualTo("la una y media de la tarde");
        assertThat(SpokenHours.spanishTime(LocalTime.of(20, 45))).isEqualTo("8 y 45 de la noche");
        assertThat(SpokenHours.dayName(java.time.DayOfWeek.MONDAY, "en")).isEqualTo("Monday");
        assertThat(SpokenHours.dayName(java.time.DayOfWeek.SATURDAY, "es")).isEqualTo("sábado");
    }

    @Test
    void otherLanguagesHearTheEnglishForm() {
        OpeningHours h = hours("8:00-19:00", "closed", "closed", "closed", "closed", "closed", "closed");
        assertThat(SpokenHours.of(h, "fr")).isEqualTo("Monday, 8 AM to 7 PM");
        assertThat(h.weekly().get(java.time.DayOfWeek.MONDAY)).isEqualTo(Optional.of(new OpeningHours.Span(LocalTime.of(8, 0), LocalTime.of(19, 0))));
    }

    @Test
    void aTimeOnItsOwnTakesItsArticleInSpanish() {
        assertThat(SpokenHours.time(LocalTime.of(8, 0), "es")).isEqualTo("las 8 de la mañana");
        assertThat(SpokenHours.time(LocalTime.of(13, 0), "es")).isEqualTo("la una de la tarde");
        assertThat(SpokenHours.time(LocalTime.of(1, 15), "es")).isEqualTo("la una y cuarto de la mañana");
        assertThat(SpokenHours.time(LocalTime.MIDNIGHT, "es")).isEqualTo("medianoche");
        assertThat(SpokenHours.time(LocalTime.of(8, 30), "en")).isEqualTo("8:30 AM");
        assertThat(SpokenHours.time(LocalTime.of(8, 30), "fr")).as("other languages: the English form").isEqualTo("8:30 AM");
    }

    @Test
    void theHoursAroundNoonMidnightAndEveningAreSaidRight() {
        assertThat(SpokenHours.englishTime(LocalTime.MIDNIGHT)).isEqualTo("midnight");
        assertThat(SpokenHours.englishTime(LocalTime.of(0, 15))).isEqualTo("12:15 AM");
        assertThat(SpokenHours.englishTime(LocalTime.of(11, 59))).isEqualTo("11:59 AM");
        assertThat(SpokenHours.englishTime(LocalTime.of(12, 5))).isEqualTo("12:05 PM");
        assertThat(SpokenHours.englishTime(LocalTime.of(19, 0))).isEqualTo("7 PM");
        assertThat(SpokenHours.spanishTime(LocalTime.of(0, 30))).isEqualTo("12 y media de la mañana");
        assertThat(SpokenHours.spanishTime(LocalTime.of(11, 0))).isEqualTo("11 de la mañana");
        assertThat(SpokenHours.spanishTime(LocalTime.of(12, 15))).isEqualTo("12 y cuarto del mediodía");
        assertThat(SpokenHours.spanishTime(LocalTime.of(18, 59))).isEqualTo("6 y 59 de la tarde");
        assertThat(SpokenHours.spanishTime(LocalTime.of(19, 0))).isEqualTo("7 de la noche");
    }

    @Test
    void aDateIsSaidAsInASentence() {
        java.time.LocalDate monday = java.time.LocalDate.of(2026, 12, 28);
        assertThat(SpokenHours.date(monday, "en")).isEqualTo("Monday, December 28");
        assertThat(SpokenHours.date(monday, "es")).isEqualTo("el lunes 28 de diciembre");
    }

    @Test
    void daysWithTheSameHoursApartAreSaidApart() {
        OpeningHours h = hours("8:00-19:00", "closed", "8:00-19:00", "closed", "closed", "closed", "9:00-12:00");
        assertThat(SpokenHours.of(h, "en")).isEqualTo("Monday, 8 AM to 7 PM, Wednesday, 8 AM to 7 PM, and Sunday, 9 AM to noon");
        assertThat(SpokenHours.of(h, "es")).isEqualTo("los lunes, de 8 de la mañana a 7 de la noche, los miércoles, de 8 de la"
                + " mañana a 7 de la noche, y los domingos, de 9 de la mañana a 12 del mediodía");
    }

    @Test
    void aWholeWeekWithTheSameHoursIsOneRun() {
        OpeningHours h = hours("8:00-19:00", "8:00-19:00", "8:00-19:00", "8:00-19:00", "8:00-19:00", "8:00-19:00", "8:00-19:00");
        assertThat(SpokenHours.of(h, "en")).isEqualTo("Monday to Sunday, 8 AM to 7 PM");
        OpeningHours twoRuns = hours("8:00-19:00", "8:00-19:00", "8:00-19:00", "8:00-12:00", "8:00-12:00", "closed", "closed");
        assertThat(SpokenHours.of(twoRuns, "en")).isEqualTo("Monday to Wednesday, 8 AM to 7 PM, and Thursday and Friday, 8 AM to noon");
    }
}
