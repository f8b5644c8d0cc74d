package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.AssertionsForClassTypes.assertThatExceptionOfType;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DATABASE_URL in the forms hosts give it, and the embedded default. */
class DatabaseTest {

    @Test
    void herokusPostgresUrlBecomesJdbcWithItsUserAndPassword() {
        Database db = Database.postgres("postgres://u1:p%40ss@ec2-1-2-3-4.compute.amazonaws.com:5432/d9?sslmode=require");
        assertThat(db.url()).isEqualTo("jdbc:postgresql://ec2-1-2-3-4.compute.amazonaws.com:5432/d9?sslmode=require");
        assertThat(db.user()).isEqualTo("u1");
        assertThat(db.password()).isEqualTo("p@ss");
        assertThat(db.isPostgres()).isTrue();
        assertThat(db.describe()).doesNotContain("p@ss");
    }

    @Test
    void aJdbcUrlIsUsedAsItIs() {
        Database db = Database.postgres("jdbc:postgresql://localhost/clinic?user=a&password=secret");
        assertThat(db.url()).isEqualTo("jdbc:postgresql://localhost/clinic?user=a&password=secret");
        assertThat(db.describe()).isEqualTo("jdbc:postgresql://localhost/clinic?user=a&password=***");
    }

    @Test
    void withoutDatabaseUrlMessagesGoToAFileUnderTheDataFolder() {
        Database db = Database.of(Optional.empty(), Path.of("/srv/data"));
        assertThat(db.url()).as(db.url()).startsWith("jdbc:h2:file:/srv/data/messages");
        assertThat(db.isPostgres()).isFalse();
    }

    @Test
    void otherUrlsAreRefusedWithTheFormToUse() {
        IllegalArgumentException e = assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Database.postgres("mysql://u:p@host/db")).actual();
        assertThat(e.getMessage()).contains("postgres://user:password@host:5432/clinic");
    }
}
