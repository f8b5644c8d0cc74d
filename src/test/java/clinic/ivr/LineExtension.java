package clinic.ivr;

import clinic.ivr.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real line on a free port for a test class, in this process, and stops it without waiting
 * for idle clients:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final LineExtension LINE = new LineExtension();       // the shipped line, for the whole class
 * ... LINE.twilio().post("/voice", form) ...
 * ... TestLine closed = LINE.start(TestLine.with().office(TestLine.office(TestLine.CLOSED)));  // this test only
 * </pre>
 *
 * The class's line is started on first use and stopped after the last test; a line a test starts is
 * stopped after that test.
 */
public final class LineExtension implements AfterEachCallback, AfterAllCallback {

    private final TestLine.Builder shared;
    private TestLine line;
    private TwilioClient twilio;
    private final List<TestLine> started = new ArrayList<>();

    /** The shipped line: shipped prompts, the front desk open, a fresh store, staff pages on. */
    public LineExtension() {
        this(TestLine.with());
    }

    /** The class's line, made this way. */
    public LineExtension(TestLine.Builder shared) {
        this.shared = shared;
    }

    /** The line of the test class, started on first use. */
    public synchronized TestLine line() throws Exception {
        if (line == null) {
            line = shared.start();
            twilio = line.twilio();
        }
        return line;
    }

    /** Twilio's side of the class's line: one client, its connections kept open between requests. */
    public synchronized TwilioClient twilio() throws Exception {
        line();
        return twilio;
    }

    public String baseUrl() throws Exception {
        return line().baseUrl();
    }

    /** Another line, for this test only: stopped when the test ends. */
    public synchronized TestLine start(TestLine.Builder builder) throws Exception {
        TestLine other = builder.start();
        started.add(other);
        return other;
    }

    /**
     * One of several instances on one database, each with its own copy of the shipped prompts in
     * {@code folder} (as on its own machine), the desk open.
     */
    public TestLine instanceOn(Database database, Path folder) throws Exception {
        return start(TestLine.with().office(TestLine.officeOn(database, TestLine.OPEN))
                .promptsFolder(PromptsCopy.in(folder).dir()));
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) throws Exception {
        for (TestLine other : started) {
            other.close();
        }
        started.clear();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws Exception {
        if (line != null) {
            line.close();
            line = null;
        }
    }
}
