package clinic.ivr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads when the store fails: what was being done, where, and the SQL state; whether
 * the message itself was refused (set aside) or the store is down (tried again); never the values the
 * database quoted, however deep in the causes.
 */
class StoreExceptionTest {

    @Test
    void aValueTheDatabaseRefusesIsSetAsideAndAnythingElseIsTriedAgain() {
        assertThat(StoreException.of("x", "y", new SQLException("duplicate", "23505")).refused()).isTrue();
        assertThat(StoreException.of("x", "y", new SQLException("too long", "22001")).refused()).isTrue();
        assertThat(StoreException.of("x", "y", new SQLException("lost", "08006")).refused()).isFalse();
        assertThat(StoreException.of("x", "y", new SQLException("deadlock", "40P01")).refused()).isFalse();
        assertThat(new StoreException("neither took it", null).refused()).isFalse();
    }

    @Test
    void itSaysWhatWasBeingDoneWhereAndTheStateEvenWhenTheDatabaseGaveNone() {
        StoreException e = StoreException.of("store the message RE1", "jdbc:h2:mem:x", new SQLException("boom", null, 42));
        assertThat(e.getMessage()).isEqualTo("could not store the message RE1 in jdbc:h2:mem:x: SQL state unknown, error 42");
        assertThat(e.refused()).isFalse();
        assertThat(StoreException.of("count", "db", new SQLException("boom", "57014", 7)).getMessage())
                .isEqualTo("could not count in db: SQL state 57014, error 7");
    }

    @Test
    void noCauseInTheChainQuotesTheDatabase() {
        SQLException quoted = new SQLException("Value too long: '+12125550147'", "22001",
                new IllegalStateException("caller +12125550147 said 'call me'"));
        StoreException e = StoreException.of("store", "db", quoted);
        assertThat(e.getCause().getMessage()).isEqualTo(SQLException.class.getName());
        assertThat(e.getCause().getStackTrace()).isEqualTo(quoted.getStackTrace());
        assertThat(e.getCause().getCause().getMessage()).isEqualTo(IllegalStateException.class.getName());
        assertThat(e.getCause().getCause().getCause()).isNull();
        assertThat(new StoreException("neither took it", null).getCause()).isNull();
    }
}
