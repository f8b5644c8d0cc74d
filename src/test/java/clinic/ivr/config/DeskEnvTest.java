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
}
