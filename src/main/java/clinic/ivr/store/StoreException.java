package clinic.ivr.store;

import java.sql.SQLException;

/**
 * The store could not do what it was asked; the message is kept elsewhere and tried again. Its
 * text never quotes the database's own message, which can hold the value it refused (a caller's
 * number or words): only what was being done and the SQL state.
 */
public final class StoreException extends RuntimeException {

    private final boolean refused;

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreException(String message, Throwable cause, boolean refused) {
        super(message, cause == null ? null : new Redacted(cause));
        this.refused = refused;
    }

    /**
     * From a database error: SQL state class 22 (data exception) or 23 (integrity constraint) means the
     * store refused this message's own data, which no retry will change; anything else means the store
     * is unavailable for now.
     */
    public static StoreException of(String what, String where, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean refused = state.startsWith("22") || state.startsWith("23");
        return new StoreException("could not " + what + " in " + where + ": SQL state "
                + (state.isEmpty() ? "unknown" : state) + ", error " + e.getErrorCode(), e, refused);
    }

    /** The store refused the message itself (its data), as opposed to being unavailable. */
    public boolean refused() {
        return refused;
    }

    /**
     * The cause's class and stack, without its message: a stack trace logged with this exception
     * cannot leak what the database quoted.
     */
    private static final class Redacted extends RuntimeException {
        Redacted(Throwable cause) {
            super(cause.getClass().getName(), cause.getCause() == null ? null : new Redacted(cause.getCause()));
            setStackTrace(cause.getStackTrace());
        }
    }
}
