package clinic.ivr.understanding;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every phrase of the measured sets heard once, as the phrase classes hear them ({@link HeldOutPhrasesTest} at its
 * menu, {@link TurnPhrasesTest} at its moment, each different question once a pass), timed phrase by phrase: what the
 * two classes spend of the test suite, without JUnit around it. Optionally writes what the line did with each phrase,
 * so that two versions can be shown to hear every phrase alike.
 *
 * <pre>bench/phrases.sh [PASSES] [OUTCOMES-FILE]</pre>
 */
public final class EveryPhraseBench {

    private record Phrase(HeldOutPhrasesTest.PhraseSet set, HeldOutPhrasesTest.Labelled labelled, boolean turn) {}

    public static void main(String[] args) throws IOException {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        List<Phrase> phrases = new ArrayList<>();
        HeldOutPhrasesTest.sets().forEach(set -> set.phrases().forEach(p -> phrases.add(new Phrase(set, p, false))));
        TurnPhrasesTest.moments().forEach(set -> set.phrases().forEach(p -> phrases.add(new Phrase(set, p, true))));
        long[] nanos = new long[phrases.size()];
        for (int pass = 1; pass <= passes; pass++) {
            boolean last = pass == passes;
            try (PrintWriter outcomes = last && args.length > 1 ? new PrintWriter(args[1], StandardCharsets.UTF_8) : null) {
                HeldOutPhrasesTest.forget();
                TurnPhrasesTest.forget();
                long start = System.nanoTime();
                for (int i = 0; i < phrases.size(); i++) {
                    Phrase p = phrases.get(i);
                    long began = System.nanoTime();
                    Object outcome = p.turn() ? TurnPhrasesTest.done(p.set(), p.labelled())
                            : HeldOutPhrasesTest.hear(p.set().language(), p.set().menu(), p.labelled().phrase());
                    nanos[i] = System.nanoTime() - began;
                    if (outcomes != null) {
                        outcomes.println(p.set() + "\t" + p.labelled().phrase() + "\t" + outcome);
                    }
                }
                System.out.printf("pass %d: %,d phrases in %,d ms%n", pass, phrases.size(), (System.nanoTime() - start) / 1_000_000);
            }
        }
        long total = Arrays.stream(nanos).sum();
        Map<Integer, long[]> byWords = new TreeMap<>();
        for (int i = 0; i < nanos.length; i++) {
            int words = Math.min(30, phrases.get(i).labelled().phrase().split("\\s+").length) / 5 * 5;
            long[] sum = byWords.computeIfAbsent(words, w -> new long[2]);
            sum[0]++;
            sum[1] += nanos[i];
        }
        System.out.println("last pass, by the phrase's words:");
        byWords.forEach((words, sum) -> System.out.printf("  %2d+ words: %,6d phrases, %,5d µs each, %4.1f %% of the time%n",
                words, sum[0], sum[1] / sum[0] / 1000, 100.0 * sum[1] / total));
    }
}
