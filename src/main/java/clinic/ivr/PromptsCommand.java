package clinic.ivr;

import clinic.ivr.checks.Validator;
import clinic.ivr.config.Env;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.staff.ValidationReport;
import clinic.ivr.store.ConnectionPool;
import clinic.ivr.store.Database;
import clinic.ivr.store.PromptVersionStore;
import clinic.ivr.store.StoreException;
import clinic.ivr.versions.PromptVersions;
import clinic.ivr.versions.PromptVersions.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * {@code prompts export DIR} and {@code prompts import DIR}: the phone's words between the database
 * (DATABASE_URL, else the embedded database under DATA_DIR) and a prompts folder a developer can commit.
 * An import is published only when it passes the same checks as the staff page's Publish.
 */
final class PromptsCommand {

    private PromptsCommand() {}

    static int run(String what, Path dir, Arguments arguments, Env env, Validator validator, Clock clock, PrintStream out,
                   PrintStream err) {
        Path templates = env.promptsDir().resolve(PromptFiles.TEMPLATES);
        if (!Files.isDirectory(templates)) {
            // a version is answered with the line's own templates: without them nothing can be checked nor exported
            err.println("The line's TwiML templates are not at " + templates.toAbsolutePath() + ". Run this where the"
                    + " line runs (the folder that holds prompts/), or set PROMPTS_DIR to the line's prompts folder.");
            return 1;
        }
        Database database = Database.of(env.databaseUrl(), env.dataDir());
        try (ConnectionPool pool = ConnectionPool.open(database)) {
            PromptVersions versions = new PromptVersions(new PromptVersionStore(pool), validator, clock,
                    () -> PromptFiles.read(env.promptsDir()));
            return what.equals("export") ? export(versions, dir, out, err) : importFolder(versions, dir, arguments, out);
        } catch (StoreException e) {
            err.println("The phone's words cannot be read from the database " + database.describe() + ": " + e.getMessage()
                    + (database.isPostgres() ? "." : ". The embedded database is the running line's alone: stop the line"
                    + " first, or use the staff page, /staff/prompts."));
            return 1;
        } catch (IOException e) {
            err.println("Cannot write " + dir + ": " + e.getMessage());
            return 1;
        }
    }

    /** The published version's files, and the line's templates, written into {@code dir}. */
    private static int export(PromptVersions versions, Path dir, PrintStream out, PrintStream err) throws IOException {
        OptionalInt published = versions.newestPublished();
        if (published.isEmpty()) {
            err.println("No version of the phone's words is published yet.");
            return 1;
        }
        PromptFiles files = versions.withTemplates(versions.files(published.getAsInt()).orElseThrow());
        for (var file : files.texts().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        // a language's text file the version no longer has would be read back into the next version
        for (String language : files.texts().keySet().stream().filter(PromptFiles::isEditable)
                .filter(n -> n.contains("/")).map(n -> n.substring(0, n.indexOf('/'))).distinct().toList()) {
            try (Stream<Path> old = Files.list(dir.resolve(language))) {
                for (Path stale : old.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    if (!files.has(language + "/" + stale.getFileName())) {
                        Files.delete(stale);
                        out.println("Removed " + stale + ": version " + published.getAsInt() + " does not have it.");
                    }
                }
            }
        }
        var version = versions.version(published.getAsInt()).orElseThrow();
        out.println("Wrote version " + version.number() + " of the phone's words (by " + version.author() + ", "
                + version.createdAt() + ") to " + dir + ": " + files.texts().size() + " files.");
        return 0;
    }

    /** A prompts folder checked and published as a new version. */
    private static int importFolder(PromptVersions versions, Path dir, Arguments arguments, PrintStream out) {
        PromptFiles folder = PromptFiles.read(dir);
        String by = arguments.value("--by").orElse(System.getProperty("user.name", "the command line"));
        String note = arguments.value("--note").orElse("Imported from " + dir + " on the command line.");
        Outcome outcome = versions.publish(new PromptVersions.Draft(folder, PromptVersions.IMPORT, by, note,
                null, OptionalInt.empty()));
        return outcome.handledBy(new Outcome.Handler<Integer, RuntimeException>() {
            @Override
            public Integer published(Outcome.Published p) {
                out.println("Published " + dir + " as version " + p.number() + ": every running line answers with it"
                        + " within 5 seconds.");
                return 0;
            }

            @Override
            public Integer refused(Outcome.Refused refused) {
                ValidationReport.print(dir.toString(), refused.validation(), out);
                out.println("Nothing was published.");
                return 1;
            }

            @Override
            public Integer unchanged(Outcome.Unchanged u) {
                out.println("Nothing to import: version " + u.number() + " already has these words.");
                return 0;
            }

            @Override
            public Integer overtaken(Outcome.Overtaken o) {
                out.println("Nothing was published: version " + o.newest().number() + " was published meanwhile."
                        + " Import again to publish these words over it.");
                return 1;
            }
        });
    }
}
