package clinic.ivr.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Wrong staff passwords, counted per client: {@link #FAILURES} in {@link #WINDOW} and the client must
 * wait, a minute the first time, twice as long each time after (at most {@link #LONGEST_WAIT}), until
 * it gives the right password. A guesser gets ten tries a minute at best, then fewer and fewer.
 */
public final class LoginThrottle {

    static final int FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** A client quiet this long starts afresh. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);
    /** Clients remembered at once, so a flood of addresses cannot fill the memory. */
    static final int MAX_CLIENTS = 10_000;

    private static final class Client {
        final Deque<Instant> failures = new ArrayDeque<>();
        int waits;
        Instant blockedUntil = Instant.EPOCH;
        Instant last = Instant.EPOCH;
    }

    private final Clock clock;
    private final Map<String, Client> clients = new HashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the client must still wait before its password is checked again; empty when it may try. */
    public synchronized Optional<Duration> waitFor(String client) {
        Client c = clients.get(client);
        Instant now = clock.instant();
        if (c == null || !now.isBefore(c.blockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, c.blockedUntil));
    }

    /** A wrong password: returns how long the client must now wait, if this failure made it wait. */
    public synchronized Optional<Duration> failed(String client) {
        Instant now = clock.instant();
        forgetOld(now);
        Client c = clients.computeIfAbsent(client, k -> new Client());
        c.last = now;
        c.failures.addLast(now);
        while (!c.failures.isEmpty() && !c.failures.peekFirst().isAfter(now.minus(WINDOW))) {
            c.failures.removeFirst();
        }
        if (c.failures.size() < FAILURES) {
            return Optional.empty();
        }
        c.failures.clear();
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(c.waits, 10));
        wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        c.waits++;
        c.blockedUntil = now.plus(wait);
        return Optional.of(wait);
    }

    /** The right password: the client starts afresh. */
    public synchronized void succeeded(String client) {
        clients.remove(client);
    }

    private void forgetOld(Instant now) {
        if (clients.size() < MAX_CLIENTS) {
            return;
        }
        clients.values().removeIf(c -> c.last.isBefore(now.minus(FORGET_AFTER)) || !now.isBefore(c.blockedUntil)
                && c.failures.isEmpty());
        if (clients.size() >= MAX_CLIENTS) {
            clients.values().removeIf(c -> !now.isBefore(c.blockedUntil)); // keep only those made to wait
        }
    }
}
