package clinic.ivr.versions;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.PromptsCopy;
import clinic.ivr.TestLine;
import clinic.ivr.prompts.Problem;
import clinic.ivr.store.ConnectionPool;
import clinic.ivr.store.Database;
import clinic.ivr.store.PromptVersionStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A line starting while its database is out of reach: the prompts folder answers, or its problems are said. */
class StartingWithoutTheDatabaseTest {

    @TempDir
    Path temp;

    static PhoneWords startWithoutDatabase(ConnectionPool pool, Path folder) throws SQLException {
        try (Connection c = pool.connection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE prompt_versions RENAME TO prompt_versions_away");
        }
        return PhoneWords.start(new PromptVersionStore(pool), TestLine.validator(), folder,
                Clock.fixed(FollowingVersionsTest.NOW, ZoneOffset.UTC), Duration.ofHours(1));
    }

    static ConnectionPool pool() {
        return ConnectionPool.open(new Database("jdbc:h2:mem:start-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Test
    void aBrokenFolderIsNotUsedAndItsProblemsAreSaid() throws Exception {
        Path folder = PromptsCopy.of(temp.resolve("prompts"));
        PromptsCopy.replace(folder.resolve("en/line.txt"), "${clinic.name}.", "${clinic.nam}.");
        try (ConnectionPool pool = pool(); PhoneWords words = startWithoutDatabase(pool, folder)) {
            assertThat(words.live().current()).as("every call gets the safe answer").isEmpty();
            assertThat(words.live().problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("clinic.nam"));
            assertThat(words.problems()).singleElement().asString().contains("calls are answered with the safe answer");
        }
    }
}
