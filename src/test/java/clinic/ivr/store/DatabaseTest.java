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

    @Test
    void aUrlWithoutPortPasswordOrUserIsReadAsItIs() {
        Database db = Database.postgres("  postgresql://clinic@db.internal/ivr  ");
        assertThat(db.url()).isEqualTo("jdbc:postgresql://db.internal/ivr");
        assertThat(db.user()).isEqualTo("clinic");
        assertThat(db.password()).isEmpty();
        Database bare = Database.of(Optional.of("postgres://db.internal:6432/ivr"), Path.of("/srv/data"));
        assertThat(bare.url()).isEqualTo("jdbc:postgresql://db.internal:6432/ivr");
        assertThat(bare.user()).isEmpty();
        assertThat(bare.password()).isEmpty();
    }

    @Test
    void aUrlWithoutAHostOrADatabaseNameOrThatIsNoUrlIsRefusedWithWhatIsMissing() {
        for (String missing : new String[] {"postgres://u:p@host:5432/", "postgres://u:p@host:5432", "postgres:///clinic"}) {
            assertThatExceptionOfType(IllegalArgumentException.class).as(missing).isThrownBy(() -> Database.postgres(missing))
                    .withMessageContaining("needs a host and a database name");
        }
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Database.postgres("postgres://host/clinic db"))
                .withMessageStartingWith("DATABASE_URL is not a valid URL");
    }

    @Test
    void theLogsNeverShowAPasswordWhateverItsCase() {
        Database db = new Database("jdbc:postgresql://h/clinic?sslmode=require&PASSWORD=s3cret&user=a", "", "");
        assertThat(db.toString()).isEqualTo("jdbc:postgresql://h/clinic?sslmode=require&PASSWORD=***&user=a");
        assertThat(Database.embedded(Path.of("/srv/data")).url()).as("each commit on the disk, no trace file")
                .contains(";WRITE_DELAY=0").contains(";TRACE_LEVEL_FILE=0");
    }

    @Test
    void aOneLetterDatabaseNameIsAName() {
        assertThat(Database.postgres("postgres://u:p@h/d").url()).isEqualTo("jdbc:postgresql://h/d");
    }
}
