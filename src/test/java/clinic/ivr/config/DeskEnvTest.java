package clinic.ivr.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(Path.of("data"), env.dataDir());
        assertEquals(Optional.empty(), env.databaseUrl());
        assertEquals(Optional.empty(), env.staffPassword());
        assertFalse(env.textsConfigured());
    }

    @Test
    void textsNeedTheAccountItsTokenAndASender() {
        assertTrue(Env.from(Map.of("TWILIO_ACCOUNT_SID", SID, "TWILIO_AUTH_TOKEN", "t", "TWILIO_SMS_FROM", "+16465550100"))
                .textsConfigured());
        assertFalse(Env.from(Map.of("TWILIO_ACCOUNT_SID", SID, "TWILIO_SMS_FROM", "+16465550100")).textsConfigured());
        assertTrue(Env.from(Map.of("TWILIO_ACCOUNT_SID", SID, "TWILIO_AUTH_TOKEN", "t",
                "TWILIO_SMS_FROM", "MG0123456789abcdef0123456789abcdef")).textsConfigured());
    }

    @Test
    void theStaffPasswordIsTakenExactlyAsSet() {
        assertEquals(Optional.of(" pass word two "), Env.from(Map.of("STAFF_PASSWORD", " pass word two ")).staffPassword());
    }

    @Test
    void aStaffPasswordShorterThanTwelveCharactersIsRefusedWithAClearMessage() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> Env.from(Map.of("STAFF_PASSWORD", "frontdesk26"))).getMessage();
        assertTrue(message.startsWith("STAFF_PASSWORD is too short: it must be at least 12 characters"), message);
        assertEquals(Optional.of("frontdesk262"), Env.from(Map.of("STAFF_PASSWORD", "frontdesk262")).staffPassword());
        assertEquals(Optional.of("ñandú ñandú!"), Env.from(Map.of("STAFF_PASSWORD", "ñandú ñandú!")).staffPassword(),
                "characters are counted, not bytes");
    }

    @Test
    void herokuWithoutADatabaseKeepsMessagesOnAThrowawayDisk() {
        assertTrue(Env.from(Map.of("DYNO", "web.1")).messagesOnThrowawayDisk());
        assertFalse(Env.from(Map.of("DYNO", "web.1", "DATABASE_URL", "postgres://u:p@h:5432/d")).messagesOnThrowawayDisk());
        assertFalse(Env.from(Map.of()).messagesOnThrowawayDisk());
    }

    @Test
    void badValuesNameTheVariable() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Env.from(Map.of("DATABASE_URL", "mysql://x/y")))
                .getMessage().startsWith("DATABASE_URL"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Env.from(Map.of("TWILIO_SMS_FROM", "646-555")))
                .getMessage().startsWith("TWILIO_SMS_FROM"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Env.from(Map.of("TWILIO_ACCOUNT_SID", "AC1")))
                .getMessage().startsWith("TWILIO_ACCOUNT_SID"));
        assertEquals(Optional.of("postgres://u:p@h:5432/d"),
                Env.from(Map.of("DATABASE_URL", "postgres://u:p@h:5432/d")).databaseUrl());
    }
}
