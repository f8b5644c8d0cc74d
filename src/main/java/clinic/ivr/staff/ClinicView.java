package clinic.ivr.staff;

import clinic.ivr.desk.CallEnding;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.prompts.Prompts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The clinic as the staff pages show it, from the prompts in use (they may change while the line runs):
 * its name, time zone and hours, and each menu and topic in the words callers hear it offered, never
 * by its internal name.
 */
public final class ClinicView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    private final Supplier<Optional<Prompts>> prompts;
    private final Clock clock;

    /** @param prompts the prompts in use, if any can be used; @param clock the line's (IVR_NOW fixes it) */
    public ClinicView(Supplier<Optional<Prompts>> prompts, Clock clock) {
        this.prompts = prompts;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** Today's date at the clinic. */
    public LocalDate today() {
        return clock.instant().atZone(zone()).toLocalDate();
    }

    public String name() {
        return prompts.get().map(p -> p.clinic().name()).orElse("the clinic");
    }

    /** The clinic's time zone, which staff read times in. */
    public ZoneId zone() {
        return hours().map(OpeningHours::zone).orElse(ZoneOffset.UTC);
    }

    /** The time zone as the pages name it: "America/New York"; "UTC", not "Z", while no prompts can be used. */
    public String zoneName() {
        ZoneId zone = zone();
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId().replace('_', ' ');
    }

    /** "Wednesday, March 4, 2026 at 10:00 AM": a moment as staff read it, at the clinic; empty for none. */
    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone()));
    }

    /** "Wednesday, March 4": a day as staff read it. */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    public Optional<OpeningHours> hours() {
        return prompts.get().map(p -> p.flow().hours());
    }

    /**
     * A menu or topic as callers hear it offered, capitalized ("How to get started", "Common questions",
     * "General questions" for the main menu), or what a caller asked that the front desk answers;
     * empty for a name the prompts in use do not have.
     */
    public String named(String node) {
        if (node == null || node.isEmpty()) {
            return "";
        }
        switch (node) {
            case CallEnding.MESSAGE_OFFER:
                return "The offer to leave a message";
            case PhoneTree.ASK_THE_DESK:
                return "A question for the front desk (costs, insurance, appointments)";
            case PhoneTree.DIRECTIONS:
                return "How to get to the clinic";
            default:
                break;
        }
        Optional<Prompts> current = prompts.get();
        if (current.isEmpty()) {
            return "";
        }
        Prompts p = current.get();
        String words = p.wording(p.flow().defaultLanguage()).name(node);
        if (words.isEmpty() && node.equals(PhoneTree.MAIN)) {
            words = "the main menu";
        }
        return words.isEmpty() ? "" : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
