package clinic.ivr.config;

import clinic.ivr.desk.OpeningHours;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The clinic's settings, from {@code prompts/clinic.yaml}: what staff may change without a developer.
 *
 * @param name      the clinic's name, as callers hear it
 * @param phone     the clinic's public number (E.164), said to callers who should call back
 * @param frontDesk where the line transfers callers
 * @param languages the line's languages, by code; the first is the one a call starts in
 * @param address     the clinic's street address, sent to callers by text message; may be left out
 * @param bookingLink the web address where callers book a visit, sent by text message; may be left out
 * @param hours       when the front desk answers
 */
public record ClinicSettings(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "phone", required = true) String phone,
        @JsonProperty(value = "front_desk", required = true) FrontDesk frontDesk,
        @JsonProperty(value = "languages", required = true) LinkedHashMap<String, Voice> languages,
        @JsonProperty("address") String address,
        @JsonProperty("booking_link") String bookingLink,
        @JsonProperty(value = "hours", required = true) Hours hours) {

    /** A text message to callers needs both the address and the booking link; without them none is offered. */
    public boolean canText() {
        return address != null && !address.isBlank() && bookingLink != null && !bookingLink.isBlank();
    }

    /**
     * The front desk's opening hours, as staff write them: each weekday "closed" or a range such as
     * "8:00-19:00" (24-hour clock), and dates with other hours (holidays, special closures).
     *
     * @param timeZone    the clinic's time zone, such as America/New_York
     * @param specialDays date (year-month-day) to "closed" or that day's hours
     */
    public record Hours(
            @JsonProperty(value = "time_zone", required = true) String timeZone,
            @JsonProperty("monday") String monday,
            @JsonProperty("tuesday") String tuesday,
            @JsonProperty("wednesday") String wednesday,
            @JsonProperty("thursday") String thursday,
            @JsonProperty("friday") String friday,
            @JsonProperty("saturday") String saturday,
            @JsonProperty("sunday") String sunday,
            @JsonProperty("special_days") LinkedHashMap<String, String> specialDays) {

        /** The weekdays as written, Monday first, by their setting name; null when a day is left out. */
        public Map<String, String> weekly() {
            Map<String, String> days = new LinkedHashMap<>();
            days.put("monday", monday);
            days.put("tuesday", tuesday);
            days.put("wednesday", wednesday);
            days.put("thursday", thursday);
            days.put("friday", friday);
            days.put("saturday", saturday);
            days.put("sunday", sunday);
            return days;
        }

        public Map<String, String> special() {
            return specialDays == null ? Map.of() : specialDays;
        }

        /** The hours as the line keeps them; every mistake is reported, and then the result is empty. */
        public Optional<OpeningHours> read(OpeningHours.Problems problems) {
            return OpeningHours.read(timeZone, weekly(), special(), problems);
        }
    }

    /**
     * @param number      the front desk's number (E.164); {@code FRONT_DESK_NUMBER} overrides it
     * @param ringSeconds how long to ring before giving up
     */
    public record FrontDesk(
            @JsonProperty(value = "number", required = true) String number,
            @JsonProperty(value = "ring_seconds") Integer ringSeconds) {

        public int ring() {
            return ringSeconds == null ? 20 : ringSeconds;
        }
    }

    /**
     * @param voice    a Polly or Google neural voice, such as Polly.Joanna-Neural
     * @param language the language tag Twilio needs on every Say and Gather, such as en-US
     */
    public record Voice(
            @JsonProperty(value = "voice", required = true) String voice,
            @JsonProperty(value = "language", required = true) String language) {}
}
