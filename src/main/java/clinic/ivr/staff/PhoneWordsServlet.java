package clinic.ivr.staff;

import clinic.ivr.desk.Closure;
import clinic.ivr.prompts.FixedEntry;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.Validation;
import clinic.ivr.prompts.Wording;
import clinic.ivr.store.PromptVersionStore;
import clinic.ivr.store.PromptVersionStore.Version;
import clinic.ivr.versions.PhoneWords;
import clinic.ivr.versions.PromptVersions;
import clinic.ivr.versions.PromptVersions.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /staff/prompts}: what the phone says, to read, check and publish ({@link PhoneWordsForm},
 * {@link PhoneWordsPage}); the whole phone script of the published words or of a draft; closing the
 * clinic for the rest of today; the published version as a zip of the prompts folder; the Listen script.
 * Behind the {@link StaffGuard}; every form posted only from this site with its token. Transport only:
 * checking and publishing are {@link PromptVersions}'.
 */
public final class PhoneWordsServlet extends StaffPageServlet {

    public static final String PATH = "/staff/prompts";
    private static final Logger LOG = LoggerFactory.getLogger(PhoneWordsServlet.class);
    /** Every sentence in every language and the settings: a few hundred fields, a few dozen kilobytes. */
    public static final int MAX_FORM_BYTES = 512 * 1024;
    private static final int MAX_FORM_FIELDS = 3000;
    private static final int SMALL_FORM_BYTES = 8192;
    private static final int SMALL_FORM_FIELDS = 20;

    private final transient PhoneWords words;
    private final transient HtmlPages pages;
    private final transient ClinicView clinic;
    private final transient NotFoundPage notFound;

    public PhoneWordsServlet(StaffGuard guard, CsrfTokens tokens, Optional<String> publicBaseUrl, PhoneWords words,
                             HtmlPages pages, ClinicView clinic, NotFoundPage notFound, RefusedFormPage refused) {
        super(guard, tokens, publicBaseUrl, refused);
        this.words = words;
        this.pages = pages;
        this.clinic = clinic;
        this.notFound = notFound;
    }

    private PromptVersions versions() {
        return words.versions();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getRequestURI()) {
            case PATH -> editor(request, response);
            case PATH + "/script" -> script(response, words.live().current()
                    .map(p -> new Validation(Optional.of(p), List.of(), List.of())).orElse(Validation.failed(List.of())));
            case PATH + "/export" -> export(response);
            default -> notFound.send(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getRequestURI()) {
            case PATH -> form(request, response, MAX_FORM_FIELDS, MAX_FORM_BYTES, form -> typingKept(form, response))
                    .ifPresent(form -> posted(form, response));
            case PATH + "/script" -> {
                Optional<Map<String, String>> form = form(request, response, MAX_FORM_FIELDS, MAX_FORM_BYTES);
                if (form.isPresent()) {
                    Optional<PhoneWordsForm> posted = posted(form.get());
                    if (posted.isEmpty()) {
                        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                        return;
                    }
                    script(response, versions().check(posted.get().draft().files()));
                }
            }
            case PATH + "/closed-today" -> {
                Optional<Map<String, String>> form = form(request, response, SMALL_FORM_FIELDS, SMALL_FORM_BYTES);
                if (form.isPresent()) {
                    closedToday(form.get(), response);
                }
            }
            case PATH + "/keep-ours" -> {
                Optional<Map<String, String>> form = form(request, response, SMALL_FORM_FIELDS, SMALL_FORM_BYTES);
                if (form.isPresent()) {
                    int draft = number(form.get().get("draft"));
                    versions().keepStaffWords(draft);
                    LOG.info("staff keep their words rather than the prompts folder's draft {}", draft);
                    seeOther(response, PATH + "?kept=" + draft);
                }
            }
            default -> notFound.send(request, response);
        }
    }

    // ---- the editor

    private void editor(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalInt published = versions().newestPublished();
        int number = Optional.ofNullable(request.getParameter("version")).map(PhoneWordsServlet::number)
                .orElse(published.orElseGet(() -> versions().history().stream().mapToInt(Version::number).max().orElse(0)));
        // as the line answers with it: an entry the version predates shows with the folder's words
        Optional<PromptFiles> files = versions().files(number).map(versions()::withTemplates);
        if (files.isEmpty() && number == 0) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (files.isEmpty()) {
            notFound.send(request, response);
            return;
        }
        Optional<PhoneWordsForm> form = PhoneWordsForm.of(files.get());
        if (form.isEmpty()) {
            unreadable(number, response);
            return;
        }
        Validation shown = versions().version(number).filter(v -> v.status() == PromptVersionStore.Status.DRAFT)
                .map(v -> versions().check(files.get())).orElse(null);
        Context context = new Context(number, published, "", "", List.of(), notice(request, published));
        render(response, HttpServletResponse.SC_OK, form.get(), Optional.ofNullable(shown), context);
    }

    private void posted(Map<String, String> form, HttpServletResponse response) {
        try {
            Optional<PhoneWordsForm> posted = posted(form);
            if (posted.isEmpty()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            act(posted.get(), form, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The posted fields over the version they started from, which must exist. */
    private Optional<PhoneWordsForm> posted(Map<String, String> form) {
        int base = number(form.get("base"));
        return versions().files(base).map(versions()::withTemplates).flatMap(files -> PhoneWordsForm.posted(files, form));
    }

    /** The page was open too long for its token: nothing is done, and the typing comes back with a fresh one. */
    private void typingKept(Map<String, String> form, HttpServletResponse response) throws IOException {
        Optional<PhoneWordsForm> posted = posted(form);
        if (posted.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        render(response, 200, posted.get(), Optional.empty(), context(form).notice("This page was open for a long"
                + " time, so to be safe nothing was done. Your words are kept below: press the button again."));
    }

    /** What the posted form says besides the fields: the version it started from, the name and the note. */
    private static Context context(Map<String, String> posted) {
        OptionalInt seen = posted.getOrDefault("seen", "").isBlank() ? OptionalInt.empty()
                : OptionalInt.of(number(posted.get("seen")));
        return new Context(number(posted.get("base")), seen, posted.getOrDefault("author", "").strip(),
                posted.getOrDefault("note", "").strip(), List.of(), "");
    }

    private void act(PhoneWordsForm form, Map<String, String> posted, HttpServletResponse response) throws IOException {
        String action = posted.getOrDefault("action", "check");
        Context context = context(posted);
        if (action.equals("add-day")) {
            PhoneWordsForm more = form.withDay();
            render(response, 200, more, Optional.empty(), context.notice("A new special day is at the end of the list."
                    + " Nothing is published until you press Publish.", more.lastDayField(), "Go to the new special day"));
        } else if (action.startsWith("remove-day:")) {
            render(response, 200, form.withoutDay(number(action.substring(action.indexOf(':') + 1))), Optional.empty(),
                    context.notice("The special day is taken off this draft. Nothing is published until you press Publish."));
        } else if (action.startsWith("add-question:")) {
            String menu = action.substring(action.indexOf(':') + 1);
            PhoneWordsForm more = form.withQuestion(menu);
            render(response, 200, more, Optional.empty(), more == form ? context : context.notice("A new question is at"
                    + " the end of the menu: write its words in every language, then Check.", more.lastQuestionField(menu),
                    "Go to the new question"));
        } else if (action.startsWith("remove-question:")) {
            render(response, 200, form.withoutQuestion(action.substring(action.indexOf(':') + 1)), Optional.empty(),
                    context.notice("The option is taken off this draft. Nothing is published until you press Publish."));
        } else if (action.equals("publish")) {
            publish(form, context, response);
        } else {
            Validation checked = versions().check(form.draft().files());
            PhoneWordsPage page = new PhoneWordsPage(form, Optional.of(checked), placeholders());
            render(response, 200, page, checked, context.notice(page.problems() == 0
                    ? "Checked: no problems. Nothing is published until you press Publish." : ""));
        }
    }

    private void publish(PhoneWordsForm form, Context context, HttpServletResponse response) throws IOException {
        PhoneWordsForm.Draft draft = form.draft();
        Validation checked = versions().check(draft.files());
        PhoneWordsPage page = new PhoneWordsPage(form, Optional.of(checked), placeholders());
        List<String> authorErrors = context.author().isEmpty()
                ? List.of("Write your name or initials, so the history shows who published this.") : List.of();
        authorErrors.forEach(page::nameMissing);
        if (page.problems() > 0) {
            render(response, 422, page, checked, context.withAuthorErrors(authorErrors));
            return;
        }
        Outcome outcome = versions().publish(new PromptVersions.Draft(draft.files(), PromptVersions.STAFF,
                context.author(), context.note(), context.base(), context.seen()), checked);
        outcome.handledBy(new Outcome.Handler<Void, IOException>() {
            @Override
            public Void published(Outcome.Published p) throws IOException {
                LOG.info("staff published version {} of the prompts", p.number());
                words.answerWith(p.number(), checked);
                seeOther(response, PATH + "?published=" + p.number());
                return null;
            }

            @Override
            public Void refused(Outcome.Refused r) throws IOException {
                render(response, 422, new PhoneWordsPage(form, Optional.of(r.validation()), placeholders()),
                        r.validation(), context);
                return null;
            }

            @Override
            public Void unchanged(Outcome.Unchanged u) throws IOException {
                render(response, 200, page, checked, context.notice("Nothing to publish: callers already hear these"
                        + " words (version " + u.number() + ")."));
                return null;
            }

            @Override
            public Void overtaken(Outcome.Overtaken o) throws IOException {
                render(response, 409, page, checked, new Context(context.base(), OptionalInt.of(o.newest().number()),
                        context.author(), context.note(), List.of(), "Version " + o.newest().number() + " was published"
                        + " by " + o.newest().author() + " on " + clinic.when(o.newest().createdAt()) + " while you were"
                        + " editing. Publishing now replaces its words with the words below: compare them in the"
                        + " history, then press Publish again."));
                return null;
            }
        });
    }

    /** What the page says besides the fields; the notice may end with a link to a field ({@code noticeLink}: href, text). */
    private record Context(int base, OptionalInt seen, String author, String note, List<String> authorErrors,
                           String notice, Map<String, String> noticeLink) {
        Context(int base, OptionalInt seen, String author, String note, List<String> authorErrors, String notice) {
            this(base, seen, author, note, authorErrors, notice, Map.of());
        }

        Context notice(String text) {
            return new Context(base, seen, author, note, authorErrors, text);
        }

        /** A notice about a row just added, with a link that puts the keyboard in {@code field}, its first field. */
        Context notice(String text, String field, String link) {
            return new Context(base, seen, author, note, authorErrors, text, Map.of("href", "#" + field, "text", link));
        }

        Context withAuthorErrors(List<String> errors) {
            return new Context(base, seen, author, note, errors, notice, noticeLink);
        }
    }

    private void render(HttpServletResponse response, int status, PhoneWordsForm form, Optional<Validation> checked,
                        Context context) throws IOException {
        PhoneWordsPage page = new PhoneWordsPage(form, checked, placeholders());
        render(response, status, page, checked.orElse(null), context);
    }

    private void render(HttpServletResponse response, int status, PhoneWordsPage page, Validation checked,
                        Context context) throws IOException {
        Map<String, Object> model = page.model();
        Optional<Prompts> live = words.live().current();
        model.put("clinic", clinic.name());
        model.put("editing", editing(context.base()));
        model.put("answering", words.published().stream().mapToObj(n -> "version " + n).findFirst()
                .orElse(live.isPresent() ? "the words of the prompts folder" : "the safe answer (no version can be used yet)"));
        model.put("notice", context.notice());
        model.put("noticeLink", context.noticeLink());
        model.put("advice", checked == null ? List.of() : checked.warnings().stream().map(w -> w.message()).toList());
        model.put("token", token());
        model.put("base", String.valueOf(context.base()));
        model.put("seen", context.seen().isPresent() ? String.valueOf(context.seen().getAsInt()) : "");
        model.put("author", context.author());
        model.put("note", context.note());
        model.put("authorErrors", context.authorErrors());
        model.put("deskOverride", live.flatMap(p -> p.overriddenDeskNumber().map(set -> "FRONT_DESK_NUMBER is set on the"
                + " server: callers are put through to " + p.frontDeskNumber().orElseThrow().text() + ", not to the number"
                + " in this box (" + set.text() + "). Ask whoever runs the line to remove FRONT_DESK_NUMBER to use this one."))
                .orElse(""));
        model.put("today", ClinicView.day(clinic.today()));
        model.put("closed", closedToday(live).orElse(Map.of()));
        model.put("folderDraft", versions().folderDraftToReview().filter(d -> d.number() != context.base())
                .map(d -> (Object) Map.of("number", String.valueOf(d.number()), "text", "New default words arrived from the"
                        + " prompts folder on " + clinic.when(d.createdAt()) + ": " + (d.note() == null ? "" : d.note())))
                .orElse(Map.of()));
        response.setStatus(status);
        write(response, "text/html", pages.page("phone-words.ftlh", HtmlPages.Page.PHONE_WORDS, model));
    }

    private String editing(int number) {
        return versions().version(number).map(v -> (v.status() == PromptVersionStore.Status.DRAFT
                ? "You are looking at draft version " + number + ", not published" : "You are editing version " + number
                + ", published") + " on " + clinic.when(v.createdAt()) + " by " + v.author()
                + (v.note() == null ? "." : ": " + v.note()))
                .orElse("");
    }

    private String notice(HttpServletRequest request, OptionalInt published) {
        String done = request.getParameter("published");
        if (done != null && done.matches("[0-9]{1,9}")) {
            return "Version " + done + " is published: every line answers with it within 5 seconds.";
        }
        if (request.getParameter("closed") != null) {
            return "The clinic is closed for the rest of today.";
        }
        if (request.getParameter("reopened") != null) {
            return "The clinic is open again today, by its usual hours.";
        }
        if (request.getParameter("kept") != null) {
            return "Kept your words. The folder's draft stays in the history.";
        }
        return "";
    }

    private void unreadable(int number, HttpServletResponse response) throws IOException {
        unreadable(String.valueOf(number), versions().check(versions().files(number).orElseThrow()), response);
    }

    /** Why these words cannot be read, for version {@code number} ("" for words not saved). */
    private void unreadable(String number, Validation v, HttpServletResponse response) throws IOException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("clinic", clinic.name());
        model.put("number", number);
        model.put("problems", v.errors().stream().map(Object::toString).toList());
        response.setStatus(HttpServletResponse.SC_OK);
        write(response, "text/html", pages.page("unreadable.ftlh", HtmlPages.Page.PHONE_WORDS, model));
    }

    /** What each placeholder says in each language, from the words callers hear now. */
    private Map<String, Map<String, String>> placeholders() {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        words.live().current().ifPresent(p -> p.wordings().forEach((language, w) -> values.put(language, w.placeholders())));
        return values;
    }

    // ---- closed today

    private void closedToday(Map<String, String> form, HttpServletResponse response) throws IOException {
        ZoneId zone = clinic.zone();
        if ("reopen".equals(form.get("action"))) {
            versions().reopen(zone);
            LOG.info("staff opened the clinic again today");
            words.follow();
            seeOther(response, PATH + "?reopened");
            return;
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        words.live().current().map(p -> p.wordings().keySet()).orElse(java.util.Set.of()).forEach(language -> {
            String reason = Closure.clean(form.getOrDefault("reason." + language, ""));
            if (!reason.isEmpty()) {
                reasons.put(language, reason);
            }
        });
        String by = form.getOrDefault("author", "").strip();
        versions().closeToday(reasons, by.isEmpty() ? "staff" : by, zone);
        LOG.info("staff closed the clinic for the rest of today");
        words.follow();
        seeOther(response, PATH + "?closed");
    }

    /** Today's closure as the page shows it: the day, and the first language's sentence with the reason. */
    private Optional<Map<String, String>> closedToday(Optional<Prompts> live) {
        LocalDate today = clinic.today();
        return versions().closure().filter(c -> c.day().equals(today)).map(c -> {
            Closure closure = new Closure(c.day(), c.reasons());
            String says = live.map(p -> {
                String language = p.flow().defaultLanguage();
                Wording w = p.wording(language);
                return closure.reason(language).map(r -> w.hours(FixedEntry.HOURS_CLOSED_TODAY, Map.of("reason", r)))
                        .orElse(w.hours(FixedEntry.HOURS_TODAY_CLOSED, Map.of())).plainText();
            }).orElse("");
            return Map.of("day", ClinicView.day(today), "says", says);
        });
    }

    // ---- the script, the export

    private void script(HttpServletResponse response, Validation validation) throws IOException {
        if (validation.prompts().isEmpty()) {
            unreadable("", validation, response);
            return;
        }
        write(response, "text/html", ScriptHtml.page(pages, new PhoneScript(validation.prompts().get()).document()));
    }

    private void export(HttpServletResponse response) throws IOException {
        OptionalInt published = versions().newestPublished();
        if (published.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PromptFiles files = versions().withTemplates(versions().files(published.getAsInt()).orElseThrow());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.texts().entrySet()) {
                out.putNextEntry(new ZipEntry(PromptFiles.ROOT + "/" + file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"prompts-version-" + published.getAsInt() + ".zip\"");
        write(response, "application/zip", zip.toByteArray());
    }

    // ---- small things

    static int number(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
