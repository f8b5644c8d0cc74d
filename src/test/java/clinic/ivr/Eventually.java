package clinic.ivr;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** Asks again until the answer is as expected, for at most a limit: a wait-until, never a fixed sleep. */
public final class Eventually {

    /** Every instance hears a newly published version within this. */
    public static final Duration HEARD_WITHIN = Duration.ofSeconds(5);

    private Eventually() {}

    /** The last answer: the expected one, or what was answered when the limit passed. */
    public static <T> T within(Duration limit, Callable<T> ask, Predicate<T> expected) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        T answer = ask.call();
        while (!expected.test(answer) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            answer = ask.call();
        }
        return answer;
    }

    /** Within {@link #HEARD_WITHIN}. */
    public static <T> T heard(Callable<T> ask, Predicate<T> expected) throws Exception {
        return within(HEARD_WITHIN, ask, expected);
    }
}
