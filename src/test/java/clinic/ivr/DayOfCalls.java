package clinic.ivr;

import clinic.ivr.desk.OpeningHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A day of calls on the shipped line, made up from a seed and placed over HTTP as Twilio places them:
 * callers who listen to an answer, hang up in a menu, reach the front desk, find no one there, leave a
 * message, or ask for the hours, at any time from 6 AM to 10 PM. It counts what it did, in the words the
 * dashboard uses, so a test can hold the dashboard to it.
 */
public final class DayOfCalls {

    /** The answers behind each key, and the words callers hear them offered in. */
    static final Map<String, String> MAIN = Map.of("1", "What traction therapy is", "2", "Who it helps",
            "4", "What happens in a session", "5", "Our hours");
    static final Map<String, String> FAQ = Map.of("1", "How soon it helps", "2", "Whether it hurts",
            "3", "Who should avoid it", "4", "How to prevent pain", "5", "How to get started");

    /** How the calls ended, by the dashboard's words. */
    public final Map<String, Integer> endings = new TreeMap<>();
    /** Answers started, by topic. */
    public final Map<String, Integer> topics = new TreeMap<>();
    /** Hang-ups in a menu, by menu. */
    public final Map<String, Integer> hangUps = new TreeMap<>();
    /** Calls by the hour they started, in the clinic's time. */
    public final int[] byHour = new int[24];
    public int calls;
    public int whileClosed;

    private final MovingClock clock;
    private final TwilioClient twilio;
    private final OpeningHours hours;
    private final Random random;

    public DayOfCalls(MovingClock clock, TwilioClient twilio, OpeningHours hours, long seed) {
        this.clock = clock;
        this.twilio = twilio;
        this.hours = hours;
        this.random = new Random(seed);
    }

    /** Places {@code count} calls on {@code day}, in the order of their times. */
    public DayOfCalls place(LocalDate day, int count) throws Exception {
        ZoneId zone = hours.zone();
        List<Instant> times = random.ints(count, 6 * 60, 22 * 60).sorted()
                .mapToObj(minute -> day.atStartOfDay(zone).plusMinutes(minute).toInstant()).toList();
        for (Instant at : times) {
            clock.set(at);
            place(at);
        }
        return this;
    }

    private void place(Instant at) throws Exception {
        calls++;
        boolean open = hours.isOpen(at);
        if (!open) {
            whileClosed++;
        }
        byHour[at.atZone(hours.zone()).getHour()]++;
        Caller caller = new Caller(twilio, "CA" + Long.toHexString(random.nextLong()), "+1212555" + (1000 + random.nextInt(9000)));
        Twiml main = caller.calls();
        switch (random.nextInt(6)) {
            case 0 -> {
                String key = List.of("1", "2", "4", "5").get(random.nextInt(4));
                caller.press(main, key);
                ended("Listened to an answer and hung up");
                count(topics, MAIN.get(key));
            }
            case 1 -> {
                String key = String.valueOf(1 + random.nextInt(5));
                caller.press(caller.press(main, "3"), key);
                ended("Listened to an answer and hung up");
                count(topics, FAQ.get(key));
            }
            case 2 -> {
                ended("Hung up in a menu");
                count(hangUps, "General questions");
            }
            case 3 -> {
                caller.press(main, "3");
                ended("Hung up in a menu");
                count(hangUps, "Common questions");
            }
            case 4 -> {
                Twiml desk = caller.press(main, "0");
                if (open) {
                    caller.desk(desk, true);
                    ended("Reached the front desk");
                } else {
                    ended("Hung up in a menu");
                    count(hangUps, "The offer to leave a message");
                }
            }
            default -> {
                Twiml desk = caller.press(main, "0");
                Twiml offer = open ? caller.desk(desk, false) : desk;
                if (random.nextBoolean()) {
                    caller.leavesMessage(caller.press(offer, "1"), "RE" + Long.toHexString(random.nextLong()), 15);
                    ended("Left a message");
                } else if (open) {
                    ended("The front desk did not answer");
                } else {
                    ended("Hung up in a menu");
                    count(hangUps, "The offer to leave a message");
                }
            }
        }
        clock.advance(Duration.ofSeconds(40));
        caller.hangsUp(40);
    }

    private void ended(String how) {
        count(endings, how);
    }

    private static void count(Map<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
    }
}
