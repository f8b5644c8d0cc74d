package clinic.ivr.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Waits for the answers in progress when the server stops, like {@link GracefulHandler}, but a
 * request that still arrives on an open connection while stopping is answered (and the connection
 * closed) rather than refused with 503: for a caller, a refused webhook is dead air.
 */
final class DrainingHandler extends GracefulHandler {

    DrainingHandler(Handler handler) {
        super(handler);
    }

    @Override
    protected void handleShutdownRejection(Request request, Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        try {
            if (!getHandler().handle(request, response, callback)) {
                Response.writeError(request, response, callback, 404);
            }
        } catch (Throwable t) {
            callback.failed(t);
        }
    }
}
