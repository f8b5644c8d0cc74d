package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The line's own secrets: random, one per name, the same for every instance and after a restart. */
class SharedSecretsTest {

    final ConnectionPool pool = ConnectionPool.open(
            new Database("jdbc:h2:mem:secrets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void eachNameHasItsOwnRandomSecretKeptForTheNextStart() {
        byte[] forms = new SharedSecrets(pool).get("staff-forms");
        byte[] salt = new SharedSecrets(pool).get(SqlCallStore.CALLER_SALT);
        assertThat(forms).hasSize(32).isNotEqualTo(new byte[32]);
        assertThat(salt).hasSize(32).isNotEqualTo(forms);
        assertThat(new SharedSecrets(pool).get("staff-forms")).as("after a restart").isEqualTo(forms);
    }

    @Test
    void aSecretTheDatabaseCannotKeepIsAnErrorNotAnEmptySecret() {
        assertThatThrownBy(() -> new SharedSecrets(pool).get("x".repeat(100))).isInstanceOf(StoreException.class)
                .hasMessageContaining("read the secret");
    }
}
