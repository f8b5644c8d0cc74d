package clinic.ivr;

import clinic.ivr.checks.BuildRecord;
import clinic.ivr.checks.Validator;
import clinic.ivr.config.Env;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.flow.Key;
import clinic.ivr.line.EspeakSpeaker;
import clinic.ivr.line.LineHealth;
import clinic.ivr.line.MessageCallbacks;
import clinic.ivr.line.Office;
import clinic.ivr.line.PhoneLine;
import clinic.ivr.line.Speaker;
import clinic.ivr.line.TerminalPhone;
import clinic.ivr.line.TwilioTextMessages;
import clinic.ivr.prompts.FolderWatch;
import clinic.ivr.prompts.LastResortDesk;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.prompts.Validation;
import clinic.ivr.staff.CsrfTokens;
import clinic.ivr.staff.PhoneScript;
import clinic.ivr.staff.ScriptHtml;
import clinic.ivr.staff.ScriptMarkdown;
import clinic.ivr.staff.StaffGuard;
import clinic.ivr.staff.StaffSite;
import clinic.ivr.staff.ValidationReport;
import clinic.ivr.store.CallFigures;
import clinic.ivr.store.CallWriter;
import clinic.ivr.store.ConnectionPool;
import clinic.ivr.store.DataFolder;
import clinic.ivr.store.Database;
import clinic.ivr.store.DurableMessages;
import clinic.ivr.store.Journal;
import clinic.ivr.store.PromptVersionStore;
import clinic.ivr.store.ReconnectingStore;
import clinic.ivr.store.RecordingCopies;
import clinic.ivr.store.Retention;
import clinic.ivr.store.SharedSecrets;
import clinic.ivr.store.SqlCallStore;
import clinic.ivr.store.SqlMessageStore;
import clinic.ivr.versions.PhoneWords;
import clinic.ivr.web.LineMetrics;
import clinic.ivr.web.LineServer;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the phone line, or one of the staff's tools: reads the environment and wires the parts. */
public final class Main {

    static final String USAGE = """
            Usage: java -jar clinic-ivr.jar [command]

              serve                              answer calls (what runs when no command is given)
              validate [DIR]                     check the prompts before any caller hears them
              warm-up [DIR]                      start the line on checked prompts, answer a practice call
                                                 and stop (the build runs it after validate, to record the
                                                 classes a start loads for a faster start)
              script [--html] [DIR]              print the whole phone tree for review, as Markdown
                                                 (or as an HTML page with --html)
              call [--speak] [--lang es] [DIR]   try a call in this terminal, without Twilio
              prompts export DIR                 write the published version of the phone's words into DIR,
                                                 as a prompts folder (DATABASE_URL, else the data folder's database)
              prompts import DIR [--note TEXT] [--by NAME]
                                                 check the prompts folder DIR and publish it as a new version
              help                               show this text

            DIR is the prompts folder: PROMPTS_DIR if it is set, else ./prompts.
            """;

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) throws Exception {
        int code = run(args, System.getenv(), System.in, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command; serve returns only when the server stops. @return the exit code */
    static int run(String[] args, Map<String, String> environment, InputStream in, PrintStream out, PrintStream err)
            throws Exception {
        Arguments arguments;
        Env env;
        try {
            arguments = Arguments.parse(args);
            env = Env.from(environment);
        } catch (Arguments.UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.print(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("Cannot start: " + e.getMessage());
            return 1;
        }
        Path dir = arguments.dir().map(Path::of).orElse(env.promptsDir());
        Clock clock = clock(env);
        // the build's own check of the shipped prompts is kept beside the jar for the line to start on
        BuildRecord record = switch (arguments.command()) {
            case "validate" -> BuildRecord.toWrite(env.frontDeskNumber());
            case "serve", "warm-up" -> BuildRecord.toRead(env.frontDeskNumber());
            default -> BuildRecord.NONE;
        };
        Validator validator = new Validator(new PromptsLoader(env.frontDeskNumber()), clock, record);
        switch (arguments.command()) {
            case "help":
                out.print(USAGE);
                return 0;
            case "validate":
                return ValidationReport.print(dir.toString(), validator.validate(dir), out);
            case "warm-up":
                return WarmUp.run(dir, validator, clock, out, err);
            case "script":
                return script(validator.validate(dir), arguments.has("--html"), out, err);
            case "call":
                return call(validator.validate(dir), env, arguments, in, out, err);
            case "prompts":
                return PromptsCommand.run(arguments.words().get(0), dir, arguments, env, validator, clock, out, err);
            default:
                return serve(env, validator, clock, err, server -> { });
        }
    }

    private static int script(Validation validation, boolean html, PrintStream out, PrintStream err) {
        if (!validation.ok()) {
            return cannotUse(validation, err);
        }
        var doc = new PhoneScript(validation.prompts().orElseThrow()).document();
        out.print(html ? ScriptHtml.write(doc) : ScriptMarkdown.write(doc));
        return 0;
    }

    private static int call(Validation validation, Env env, Arguments arguments, InputStream in, PrintStream out,
                            PrintStream err) {
        if (!validation.ok()) {
            return cannotUse(validation, err);
        }
        Prompts prompts = validation.prompts().orElseThrow();
        List<String> pressFirst = List.of();
        if (arguments.value("--lang").isPresent()) {
            String language = arguments.value("--lang").get();
            if (!prompts.wordings().containsKey(language)) {
                err.println("The line has no \"" + language + "\" language; it has " + prompts.wordings().keySet() + ".");
                return 2;
            }
            // callers reach another language the way they do on the phone: its key at the first menu
            pressFirst = language.equals(prompts.flow().defaultLanguage()) ? List.of() : List.of(Key.LANGUAGE.press());
        }
        Speaker speaker = arguments.has("--speak") ? new EspeakSpeaker(out) : Speaker.SILENT;
        PhoneLine line = new PhoneLine(new LivePrompts(prompts), env.frontDeskNumber().map(PhoneNumber::of),
                practiceOffice(env));
        boolean typedAtTerminal = in == System.in && System.console() != null;
        new TerminalPhone(line, new InputStreamReader(in, StandardCharsets.UTF_8), out, speaker, !typedAtTerminal)
                .call(pressFirst);
        return 0;
    }

    private static int cannotUse(Validation validation, PrintStream err) {
        err.println("The prompts have problems; run validate for the details:");
        validation.errors().forEach(p -> err.println("  " + p));
        return 1;
    }

    /** Heroku's disk is thrown away at every restart: without PostgreSQL, so are the messages on it. */
    static final String THROWAWAY_DISK = "the line runs on Heroku (DYNO is set) without DATABASE_URL: messages are"
            + " kept on the dyno's disk, which Heroku throws away at every restart and deploy. Add Heroku Postgres:"
            + " heroku addons:create heroku-postgresql:essential-0";

    /** Answers calls until the server stops; {@code answering} is handed the server once it answers. */
    static int serve(Env env, Validator validator, Clock clock, PrintStream err, Consumer<LineServer> answering)
            throws Exception {
        DataFolder data;
        try {
            data = DataFolder.open(env.dataDir());
        } catch (DataFolder.InUse e) {
            err.println("The phone line cannot start: " + e.getMessage());
            return 1;
        }
        if (env.messagesOnThrowawayDisk()) {
            LOG.error("MESSAGES WILL BE LOST: {}", THROWAWAY_DISK);
        }
        env.now().ifPresent(now -> LOG.warn("IVR_NOW is set: the line's clock stands still at {}", now));
        String host = env.trialMode() ? "127.0.0.1" : "0.0.0.0";
        Thread folderChecked = checkFolderMeanwhile(validator, env.promptsDir());
        // one pool on the database, for the messages, the calls, the versions of the prompts and the staff
        // forms' secret
        ConnectionPool database = ConnectionPool.open(Database.of(env.databaseUrl(), env.dataDir()));
        DurableMessages messages = messages(database, env.dataDir(), clock);
        data.check(); // the embedded database's new files private at once, not at the next minute's check
        folderChecked.join();
        PhoneWords words = PhoneWords.start(new PromptVersionStore(database), validator, env.promptsDir(), clock,
                FolderWatch.EVERY_SECOND);
        LivePrompts live = words.live();
        LineServer.Operations operations = LineServer.Operations.standard();
        SqlCallStore calls = new SqlCallStore(database);
        CallWriter callRecords = callRecords(new CallWriter(calls, CallWriter.CAPACITY, Duration.ofSeconds(1)),
                operations.metrics());
        Office office = new Office(clock, messages, texts(env)).withCalls(callRecords).withClosure(words::closure);
        List<Supplier<List<String>>> checks = List.of(messages::problems, data::problems, words::problems,
                () -> env.messagesOnThrowawayDisk() ? List.of(THROWAWAY_DISK) : List.of());
        LineHealth health = new LineHealth(live, checks, messages::backlog, clock).withPublished(words::published);
        // with no usable prompts, the safe answer still rings the desk clinic.yaml names
        PhoneLine line = new PhoneLine(live, env.frontDeskNumber().map(PhoneNumber::of)
                .or(() -> LastResortDesk.read(env.promptsDir())),
                office);
        LineServer server = new LineServer(host, env.port(), line, health, env.authToken(), env.publicBaseUrl(),
                operations).withMessages(new MessageCallbacks(office, live));
        StaffGuard guard = new StaffGuard(env.staffPassword());
        RecordingCopies copies = new RecordingCopies(database);
        StaffSite.mount(server, guard, operations.metrics(), staffPages(env, office, live, words, database, copies));
        server.start();
        live.prepareListeningSoon();
        if (env.trialMode()) {
            // on stderr as a block, so nobody mistakes a trial line for a protected one
            err.println("""
                    ************************************************************************
                    *  LOCAL TRIAL MODE: TWILIO_AUTH_TOKEN is not set.                     *
                    *  Requests are NOT checked for Twilio's signature, so the line        *
                    *  listens on 127.0.0.1 only. Set TWILIO_AUTH_TOKEN to take real calls. *
                    ************************************************************************""");
            LOG.warn("local trial mode: requests are not checked for Twilio's signature; listening on 127.0.0.1 only");
        }
        try (data; words; callRecords; Retention retention = new Retention(calls, copies,
                Duration.ofDays(env.retentionDays()), clock).start()) {
            data.start(Duration.ofMinutes(1));
            long startMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info("clinic-ivr answering on http://{}:{}/voice with {} ({} ms after start); staff change the words"
                    + " at /staff/prompts, developers in {}", host, server.port(),
                    words.published().stream().mapToObj(n -> "version " + n + " of the prompts").findFirst()
                            .orElse(live.current().map(p -> "the prompts folder").orElse("the safe answer")), startMs,
                    env.promptsDir());
            answering.accept(server);
            server.join();
        }
        return 0;
    }

    /**
     * Checks the prompts folder on a thread of its own while the database opens: the line most often starts on
     * the folder's words, and the validator remembers what it found, so the start takes the longer of the two,
     * not both.
     */
    private static Thread checkFolderMeanwhile(Validator validator, Path folder) {
        Thread checking = new Thread(() -> {
            try {
                validator.forCalls(PromptFiles.read(folder));
            } catch (RuntimeException e) {
                // the start checks the folder again, and says what went wrong there
            }
        }, "prompts-check-at-start");
        checking.setDaemon(true);
        checking.start();
        return checking;
    }

    /**
     * The message store (PostgreSQL or the embedded file under DATA_DIR), with its journal replayed now
     * and every minute.
     */
    static DurableMessages messages(ConnectionPool database, Path dataDir, Clock clock) {
        ReconnectingStore store = new ReconnectingStore(() -> new SqlMessageStore(database));
        DurableMessages messages = new DurableMessages(store, new Journal(dataDir), clock);
        if (store.ready()) {
            LOG.info("messages are stored in {}", database.database().describe());
        } else {
            messages.storeDown();
            LOG.error("the message store {} cannot be opened now; messages wait in {} until it can",
                    database.database().describe(), dataDir.resolve(Journal.FILE));
        }
        messages.start();
        return messages;
    }

    /** Text messages, when Twilio's account is set. */
    private static TextMessages texts(Env env) {
        TextMessages texts = env.textsConfigured()
                ? new TwilioTextMessages(env.accountSid().orElseThrow(), env.authToken().orElseThrow(), env.smsFrom().orElseThrow())
                : TextMessages.NONE;
        LOG.info(texts.available() ? "text messages are on" : "text messages are off: set TWILIO_ACCOUNT_SID,"
                + " TWILIO_AUTH_TOKEN and TWILIO_SMS_FROM to offer callers the address by text");
        return texts;
    }

    /**
     * The office of a call in the terminal: the same clock, but messages left in a store that ends with
     * the call (staff never see practice messages) and no text messages sent.
     */
    static Office practiceOffice(Env env) {
        Database memory = new Database("jdbc:h2:mem:practice-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        return new Office(clock(env), new SqlMessageStore(memory), TextMessages.NONE);
    }

    static Clock clock(Env env) {
        return env.now().map(now -> Clock.fixed(now, ZoneOffset.UTC)).orElse(Clock.systemUTC());
    }

    /**
     * Records the calls in the background, its dropped events counted in /metrics: a webhook never waits
     * for the database.
     */
    static CallWriter callRecords(CallWriter writer, LineMetrics metrics) {
        metrics.counter("ivr_call_events_dropped_total", "Call events not recorded: the queue was full while the"
                + " database could not take them, or the database refused them.", writer::dropped);
        metrics.gauge("ivr_call_events_waiting", "Call events waiting to be written to the database.", writer::waiting);
        return writer.start();
    }

    /**
     * The staff pages, only when STAFF_PASSWORD is set. Their forms' tokens are signed with a random
     * secret kept in the database, so every instance on one database accepts every instance's pages.
     */
    static Optional<StaffSite.Parts> staffPages(Env env, Office office, LivePrompts live, PhoneWords words,
                                                ConnectionPool database, RecordingCopies copies) {
        if (env.staffPassword().isEmpty()) {
            LOG.info("staff pages are off: set STAFF_PASSWORD to see the dashboard at /staff, the messages at"
                    + " /staff/messages and change what the phone says at /staff/prompts");
            return Optional.empty();
        }
        if (env.twilioApi().isEmpty()) {
            LOG.info("the staff's player is off: set TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and"
                    + " TWILIO_API_SECRET) to play messages on the staff page");
        }
        SharedSecrets secrets = new SharedSecrets(database);
        CsrfTokens tokens = new CsrfTokens(() -> secrets.get(STAFF_FORMS_SECRET), office.clock());
        return Optional.of(new StaffSite.Parts(tokens, env.publicBaseUrl(), office.messages(), new CallFigures(database),
                copies, env.twilioApi(), live::current, Optional.of(words), office.clock(), StaffSite.REFRESH_SECONDS));
    }

    static final String STAFF_FORMS_SECRET = "staff-forms";
}
