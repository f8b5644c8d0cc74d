package clinic.ivr.bench;

import clinic.ivr.TestLine;
import clinic.ivr.TwilioClient;
import clinic.ivr.flow.Call;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Input;
import clinic.ivr.flow.Step;
import clinic.ivr.line.PhoneLine;
import clinic.ivr.line.VoiceRequest;
import clinic.ivr.prompts.Prompts;
import clinic.ivr.twiml.TwimlRenderer;
import com.twilio.security.RequestValidator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The line's own work for one answer, without HTTP: decide (the flow) and render (FreeMarker), and
 * the other per-request costs beside it (the whole phone line with its parsing, the signature check).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {

    private Prompts prompts;
    private Call call;
    private PhoneLine line;
    private CallState main;
    private CallState faq;
    private VoiceRequest faqKey;
    private RequestValidator validator;
    private Map<String, String> form;
    private String url;
    private String signature;

    @Setup
    public void load() {
        prompts = TestLine.load(TestLine.SHIPPED_PROMPTS);
        line = new PhoneLine(() -> prompts, Optional.empty(), TestLine.office(TestLine.OPEN));
        call = Call.of(TwilioClient.callForm(), TestLine.OPEN, false, Optional.empty());
        main = CallState.start("en");
        faq = main.at("faq");
        form = TwilioClient.withInput(Map.of("Digits", "2"));
        faqKey = new VoiceRequest("/voice/menu", Map.of("node", "faq", "lang", "en"), form);
        validator = new RequestValidator(TestLine.AUTH_TOKEN);
        url = "http://127.0.0.1:8080/voice/menu?node=faq&lang=en";
        signature = TwilioClient.signature(TestLine.AUTH_TOKEN, url, form);
    }

    /** The first answer of a call: the welcome and the main menu. */
    @Benchmark
    public String firstAnswer() throws Exception {
        return TwimlRenderer.render(prompts, prompts.flow().start());
    }

    /** Key 3 at the main menu: decide, then render the FAQ menu. */
    @Benchmark
    public String menuKey() throws Exception {
        Step step = prompts.flow().next(main, Input.keys("3"), call);
        return TwimlRenderer.render(prompts, step);
    }

    /** Key 2 at the FAQ menu: decide, then render an answer. */
    @Benchmark
    public String faqAnswer() throws Exception {
        Step step = prompts.flow().next(faq, Input.keys("2"), call);
        return TwimlRenderer.render(prompts, step);
    }

    /** Speech instead of a key: the listener matches words against the menu's vocabulary. */
    @Benchmark
    public String spokenChoice() throws Exception {
        Step step = prompts.flow().next(faq, Input.said("does it hurt", 0.9), call);
        return TwimlRenderer.render(prompts, step);
    }

    /** The decision alone, for comparison with the renders above. */
    @Benchmark
    public Step decideOnly() {
        return prompts.flow().next(faq, Input.keys("2"), call);
    }

    /** The whole phone line for one webhook: state and input parsed, decided, rendered. */
    @Benchmark
    public String phoneLine() {
        return line.answer(faqKey);
    }

    /** The Twilio SDK's signature check of the same request. */
    @Benchmark
    public boolean signatureCheck() {
        return validator.validate(url, form, signature);
    }
}
