package clinic.ivr.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The front desk's environment variables: defaults, and bad values stopping the start with their name. */
class DeskEnvTest {

    static final String SID = "AC0123456789abcdef0123456789abcdef";

    @Test
    void defaultsKeepMessagesInTheDataFolderWithTextsAndStaffPagesOff() {
        Env env = Env.from(Map.of());
        assertThat(env.dataDir()).isEqualTo(Path.of("data"));
        assertThat(env.databaseUrl()).isEqualTo(Optional.empty());
        assertThat(env.staffPassword()).isEqualTo(Optional.empty());
        assertThat(env.textsConfigured()).isFalse();
    }

    @Test
    void textsNeedTheAccountItsTokenAndASender() {
        assertThat(Env.from(Map.of("TWILIO_ACCOUNT_SID", SID, "TWILIO_AUTH_TOKEN", "t", "TWILIO_SMS_FROM", "+16465550100"))
                .textsConfigured()).isTrue();
        assertThat(Env.from(Map.of("TWILIO_ACCOUNT_SID", SID, "TWILIO_SMS_FROM", "+16465550100")).textsConfigured()).isFalse();
        assertThat(Env.from(Map.of("TWILIO_ACCOUNT_SID", SID, "TWILIO_AUTH_TOKEN", "t",
                "TWILIO_SMS_FROM", "MG0123456789abcdef0123456789abcdef")).textsConfigured()).isTrue();
    }

    @Test
    void theStaffPasswordIsTakenExactlyAsSet() {
        assertThat(Env.from(Map.of("STAFF_PASSWORD", " pass word two ")).staffPassword()).isEqualTo(Optional.of(" pass word two "));
    }

    @Test
    void aStaffPasswordShorterThanTwelveCharactersIsRefusedWithAClearMessage() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> Env.from(Map.of("STAFF_PASSWORD", "frontdesk26"))).getMessage();
        assertThat(message).as(message).startsWith("STAFF_PASSWORD is too short: it must be at least 12 characters");
        assertThat(Env.from(Map.of("STAFF_PASSWORD", "frontdesk262")).staffPassword()).isEqualTo(Optional.of("frontdesk262"));
        assertThat(Env.from(Map.of("STAFF_PASSWORD", "ñandú ñandú!")).staffPassword()).as("characters are counted, not bytes").isEqualTo(Optional.of("ñandú ñandú!"));
    }

    @Test
    void herokuWithoutADatabaseKeepsMessagesOnAThrowawayDisk() {
        assertThat(Env.from(Map.of("DYNO", "web.1")).messagesOnThrowawayDisk()).isTrue();
        assertThat(Env.from(Map.of("DYNO", "web.1", "DATABASE_URL", "postgres://u:p@h:5432/d")).messagesOnThrowawayDisk()).isFalse();
        assertThat(Env.from(Map.of()).messagesOnThrowawayDisk()).isFalse();
    }

    @Test
    void badValuesNameTheVariable() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> Env.from(Map.of("DATABASE_URL", "mysql://x/y")))
                .getMessage()).startsWith("DATABASE_URL");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Env.from(Map.of("TWILIO_SMS_FROM", "646-555")))
                .getMessage()).startsWith("TWILIO_SMS_FROM");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Env.from(Map.of("TWILIO_ACCOUNT_SID", "AC1")))
                .getMessage()).startsWith("TWILIO_ACCOUNT_SID");
        assertThat(Env.from(Map.of("DATABASE_URL", "postgres://u:p@h:5432/d")).databaseUrl()).isEqualTo(Optional.of("postgres://u:p@h:5432/d"));
    }

    @Test
    void theStaffsPlayerUsesTheAccountWithItsTokenOrWithAnApiKeyAtTwiliosOwnAddressUnlessTold() {
        assertThat(Env.from(Map.of()).twilioApi()).as("no account: no player").isEmpty();
        assertThat(Env.from(Map.of("TWILIO_ACCOUNT_SID", SID)).twilioApi()).as("no credentials: no player").isEmpty();
        TwilioApi token = Env.from(Map.of("TWILIO_ACCOUNT_SID", SID, "TWILIO_AUTH_TOKEN", "tok")).twilioApi().orElseThrow();
        assertThat(token.base()).hasToString("https://api.twilio.com");
        assertThat(token.user()).isEqualTo(SID);
        assertThat(token.secret()).isEqualTo("tok");
        assertThat(token.recording("RE1")).hasToString("https://api.twilio.com/2010-04-01/Accounts/" + SID + "/Recordings/RE1.mp3");
        assertThat(token.toString()).as("the secret never in a log line").doesNotContain("tok");

        String key = "SK0123456789abcdef0123456789abcdef";
        TwilioApi api = Env.from(Map.of("TWILIO_ACCOUNT_SID", SID, "TWILIO_AUTH_TOKEN", "tok", "TWILIO_API_KEY", key,
                "TWILIO_API_SECRET", "sec", "TWILIO_API_BASE", "http://127.0.0.1:8089/")).twilioApi().orElseThrow();
        assertThat(api.user()).as("an API key wins over the auth token").isEqualTo(key);
        assertThat(api.secret()).isEqualTo("sec");
        assertThat(api.base()).hasToString("http://127.0.0.1:8089");
    }

    @Test
    void retentionIsNinetyDaysUnlessSet() {
        assertThat(Env.from(Map.of()).retentionDays()).isEqualTo(90);
        assertThat(Env.from(Map.of("RETENTION_DAYS", "30")).retentionDays()).isEqualTo(30);
    }

    @Test
    void badPlayerAndRetentionSettingsNameTheVariable() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> Env.from(Map.of("TWILIO_API_BASE", "api.twilio.com")))
                .getMessage()).startsWith("TWILIO_API_BASE");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Env.from(Map.of("TWILIO_API_KEY", "key")))
                .getMessage()).startsWith("TWILIO_API_KEY");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Env.from(Map.of("TWILIO_API_KEY",
                "SK0123456789abcdef0123456789abcdef"))).getMessage()).startsWith("TWILIO_API_KEY and TWILIO_API_SECRET go together");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Env.from(Map.of("RETENTION_DAYS", "0")))
                .getMessage()).startsWith("RETENTION_DAYS");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Env.from(Map.of("RETENTION_DAYS", "ninety")))
                .getMessage()).startsWith("RETENTION_DAYS");
    }
}
