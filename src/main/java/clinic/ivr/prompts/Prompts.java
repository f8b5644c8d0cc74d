package clinic.ivr.prompts;

import clinic.ivr.config.ClinicSettings;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.flow.Flow;
import clinic.ivr.flow.PhoneTree;
import freemarker.template.Template;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One loaded, checked version of the prompts folder: everything needed to answer a call.
 * Immutable, so a new version replaces an old one in a single step.
 *
 * @param version         a short fingerprint of the files, shown by /health
 * @param clinic          the clinic's settings
 * @param tree            the phone tree
 * @param wordings        what the line says, by language code, in the settings' order
 * @param templates       the TwiML templates by file name, such as "menu.ftlx"
 * @param frontDeskNumber the number the line transfers to, after FRONT_DESK_NUMBER
 * @param flow            the call flow over this tree and these words
 * @param files           the files this version was read from
 * @param settings        where each setting of the settings file is written, by its path such as "front_desk.number"
 */
public record Prompts(String version, ClinicSettings clinic, PhoneTree tree, Map<String, Wording> wordings,
                      Map<String, Template> templates, Optional<PhoneNumber> frontDeskNumber, Flow flow,
                      PromptFiles files, Map<String, Source> settings) {

    /** The TwiML templates every version must have. */
    public static final List<String> TEMPLATES = List.of("menu.ftlx", "front-desk.ftlx", "goodbye.ftlx",
            "voicemail.ftlx", "whisper.ftlx");

    public Wording wording(String language) {
        Wording w = wordings.get(language);
        return w != null ? w : wordings.get(flow.defaultLanguage());
    }

    /** The number staff set for the front desk, when FRONT_DESK_NUMBER puts callers through to another. */
    public Optional<PhoneNumber> overriddenDeskNumber() {
        PhoneNumber set = PhoneNumber.of(clinic.frontDesk().number());
        return frontDeskNumber.filter(number -> !number.sameLine(set)).map(number -> set);
    }

    /** Where a setting is written, such as "hours.monday"; the settings file when it is not known. */
    public Source setting(String path) {
        return settings.getOrDefault(path, new Source(files.display(PromptFiles.SETTINGS), 0));
    }

    public ClinicSettings.Voice voice(String language) {
        ClinicSettings.Voice v = clinic.languages().get(language);
        return v != null ? v : clinic.languages().get(flow.defaultLanguage());
    }
}
