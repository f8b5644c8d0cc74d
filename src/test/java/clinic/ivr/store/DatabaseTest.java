package clinic.ivr.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DATABASE_URL in the forms hosts give it, and the embedded default. */
class DatabaseTest {

    @Test
    void herokusPostgresUrlBecomesJdbcWithItsUserAndPassword() {
        Database db = Database.postgres("postgres://u1:p%40ss@ec2-1-2-3-4.compute.amazonaws.com:5432/d9?sslmode=require");
        assertEquals("jdbc:postgresql://ec2-1-2-3-4.compute.amazonaws.com:5432/d9?sslmode=require", db.url());
        assertEquals("u1", db.user());
        assertEquals("p@ss", db.password());
        assertTrue(db.isPostgres());
        assertFalse(db.describe().contains("p@ss"));
    }

    @Test
    void aJdbcUrlIsUsedAsItIs() {
        Database db = Database.postgres("jdbc:postgresql://localhost/clinic?user=a&password=secret");
        assertEquals("jdbc:postgresql://localhost/clinic?user=a&password=secret", db.url());
        assertEquals("jdbc:postgresql://localhost/clinic?user=a&password=***", db.describe());
    }

    @Test
    void withoutDatabaseUrlMessagesGoToAFileUnderTheDataFolder() {
        Database db = Database.of(Optional.empty(), Path.of("/srv/data"));
        assertTrue(db.url().startsWith("jdbc:h2:file:/srv/data/messages"), db.url());
        assertFalse(db.isPostgres());
    }

    @Test
    void otherUrlsAreRefusedWithTheFormToUse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Database.postgres("mysql://u:p@host/db"));
        assertTrue(e.getMessage().contains("postgres://user:password@host:5432/clinic"));
    }
}
