package clinic.ivr;

import clinic.ivr.config.Env;
import clinic.ivr.flow.Flow;
import clinic.ivr.line.EspeakSpeaker;
import clinic.ivr.line.PhoneLine;
import clinic.ivr.line.Speaker;
import clinic.ivr.line.TerminalPhone;
import clinic.ivr.prompts.FolderFingerprint;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.PromptsException;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.prompts.PromptsReloader;
import clinic.ivr.prompts.Validation;
import clinic.ivr.staff.PhoneScript;
import clinic.ivr.staff.ScriptHtml;
import clinic.ivr.staff.ScriptMarkdown;
import clinic.ivr.staff.ValidationReport;
import clinic.ivr.twiml.Validator;
import clinic.ivr.web.LineServer;
import clinic.ivr.web.PublicUrl;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the phone line, or one of the staff's tools: reads the environment and wires the parts. */
public final class Main {

    static final String USAGE = """
            Usage: java -jar clinic-ivr.jar [command]

              serve                              answer calls (what runs when no command is given)
              validate [DIR]                     check the prompts before any caller hears them
              script [--html] [DIR]              print the whole phone tree for review, as Markdown
                                                 (or as an HTML page with --html)
              call [--speak] [--lang es] [DIR]   try a call in this terminal, without Twilio
              help                               show this text

            DIR is the prompts folder: PROMPTS_DIR if it is set, else ./prompts.
            """;

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) throws Exception {
        int code = run(args, System.getenv(), System.in, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command; serve returns only when the server stops. @return the exit code */
    static int run(String[] args, Map<String, String> environment, InputStream in, PrintStream out, PrintStream err)
            throws Exception {
        Arguments arguments;
        Env env;
        try {
            arguments = Arguments.parse(args);
            env = Env.from(environment);
        } catch (Arguments.UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.print(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("Cannot start: " + e.getMessage());
            return 1;
        }
        Path dir = arguments.dir().map(Path::of).orElse(env.promptsDir());
        Validator validator = new Validator(new PromptsLoader(env.frontDeskNumber()));
        switch (arguments.command()) {
            case "help":
                out.print(USAGE);
                return 0;
            case "validate":
                return ValidationReport.print(dir.toString(), validator.validate(dir), out);
            case "script":
                return script(validator.validate(dir), arguments.has("--html"), out, err);
            case "call":
                return call(validator.validate(dir), env, arguments, in, out, err);
            default:
                return serve(env, validator, err);
        }
    }

    private static int script(Validation validation, boolean html, PrintStream out, PrintStream err) {
        if (!validation.ok()) {
            return cannotUse(validation, err);
        }
        var doc = new PhoneScript(validation.prompts().orElseThrow()).document();
        out.print(html ? ScriptHtml.write(doc) : ScriptMarkdown.write(doc));
        return 0;
    }

    private static int call(Validation validation, Env env, Arguments arguments, InputStream in, PrintStream out,
                            PrintStream err) {
        if (!validation.ok()) {
            return cannotUse(validation, err);
        }
        Prompts prompts = validation.prompts().orElseThrow();
        List<String> pressFirst = List.of();
        if (arguments.value("--lang").isPresent()) {
            String language = arguments.value("--lang").get();
            if (!prompts.wordings().containsKey(language)) {
                err.println("The line has no \"" + language + "\" language; it has " + prompts.wordings().keySet() + ".");
                return 2;
            }
            // callers reach another language the way they do on the phone: its key at the first menu
            pressFirst = language.equals(prompts.flow().defaultLanguage()) ? List.of() : List.of(Flow.LANGUAGE_KEY);
        }
        Speaker speaker = arguments.has("--speak") ? new EspeakSpeaker(out) : Speaker.SILENT;
        PhoneLine line = new PhoneLine(new LivePrompts(prompts), env.frontDeskNumber());
        boolean typedAtTerminal = in == System.in && System.console() != null;
        new TerminalPhone(line, new InputStreamReader(in, StandardCharsets.UTF_8), out, speaker, !typedAtTerminal)
                .call(pressFirst);
        return 0;
    }

    private static int cannotUse(Validation validation, PrintStream err) {
        err.println("The prompts have problems; run validate for the details:");
        validation.errors().forEach(p -> err.println("  " + p));
        return 1;
    }

    private static int serve(Env env, Validator validator, PrintStream err) throws Exception {
        FolderFingerprint loaded = FolderFingerprint.of(env.promptsDir());
        Prompts prompts;
        try {
            Validation validation = validator.validate(env.promptsDir());
            prompts = validation.orThrow();
            validation.warnings().forEach(w -> LOG.warn("prompts advice: {}", w));
        } catch (PromptsException e) {
            err.println("The phone line cannot start:\n" + e.getMessage());
            return 1;
        }
        LivePrompts live = new LivePrompts(prompts);
        String host = env.trialMode() ? "127.0.0.1" : "0.0.0.0";
        LineServer server = new LineServer(host, env.port(), new PhoneLine(live, env.frontDeskNumber()), live,
                env.authToken(), new PublicUrl(env.publicBaseUrl()));
        server.start();
        if (env.trialMode()) {
            LOG.warn("""

                    ************************************************************************
                    *  LOCAL TRIAL MODE: TWILIO_AUTH_TOKEN is not set.                     *
                    *  Requests are NOT checked for Twilio's signature, so the line        *
                    *  listens on 127.0.0.1 only. Set TWILIO_AUTH_TOKEN to take real calls.*
                    ************************************************************************""");
        }
        try (PromptsReloader reloader = new PromptsReloader(env.promptsDir(), validator::validate, live, loaded)
                .start(PromptsReloader.EVERY_SECOND)) {
            long startMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info("clinic-ivr answering on http://{}:{}/voice with prompts {} ({} ms after start);"
                    + " edits to {} are used within seconds", host, server.port(), prompts.version(), startMs,
                    env.promptsDir());
            server.join();
        }
        return 0;
    }
}
