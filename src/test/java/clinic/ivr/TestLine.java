package clinic.ivr;

import clinic.ivr.line.PhoneLine;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.PromptsException;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.web.LineServer;
import clinic.ivr.web.PublicUrl;
import java.nio.file.Path;
import java.util.Optional;

/** The real line on a free port, as tests start it: real Jetty, real prompts, a real auth token. */
public final class TestLine implements AutoCloseable {

    public static final String AUTH_TOKEN = "test-auth-token-12345";
    public static final Path SHIPPED_PROMPTS = Path.of("prompts");

    private final LineServer server;
    private final LivePrompts prompts;

    private TestLine(LineServer server, LivePrompts prompts) {
        this.server = server;
        this.prompts = prompts;
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

    public static TestLine start(Prompts prompts) throws Exception {
        return start(prompts, LineServer.Operations.standard(Optional.empty()));
    }

    /** With the given metrics, call log and staff password. */
    public static TestLine start(Prompts prompts, LineServer.Operations operations) throws Exception {
        LivePrompts live = new LivePrompts(prompts);
        return start(live, new PhoneLine(live, Optional.empty()), operations);
    }

    /** With a phone line of the test's making, such as one whose prompts fail. */
    public static TestLine start(LivePrompts live, PhoneLine phoneLine, LineServer.Operations operations)
            throws Exception {
        LineServer server = new LineServer("127.0.0.1", 0, phoneLine, live, Optional.of(AUTH_TOKEN),
                new PublicUrl(Optional.empty()), operations);
        server.start();
        return new TestLine(server, live);
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

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
