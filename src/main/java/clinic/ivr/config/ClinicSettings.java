package clinic.ivr.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The clinic's settings, from {@code prompts/clinic.yaml}: what staff may change without a developer.
 *
 * @param name      the clinic's name, as callers hear it
 * @param phone     the clinic's public number (E.164), said to callers who should call back
 * @param frontDesk where the line transfers callers
 * @param languages the line's languages, by code; the first is the one a call starts in
 */
public record ClinicSettings(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "phone", required = true) String phone,
        @JsonProperty(value = "front_desk", required = true) FrontDesk frontDesk,
        @JsonProperty(value = "languages", required = true) LinkedHashMap<String, Voice> languages) {

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

    public Map<String, Voice> languagesInOrder() {
        return languages;
    }
}
