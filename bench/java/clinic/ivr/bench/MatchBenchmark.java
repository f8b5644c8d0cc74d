package clinic.ivr.bench;

import clinic.ivr.TestLine;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Heard;
import clinic.ivr.flow.Input;
import clinic.ivr.prompts.Prompts;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Understanding one spoken phrase with the shipped prompts: the listener's whole decision (analysis,
 * filler left out, near misses by edit distance and sound, split words joined, BM25 candidates, the
 * finer score, confirm or not), per phrase and language. The index is built once when the prompts
 * load, as the line does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchBenchmark {

    @Param({
        "en|does it hurt",
        "en|hi um i was wondering if you could tell me how many sessions i would need for my back",
        "en|i have osteo porosis and a herniated disk",
        "en|purple monkey dishwasher",
        "en|okay so if i come in what exactly are you going to do with me in there my back has been killing me",
        "en|do you take medic air",
        "en|hold on does it hurt",
        "en|sorry hang on my dog is barking and the kids are yelling in the kitchen right now",
        "es|cuánto cuesta una sesión",
        "es|me duele la espalda y tengo una hernia de disco me puede ayudar la tracción",
        "es|oiga mire buenas tardes quería saber si me puede ayudar con la si ática"})
    public String said;

    private Prompts prompts;
    private CallState state;
    private Input input;

    @Setup
    public void load() {
        prompts = TestLine.load(TestLine.SHIPPED_PROMPTS);
        String[] parts = said.split("\\|");
        state = CallState.start(parts[0]).at("faq");
        input = Input.said(parts[1], 0.9);
    }

    @Benchmark
    public Heard hear() {
        return prompts.flow().hear(state, input);
    }
}
