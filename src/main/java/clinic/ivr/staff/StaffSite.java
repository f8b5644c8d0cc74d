package clinic.ivr.staff;

import clinic.ivr.config.TwilioApi;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.store.CallFigures;
import clinic.ivr.store.MessageStore;
import clinic.ivr.store.RecordingCopies;
import clinic.ivr.versions.PhoneWords;
import clinic.ivr.web.LineMetrics;
import clinic.ivr.web.LineServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The staff side of the line as it is served: {@code /metrics}, and when a staff password is set, the
 * staff pages (the dashboard at {@code /staff}, the messages, the export, what the phone says and its
 * history) with their stylesheet and scripts, all behind one {@link StaffGuard}; any other address under
 * {@code /staff/} gets the {@link NotFoundPage}, once past the guard. Without a password every one of them
 * answers a plain 404.
 */
public final class StaffSite {

    /** How often an open messages page looks for new messages. */
    public static final int REFRESH_SECONDS = 30;
    /** The longest a staff member waits for Twilio to hand over a recording. */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(20);

    /**
     * What the staff pages read and change.
     *
     * @param tokens         the forms' tokens
     * @param publicBaseUrl  PUBLIC_BASE_URL, when set: the site's own origin
     * @param messages       callers' messages
     * @param calls          the recorded calls, for the dashboard and the export
     * @param copies         the line's copies of recordings
     * @param twilio         Twilio's REST API, to fetch recordings; empty without credentials
     * @param prompts        the prompts in use, if any: the clinic's name, time zone, hours and words
     * @param words          the versions of what the phone says, when the line keeps them (its pages are on)
     * @param clock          the line's clock
     * @param refreshSeconds how often an open messages page looks for new messages
     */
    public record Parts(CsrfTokens tokens, Optional<String> publicBaseUrl, MessageStore messages, CallFigures calls,
                        RecordingCopies copies, Optional<TwilioApi> twilio, Supplier<Optional<Prompts>> prompts,
                        Optional<PhoneWords> words, Clock clock, int refreshSeconds) {}

    private StaffSite() {}

    /** The page for a phone words form over its limit: nothing saved, and how to get back to what was typed. */
    private static LineServer.TooLarge tooMuchToSave(HtmlPages pages) {
        Map<String, String> headers = new HashMap<>(StaffPageServlet.HEADERS);
        headers.put("Content-Type", "text/html; charset=utf-8");
        String page = pages.page("too-large.ftlh", HtmlPages.Page.PHONE_WORDS,
                Map.of("limit", PhoneWordsServlet.MAX_FORM_BYTES / 1024 + " KB"));
        return new LineServer.TooLarge(Map.copyOf(headers), page.getBytes(StandardCharsets.UTF_8));
    }

    /** @param parts what the staff pages use, when staff pages are on */
    public static void mount(LineServer server, StaffGuard guard, LineMetrics metrics, Optional<Parts> parts) {
        server.mount(new MetricsServlet(metrics, guard), MetricsServlet.PATH);
        parts.ifPresent(p -> {
            HtmlPages pages = new HtmlPages(p.words().isEmpty() ? List.of(HtmlPages.Page.DASHBOARD, HtmlPages.Page.MESSAGES)
                    : List.of(HtmlPages.Page.DASHBOARD, HtmlPages.Page.MESSAGES, HtmlPages.Page.PHONE_WORDS,
                            HtmlPages.Page.HISTORY));
            ClinicView clinic = new ClinicView(p.prompts(), p.clock());
            RecordingPlayer player = new RecordingPlayer(p.copies(), new TwilioRecordings(p.twilio(), FETCH_TIMEOUT),
                    p.clock());
            NotFoundPage notFound = new NotFoundPage(pages, clinic);
            RefusedFormPage refused = new RefusedFormPage(pages, clinic, p.publicBaseUrl());
            server.mount(new NotFoundServlet(guard, notFound), NotFoundServlet.PATH);
            server.mount(new DashboardServlet(guard, new DashboardPage(pages, clinic, p.calls(), p.messages())),
                    DashboardServlet.PATH);
            server.mount(new MessagesServlet(guard, p.tokens(), p.publicBaseUrl(), p.messages(),
                            new MessagesPage(pages, clinic, player, p.refreshSeconds()), player, p.clock(), notFound, refused),
                    MessagesServlet.MESSAGES, MessagesServlet.MESSAGES + "/*");
            server.mount(new ExportServlet(guard, p.messages(), p.calls(), clinic, notFound), ExportServlet.PATH + "/*");
            server.mount(new AssetServlet(guard, "staff.css", "text/css; charset=utf-8"), HtmlPages.STYLESHEET);
            server.mount(new AssetServlet(guard, "staff.js", "text/javascript; charset=utf-8"), HtmlPages.SCRIPT);
            p.words().ifPresent(words -> {
                server.mount(new PhoneWordsServlet(guard, p.tokens(), p.publicBaseUrl(), words, pages, clinic, notFound, refused),
                        PhoneWordsServlet.PATH, PhoneWordsServlet.PATH + "/*");
                server.mount(new HistoryServlet(guard, p.tokens(), p.publicBaseUrl(), words, pages, clinic, notFound, refused),
                        HistoryServlet.PATH, HistoryServlet.PATH + "/*");
                server.mount(new AssetServlet(guard, "listen.js", "text/javascript; charset=utf-8"),
                        HtmlPages.LISTEN_SCRIPT);
                // the phone words form holds every sentence of the line, in every language
                server.allowBodies(PhoneWordsServlet.MAX_FORM_BYTES, tooMuchToSave(pages), PhoneWordsServlet.PATH,
                        PhoneWordsServlet.PATH + "/script");
            });
        });
    }
}
