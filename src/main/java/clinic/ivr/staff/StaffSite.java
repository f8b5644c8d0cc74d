package clinic.ivr.staff;

import clinic.ivr.versions.PhoneWords;
import clinic.ivr.web.LineMetrics;
import clinic.ivr.web.LineServer;
import java.time.Clock;
import java.util.Optional;

/**
 * The staff side of the line as it is served: {@code /metrics}, and when a staff password is set, the
 * staff pages and their stylesheet, all behind one {@link StaffGuard}. Without a password every one of
 * them answers 404.
 */
public final class StaffSite {

    private StaffSite() {}

    /**
     * @param messages   the messages page, when staff pages are on
     * @param phoneWords what the phone says and its history, when staff pages are on
     */
    public static void mount(LineServer server, StaffGuard guard, LineMetrics metrics, Optional<MessagesServlet> messages,
                             Optional<PhoneWordsPages> phoneWords) {
        server.mount(new MetricsServlet(metrics, guard), MetricsServlet.PATH);
        messages.ifPresent(page -> {
            server.mount(page, MessagesServlet.MESSAGES, MessagesServlet.MESSAGES + "/*");
            server.mount(new StyleServlet(guard), HtmlPages.STYLESHEET);
        });
        phoneWords.ifPresent(pages -> {
            server.mount(pages.editor(), PhoneWordsServlet.PATH, PhoneWordsServlet.PATH + "/*");
            server.mount(pages.history(), HistoryServlet.PATH, HistoryServlet.PATH + "/*");
            // the form holds every sentence of the line, in every language
            server.allowBodies(PhoneWordsServlet.MAX_FORM_BYTES, PhoneWordsServlet.PATH, PhoneWordsServlet.PATH + "/script");
        });
    }

    /** The phone words page and its history. */
    public record PhoneWordsPages(PhoneWordsServlet editor, HistoryServlet history) {

        /** Both pages over this line's versions, their forms' tokens and their layout. */
        public static PhoneWordsPages of(StaffGuard guard, CsrfTokens tokens, Optional<String> publicBaseUrl,
                                         PhoneWords words, HtmlPages pages, Clock clock) {
            return new PhoneWordsPages(new PhoneWordsServlet(guard, tokens, publicBaseUrl, words, pages, clock),
                    new HistoryServlet(guard, tokens, publicBaseUrl, words, pages));
        }
    }
}
