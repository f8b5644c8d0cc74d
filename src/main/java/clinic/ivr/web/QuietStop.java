package clinic.ivr.web;

import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.util.component.Graceful;

/**
 * Part of the graceful stop: done only once the connector has had no connection at all for a
 * quiet period. Jetty's own check can pass in the instant between accepting a last connection and
 * registering it; the server would then stop under that request and cut its answer.
 */
final class QuietStop implements Graceful {

    static final long QUIET_MS = 100;
    private static final long POLL_MS = 10;

    private final AbstractConnector connector;
    private volatile CompletableFuture<Void> done;

    QuietStop(AbstractConnector connector) {
        this.connector = connector;
    }

    @Override
    public synchronized CompletableFuture<Void> shutdown() {
        if (done == null) {
            done = new CompletableFuture<>();
            Thread watcher = new Thread(this::awaitQuiet, "line-quiet-stop");
            watcher.setDaemon(true);
            watcher.start();
        }
        return done;
    }

    @Override
    public boolean isShutdown() {
        return done != null;
    }

    private void awaitQuiet() {
        long quietSince = System.nanoTime();
        try {
            while (System.nanoTime() - quietSince < QUIET_MS * 1_000_000) {
                Thread.sleep(POLL_MS);
                if (!connector.getConnectedEndPoints().isEmpty()) {
                    quietSince = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        done.complete(null);
    }
}
