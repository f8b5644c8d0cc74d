package clinic.ivr.desk;

import clinic.ivr.desk.OpeningHours.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The weekly hours as a caller hears them, such as "Monday to Friday, 8 AM to 7 PM", built from the
 * settings so staff change the hours in one place. English and Spanish are written for the ear
 * ("de lunes a viernes, de 8 de la mañana a 7 de la noche"); other languages get the English form.
 */
public final class SpokenHours {

    private SpokenHours() {}

    /** The days the desk is open, grouped by runs of days with the same hours, Monday first. */
    record Run(DayOfWeek first, DayOfWeek last, Span span) {
        int days() {
            return last.getValue() - first.getValue() + 1;
        }
    }

    public static String of(OpeningHours hours, String language) {
        List<Run> runs = runs(hours);
        List<String> phrases = new ArrayList<>();
        boolean spanish = language.equals("es");
        for (Run run : runs) {
            phrases.add(spanish ? spanish(run) : english(run));
        }
        return join(phrases, spanish ? "y" : "and");
    }

    /**
     * A time of day as said on its own, such as "at ${time}": "8 AM", "noon"; in Spanish with its
     * article, "las 8 de la mañana", "la una de la tarde", so "a las" and "de las" read right.
     */
    public static String time(LocalTime time, String language) {
        if (!language.equals("es")) {
            return englishTime(time);
        }
        String said = spanishTime(time);
        return said.startsWith("la ") || said.equals("medianoche") ? said : "las " + said;
    }

    /** A date as said in a sentence: "Monday, December 28"; in Spanish "el lunes 28 de diciembre". */
    public static String date(LocalDate date, String language) {
        String day = dayName(date.getDayOfWeek(), language);
        if (language.equals("es")) {
            return "el " + day + " " + date.getDayOfMonth() + " de "
                    + date.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("es"));
        }
        return day + ", " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language)) + " "
                + date.getDayOfMonth();
    }

    /** A weekday's name in the caller's language, as used in a sentence: "Monday", "lunes". */
    public static String dayName(DayOfWeek day, String language) {
        return day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language));
    }

    static List<Run> runs(OpeningHours hours) {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            Optional<Span> span = hours.weekly().get(day);
            if (span.isEmpty()) {
                current = null;
                continue;
            }
            if (current != null && current.span().equals(span.get()) && current.last().plus(1) == day) {
                current = new Run(current.first(), day, current.span());
                runs.set(runs.size() - 1, current);
            } else {
                current = new Run(day, day, span.get());
                runs.add(current);
            }
        }
        return runs;
    }

    private static String english(Run run) {
        String first = dayName(run.first(), "en");
        String days = switch (run.days()) {
            case 1 -> first;
            case 2 -> first + " and " + dayName(run.last(), "en");
            default -> first + " to " + dayName(run.last(), "en");
        };
        return days + ", " + englishTime(run.span().opens()) + " to " + englishTime(run.span().closes());
    }

    /** 8 AM, 8:30 AM, noon, 7 PM: how an English speaker says a time. */
    static String englishTime(LocalTime time) {
        int h = time.getHour();
        int m = time.getMinute();
        if (m == 0 && h == 12) {
            return "noon";
        }
        if (m == 0 && h == 0) {
            return "midnight";
        }
        int h12 = h % 12 == 0 ? 12 : h % 12;
        return h12 + (m == 0 ? "" : String.format(Locale.ROOT, ":%02d", m)) + (h < 12 ? " AM" : " PM");
    }

    private static String spanish(Run run) {
        String days = switch (run.days()) {
            case 1 -> "los " + plural(run.first());
            case 2 -> "los " + plural(run.first()) + " y " + plural(run.last());
            default -> "de " + dayName(run.first(), "es") + " a " + dayName(run.last(), "es");
        };
        return days + ", de " + spanishTime(run.span().opens()) + " a " + spanishTime(run.span().closes());
    }

    /** "los sábados": only sábado and domingo change in the plural. */
    private static String plural(DayOfWeek day) {
        String name = dayName(day, "es");
        return name.endsWith("o") ? name + "s" : name;
    }

    /** 8 de la mañana, 8 y media de la mañana, 12 del mediodía, la una de la tarde, 7 de la noche. */
    static String spanishTime(LocalTime time) {
        int h = time.getHour();
        int m = time.getMinute();
        if (h == 0 && m == 0) {
            return "medianoche";
        }
        int h12 = h % 12 == 0 ? 12 : h % 12;
        String hour = h12 == 1 ? "la una" : String.valueOf(h12);
        String minutes = switch (m) {
            case 0 -> "";
            case 15 -> " y cuarto";
            case 30 -> " y media";
            default -> " y " + m;
        };
        String part;
        if (h < 12) {
            part = " de la mañana";
        } else if (h == 12) {
            part = " del mediodía";
        } else if (h < 19) {
            part = " de la tarde";
        } else {
            part = " de la noche";
        }
        return hour + minutes + part;
    }

    private static String join(List<String> phrases, String and) {
        if (phrases.size() <= 1) {
            return phrases.isEmpty() ? "" : phrases.get(0);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + ", " + and + " " + phrases.get(phrases.size() - 1);
    }
}
