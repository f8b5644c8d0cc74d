package clinic.ivr.staff;

import clinic.ivr.web.LineMetrics;
import clinic.ivr.web.LineServer;
import java.util.Optional;

/**
 * The staff side of the line as it is served: {@code /metrics}, and when a staff password is set, the
 * staff pages and their stylesheet, all behind one {@link StaffGuard}. Without a password every one of
 * them answers 404.
 */
public final class StaffSite {

    private StaffSite() {}

    /** @param messages the messages page, when staff pages are on */
    public static void mount(LineServer server, StaffGuard guard, LineMetrics metrics, Optional<MessagesServlet> messages) {
        server.mount(new MetricsServlet(metrics, guard), MetricsServlet.PATH);
        messages.ifPresent(page -> {
            server.mount(page, MessagesServlet.MESSAGES, MessagesServlet.MESSAGES + "/*");
            server.mount(new StyleServlet(guard), HtmlPages.STYLESHEET);
        });
    }
}
