package clinic.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the tests use (TEST_DATABASE_URL, which .ci/run sets): skipped where it is not set
 * locally, a failure in CI. Tests drop its tables: give each checkout its own database.
 */
public final class TestDatabase {

    /** Schemas handed out so far in this JVM, which runs test classes side by side. */
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private TestDatabase() {}

    /**
     * TEST_DATABASE_URL, emptied of the line's tables, as a fresh deploy finds it: a schema of its own in that
     * database, made anew, so that test classes running side by side never share tables.
     */
    public static String freshPostgres() throws Exception {
        String url = System.getenv("TEST_DATABASE_URL");
        Assumptions.assumeTrue(url != null || "true".equals(System.getenv("CI")),
                "TEST_DATABASE_URL is not set: PostgreSQL is not here (.ci/run starts one)");
        assertThat(url).as("CI must run against PostgreSQL: .ci/run sets TEST_DATABASE_URL").isNotNull();
        String schema = "test_" + System.getProperty("clinic.test.fork", "1").replaceAll("[^A-Za-z0-9]", "") + "_"
                + SCHEMAS.incrementAndGet();
        Database db = Database.postgres(url);
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            // one statement, one commit: each commit waits for PostgreSQL's log to reach the disk
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
