package clinic.ivr.staff;

import clinic.ivr.TestLine;
import clinic.ivr.line.Office;
import clinic.ivr.store.CallWriter;
import clinic.ivr.store.SqlCallStore;
import java.time.Duration;

/** A test line whose calls are recorded in the office's database in the background, as the line records them. */
final class RecordedLine implements AutoCloseable {

    final TestLine line;
    private final CallWriter writer;

    RecordedLine(Office office) throws Exception {
        writer = new CallWriter(new SqlCallStore(TestLine.database(office)), CallWriter.CAPACITY, Duration.ofMillis(50))
                .start();
        line = TestLine.start(office.withCalls(writer));
    }

    /** Every call event so far written, as when the line stops. */
    void written() {
        writer.close();
    }

    @Override
    public void close() throws Exception {
        writer.close();
        line.close();
    }
}
