package clinic.ivr.it;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineProcess;
import clinic.ivr.OnTheLine;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A restart in the middle of calls: SIGTERM while many callers press keys. Every request the line
 * took in is answered in full with TwiML that keeps the caller on the line; a request it never took
 * in fails to connect (the router sends it elsewhere); nothing is cut half-way; the process ends
 * well within the 30 seconds a platform such as Heroku waits; and every answer has its line in the call log.
 */
class GracefulStopIT {

    private static final int CALLERS = 48;
    /** Enough load before the signal that requests are surely in flight when it comes. */
    private static final int ANSWERS_BEFORE_SIGTERM = 1500;

    /** One request as the caller's side saw it. */
    private record Sent(String callSid, long sentAt, long doneAt, int status, String body, IOException failure) {}

    @Test
    void sigtermMidLoadAnswersEveryRequestTakenInAndStopsWithin25Seconds() throws Exception {
        LineProcess line = LineProcess.start(Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN));
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger answered = new AtomicInteger();
        AtomicLong sigtermAt = new AtomicLong(Long.MAX_VALUE);
        CountDownLatch loaded = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        try {
            for (int c = 0; c < CALLERS; c++) {
                int caller = c;
                Thread t = new Thread(() -> call(line, caller, sent, answered, loaded), "caller-" + c);
                t.start();
                callers.add(t);
            }
            loaded.await();
            sigtermAt.set(System.nanoTime());
            line.sigterm();

            assertThat(line.awaitExit(Duration.ofSeconds(25))).as(() -> "the line did not stop within 25 s of SIGTERM:\n"
                    + String.join("\n", line.stderr())).isTrue();
            for (Thread t : callers) {
                t.join(30_000);
            }
        } finally {
            line.close();
        }

        Set<String> takenIn = new HashSet<>();
        for (String logLine : line.stdout()) {
            int at = logLine.indexOf("\"callSid\":\"");
            if (at >= 0) {
                takenIn.add(logLine.substring(at + 11, logLine.indexOf('"', at + 11)));
            }
        }
        int inFlight = 0;
        int afterStop = 0;
        // the answers of a few call steps, over and over: each different answer is read as TwiML once
        Set<String> checked = new HashSet<>();
        synchronized (sent) {
            for (Sent s : sent) {
                if (s.failure() == null) {
                    assertThat(s.status()).as(() -> "a request during the stop got " + s.status() + ": " + s.body()).isEqualTo(200);
                    if (checked.add(s.body())) {
                        OnTheLine.keepsCaller(s.body(), false);
                    }
                    // the call log is written asynchronously: what was queued at the stop still comes out
                    assertThat(takenIn).as(() -> "request " + s.callSid() + " was answered "
                            + (s.doneAt() - sigtermAt.get()) / 1_000_000 + " ms after SIGTERM but has no line in the"
                            + " call log (" + takenIn.size() + " lines)").contains(s.callSid());
                    if (s.sentAt() < sigtermAt.get() && s.doneAt() > sigtermAt.get()) {
                        inFlight++;
                    }
                } else {
                    assertThat(takenIn).as(() -> "request " + s.callSid()
                            + " was taken in by the line but cut before its answer: " + s.failure() + " sent "
                            + (s.sentAt() - sigtermAt.get()) / 1_000_000 + " ms after SIGTERM, failed "
                            + (s.doneAt() - sigtermAt.get()) / 1_000_000 + " ms after; the line logged: "
                            + line.stdout().stream().filter(l -> l.contains(s.callSid())).toList()).doesNotContain(s.callSid());
                    afterStop++;
                }
            }
        }
        assertThat(inFlight).as("no request was in flight at SIGTERM: the test proved nothing").isGreaterThan(0);
        assertThat(line.stderr().stream().anyMatch(l -> l.contains("Stopped"))).as(() -> "the line did not stop gracefully (" + line.stdout().size() + " log lines):\n" + String.join("\n", line.stderr())).isTrue();
        System.out.printf("%d requests, %d in flight at SIGTERM and answered, %d refused after the stop: %s%n",
                sent.size(), inFlight, afterStop, sent.stream().filter(s -> s.failure() != null)
                        .map(s -> s.failure().getClass().getSimpleName()).distinct().toList());
    }

    /** One caller: a call path over and over, until the line no longer takes connections. */
    private static void call(LineProcess line, int caller, List<Sent> sent, AtomicInteger answered,
                             CountDownLatch loaded) {
        TwilioClient twilio = new TwilioClient(line.baseUrl(), TestLine.AUTH_TOKEN);
        String[][] path = {
            {"/voice", ""}, {"/voice/menu?node=main&lang=en", "3"}, {"/voice/menu?node=faq&lang=en", "2"},
            {"/voice/menu?node=faq-painful&lang=en", "9"}, {"/voice/menu?node=main&lang=en", "0"}};
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int n = 0; System.nanoTime() < deadline; n++) {
            String[] step = path[n % path.length];
            String callSid = String.format("CA%08d%024d", caller, n);
            Map<String, String> form = TwilioClient.callForm();
            form.put("CallSid", callSid);
            if (!step[1].isEmpty()) {
                form.put("Digits", step[1]);
            }
            long start = System.nanoTime();
            try {
                HttpResponse<String> answer = twilio.post(step[0], form);
                sent.add(new Sent(callSid, start, System.nanoTime(), answer.statusCode(), answer.body(), null));
                if (answered.incrementAndGet() == ANSWERS_BEFORE_SIGTERM) {
                    loaded.countDown();
                }
            } catch (IOException failed) {
                sent.add(new Sent(callSid, start, System.nanoTime(), 0, "", failed));
                if (failed instanceof ConnectException || !line.process().isAlive()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
