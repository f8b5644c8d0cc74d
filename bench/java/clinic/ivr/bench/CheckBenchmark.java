package clinic.ivr.bench;

import clinic.ivr.TestLine;
import clinic.ivr.checks.Validator;
import clinic.ivr.prompts.PromptFiles;
import clinic.ivr.prompts.PromptsLoader;
import clinic.ivr.prompts.Validation;
import java.time.Clock;
import java.time.ZoneOffset;
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
 * What staff wait for after Check or Publish, and what a line does at start when the build did not check
 * its folder: every check of the shipped prompts, every answer rendered and read back. A new validator
 * each time, so nothing is remembered from the check before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {

    private PromptFiles shipped;

    @Setup
    public void read() {
        shipped = PromptFiles.read(TestLine.SHIPPED_PROMPTS);
    }

    @Benchmark
    public Validation checkShippedPrompts() {
        return new Validator(new PromptsLoader(Optional.empty()), Clock.fixed(TestLine.OPEN, ZoneOffset.UTC))
                .validate(shipped);
    }
}
