package clinic.ivr.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.Graceful;

/**
 * Lets the server stop only when no answer is in progress. Unlike Jetty's GracefulHandler it never
 * refuses a request that still arrives on an open connection while stopping (a 503 is dead air for
 * a caller): it answers it, and the stopping connector closes the connection after that answer.
 *
 * <p>One request is not taken in: one that arrives on a connection whose output the stopping
 * connector has already shut (its last answer went out as keep-alive just before the stop began).
 * Its answer could never be delivered, so the line does not act on it; to the client that is the
 * usual race of a closing keep-alive connection, and Twilio falls back as for any failed request.
 */
final class DrainingHandler extends Handler.Wrapper implements Graceful {

    private final AtomicLong inFlight = new AtomicLong();
    private volatile CompletableFuture<Void> drained;

    DrainingHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getConnectionMetaData().getConnection().getEndPoint().isOutputShutdown()) {
            callback.failed(new EofException("connection closing: request not taken in"));
            return true;
        }
        inFlight.incrementAndGet();
        Callback counted = Callback.from(callback, this::done);
        boolean handled;
        try {
            handled = super.handle(request, response, counted);
        } catch (Throwable t) {
            done();
            throw t;
        }
        if (!handled) {
            done();
        }
        return handled;
    }

    @Override
    public synchronized CompletableFuture<Void> shutdown() {
        if (drained == null) {
            drained = new CompletableFuture<>();
            check();
        }
        return drained;
    }

    @Override
    public boolean isShutdown() {
        return drained != null;
    }

    private void done() {
        inFlight.decrementAndGet();
        check();
    }

    private void check() {
        CompletableFuture<Void> future = drained;
        if (future != null && inFlight.get() == 0) {
            future.complete(null);
        }
    }
}
