package clinic.ivr.prompts;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TwiML templates of {@code prompts/templates}, read into memory and compiled with XML
 * auto-escaping, so a version never reads half-edited files from disk while answering.
 */
final class TwimlTemplates {

    private final PromptFiles files;

    TwimlTemplates(PromptFiles files) {
        this.files = files;
    }

    Map<String, Template> compile(List<Problem> problems) {
        StringTemplateLoader loader = new StringTemplateLoader();
        if (!files.hasFolder(PromptFiles.TEMPLATES)) {
            problems.add(new Problem(files.display(PromptFiles.TEMPLATES), 0, "this folder is missing."));
        }
        List<String> paths = files.list(PromptFiles.TEMPLATES, ".ftlx");
        Map<String, String> names = new LinkedHashMap<>();
        for (String path : paths) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            loader.putTemplate(name, files.text(path).orElseThrow());
            names.put(name, path);
        }
        Configuration cfg = Freemarker.configuration(XMLOutputFormat.INSTANCE, loader);
        Map<String, Template> templates = new LinkedHashMap<>();
        names.forEach((name, path) -> {
            try {
                templates.put(name, cfg.getTemplate(name));
            } catch (IOException e) {
                problems.add(Freemarker.problem(files.display(path), e instanceof freemarker.core.ParseException pe
                        ? pe : new RuntimeException(e.getMessage()), Set.of()));
            }
        });
        if (files.hasFolder(PromptFiles.TEMPLATES)) {
            for (String required : Prompts.TEMPLATES) {
                if (!names.containsKey(required)) {
                    problems.add(new Problem(files.display(PromptFiles.TEMPLATES + "/" + required), 0,
                            "this template is missing; restore it from the copy that came with the line."));
                }
            }
        }
        return templates;
    }
}
