package clinic.ivr.prompts;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.OutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateExceptionHandler;

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
}
