package clinic.ivr.prompts;

import clinic.ivr.config.ClinicSettings;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.PhoneNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code clinic.yaml}: the clinic's settings, read with Jackson and checked, each problem with its line. */
final class SettingsFile {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2}-[A-Z]{2}");

    /**
     * The settings file, read and checked, with the front desk's hours.
     *
     * @param where where each setting is written, by its path such as "hours.special_days.2026-12-25"
     */
    record Settings(ClinicSettings clinic, OpeningHours hours, Map<String, Source> where) {}

    private final Optional<String> frontDeskOverride;

    /** @param frontDeskOverride FRONT_DESK_NUMBER, checked here too: it stands in for a setting */
    SettingsFile(Optional<String> frontDeskOverride) {
        this.frontDeskOverride = frontDeskOverride;
    }

    Optional<Settings> read(PromptFiles files, List<Problem> problems) {
        return YamlFile.read(files, PromptFiles.SETTINGS, YamlFile.type(ClinicSettings.class), problems)
                .flatMap(yaml -> check(yaml, problems));
    }

    private Optional<Settings> check(YamlFile yaml, List<Problem> problems) {
        ClinicSettings clinic = yaml.value();
        if (clinic.bookingLink() != null && !clinic.bookingLink().isBlank()
                && !clinic.bookingLink().matches("https?://[^\\s]+")) {
            problems.add(yaml.problem("booking_link", "\"" + clinic.bookingLink() + "\" is not a web address;"
                    + " write the whole address of the booking page, starting with https://"));
        }
        Optional<OpeningHours> hours = clinic.hours().read(
                (setting, message) -> problems.add(yaml.problem(setting, message)));
        if (clinic.name() == null || clinic.name().isBlank()) {
            problems.add(yaml.problem("name", "the clinic's name is empty."));
        }
        checkNumber(yaml, "phone", clinic.phone(), problems);
        checkNumber(yaml, "front_desk.number", clinic.frontDesk().number(), problems);
        frontDeskOverride.ifPresent(n -> PhoneNumber.of(n).mistake().ifPresent(mistake -> problems.add(new Problem(
                "FRONT_DESK_NUMBER", 0, "\"" + n + "\" " + mistake + "."))));
        int ring = clinic.frontDesk().ring();
        if (ring < 5 || ring > 60) {
            problems.add(yaml.problem("front_desk.ring_seconds", "ring_seconds is " + ring
                    + "; give the front desk between 5 and 60 seconds to answer."));
        }
        if (clinic.languages().isEmpty()) {
            problems.add(yaml.problem("languages", "list at least one language, such as en."));
        }
        clinic.languages().forEach((code, voice) -> {
            String at = "languages." + code;
            if (!code.matches("[a-z]{2}")) {
                problems.add(yaml.problem(at, "\"" + code + "\" is not a language code; use two letters, such as en or es."));
            }
            if (voice.voice() == null || !(voice.voice().startsWith("Polly.") || voice.voice().startsWith("Google."))) {
                problems.add(yaml.problem(at + ".voice", "the voice \"" + voice.voice() + "\" is not a Polly or Google"
                        + " voice (such as Polly.Joanna-Neural); other voices cannot read pauses and phone numbers."));
            }
            if (voice.language() == null || !LANGUAGE_TAG.matcher(voice.language()).matches()) {
                problems.add(yaml.problem(at + ".language", "\"" + voice.language()
                        + "\" is not a language tag Twilio knows; use a form such as en-US or es-US."));
            }
        });
        // a wrong number or name is among the problems, and the words are still read, so every problem shows at once
        return hours.map(h -> new Settings(clinic, h, yaml.sources()));
    }

    private static void checkNumber(YamlFile yaml, String path, String number, List<Problem> problems) {
        PhoneNumber.of(number).mistake().ifPresent(mistake -> problems.add(yaml.problem(path, "\"" + number + "\" "
                + mistake + ". Write it in quotes.")));
    }
}
