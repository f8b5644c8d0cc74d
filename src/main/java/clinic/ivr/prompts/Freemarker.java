package clinic.ivr.prompts;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.OutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Set;

/**
 * FreeMarker as the prompts use it: templates can read the values the line gives them and nothing
 * else. No Java classes, no ?api, no includes from disk, errors thrown rather than printed.
 */
final class Freemarker {

    private static final java.util.Locale LOCALE = java.util.Locale.US;

    private Freemarker() {}

    static Configuration configuration(OutputFormat format, StringTemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setOutputFormat(format);
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setTemplateLoader(loader);
        cfg.setLocalizedLookup(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setInterpolationSyntax(Configuration.DOLLAR_INTERPOLATION_SYNTAX);
        cfg.setNumberFormat("computer");
        cfg.setLocale(LOCALE);
        cfg.setDefaultEncoding("UTF-8");
        return cfg;
    }

    /** FreeMarker positions, turned into a staff problem. */
    static Problem problem(String file, Exception e, Set<String> knownNames) {
        if (e instanceof InvalidReferenceException ire) {
            String name = ire.getBlamedExpressionString();
            return new Problem(file, ire.getLineNumber() == null ? 0 : ire.getLineNumber(), "\"${" + name
                    + "}\" is not a known setting" + Suggest.didYouMean(name, knownNames));
        }
        if (e instanceof ParseException pe) {
            return new Problem(file, pe.getLineNumber(), "cannot be read: " + firstLine(pe.getEditorMessage())
                    + " Check that each ${ has its closing }.");
        }
        if (e instanceof TemplateException te) {
            return new Problem(file, te.getLineNumber() == null ? 0 : te.getLineNumber(),
                    firstLine(te.getMessageWithoutStackTop()));
        }
        return new Problem(file, 0, String.valueOf(e.getMessage()));
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }

    static String render(Template template, Object model) throws TemplateException, IOException {
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }
}
