package clinic.ivr.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Error answers that say the status and nothing else: no stack trace, no exception message, no
 * server name or version, whatever went wrong and wherever Jetty noticed it.
 */
final class PlainErrors extends ErrorHandler {

    private static final HttpField PLAIN = new HttpField(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");

    static byte[] body(int status) {
        String reason = HttpStatus.getMessage(status);
        return (status + " " + (reason == null ? "" : reason) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Every error the server or a servlet raises ends here, whatever the method or the Accept header. */
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = clientMistake(response.getStatus());
        if (status == HttpStatus.INTERNAL_SERVER_ERROR_500
                && request.getAttribute(ERROR_EXCEPTION) instanceof TimeoutException) {
            // Jetty's own idle timeout on a request whose body stopped coming: the client's failing, not the line's. A
            // failure of the line's own (a servlet's exception, whatever it wraps) stays a 500
            status = HttpStatus.REQUEST_TIMEOUT_408;
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.setStatus(status);
        response.getHeaders().put(PLAIN);
        response.getHeaders().put(ERROR_CACHE_CONTROL);
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
        } else {
            response.write(true, ByteBuffer.wrap(body(status)), callback);
        }
        return true;
    }

    /**
     * An unknown method (501) or HTTP version (505) is the client's mistake, not a failure of the
     * line: answer it as one, so a 5xx always means something here broke.
     */
    static int clientMistake(int code) {
        if (code == HttpStatus.NOT_IMPLEMENTED_501) {
            return HttpStatus.METHOD_NOT_ALLOWED_405;
        }
        return code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 ? HttpStatus.BAD_REQUEST_400 : code;
    }
}
