package clinic.ivr.web;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A body that says it is longer than its path allows is read to its end and dropped, then refused (413),
 * as Tomcat does up to its {@code maxSwallowSize}. Refusing it half-read closes a connection the client is
 * still sending on: the client's system then resets it and throws the answer away unread, and a staff
 * member who pasted too much sees "connection reset" instead of the answer saying it is too large. A path may
 * answer with a page of its own ({@link LineServer.TooLarge}); others get the plain 413. Bodies beyond
 * {@link #READ_TO_THE_END} bytes, or of no stated length, are refused half-read with the plain 413.
 */
final class OversizedBodies extends Handler.Wrapper {

    static final long READ_TO_THE_END = 2 * 1024 * 1024;

    private final ToLongFunction<Request> limit;
    private final Function<Request, Optional<LineServer.TooLarge>> pages;

    /**
     * @param limit the most bytes a request's body may have
     * @param pages the page a request's path answers a body too large with, if it has one
     */
    OversizedBodies(Handler handler, ToLongFunction<Request> limit, Function<Request, Optional<LineServer.TooLarge>> pages) {
        super(handler);
        this.limit = limit;
        this.pages = pages;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length > limit.applyAsLong(request) && length <= READ_TO_THE_END) {
            Content.Source.consumeAll(request, Callback.from(() -> refuse(request, response, callback), callback::failed));
            return true;
        }
        return super.handle(request, response, callback);
    }

    private void refuse(Request request, Response response, Callback callback) {
        Optional<LineServer.TooLarge> page = pages.apply(request);
        if (page.isEmpty()) {
            Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413);
            return;
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE_413);
        page.get().headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.write(true, ByteBuffer.wrap(page.get().page()), callback);
    }
}
