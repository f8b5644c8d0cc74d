package clinic.ivr.prompts;

import clinic.ivr.config.ClinicSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code clinic.yaml} and {@code menus.yaml} written from values, as the staff page saves its fields:
 * every value quoted (so a {@code #} or a colon stays part of it), the notes staff know from the
 * shipped files, and for each line the field it came from, so a problem on a line is shown next to
 * that field.
 */
public final class ClinicYaml {

    /** Days of the week, as the settings name them. */
    public static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /**
     * A special day as staff enter it.
     *
     * @param hours "closed" or a range such as "8:00-13:00"
     * @param names its name in each language, in the settings' order; blank names are left out
     */
    public record SpecialDay(String date, String hours, List<String> names, String field) {}

    /**
     * The settings staff change on the page, and the ones they do not (the time zone, the languages and
     * voices), carried over as they are.
     *
     * @param weekly each day's "closed" or range, by day name
     * @param fields the page's field for each setting path ("name", "hours.monday", "front_desk.number")
     */
    public record Values(String name, String phone, String address, String bookingLink, String frontDeskNumber,
                         String ringSeconds, String timeZone, Map<String, String> weekly, List<SpecialDay> specialDays,
                         Map<String, ClinicSettings.Voice> languages, Map<String, String> fields) {}

    /** A file as written, and the field each of its lines came from (line numbers from 1). */
    public record Written(String text, Map<Integer, String> fields) {}

    private ClinicYaml() {}

    /** The settings a version's clinic.yaml holds, read as the loader reads them; empty when it cannot be read. */
    public static Optional<ClinicSettings> read(PromptFiles files) {
        return YamlFile.read(files, PromptFiles.SETTINGS, YamlFile.type(ClinicSettings.class), new ArrayList<>())
                .map(YamlFile::value);
    }

    /** Each menu's options in key order, as a version's menus.yaml holds them; empty when it cannot be read. */
    public static Optional<Map<String, List<String>>> readMenus(PromptFiles files) {
        return YamlFile.read(files, PromptFiles.TREE, YamlFile.mapOf(String.class,
                        YamlFile.mapOf(String.class, YamlFile.type(String.class))), new ArrayList<>())
                .map(yaml -> {
                    Map<String, Map<String, String>> menus = yaml.value();
                    Map<String, List<String>> tree = new LinkedHashMap<>();
                    menus.forEach((menu, options) -> tree.put(menu, options == null ? List.of()
                            : new java.util.TreeMap<>(options).values().stream().toList()));
                    return tree;
                });
    }

    /** The line (from 1) of each setting of a YAML file, by its path such as "hours.monday"; empty when it cannot be read. */
    public static Map<String, Integer> lines(PromptFiles files, String name) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        YamlFile.read(files, name, YamlFile.type(Object.class), new ArrayList<>())
                .ifPresent(yaml -> yaml.sources().forEach((path, source) -> lines.put(path, source.line())));
        return lines;
    }

    public static Written settings(Values v) {
        Lines out = new Lines();
        out.add("# Settings of the clinic's phone line, saved from the staff page (/staff/prompts).");
        out.add("# Lines starting with # are notes. Every value is in quotes. Check a change with:");
        out.add("#   java -jar target/clinic-ivr.jar validate");
        out.add("");
        out.add("# The clinic's name, as callers hear it.");
        out.add("name: " + quoted(v.name()), v.fields().get("name"));
        out.add("");
        out.add("# The clinic's public number, said to callers who should call back.");
        out.add("phone: " + quoted(v.phone()), v.fields().get("phone"));
        out.add("");
        out.add("# The clinic's street address and the web page where callers book a visit, sent by text message;");
        out.add("# until both are filled in, the line does not offer a text.");
        if (!v.address().isBlank()) {
            out.add("address: " + quoted(v.address()), v.fields().get("address"));
        }
        if (!v.bookingLink().isBlank()) {
            out.add("booking_link: " + quoted(v.bookingLink()), v.fields().get("booking_link"));
        }
        out.add("");
        out.add("# When the front desk answers the phone; outside these hours callers may leave a message.");
        out.add("hours:");
        out.add("  # The clinic's time zone: the hours below are in it, summer time included.");
        out.add("  time_zone: " + quoted(v.timeZone()));
        out.add("  # Each day: \"closed\", or the times on a 24-hour clock (7 PM is 19:00).");
        for (String day : DAYS) {
            out.add("  " + day + ": " + quoted(v.weekly().getOrDefault(day, "")), v.fields().get("hours." + day));
        }
        out.add("  # Holidays and other special days: the date, then \"closed\" or that day's hours, then its name");
        out.add("  # in each language, in the order of languages below.");
        if (v.specialDays().isEmpty()) {
            out.add("  special_days: {}");
        } else {
            out.add("  special_days:");
            for (SpecialDay day : v.specialDays()) {
                List<String> value = new ArrayList<>();
                value.add(day.hours());
                day.names().stream().map(String::strip).filter(n -> !n.isEmpty()).forEach(value::add);
                out.add("    " + quoted(day.date()) + ": " + quoted(String.join(", ", value)), day.field());
            }
        }
        out.add("");
        out.add("front_desk:");
        out.add("  # Where the line puts callers through to a person. FRONT_DESK_NUMBER, if set, replaces it.");
        out.add("  number: " + quoted(v.frontDeskNumber()), v.fields().get("front_desk.number"));
        out.add("  # How long to ring the front desk before telling the caller no one could answer.");
        String ring = v.ringSeconds().strip();
        out.add("  ring_seconds: " + (ring.matches("[0-9]{1,4}") ? ring : quoted(ring)), v.fields().get("front_desk.ring_seconds"));
        out.add("");
        out.add("# The languages of the line; a call starts in the first one. Each has a folder of its words.");
        out.add("languages:");
        v.languages().forEach((code, voice) -> {
            out.add("  " + code + ":");
            out.add("    voice: " + quoted(voice.voice()));
            out.add("    language: " + quoted(voice.language()));
        });
        return out.written();
    }

    /**
     * {@code menus.yaml}: each menu's options, keys 1, 2, 3 in order.
     *
     * @param fields the page's field for each menu, by menu name
     */
    public static Written menus(Map<String, List<String>> menus, Map<String, String> fields) {
        Lines out = new Lines();
        out.add("# The phone tree, saved from the staff page (/staff/prompts): each menu's options, key 1 first.");
        out.add("# An option leads to a topic (an answer) or to another menu; \"hours\" is said from clinic.yaml.");
        out.add("# These keys do the same in every menu and cannot be options: 0 front desk, star repeat, 9 main");
        out.add("# menu, pound next part; at the main menu 7 slower and 8 the other language; 6 a text message.");
        menus.forEach((menu, options) -> {
            out.add("");
            out.add(menu + ":", fields.get(menu));
            for (int i = 0; i < options.size(); i++) {
                out.add("  " + (i + 1) + ": " + options.get(i), fields.get(menu));
            }
        });
        return out.written();
    }

    /** A value in double quotes, as YAML reads it back exactly. */
    static String quoted(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : (value == null ? "" : value).toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\x%02x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static final class Lines {
        private final List<String> lines = new ArrayList<>();
        private final Map<Integer, String> fields = new LinkedHashMap<>();

        void add(String line) {
            lines.add(line);
        }

        void add(String line, String field) {
            lines.add(line);
            if (field != null) {
                fields.put(lines.size(), field);
            }
        }

        Written written() {
            return new Written(String.join("\n", lines) + "\n", fields);
        }
    }
}
