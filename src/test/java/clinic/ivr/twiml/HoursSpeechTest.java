package clinic.ivr.twiml;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.PromptsCopy;
import clinic.ivr.TestLine;
import clinic.ivr.flow.Call;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Input;
import clinic.ivr.flow.Step;
import clinic.ivr.prompts.Prompts;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hours as callers hear them, from the shipped clinic.yaml (New York, Monday to Friday 8 AM to
 * 7 PM, named holidays): asked for, and when the front desk is closed. The server's own time zone
 * never matters: every moment is an instant, said in the clinic's zone.
 */
class HoursSpeechTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);

    static Instant at(String local, String zone) {
        return LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
    }

    static String heard(Prompts prompts, String language, Instant now, Input input) throws Exception {
        Step step = prompts.flow().next(CallState.start(language), input, new Call("+16465550100", "+12125550147", now, false));
        return ParsedTwiml.parse(TwimlRenderer.render(prompts, step)).spokenText();
    }

    static String hours(String language, Instant now) throws Exception {
        return heard(SHIPPED, language, now, Input.keys("5"));
    }

    static String deskClosed(String language, Instant now) throws Exception {
        return heard(SHIPPED, language, now, Input.keys("0"));
    }

    @Test
    void onChristmasDayTheCallerHearsTheHolidayAndWhenTheClinicOpensAgain() throws Exception {
        Instant christmas = at("2026-12-25T10:00", "America/New_York");
        assertThat(deskClosed("en", christmas)).as(deskClosed("en", christmas)).startsWith("Our front desk is closed right now. Today, Christmas Day, we are"
                + " closed. We open again on Monday, December 28, at 8 AM.");
        assertThat(deskClosed("en", christmas)).as("no weekly hours on a holiday").doesNotContain("Monday to Friday");
        assertThat(hours("en", christmas)).as(hours("en", christmas)).startsWith("Today, Christmas Day, we are closed. We open again on Monday,"
                + " December 28, at 8 AM. Our usual hours are Monday to Friday, 8 AM to 7 PM.");
        assertThat(hours("es", christmas)).as(hours("es", christmas)).startsWith("Hoy, Navidad, estamos cerrados. Abrimos otra vez el lunes 28 de"
                + " diciembre, a las 8 de la mañana.");
    }

    @Test
    void onChristmasEveTheShortDayIsNamedAndSaidOpenOrClosed() throws Exception {
        String morning = hours("en", at("2026-12-24T10:00", "America/New_York"));
        assertThat(morning).as(morning).startsWith("We are open now. Today, Christmas Eve, our hours are 8 AM to 1 PM.");
        String afternoon = hours("en", at("2026-12-24T13:00", "America/New_York"));
        assertThat(afternoon).as(afternoon).startsWith("We are closed right now. Today, Christmas Eve, our hours are 8 AM to 1 PM."
                + " We open again on Monday, December 28, at 8 AM.");
    }

    @ParameterizedTest(name = "{0} in New York: {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-04T07:59 | We are closed right now. Today's hours are 8 AM to 7 PM. Our usual",
            "2026-03-04T08:00 | We are open now. Today's hours are 8 AM to 7 PM. Our usual",
            "2026-03-04T18:59 | We are open now. Today's hours are 8 AM to 7 PM.",
            "2026-03-04T19:00 | We are closed right now. Today's hours are 8 AM to 7 PM. We open again tomorrow at 8 AM.",
            "2026-03-06T19:00 | We are closed right now. Today's hours are 8 AM to 7 PM. We open again on Monday, March 9, at 8 AM.",
            "2026-03-07T12:00 | We are closed today. We open again on Monday, March 9, at 8 AM.",
            "2026-03-08T12:00 | We are closed today. We open again tomorrow at 8 AM.",
    })
    void theMinuteOfOpeningAndClosingAndTheNextOpening(String local, String expected) throws Exception {
        String said = hours("en", at(local, "America/New_York"));
        assertThat(said).as(said).startsWith(expected.strip());
    }

    @Test
    void bothDaylightSavingChangesKeepTheClinicsWallClock() throws Exception {
        // Sunday 8 March 2026: clocks spring forward at 2 AM; Monday opens at 8 AM New York time, 12:00 UTC
        assertThat(hours("en", Instant.parse("2026-03-09T11:59:00Z"))).startsWith("We are closed right now.");
        assertThat(hours("en", Instant.parse("2026-03-09T12:00:00Z"))).startsWith("We are open now.");
        // Sunday 1 November 2026: clocks fall back at 2 AM; Monday opens at 8 AM New York time, 13:00 UTC
        assertThat(hours("en", Instant.parse("2026-11-02T12:59:00Z"))).startsWith("We are closed right now.");
        assertThat(hours("en", Instant.parse("2026-11-02T13:00:00Z"))).startsWith("We are open now.");
        String saturdayNight = hours("en", Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(saturdayNight).as(saturdayNight).contains("We open again on Monday, November 2, at 8 AM.");
    }

    @Test
    void aClinicInAnotherTimeZoneIsOpenByItsOwnClock(@TempDir Path temp) throws Exception {
        Prompts losAngeles = TestLine.load(PromptsCopy.in(temp)
                .edit("clinic.yaml", "time_zone: America/New_York", "time_zone: America/Los_Angeles").dir());
        Instant nineInNewYork = at("2026-03-04T09:00", "America/New_York"); // 6 AM in Los Angeles
        assertThat(heard(losAngeles, "en", nineInNewYork, Input.keys("5"))).startsWith("We are closed right now.");
        assertThat(heard(SHIPPED, "en", nineInNewYork, Input.keys("5"))).startsWith("We are open now.");
        Instant eightInLosAngeles = at("2026-03-04T08:00", "America/Los_Angeles");
        assertThat(heard(losAngeles, "en", eightInLosAngeles, Input.keys("5"))).startsWith("We are open now.");
    }

    @Test
    void spanishCallersHearTheHoursInSpanish() throws Exception {
        String open = hours("es", at("2026-03-04T13:30", "America/New_York"));
        assertThat(open).as(open).startsWith("Estamos abiertos ahora. Hoy abrimos de las 8 de la mañana a las 7 de la noche.");
        String sunday = deskClosed("es", at("2026-03-08T12:00", "America/New_York"));
        assertThat(sunday).as(sunday).startsWith("Nuestra recepción está cerrada en este momento. Hoy estamos cerrados. Abrimos otra"
                + " vez mañana a las 8 de la mañana.");
    }

    @Test
    void aSpecialDayWithoutANameIsSaidAsAnOrdinaryDay(@TempDir Path temp) throws Exception {
        Prompts unnamed = TestLine.load(PromptsCopy.in(temp)
                .edit("clinic.yaml", "2026-12-25: closed, Christmas Day, Navidad", "2026-12-25: closed").dir());
        String said = heard(unnamed, "en", at("2026-12-25T10:00", "America/New_York"), Input.keys("5"));
        assertThat(said).as(said).startsWith("We are closed today. We open again on Monday, December 28, at 8 AM.");
        assertThat(said.indexOf("Christmas")).isEqualTo(-1);
    }
}
