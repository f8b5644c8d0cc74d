package clinic.ivr.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

/**
 * Random secrets the line's instances share through their database (such as the key of the staff
 * forms' tokens, so a page served by one instance can be posted to another behind a load balancer).
 * Made once, by whichever instance asks first; never derived from anything an attacker could know.
 */
public final class SharedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConnectionPool pool;

    /** @param pool the message store's database, whose {@link Schema} has the secrets' table */
    public SharedSecrets(ConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * The secret of that name, made now if no instance has made it yet.
     *
     * @throws StoreException when the database cannot be reached
     */
    public byte[] get(String name) {
        try (Connection c = pool.connection()) {
            Optional<byte[]> existing = read(c, name);
            if (existing.isPresent()) {
                return existing.get();
            }
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO line_secrets (name, secret) VALUES (?, ?)")) {
                p.setString(1, name);
                p.setString(2, Base64.getEncoder().encodeToString(fresh));
                p.executeUpdate();
                return fresh;
            } catch (SQLException raced) {
                // another instance made it at the same moment: use theirs
                return read(c, name).orElseThrow(() -> raced);
            }
        } catch (SQLException e) {
            throw StoreException.of("read the secret " + name, pool.database().describe(), e);
        }
    }

    private static Optional<byte[]> read(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT secret FROM line_secrets WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(Base64.getDecoder().decode(r.getString(1))) : Optional.empty();
            }
        }
    }
}
