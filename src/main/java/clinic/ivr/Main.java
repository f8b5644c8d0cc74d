package clinic.ivr;

import clinic.ivr.config.Env;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.desk.TwilioTextMessages;
import clinic.ivr.line.MessageCallbacks;
import clinic.ivr.line.Office;
import clinic.ivr.line.PhoneLine;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.PromptsException;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.staff.MessagesPage;
import clinic.ivr.store.Database;
import clinic.ivr.store.DurableMessages;
import clinic.ivr.store.Journal;
import clinic.ivr.store.ReconnectingStore;
import clinic.ivr.store.SqlMessageStore;
import clinic.ivr.twiml.Rehearsal;
import clinic.ivr.web.LineServer;
import clinic.ivr.web.PublicUrl;
import clinic.ivr.web.StaffServlet;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the phone line: reads the environment and the prompts, then serves Twilio's webhooks. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "serve" : args[0];
        if (!command.equals("serve")) {
            System.err.println("Usage: java -jar clinic-ivr.jar [serve]");
            System.exit(2);
        }
        Env env;
        Prompts prompts;
        try {
            env = Env.from(System.getenv());
            prompts = load(env);
        } catch (IllegalArgumentException | PromptsException e) {
            System.err.println("The phone line cannot start:\n" + e.getMessage());
            System.exit(1);
            return;
        }
        LivePrompts live = new LivePrompts(prompts);
        String host = env.trialMode() ? "127.0.0.1" : "0.0.0.0";
        Office office = office(env);
        PublicUrl publicUrl = new PublicUrl(env.publicBaseUrl());
        LineServer server = new LineServer(host, env.port(), new PhoneLine(live, env.frontDeskNumber(), office), live,
                env.authToken(), publicUrl)
                .withMessages(new MessageCallbacks(office), staffPages(env, office, live, publicUrl));
        server.start();
        if (env.trialMode()) {
            // on stderr as a block, so nobody mistakes a trial line for a protected one
            System.err.println("""
                    ************************************************************************
                    *  LOCAL TRIAL MODE: TWILIO_AUTH_TOKEN is not set.                     *
                    *  Requests are NOT checked for Twilio's signature, so the line        *
                    *  listens on 127.0.0.1 only. Set TWILIO_AUTH_TOKEN to take real calls. *
                    ************************************************************************""");
            LOG.warn("local trial mode: requests are not checked for Twilio's signature; listening on 127.0.0.1 only");
        }
        long startMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("clinic-ivr answering on http://{}:{}/voice with prompts {} ({} ms after start)",
                host, server.port(), prompts.version(), startMs);
        server.join();
    }

    /**
     * The clock (fixed by IVR_NOW), the message store (PostgreSQL or the embedded file, with its
     * journal replayed now and every minute) and text messages (when Twilio's account is set).
     */
    static Office office(Env env) {
        Clock clock = env.now().map(now -> Clock.fixed(now, ZoneOffset.UTC)).orElse(Clock.systemUTC());
        env.now().ifPresent(now -> LOG.warn("IVR_NOW is set: the line's clock stands still at {}", now));
        Database database = Database.of(env.databaseUrl(), env.dataDir());
        ReconnectingStore store = new ReconnectingStore(() -> new SqlMessageStore(database));
        if (store.ready()) {
            LOG.info("messages are stored in {}", database.describe());
        } else {
            LOG.error("the message store {} cannot be opened now; messages wait in {} until it can",
                    database.describe(), env.dataDir().resolve(Journal.FILE));
        }
        DurableMessages messages = new DurableMessages(store, new Journal(env.dataDir()));
        messages.start();
        TextMessages texts = env.textsConfigured()
                ? new TwilioTextMessages(env.accountSid().orElseThrow(), env.authToken().orElseThrow(), env.smsFrom().orElseThrow())
                : TextMessages.NONE;
        LOG.info(texts.available() ? "text messages are on" : "text messages are off: set TWILIO_ACCOUNT_SID,"
                + " TWILIO_AUTH_TOKEN and TWILIO_SMS_FROM to offer callers the address by text");
        return new Office(clock, messages, texts);
    }

    /** The staff pages, only when STAFF_PASSWORD is set. */
    static Optional<StaffServlet> staffPages(Env env, Office office, LivePrompts live, PublicUrl publicUrl) {
        if (env.staffPassword().isEmpty()) {
            LOG.info("staff pages are off: set STAFF_PASSWORD to list callers' messages at /staff/messages");
            return Optional.empty();
        }
        return Optional.of(new StaffServlet(env.staffPassword().get(), office.messages(),
                new MessagesPage(live.get().clinic().name()), () -> live.get().flow().hours().zone(),
                office.clock(), publicUrl));
    }

    /** Loads and rehearses the prompts; a version that cannot answer every call stops the start. */
    static Prompts load(Env env) throws PromptsException {
        Prompts prompts = new PromptsLoader(env.frontDeskNumber()).load(env.promptsDir());
        List<String> problems = Rehearsal.problems(prompts);
        if (!problems.isEmpty()) {
            throw new PromptsException(problems.stream()
                    .map(p -> new clinic.ivr.prompts.Problem(env.promptsDir() + "/templates", 0, p)).toList());
        }
        return prompts;
    }
}
