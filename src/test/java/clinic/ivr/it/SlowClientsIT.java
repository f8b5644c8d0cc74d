package clinic.ivr.it;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.ivr.LineProcess;
import clinic.ivr.OnTheLine;
import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Slow clients cannot starve the line: 40 connections that each send a webhook's headers, then its
 * body one byte every {@link #DRIBBLE_MS} (and connect again when the line cuts them off), while
 * Twilio's signed requests, the fallback included, are each answered within {@link #WITHIN_MS}.
 */
class SlowClientsIT {

    static final int DRIBBLERS = 40;
    static final long DRIBBLE_MS = 2_000;
    static final long WITHIN_MS = 2_000;
    static final int CALLS = 60;

    @Test
    void fortyDribblingConnectionsLeaveEverySignedCallAnsweredWithinTwoSeconds() throws Exception {
        LineProcess line = LineProcess.start(Map.of("TWILIO_AUTH_TOKEN", TestLine.AUTH_TOKEN));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger open = new AtomicInteger();
        AtomicInteger connections = new AtomicInteger();
        List<Thread> dribblers = new ArrayList<>();
        try {
            for (int i = 0; i < DRIBBLERS; i++) {
                Thread t = new Thread(() -> dribble(line.port(), stop, open, connections), "dribbler-" + i);
                t.setDaemon(true);
                t.start();
                dribblers.add(t);
            }
            for (int i = 0; i < 200 && open.get() < DRIBBLERS; i++) {
                Thread.sleep(10);
            }
            assertThat(open.get()).as("the slow connections are not all open: the test would prove nothing").isEqualTo(DRIBBLERS);

            TwilioClient twilio = new TwilioClient(line.baseUrl(), TestLine.AUTH_TOKEN);
            String[] routes = {"/voice", "/voice/menu?node=main&lang=en", "/voice/fallback", "/voice/menu?node=faq&lang=es"};
            long slowest = 0;
            int leastOpen = DRIBBLERS;
            for (int i = 0; i < CALLS; i++) {
                String route = routes[i % routes.length];
                long start = System.nanoTime();
                HttpResponse<String> answer = twilio.post(route, TwilioClient.withInput(Map.of("Digits", "4")));
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertThat(answer.statusCode()).as(route).isEqualTo(200);
                OnTheLine.keepsCaller(answer.body(), false);
                assertThat(ms).as(route + " answered in " + ms + " ms with " + open.get() + " slow connections open").isLessThan(WITHIN_MS);
                slowest = Math.max(slowest, ms);
                leastOpen = Math.min(leastOpen, open.get());
                Thread.sleep(100);
            }
            System.out.printf("%d signed calls answered (fallback included) while %d connections dribbled a byte every"
                            + " %d ms (at least %d open at any call, %d connections made in all); slowest answer %d ms%n",
                    CALLS, DRIBBLERS, DRIBBLE_MS, leastOpen, connections.get(), slowest);
            assertThat(leastOpen).as("too few slow connections were open during the calls: " + leastOpen).isGreaterThanOrEqualTo(DRIBBLERS * 3 / 4);
        } finally {
            stop.set(true);
            line.kill();
        }
    }

    /** The line answered (it cuts a slow body off with 408) or closed the connection: time to come back. */
    private static boolean answered(Socket socket) throws IOException {
        try {
            socket.getInputStream().read(); // a byte of an answer, or -1 for a closed connection
            return true;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        }
    }

    /** One slow client: a webhook's headers, then its body a byte at a time, again and again. */
    private static void dribble(int port, AtomicBoolean stop, AtomicInteger open, AtomicInteger connections) {
        byte[] head = ("POST /voice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "X-Twilio-Signature: dribble\r\nContent-Length: 400\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        while (!stop.get()) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                connections.incrementAndGet();
                open.incrementAndGet();
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(head);
                    out.flush();
                    socket.setSoTimeout(1);
                    for (int i = 0; i < 400 && !stop.get() && !answered(socket); i++) {
                        out.write('a');
                        out.flush();
                        Thread.sleep(DRIBBLE_MS);
                    }
                } finally {
                    open.decrementAndGet();
                }
            } catch (IOException cutOff) {
                // the line closed it: come back, as a stubborn client would
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
