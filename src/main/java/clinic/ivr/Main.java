package clinic.ivr;

import clinic.ivr.config.Env;
import clinic.ivr.line.PhoneLine;
import clinic.ivr.prompts.LivePrompts;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.prompts.PromptsException;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.twiml.Rehearsal;
import clinic.ivr.web.LineServer;
import clinic.ivr.web.PublicUrl;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the phone line: reads the environment and the prompts, then serves Twilio's webhooks. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "serve" : args[0];
        if (!command.equals("serve")) {
            System.err.println("Usage: java -jar clinic-ivr.jar [serve]");
            System.exit(2);
        }
        Env env;
        Prompts prompts;
        try {
            env = Env.from(System.getenv());
            prompts = load(env);
        } catch (IllegalArgumentException | PromptsException e) {
            System.err.println("The phone line cannot start:\n" + e.getMessage());
            System.exit(1);
            return;
        }
        LivePrompts live = new LivePrompts(prompts);
        String host = env.trialMode() ? "127.0.0.1" : "0.0.0.0";
        LineServer server = new LineServer(host, env.port(), new PhoneLine(live, env.frontDeskNumber()), live,
                env.authToken(), new PublicUrl(env.publicBaseUrl()));
        server.start();
        if (env.trialMode()) {
            // on stderr as a block, so nobody mistakes a trial line for a protected one
            System.err.println("""
                    ************************************************************************
                    *  LOCAL TRIAL MODE: TWILIO_AUTH_TOKEN is not set.                     *
                    *  Requests are NOT checked for Twilio's signature, so the line        *
                    *  listens on 127.0.0.1 only. Set TWILIO_AUTH_TOKEN to take real calls. *
                    ************************************************************************""");
            LOG.warn("local trial mode: requests are not checked for Twilio's signature; listening on 127.0.0.1 only");
        }
        long startMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("clinic-ivr answering on http://{}:{}/voice with prompts {} ({} ms after start)",
                host, server.port(), prompts.version(), startMs);
        server.join();
    }

    /** Loads and rehearses the prompts; a version that cannot answer every call stops the start. */
    static Prompts load(Env env) throws PromptsException {
        Prompts prompts = new PromptsLoader(env.frontDeskNumber()).load(env.promptsDir());
        List<String> problems = Rehearsal.problems(prompts);
        if (!problems.isEmpty()) {
            throw new PromptsException(problems.stream()
                    .map(p -> new clinic.ivr.prompts.Problem(env.promptsDir() + "/templates", 0, p)).toList());
        }
        return prompts;
    }
}
