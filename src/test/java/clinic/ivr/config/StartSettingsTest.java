package clinic.ivr.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an operator sets at start: the port, the clock for trials, where texts come from, how long records stay. */
class StartSettingsTest {

    @Test
    void theLineListensOn8080UnlessAPortFromZeroTo65535IsSet() {
        assertThat(Env.from(Map.of()).port()).isEqualTo(8080);
        assertThat(Env.from(Map.of("PORT", " ")).port()).isEqualTo(8080);
        assertThat(Env.from(Map.of("PORT", " 5000 ")).port()).isEqualTo(5000);
        assertThat(Env.from(Map.of("PORT", "0")).port()).as("any free port").isZero();
        assertThat(Env.from(Map.of("PORT", "65535")).port()).isEqualTo(65535);
        for (String bad : new String[] {"-1", "65536", "web"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> Env.from(Map.of("PORT", bad)))
                    .withMessage("PORT must be a number from 0 to 65535, not \"" + bad + "\"");
        }
    }

    @Test
    void aFixedClockForTrialsIsAnIsoInstant() {
        assertThat(Env.from(Map.of()).now()).isEmpty();
        assertThat(Env.from(Map.of("IVR_NOW", "2026-03-02T14:30:00Z")).now())
                .contains(Instant.parse("2026-03-02T14:30:00Z"));
        assertThatIllegalArgumentException().isThrownBy(() -> Env.from(Map.of("IVR_NOW", "Monday 2:30pm")))
                .withMessageStartingWith("IVR_NOW must be an ISO-8601 instant");
    }

    @Test
    void withoutAnAuthTokenTheLineRunsInLocalTrialMode() {
        assertThat(Env.from(Map.of()).trialMode()).isTrue();
        assertThat(Env.from(Map.of("TWILIO_AUTH_TOKEN", "  ")).trialMode()).as("a blank token is no token").isTrue();
        assertThat(Env.from(Map.of("TWILIO_AUTH_TOKEN", "tok")).trialMode()).isFalse();
    }

    @Test
    void anEmptyStaffPasswordLeavesTheStaffPagesOffRatherThanStoppingTheStart() {
        assertThat(Env.from(Map.of("STAFF_PASSWORD", "")).staffPassword()).isEmpty();
    }

    @Test
    void textsAreSentFromTheNumberOrMessagingServiceAsSet() {
        assertThat(Env.from(Map.of("TWILIO_SMS_FROM", " +16465550100 ")).smsFrom()).contains("+16465550100");
        assertThat(Env.from(Map.of("TWILIO_SMS_FROM", "MG0123456789abcdef0123456789abcdef")).smsFrom())
                .contains("MG0123456789abcdef0123456789abcdef");
    }

    @Test
    void theTwilioAddressIsAnHttpUrlWithoutQueryOrFragment() {
        assertThat(Env.from(Map.of("TWILIO_API_BASE", "https://api.example.test")).twilioApiBase())
                .isEqualTo("https://api.example.test");
        for (String bad : new String[] {"ftp://api.example.test", "https:///nohost", "https://api.example.test/?a=1",
                "https://api.example.test/#top", "https://api example"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> Env.from(Map.of("TWILIO_API_BASE", bad)))
                    .withMessage("TWILIO_API_BASE must be an https URL such as https://api.twilio.com, not \"" + bad + "\"");
        }
    }

    @Test
    void recordsAreKeptFromOneDayToTenYears() {
        assertThat(Env.from(Map.of("RETENTION_DAYS", "1")).retentionDays()).isEqualTo(1);
        assertThat(Env.from(Map.of("RETENTION_DAYS", "3660")).retentionDays()).isEqualTo(3660);
        assertThatIllegalArgumentException().isThrownBy(() -> Env.from(Map.of("RETENTION_DAYS", "3661")))
                .withMessageStartingWith("RETENTION_DAYS must be a number of days from 1 to 3660");
    }

    @Test
    void thePostgresUrlMayBeGivenInJdbcForm() {
        assertThat(Env.from(Map.of("DATABASE_URL", "jdbc:postgresql://h:5432/clinic")).databaseUrl())
                .isEqualTo(Optional.of("jdbc:postgresql://h:5432/clinic"));
    }

    @Test
    void theTwilioAccountNamedInALogLineShowsWhereAndWhoButNotTheSecret() {
        TwilioApi api = new TwilioApi(java.net.URI.create("https://api.twilio.com"), "AC1", "SK1", "secret");
        assertThat(api).hasToString("TwilioApi[https://api.twilio.com, AC1, SK1]");
    }
}
