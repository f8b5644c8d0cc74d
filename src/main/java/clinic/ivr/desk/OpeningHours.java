package clinic.ivr.desk;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the front desk answers: weekly hours, holidays and special days, in the clinic's time zone.
 * Pure: every answer is for an instant it is given, so daylight saving and holidays are plain tests.
 */
public final class OpeningHours {

    /** How long the desk must stay open for "we will call you back today" to be a promise it can keep. */
    public static final Duration CALLBACK_MARGIN = Duration.ofMinutes(30);

    private static final Pattern RANGE =
            Pattern.compile("(\\d{1,2}):(\\d{2})\\s*(?:-|–|to)\\s*(\\d{1,2}):(\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final String CLOSED = "closed";

    /** One day's opening: from {@code opens} (included) to {@code closes} (excluded), the same day. */
    public record Span(LocalTime opens, LocalTime closes) {}

    /**
     * The hours as a caller asking at {@code now} hears them.
     *
     * @param date        today, in the clinic's time zone
     * @param openNow     the desk answers at this moment
     * @param hours       today's opening, empty when closed all day
     * @param names       today's name when it is a special day ("Christmas Day"), one per language in the
     *                    settings' order (the last serves the languages after it); empty on an ordinary day
     * @param nextOpening when the desk opens next, if it is closed now
     * @param closure     staff closed the clinic for the rest of today, and why
     */
    public record Today(LocalDate date, boolean openNow, Optional<Span> hours, List<String> names,
                        Optional<ZonedDateTime> nextOpening, Optional<Closure> closure) {

        public Today(LocalDate date, boolean openNow, Optional<Span> hours, List<String> names,
                     Optional<ZonedDateTime> nextOpening) {
            this(date, openNow, hours, names, nextOpening, Optional.empty());
        }

        /** The special day's name in the language at this index of the settings. */
        public Optional<String> name(int language) {
            return names.isEmpty() ? Optional.empty() : Optional.of(names.get(Math.min(language, names.size() - 1)));
        }
    }

    /** When the clinic will call a caller back, as a caller hears it. */
    public record Callback(When when, DayOfWeek day) {
        public enum When { TODAY, TOMORROW, ON_DAY }
    }

    /** Reports a mistake in a setting, such as "hours.monday". */
    public interface Problems {
        void add(String setting, String message);
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, Optional<Span>> weekly;
    private final Map<LocalDate, Optional<Span>> special;
    private final Map<LocalDate, List<String>> names;
    private final Optional<Closure> closure;

    public OpeningHours(ZoneId zone, Map<DayOfWeek, Optional<Span>> weekly, Map<LocalDate, Optional<Span>> special) {
        this(zone, weekly, special, Map.of());
    }

    /** @param names special days' names, one per language, such as "Christmas Day", "Navidad" */
    public OpeningHours(ZoneId zone, Map<DayOfWeek, Optional<Span>> weekly, Map<LocalDate, Optional<Span>> special,
                        Map<LocalDate, List<String>> names) {
        this(zone, weekly, special, names, Optional.empty());
    }

    private OpeningHours(ZoneId zone, Map<DayOfWeek, Optional<Span>> weekly, Map<LocalDate, Optional<Span>> special,
                         Map<LocalDate, List<String>> names, Optional<Closure> closure) {
        this.zone = zone;
        this.names = Map.copyOf(names);
        this.closure = closure;
        Map<DayOfWeek, Optional<Span>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, weekly.getOrDefault(day, Optional.empty()));
        }
        this.weekly = Map.copyOf(days);
        this.special = Map.copyOf(special);
    }

    /**
     * Reads the hours staff wrote; every mistake is reported, and then the result is empty.
     *
     * @param timeZone    such as America/New_York
     * @param days        each weekday's hours by its name, Monday first ("closed", or such as "8:00-19:00"); a
     *                    null value for a day left out
     * @param specialDays date (year-month-day) to "closed" or that day's hours, then its names after commas
     */
    public static Optional<OpeningHours> read(String timeZone, Map<String, String> days, Map<String, String> specialDays,
                                              Problems problems) {
        boolean ok = true;
        ZoneId zone = null;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.trim());
        } catch (DateTimeException e) {
            problems.add("hours.time_zone", "\"" + timeZone + "\" is not a time zone; use a name such as"
                    + " America/New_York.");
            ok = false;
        }
        Map<DayOfWeek, Optional<Span>> weekly = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<String, String> day : days.entrySet()) {
            String setting = "hours." + day.getKey();
            if (day.getValue() == null) {
                problems.add("hours", "the hours of " + day.getKey() + " are missing: write \"" + day.getKey()
                        + ": closed\" or its hours, such as \"" + day.getKey() + ": 8:00-19:00\".");
                ok = false;
                continue;
            }
            Optional<Optional<Span>> span = span(day.getValue(), setting, problems);
            if (span.isEmpty()) {
                ok = false;
            } else {
                weekly.put(DayOfWeek.valueOf(day.getKey().toUpperCase(Locale.ROOT)), span.get());
            }
        }
        Map<LocalDate, Optional<Span>> special = new HashMap<>();
        Map<LocalDate, List<String>> names = new HashMap<>();
        for (Map.Entry<String, String> day : specialDays.entrySet()) {
            String setting = "hours.special_days." + day.getKey();
            LocalDate date;
            try {
                date = LocalDate.parse(day.getKey().trim());
            } catch (DateTimeParseException e) {
                problems.add(setting, "\"" + day.getKey() + "\" is not a date; write it as year-month-day, such as"
                        + " 2026-12-25.");
                ok = false;
                continue;
            }
            String[] value = (day.getValue() == null ? "" : day.getValue()).split(",");
            Optional<Optional<Span>> span = span(value[0], setting, problems);
            List<String> dayNames = Arrays.stream(value).skip(1).map(String::strip).toList();
            if (dayNames.contains("")) {
                problems.add(setting, "\"" + day.getValue() + "\": after each comma write the day's name, such as"
                        + " \"closed, Christmas Day, Navidad\" (one name for each language, in the order of languages).");
                ok = false;
            }
            if (span.isEmpty()) {
                ok = false;
            } else {
                special.put(date, span.get());
                if (!dayNames.isEmpty()) {
                    names.put(date, dayNames);
                }
            }
        }
        if (ok && weekly.values().stream().allMatch(Optional::isEmpty)) {
            problems.add("hours", "the front desk is closed every day of the week; give at least one day its hours.");
            ok = false;
        }
        return ok ? Optional.of(new OpeningHours(zone, weekly, special, names)) : Optional.empty();
    }

    /** "closed" is an empty span; a range is a span; anything else is a problem (outer empty). */
    private static Optional<Optional<Span>> span(String text, String setting, Problems problems) {
        String t = text.trim();
        if (t.equalsIgnoreCase(CLOSED)) {
            return Optional.of(Optional.empty());
        }
        Matcher m = RANGE.matcher(t);
        if (m.matches()) {
            try {
                LocalTime opens = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                LocalTime closes = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                if (closes.isAfter(opens)) {
                    return Optional.of(Optional.of(new Span(opens, closes)));
                }
                problems.add(setting, "\"" + text + "\": the closing time must come after the opening time, the same"
                        + " day (24-hour clock: 7 PM is 19:00).");
                return Optional.empty();
            } catch (DateTimeException e) {
                // reported below
            }
        }
        problems.add(setting, "\"" + text.strip() + "\" is not opening hours; write \"closed\" or the times on a"
                + " 24-hour clock, such as 8:00-19:00" + (setting.contains("special_days")
                ? ", then a comma and the day's name if it has one: \"closed, Christmas Day\"." : "."));
        return Optional.empty();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The usual hours of each weekday, empty when the desk is closed that day. */
    public Map<DayOfWeek, Optional<Span>> weekly() {
        return weekly;
    }

    /**
     * These hours with the clinic closed for the whole day of the closure, and why; the same hours when
     * the closure is for a day that is not today (it has ended at midnight, or is not yet).
     */
    public OpeningHours closedFor(Closure closure, Instant now) {
        if (!closure.date().equals(now.atZone(zone).toLocalDate())) {
            return this;
        }
        return new OpeningHours(zone, weekly, special, names, Optional.of(closure));
    }

    /** The hours of a date: a special day's if it has them, else its weekday's; none on a day staff closed. */
    public Optional<Span> on(LocalDate date) {
        if (closure.isPresent() && closure.get().date().equals(date)) {
            return Optional.empty();
        }
        Optional<Span> s = special.get(date);
        return s != null ? s : weekly.get(date.getDayOfWeek());
    }

    public boolean isOpen(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        return on(local.toLocalDate())
                .filter(s -> !time.isBefore(s.opens()) && time.isBefore(s.closes()))
                .isPresent();
    }

    /** The next moment the desk opens after {@code now}; empty if it stays closed for a year. */
    public Optional<ZonedDateTime> nextOpening(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate date = local.toLocalDate();
        for (int i = 0; i <= 366; i++) {
            LocalDate d = date.plusDays(i);
            Optional<Span> span = on(d);
            if (span.isPresent()) {
                ZonedDateTime opens = ZonedDateTime.of(d, span.get().opens(), zone);
                if (opens.toInstant().isAfter(now)) {
                    return Optional.of(opens);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the desk is open now, today's hours and name, and when it opens next if it is closed. */
    public Today today(Instant now) {
        LocalDate date = now.atZone(zone).toLocalDate();
        boolean open = isOpen(now);
        return new Today(date, open, on(date), names.getOrDefault(date, List.of()),
                open ? Optional.empty() : nextOpening(now), closure.filter(c -> c.date().equals(date)));
    }

    /** When a caller leaving a message now will be called back. */
    public Callback callback(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        if (isOpen(now) && isOpen(now.plus(CALLBACK_MARGIN))) {
            return new Callback(Callback.When.TODAY, today.getDayOfWeek());
        }
        Optional<ZonedDateTime> next = nextOpening(now);
        if (next.isEmpty()) {
            return new Callback(Callback.When.ON_DAY, today.plusDays(1).getDayOfWeek());
        }
        LocalDate day = next.get().toLocalDate();
        if (day.equals(today)) {
            return new Callback(Callback.When.TODAY, day.getDayOfWeek());
        }
        if (day.equals(today.plusDays(1))) {
            return new Callback(Callback.When.TOMORROW, day.getDayOfWeek());
        }
        return new Callback(Callback.When.ON_DAY, day.getDayOfWeek());
    }
}
