package clinic.ivr.prompts;

import clinic.ivr.config.ClinicSettings;
import clinic.ivr.desk.OpeningHours;
import clinic.ivr.desk.PhoneNumber;
import clinic.ivr.flow.Flow;
import clinic.ivr.flow.Heard;
import clinic.ivr.flow.Listener;
import clinic.ivr.flow.PhoneTree;
import clinic.ivr.flow.Vocabulary;
import freemarker.template.Template;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a prompts set ({@link PromptFiles}: a folder, or a version from the database) into a {@link Prompts}
 * version, or reports every problem in it with the
 * file and line, in words a staff member can act on: the settings ({@link SettingsFile}), the tree
 * ({@link TreeFile}), the words of each language ({@link LanguageWords}) and the TwiML templates.
 */
public final class PromptsLoader {

    private final Optional<String> frontDeskOverride;

    /** @param frontDeskOverride FRONT_DESK_NUMBER from the environment, which wins over the settings */
    public PromptsLoader(Optional<String> frontDeskOverride) {
        this.frontDeskOverride = frontDeskOverride;
    }

    /** The prompts folder at {@code dir}, as it is now. */
    public Prompts load(Path dir) throws PromptsException {
        return load(PromptFiles.read(dir));
    }

    /** A prompts set: a folder read into memory, or a version kept in the database. */
    public Prompts load(PromptFiles files) throws PromptsException {
        if (files.missing()) {
            throw new PromptsException(files.unreadable());
        }
        List<Problem> problems = new ArrayList<>(files.unreadable());
        Optional<SettingsFile.Settings> settings = new SettingsFile(frontDeskOverride).read(files, problems);
        Optional<ClinicSettings> clinic = settings.map(SettingsFile.Settings::clinic);
        Optional<PhoneTree> tree = TreeFile.read(files, problems);
        Map<String, Template> templates = new TwimlTemplates(files).compile(problems);
        if (clinic.isEmpty() || tree.isEmpty()) {
            throw new PromptsException(problems);
        }
        Optional<PhoneNumber> frontDesk = frontDeskOverride.or(() -> Optional.ofNullable(clinic.get().frontDesk().number()))
                .map(PhoneNumber::of);
        OpeningHours hours = settings.get().hours();
        StaffText text = new StaffText(clinic.get(), frontDesk, hours);
        Map<String, Wording> wordings = LanguageWords.read(List.copyOf(clinic.get().languages().keySet()), tree.get(),
                files, text, problems);
        if (!problems.isEmpty()) {
            throw new PromptsException(problems);
        }
        LanguageWords.withHints(wordings);
        Flow flow = flow(tree.get(), clinic.get(), wordings, frontDesk, hours);
        return new Prompts(files.fingerprint(), clinic.get(), tree.get(), wordings, templates, frontDesk, flow, files,
                settings.get().where());
    }

    private static Flow flow(PhoneTree tree, ClinicSettings clinic, Map<String, Wording> wordings,
                             Optional<PhoneNumber> frontDesk, OpeningHours hours) {
        Map<String, Vocabulary> vocabularies = new HashMap<>();
        Map<String, Map<String, List<String>>> parts = new HashMap<>();
        wordings.forEach((language, w) -> {
            Map<Heard, List<String>> examples = new LinkedHashMap<>();
            Wording.COMMAND_WORDS.forEach((entry, kind) -> {
                if (kind != Heard.Kind.LANGUAGE) {
                    examples.put(Heard.of(kind), w.words(entry));
                }
            });
            wordings.forEach((other, ow) -> {
                if (!other.equals(language)) {
                    examples.put(new Heard(Heard.Kind.LANGUAGE, other), ow.words(FixedEntry.LANGUAGE_WORDS));
                }
            });
            Map<String, String> names = new HashMap<>();
            Stream.concat(Stream.concat(tree.menus().stream(), tree.topics().stream()), Stream.of(PhoneTree.HOURS))
                    .distinct().filter(node -> !node.equals(PhoneTree.MAIN))
                    .forEach(node -> {
                        examples.put(Heard.go(node), w.words(EntryName.words(node)));
                        names.put(node, w.name(node));
                    });
            vocabularies.put(language, new Vocabulary(examples, w.words(FixedEntry.NUMBER_WORDS),
                    w.words(FixedEntry.YES_WORDS), w.words(FixedEntry.NO_WORDS), names));
            Map<String, List<String>> topicParts = new HashMap<>();
            tree.topics().forEach(topic -> topicParts.put(topic,
                    w.parts(EntryName.passage(topic)).stream().map(Speech::plainText).toList()));
            parts.put(language, topicParts);
        });
        return new Flow(tree, new Listener(vocabularies), List.copyOf(clinic.languages().keySet()), parts, frontDesk,
                hours);
    }
}
