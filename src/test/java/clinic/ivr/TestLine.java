package clinic.ivr;

import clinic.ivr.desk.TextMessages;
import clinic.ivr.line.LineHealth;
import clinic.ivr.line.MessageCallbacks;
import clinic.ivr.line.Office;
import clinic.ivr.line.PhoneLine;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.PromptsException;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.staff.CsrfTokens;
import clinic.ivr.staff.MessagesPage;
import clinic.ivr.store.Database;
import clinic.ivr.store.MessageStore;
import clinic.ivr.store.SharedSecrets;
import clinic.ivr.store.SqlMessageStore;
import clinic.ivr.web.LineServer;
import clinic.ivr.web.PublicUrl;
import clinic.ivr.web.StaffGuard;
import clinic.ivr.web.StaffServlet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The real line on a free port, as tests start it: real Jetty, real prompts, a real auth token. */
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

    private TestLine(LineServer server, LivePrompts prompts, Office office) {
        this.server = server;
        this.prompts = prompts;
        this.office = office;
    }

    /** A fresh in-memory message store, as the line uses it. */
    public static MessageStore memoryStore() {
        return new SqlMessageStore(new Database("jdbc:h2:mem:messages-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** The office of a line whose clock stands at {@code now}, with a fresh store and no text messages. */
    public static Office office(Instant now) {
        return new Office(Clock.fixed(now, ZoneOffset.UTC), memoryStore(), TextMessages.NONE);
    }

    public static Prompts load(Path dir) {
        try {
            return new PromptsLoader(Optional.empty()).load(dir);
        } catch (PromptsException e) {
            throw new AssertionError("the prompts do not load:\n" + e.getMessage(), e);
        }
    }

    /** The shipped prompts, signatures checked with {@link #AUTH_TOKEN}. */
    public static TestLine start() throws Exception {
        return start(load(SHIPPED_PROMPTS));
    }

    /** The shipped prompts while the front desk is open. */
    public static TestLine start(Prompts prompts) throws Exception {
        return start(prompts, office(OPEN));
    }

    /** The shipped prompts with this clock, store and text messages; staff pages on. */
    public static TestLine start(Office office) throws Exception {
        return start(load(SHIPPED_PROMPTS), office);
    }

    public static TestLine start(Prompts prompts, Office office) throws Exception {
        return start(prompts, office, LineServer.Operations.standard(Optional.empty()));
    }

    /** With the given metrics, call log and password for /metrics; the front desk open. */
    public static TestLine start(Prompts prompts, LineServer.Operations operations) throws Exception {
        return start(prompts, office(OPEN), operations);
    }

    public static TestLine start(Prompts prompts, Office office, LineServer.Operations operations) throws Exception {
        LivePrompts live = new LivePrompts(prompts);
        PublicUrl publicUrl = new PublicUrl(Optional.empty());
        StaffServlet staff = new StaffServlet(new StaffGuard(Optional.of(STAFF_PASSWORD)),
                new CsrfTokens(formsSecret(office), office.clock()), office.messages(),
                new MessagesPage(() -> live.get().clinic().name()), () -> live.get().flow().hours().zone(),
                office.clock(), publicUrl);
        LineServer server = new LineServer("127.0.0.1", 0, new PhoneLine(live, Optional.empty(), office),
                new LineHealth(live), Optional.of(AUTH_TOKEN), publicUrl, operations)
                .withMessages(new MessageCallbacks(office), Optional.of(staff));
        server.start();
        return new TestLine(server, live, office);
    }

    /** With a phone line of the test's making, such as one whose prompts fail; no message pages. */
    public static TestLine start(LivePrompts live, PhoneLine phoneLine, Office office,
                                 LineServer.Operations operations) throws Exception {
        LineServer server = new LineServer("127.0.0.1", 0, phoneLine, new LineHealth(live), Optional.of(AUTH_TOKEN),
                new PublicUrl(Optional.empty()), operations);
        server.start();
        return new TestLine(server, live, office);
    }

    /**
     * The staff forms' secret as the line keeps it: in the store's database when the store is SQL (so two
     * test lines on one database share it, as two instances do), else random for this line.
     */
    static Supplier<byte[]> formsSecret(Office office) {
        if (office.messages() instanceof SqlMessageStore sql) {
            SharedSecrets secrets = new SharedSecrets(sql.database());
            return () -> secrets.get("staff-forms");
        }
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return () -> random;
    }

    public Office office() {
        return office;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public LivePrompts prompts() {
        return prompts;
    }

    public TwilioClient twilio() {
        return new TwilioClient(baseUrl(), AUTH_TOKEN);
    }

    /** Stops the server; the message store stays open (a test may start another server on it). */
    @Override
    public void close() throws Exception {
        server.stop();
    }
}
