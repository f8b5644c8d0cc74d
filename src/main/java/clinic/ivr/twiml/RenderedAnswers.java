package clinic.ivr.twiml;

import clinic.ivr.flow.Step;
import clinic.ivr.prompts.Prompts;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered menus and answers kept per version of the prompts. A rendering is a pure function of the
 * version and the step (the rehearsal relies on the same), and calls visit the same few hundred
 * menus and answers over and over: rendering each once saves the templates' work, which profiling
 * showed as the largest part of a request. The front desk's is kept too: the caller id it shows the desk
 * is the clinic's number the caller dialled, the same for every caller. Steps that carry a caller's own
 * data (their number, a recording) are rendered every time and never kept. A new version starts afresh;
 * the number kept is bounded.
 */
public final class RenderedAnswers {

    /** Far more than the steps callers reach (a few hundred), far less than memory allows. */
    static final int MAX_ANSWERS = 2_000;

    /** An answer as text, and as the UTF-8 bytes that go on the wire (encoded once too). */
    public record Rendered(String twiml, byte[] utf8) {}

    private record Version(Prompts prompts, Map<Step, Rendered> answers) {}

    private volatile Version current = new Version(null, Map.of());

    public Rendered render(Prompts prompts, Step step) throws TemplateException, IOException {
        if (!(step instanceof Step.Menu || step instanceof Step.Answer || step instanceof Step.FrontDesk)) {
            return rendered(TwimlRenderer.render(prompts, step));
        }
        Version version = current;
        if (version.prompts() != prompts) {
            version = new Version(prompts, new ConcurrentHashMap<>());
            current = version;
        }
        Rendered rendered = version.answers().get(step);
        if (rendered == null) {
            rendered = rendered(TwimlRenderer.render(prompts, step));
            if (version.answers().size() < MAX_ANSWERS) {
                version.answers().put(step, rendered);
            }
        }
        return rendered;
    }

    private static Rendered rendered(String twiml) {
        return new Rendered(twiml, twiml.getBytes(StandardCharsets.UTF_8));
    }
}
