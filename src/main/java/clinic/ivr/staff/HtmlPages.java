package clinic.ivr.staff;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way to write an HTML page: FreeMarker's {@code .ftlh} templates in {@code /clinic/ivr/staff},
 * auto-escaped for HTML, each laid out by {@code layout.ftlh} (the navigation among the staff pages the
 * line serves, a skip link, the main landmark, the shared stylesheet). Templates read maps and lists
 * only (no Java objects, no {@code ?api}), so a page shows exactly what its Java gives it.
 */
public final class HtmlPages {

    /** Where the shared stylesheet is served. */
    public static final String STYLESHEET = "/staff/staff.css";
    /** Where the messages page's script is served (the live list of messages). */
    public static final String SCRIPT = "/staff/staff.js";
    /** Where the phone words page's script is served (the Listen buttons). */
    public static final String LISTEN_SCRIPT = "/staff/prompts/listen.js";

    /** A staff page, in the order the navigation lists them. */
    public enum Page {
        DASHBOARD("/staff", "Dashboard"),
        MESSAGES("/staff/messages", "Messages"),
        PHONE_WORDS("/staff/prompts", "Phone words"),
        HISTORY("/staff/prompts/history", "History");

        private final String path;
        private final String label;

        Page(String path, String label) {
            this.path = path;
            this.label = label;
        }

        public String path() {
            return path;
        }

        public String label() {
            return label;
        }
    }

    private static final Configuration HTML = configuration();

    private final List<Page> served;

    /** @param served the staff pages this line serves: only they are in the navigation */
    public HtmlPages(List<Page> served) {
        this.served = List.copyOf(served);
    }

    private static Configuration configuration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ClassTemplateLoader(HtmlPages.class, "/clinic/ivr/staff"));
        cfg.setRecognizeStandardFileExtensions(true); // .ftlh: HTML auto-escaping
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setNumberFormat("computer");
        cfg.setDefaultEncoding("UTF-8");
        return cfg;
    }

    /**
     * A staff page, its navigation marking {@code current} (none when null).
     *
     * @param template such as "messages.ftlh"
     * @param model    what the template reads: strings, numbers, booleans, maps and lists of them
     */
    public String page(String template, Page current, Map<String, Object> model) {
        List<Map<String, Object>> nav = new ArrayList<>();
        for (Page page : served) {
            nav.add(Map.of("href", page.path(), "label", page.label(), "current", page == current));
        }
        Map<String, Object> withLayout = new HashMap<>(model);
        withLayout.put("nav", nav);
        withLayout.put("stylesheet", STYLESHEET);
        withLayout.put("staffScript", SCRIPT);
        withLayout.put("listenScript", LISTEN_SCRIPT);
        return render(template, withLayout);
    }

    /** A page on its own, such as the printed phone script: its styles inside it, no navigation. */
    public static String document(String template, Map<String, Object> model) {
        return render(template, model);
    }

    private static String render(String template, Map<String, Object> model) {
        try {
            Template t = HTML.getTemplate(template);
            StringWriter out = new StringWriter(8192);
            t.process(model, out);
            return out.toString().stripLeading();
        } catch (TemplateException | IOException e) {
            throw new IllegalStateException("the page " + template + " cannot be rendered: " + e.getMessage(), e);
        }
    }

    /** A file served as it is beside the pages, such as "staff.css" or "staff.js". */
    public static byte[] asset(String name) {
        try (var in = HtmlPages.class.getResourceAsStream("/clinic/ivr/staff/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the staff pages' " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the staff pages' " + name + " cannot be read", e);
        }
    }
}
