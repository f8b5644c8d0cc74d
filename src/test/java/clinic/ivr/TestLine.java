package clinic.ivr;

import clinic.ivr.checks.Validator;
import clinic.ivr.desk.TextMessages;
import clinic.ivr.line.LineHealth;
import clinic.ivr.line.MessageCallbacks;
import clinic.ivr.line.Office;
import clinic.ivr.line.PhoneLine;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.PromptsException;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.config.TwilioApi;
import clinic.ivr.staff.CsrfTokens;
import clinic.ivr.staff.StaffGuard;
import clinic.ivr.staff.StaffSite;
import clinic.ivr.store.CallFigures;
import clinic.ivr.store.ConnectionPool;
import clinic.ivr.store.Database;
import clinic.ivr.store.MessageStore;
import clinic.ivr.store.RecordingCopies;
import clinic.ivr.store.SharedSecrets;
import clinic.ivr.store.PromptVersionStore;
import clinic.ivr.store.SqlMessageStore;
import clinic.ivr.versions.PhoneWords;
import clinic.ivr.web.CallLog;
import clinic.ivr.web.LineMetrics;
import clinic.ivr.web.LineServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The real line on a free port, as tests start it: real Jetty, real prompts, a real auth token, wired
 * as {@code Main} wires it. Start one with {@link #with()}, or let {@link LineExtension} start and stop
 * it around a test class or a test.
 */
public final class TestLine implements AutoCloseable {

    public static final String AUTH_TOKEN = "test-auth-token-12345";
    public static final String STAFF_PASSWORD = "correct horse battery staple";
    public static final Path SHIPPED_PROMPTS = Path.of("prompts");
    /** A Wednesday, 10 AM in New York: the shipped front desk is open. */
    public static final Instant OPEN = Instant.parse("2026-03-04T15:00:00Z");
    /** A Sunday, 10 AM in New York: the shipped front desk is closed. */
    public static final Instant CLOSED = Instant.parse("2026-03-08T14:00:00Z");

    private final LineServer server;
    private final LivePrompts prompts;
    private final Office office;
    private final PhoneWords words;

    private TestLine(LineServer server, LivePrompts prompts, Office office, PhoneWords words) {
        this.server = server;
        this.prompts = prompts;
        this.office = office;
        this.words = words;
    }

    /** How often a line with its words in the database looks for a newer version (a second in production). */
    public static final Duration FOLLOW_EVERY = Duration.ofMillis(100);

    /** How the line under test is made; every part has the shipped line's default. */
    public static final class Builder {
        private LivePrompts prompts;
        private PhoneLine phoneLine;
        private Office office;
        private LineServer.Operations operations;
        private Optional<String> publicBaseUrl = Optional.empty();
        private Optional<String> staffPassword = Optional.of(STAFF_PASSWORD);
        private Optional<TwilioApi> twilio = Optional.empty();
        private int refreshSeconds = StaffSite.REFRESH_SECONDS;
        private Path promptsFolder;
        private Optional<String> frontDeskNumber = Optional.empty();

        private Builder() {}

        /** FRONT_DESK_NUMBER, which wins over the number staff set. */
        public Builder frontDeskNumber(String number) {
            this.frontDeskNumber = Optional.of(number);
            return this;
        }

        /**
         * The line as it runs: its words versioned in the office's database (the store's pool), the folder
         * read into it at start and watched, the newest published version followed, the phone words pages on.
         */
        public Builder promptsFolder(Path folder) {
            this.promptsFolder = folder;
            return this;
        }

        public Builder prompts(Prompts version) {
            this.prompts = new LivePrompts(version);
            return this;
        }

        public Builder prompts(LivePrompts live) {
            this.prompts = live;
            return this;
        }

        /** A phone line of the test's making, such as one whose prompts fail. */
        public Builder phoneLine(PhoneLine line) {
            this.phoneLine = line;
            return this;
        }

        /** The clock, message store and text messages; by default the desk is open and the store is fresh. */
        public Builder office(Office office) {
            this.office = office;
            return this;
        }

        /** The metrics and the call log; by default the line's own. */
        public Builder operations(LineServer.Operations operations) {
            this.operations = operations;
            return this;
        }

        public Builder publicBaseUrl(String url) {
            this.publicBaseUrl = Optional.of(url);
            return this;
        }

        /** No STAFF_PASSWORD: the staff pages and /metrics are off. */
        public Builder noStaffPassword() {
            this.staffPassword = Optional.empty();
            return this;
        }

        /** Twilio's REST API, such as a local stub standing in for it; by default none (no player). */
        public Builder twilio(TwilioApi api) {
            this.twilio = Optional.of(api);
            return this;
        }

        /** How often an open messages page looks for new messages. */
        public Builder refreshSeconds(int seconds) {
            this.refreshSeconds = seconds;
            return this;
        }

        public TestLine start() throws Exception {
            Office o = office != null ? office : TestLine.office(OPEN);
            PhoneWords words = null;
            if (promptsFolder != null) {
                ConnectionPool pool = ((SqlMessageStore) o.messages()).pool();
                words = PhoneWords.start(new PromptVersionStore(pool), validator(frontDeskNumber, o.clock()),
                        promptsFolder, o.clock(), FOLLOW_EVERY);
                o = o.withClosure(words::closure);
            }
            LivePrompts live = words != null ? words.live() : prompts != null ? prompts : new LivePrompts(shipped());
            // a call log of its own under the line's (to stdout): stopping this line leaves the others' log open
            LineServer.Operations ops = operations != null ? operations : new LineServer.Operations(LineMetrics.forLine(),
                    new CallLog(Clock.systemUTC(), LoggerFactory.getLogger(CallLog.LOGGER + ".test")));
            PhoneLine line = phoneLine != null ? phoneLine : new PhoneLine(live, Optional.empty(), o);
            StaffGuard guard = new StaffGuard(staffPassword);
            PhoneWords followed = words;
            LineHealth health = new LineHealth(live).withPublished(() -> followed == null ? OptionalInt.empty()
                    : followed.published());
            LineServer server = new LineServer("127.0.0.1", 0, line, health, Optional.of(AUTH_TOKEN),
                    publicBaseUrl, ops).withMessages(new MessageCallbacks(o, live));
            ConnectionPool database = database(o);
            Office office = o;
            StaffSite.mount(server, guard, ops.metrics(), staffPassword.map(password -> new StaffSite.Parts(
                    new CsrfTokens(formsSecret(office), office.clock()), publicBaseUrl, office.messages(),
                    new CallFigures(database), new RecordingCopies(database), twilio, live::current,
                    Optional.ofNullable(followed), office.clock(), refreshSeconds)));
            server.start();
            return new TestLine(server, live, o, words);
        }
    }

    public static Builder with() {
        return new Builder();
    }

    /** The shipped prompts, the front desk open, a fresh store. */
    public static TestLine start() throws Exception {
        return with().start();
    }

    public static TestLine start(Prompts prompts) throws Exception {
        return with().prompts(prompts).start();
    }

    public static TestLine start(Office office) throws Exception {
        return with().office(office).start();
    }

    public static TestLine start(Prompts prompts, Office office) throws Exception {
        return with().prompts(prompts).office(office).start();
    }

    /** The shipped prompts, loaded once for every test that uses them (a version is immutable). */
    public static Prompts shipped() {
        return Shipped.PROMPTS;
    }

    private static final class Shipped {
        static final Prompts PROMPTS = load(SHIPPED_PROMPTS);
    }

    /** A fresh in-memory message store, as the line uses it. */
    public static MessageStore memoryStore() {
        return new SqlMessageStore(new Database("jdbc:h2:mem:messages-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** The office of a line whose clock stands at {@code now}, with a fresh store and no text messages. */
    public static Office office(Instant now) {
        return new Office(Clock.fixed(now, ZoneOffset.UTC), memoryStore(), TextMessages.NONE);
    }

    /**
     * The office of one of several lines on one database (an in-memory one several pools open, or PostgreSQL),
     * as instances behind a load balancer share it.
     */
    public static Office officeOn(Database database, Instant now) {
        return new Office(Clock.fixed(now, ZoneOffset.UTC), new SqlMessageStore(database), TextMessages.NONE);
    }

    /** The validator as the line makes it, on a day when every shipped special day is still to come. */
    public static Validator validator() {
        return validator(Optional.empty(), Clock.fixed(OPEN, ZoneOffset.UTC));
    }

    /**
     * One validator for the lines of this test JVM with the same FRONT_DESK_NUMBER and clock, as one line
     * has one: it remembers the sets it checked last, so the shipped words each line starts with are
     * checked once, not once a test.
     */
    private static Validator validator(Optional<String> frontDeskNumber, Clock clock) {
        return VALIDATORS.computeIfAbsent(List.of(frontDeskNumber, clock),
                key -> new Validator(new PromptsLoader(frontDeskNumber), clock));
    }

    private static final Map<List<Object>, Validator> VALIDATORS = new ConcurrentHashMap<>();

    public static Prompts load(Path dir) {
        try {
            return new PromptsLoader(Optional.empty()).load(dir);
        } catch (PromptsException e) {
            throw new AssertionError("the prompts do not load:\n" + e.getMessage(), e);
        }
    }

    /**
     * The database of the office's messages, where the line keeps its calls and copies of recordings too;
     * a fresh one in memory when the messages are not in one (a store of the test's making).
     */
    public static ConnectionPool database(Office office) {
        if (office.messages() instanceof SqlMessageStore sql) {
            return sql.pool();
        }
        return ConnectionPool.open(new Database("jdbc:h2:mem:line-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /**
     * The staff forms' secret as the line keeps it: in the store's database when the store is SQL (so two
     * test lines on one database share it, as two instances do), else random for this line.
     */
    static Supplier<byte[]> formsSecret(Office office) {
        if (office.messages() instanceof SqlMessageStore sql) {
            SharedSecrets secrets = new SharedSecrets(sql.pool());
            return () -> secrets.get(Main.STAFF_FORMS_SECRET);
        }
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return () -> random;
    }

    public Office office() {
        return office;
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public LivePrompts prompts() {
        return prompts;
    }

    /** The line's versions of its words, when it keeps them in its database ({@link Builder#promptsFolder}). */
    public PhoneWords words() {
        return words;
    }

    public TwilioClient twilio() {
        return new TwilioClient(baseUrl(), AUTH_TOKEN);
    }

    /** What a caller hears first: the spoken words of this line's answer to a new, signed call. */
    public String firstHeard() throws Exception {
        return Twiml.parse(twilio().post("/voice", TwilioClient.callForm()).body()).spoken();
    }

    /**
     * Stops the server at once: a test's answers are all in, and its idle keep-alive connections would
     * otherwise hold a graceful stop for seconds. The message store stays open (a test may start another
     * server on it).
     */
    @Override
    public void close() throws Exception {
        server.stop(Duration.ZERO);
        if (words != null) {
            words.close();
        }
    }
}
