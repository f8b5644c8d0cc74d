package clinic.ivr.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to reach the store's database: a JDBC URL with its user and password.
 *
 * @param url      the JDBC URL
 * @param user     the user, empty for none
 * @param password the password, empty for none
 */
public record Database(String url, String user, String password) {

    /** The file under DATA_DIR the embedded database keeps its messages in. */
    public static final String FILE = "messages";

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** DATABASE_URL if set, else the embedded file under DATA_DIR. */
    public static Database of(Optional<String> databaseUrl, Path dataDir) {
        return databaseUrl.map(Database::postgres).orElseGet(() -> embedded(dataDir));
    }

    /**
     * An embedded H2 database in a folder. AUTO_SERVER is off on purpose: one process owns the file;
     * several instances share PostgreSQL instead. WRITE_DELAY=0: a commit is written to the file before
     * it returns (H2 would otherwise write it about a second later, and a crash in between loses it).
     * TRACE_LEVEL_FILE=0: no trace file, which would quote the values of failed statements.
     * CACHE_SIZE=4096: a 4 MB page cache (H2's default is 16 MB of a heap the Procfile keeps small).
     */
    public static Database embedded(Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().resolve(FILE).toString().replace('\\', '/');
        return new Database("jdbc:h2:file:" + path
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;CACHE_SIZE=4096", "sa", "");
    }

    /**
     * PostgreSQL from a JDBC URL (jdbc:postgresql://host/db?user=..) or Heroku's form
     * postgres://user:password@host:port/db, which JDBC does not read as it is.
     */
    public static Database postgres(String databaseUrl) {
        String u = databaseUrl.trim();
        if (u.startsWith("jdbc:postgresql:")) {
            return new Database(u, "", "");
        }
        if (!(u.startsWith("postgres://") || u.startsWith("postgresql://"))) {
            throw new IllegalArgumentException("DATABASE_URL must be a PostgreSQL URL such as"
                    + " postgres://user:password@host:5432/clinic or jdbc:postgresql://host:5432/clinic");
        }
        try {
            URI uri = new URI(u);
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new IllegalArgumentException("DATABASE_URL needs a host and a database name, such as"
                        + " postgres://user:password@host:5432/clinic");
            }
            String user = "";
            String password = "";
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
            }
            String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new Database("jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query, user, password);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL: " + e.getMessage());
        }
    }

    /** The URL without its password, for logs. */
    public String describe() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return describe();
    }
}
