package clinic.ivr.staff;

import clinic.ivr.prompts.Changes;
import clinic.ivr.prompts.Validation;
import clinic.ivr.store.PromptVersionStore.Status;
import clinic.ivr.store.PromptVersionStore.Version;
import clinic.ivr.versions.PhoneWords;
import clinic.ivr.versions.PromptVersions;
import clinic.ivr.versions.PromptVersions.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /staff/prompts/history}: every version, newest first, with who, when, the note and what changed
 * (each changed sentence before and after); Restore publishes an older version again, as a new version,
 * once it passes the checks. Transport only.
 */
public final class HistoryServlet extends StaffPageServlet {

    public static final String PATH = HtmlPages.Page.HISTORY.path();
    private static final Logger LOG = LoggerFactory.getLogger(HistoryServlet.class);
    /** The newest versions shown; older ones stay in the database (and in an export of any of them). */
    static final int SHOWN = 50;
    /** Changes listed per version; the rest are counted. */
    static final int CHANGES_SHOWN = 25;

    private final transient PhoneWords words;
    private final transient HtmlPages pages;
    private final transient ClinicView clinic;
    private final transient NotFoundPage notFound;
    /** Versions never change: what changed between two of them is worked out once. */
    private final transient Map<String, List<Changes.Change>> changes = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Changes.Change>> eldest) {
                    return size() > 2 * SHOWN;
                }
            });

    public HistoryServlet(StaffGuard guard, CsrfTokens tokens, Optional<String> publicBaseUrl, PhoneWords words,
                          HtmlPages pages, ClinicView clinic, NotFoundPage notFound, RefusedFormPage refused) {
        super(guard, tokens, publicBaseUrl, refused);
        this.words = words;
        this.pages = pages;
        this.clinic = clinic;
        this.notFound = notFound;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!PATH.equals(request.getRequestURI())) {
            notFound.send(request, response);
            return;
        }
        String restored = request.getParameter("restored");
        String as = request.getParameter("as");
        String notice = restored != null && as != null && (restored + as).matches("[0-9]{1,18}")
                ? "Version " + restored + " is published again, as version " + as
                + ": every line answers with it within 5 seconds." : "";
        render(response, 200, notice, null, "", Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(PATH + "/restore").equals(request.getRequestURI())) {
            notFound.send(request, response);
            return;
        }
        Optional<Map<String, String>> form = form(request, response, 10, 4096);
        if (form.isEmpty()) {
            return;
        }
        int number = PhoneWordsServlet.number(form.get().get("version"));
        String author = form.get().getOrDefault("author", "").strip();
        PromptVersions versions = words.versions();
        if (versions.files(number).isEmpty()) {
            notFound.send(request, response);
            return;
        }
        if (author.isEmpty()) {
            render(response, 422, "", null, String.valueOf(number), Map.of(number, "Write your name or initials, so the"
                    + " history shows who restored it."));
            return;
        }
        versions.restore(number, author).handledBy(new Outcome.Handler<Void, IOException>() {
            @Override
            public Void published(Outcome.Published p) throws IOException {
                LOG.info("staff restored version {} of the prompts as version {}", number, p.number());
                words.follow();
                seeOther(response, PATH + "?restored=" + number + "&as=" + p.number());
                return null;
            }

            @Override
            public Void refused(Outcome.Refused r) throws IOException {
                render(response, 422, "", r.validation(), String.valueOf(number), Map.of());
                return null;
            }

            @Override
            public Void unchanged(Outcome.Unchanged u) throws IOException {
                render(response, 200, "Nothing to restore: callers already hear these words (version " + u.number()
                        + ").", null, "", Map.of());
                return null;
            }

            @Override
            public Void overtaken(Outcome.Overtaken o) throws IOException {
                render(response, 409, "Nothing was restored: version " + o.newest().number() + " was published"
                        + " meanwhile. Look at it below, then restore again if you still want to.", null, "", Map.of());
                return null;
            }
        });
    }

    /**
     * @param refused       the checks' findings on a version that could not be restored, if any
     * @param refusedNumber the number of a version that could not be restored, if any
     * @param authorErrors  a form's missing name, by the version its form restores
     */
    private void render(HttpServletResponse response, int status, String notice, Validation refused, String refusedNumber,
                        Map<Integer, String> authorErrors) throws IOException {
        PromptVersions versions = words.versions();
        OptionalInt answering = words.published();
        List<Version> all = versions.history();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Version v : all.subList(0, Math.min(SHOWN, all.size()))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", String.valueOf(v.number()));
            row.put("published", v.status() == Status.PUBLISHED);
            row.put("answering", answering.isPresent() && answering.getAsInt() == v.number());
            row.put("status", v.status() == Status.PUBLISHED ? "Published" : "Draft, not published");
            row.put("origin", origin(v));
            row.put("author", v.author());
            row.put("when", clinic.when(v.createdAt()));
            row.put("whenIso", v.createdAt() == null ? "" : v.createdAt().toString());
            row.put("note", v.note() == null ? "" : v.note());
            Optional<Version> before = all.stream().filter(o -> o.number() < v.number() && o.status() == Status.PUBLISHED)
                    .findFirst();
            row.put("comparedWith", before.map(b -> String.valueOf(b.number())).orElse(""));
            List<Changes.Change> changed = before.map(b -> changes(b.number(), v.number())).orElse(List.of());
            row.put("changes", changed.stream().limit(CHANGES_SHOWN).map(c -> Map.of("where", c.where(),
                    "before", c.before(), "after", c.after())).toList());
            row.put("more", String.valueOf(Math.max(0, changed.size() - CHANGES_SHOWN)));
            row.put("authorErrors", Optional.ofNullable(authorErrors.get(v.number())).stream().toList());
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("clinic", clinic.name());
        model.put("versions", rows);
        model.put("older", String.valueOf(Math.max(0, all.size() - SHOWN)));
        model.put("notice", notice);
        // why a restore was refused: the checks' findings, or the name missing, leading to its field
        List<Map<String, String>> problems = new ArrayList<>();
        if (refused != null) {
            refused.errors().forEach(p -> problems.add(Map.of("text", p.toString(), "href", "")));
        }
        authorErrors.forEach((number, error) -> problems.add(Map.of("text", "Your name or initials: " + error,
                "href", "#author-" + number)));
        model.put("problems", problems);
        model.put("checksFailed", refused != null);
        model.put("refusedNumber", refusedNumber);
        model.put("token", token());
        model.put("zone", clinic.zoneName());
        response.setStatus(status);
        write(response, "text/html", pages.page("history.ftlh", HtmlPages.Page.HISTORY, model));
    }

    private List<Changes.Change> changes(int before, int after) {
        return changes.computeIfAbsent(before + ">" + after, k -> words.versions().changes(before, after));
    }

    private static String origin(Version v) {
        return switch (v.origin()) {
            case PromptVersions.FOLDER -> "From the prompts folder";
            case PromptVersions.RESTORE -> v.basedOn() == null ? "Restored" : "Version " + v.basedOn() + ", restored";
            case PromptVersions.IMPORT -> "Imported on the command line";
            default -> "Published from the staff page";
        };
    }
}
