package clinic.ivr.web;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Ends an answer that could not be written (the caller's connection reset before it went out) as failed, so
 * that Jetty lets its connection go. Below {@code EagerContentHandler}: its loader of whole bodies (Jetty
 * 12.1.14) hands on a request that is its own callback, whose {@code failed} is {@code Callback}'s no-op, since
 * it names its failure {@code fail}; each such answer was then never ended, and its connection was held until
 * the line stopped, 25 s later, counting against the line's limit on connections all the while.
 */
final class FailedAnswers extends Handler.Wrapper {

    FailedAnswers(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (callback != request) {
            return super.handle(request, response, callback);
        }
        return super.handle(request, response, Callback.from(callback.getInvocationType(), callback::succeeded,
                request::fail));
    }
}
