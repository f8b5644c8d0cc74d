package clinic.ivr.checks;

import clinic.ivr.prompts.EntryName;
import clinic.ivr.prompts.Problem;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Source;
import clinic.ivr.prompts.Wording;
import java.util.Map;
import java.util.Optional;

/**
 * Every language says everything the others say: the same entries (menus, answers, options, the
 * words callers may say), so a caller in any language can go everywhere. The loader already requires
 * the entries the line cannot do without; this adds the optional ones, such as a menu's introduction,
 * and points out answers split into a different number of parts.
 */
public final class LanguageCheck {

    public void check(Prompts prompts, Findings findings) {
        Map<String, Wording> wordings = prompts.wordings();
        wordings.forEach((language, w) -> wordings.forEach((other, ow) -> {
            if (other.equals(language)) {
                return;
            }
            for (EntryName entry : ow.written()) {
                if (!w.written().contains(entry)) {
                    Source there = ow.source(entry).orElseThrow();
                    findings.error(new Problem(fileFor(w, language, there), 0, "the entry [" + entry + "] is missing;"
                            + " " + there + " has it: copy it here and translate it."));
                }
            }
            for (String node : prompts.tree().topics()) {
                EntryName topic = EntryName.passage(node);
                int here = w.parts(topic).size();
                int there = ow.parts(topic).size();
                if (here < there && w.source(topic).isPresent()) {
                    findings.warning(w.source(topic).get().problem("[" + topic + "] has " + here + " part"
                            + (here == 1 ? "" : "s") + " here and " + there + " in " + ow.source(topic).orElseThrow()
                            + "; check that nothing is missing (a line with only --- starts a new part)."));
                }
            }
        }));
    }

    /** The file with the same name in this language's folder, when it has one; else the folder. */
    private static String fileFor(Wording w, String language, Source there) {
        String name = there.file().substring(there.file().lastIndexOf('/') + 1);
        Optional<String> same = w.written().stream().map(w::source).flatMap(Optional::stream).map(Source::file)
                .filter(f -> f.endsWith("/" + language + "/" + name)).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        String folder = there.file().substring(0, there.file().lastIndexOf('/'));
        return folder.substring(0, folder.lastIndexOf('/') + 1) + language;
    }
}
