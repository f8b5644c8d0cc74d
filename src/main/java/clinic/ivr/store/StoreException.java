package clinic.ivr.store;

/** The store could not do what it was asked; the message is kept elsewhere and tried again. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
