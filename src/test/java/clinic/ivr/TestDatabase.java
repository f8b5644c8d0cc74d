package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the tests use (TEST_DATABASE_URL, which .ci/run sets): skipped where it is not set
 * locally, a failure in CI. Tests drop its tables: give each checkout its own database.
 */
public final class TestDatabase {

    private TestDatabase() {}

    /**
     * TEST_DATABASE_URL, emptied of the line's tables, as a fresh deploy finds it. Each test JVM (the build
     * runs two at once) has a schema of its own in that database.
     */
    public static String freshPostgres() throws Exception {
        String url = System.getenv("TEST_DATABASE_URL");
        Assumptions.assumeTrue(url != null || "true".equals(System.getenv("CI")),
                "TEST_DATABASE_URL is not set: PostgreSQL is not here (.ci/run starts one)");
        assertThat(url).as("CI must run against PostgreSQL: .ci/run sets TEST_DATABASE_URL").isNotNull();
        String schema = "test_" + System.getProperty("clinic.test.fork", "1").replaceAll("[^A-Za-z0-9]", "");
        Database db = Database.postgres(url);
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            // one statement, one commit: each commit waits for PostgreSQL's log to reach the disk
            s.execute("DROP TABLE IF EXISTS " + Stream.of("messages", "schema_version", "line_secrets", "recording_copies",
                    "calls", "call_events", "call_day_endings", "call_day_hours", "call_day_topics", "call_day_callers",
                    "call_lock", "prompt_files", "prompt_versions", "prompt_lock", "clinic_closures")
                    .map(table -> schema + "." + table).collect(Collectors.joining(", ")));
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
