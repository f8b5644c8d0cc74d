package clinic.ivr.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.ivr.TestLine;
import clinic.ivr.flow.CallState;
import clinic.ivr.flow.Heard;
import clinic.ivr.flow.Input;
import clinic.ivr.flow.Vocabulary;
import clinic.ivr.prompts.Prompts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How often the line lands where a caller meant, on phrases written before the example phrases and
 * never copied into them (src/test/resources/understanding), each said at the main menu of the
 * shipped prompts as Twilio would deliver it. A phrase lands when the line goes there, or asks the
 * one short question about exactly that place. The table is written to target/understanding-LANG.txt.
 */
class HeldOutPhrasesTest {

    static final Prompts SHIPPED = TestLine.load(TestLine.SHIPPED_PROMPTS);
    static final double REQUIRED = 0.95;

    record Labelled(String destination, String phrase) {}

    static List<Labelled> heldOut(String language) throws IOException {
        List<Labelled> phrases = new ArrayList<>();
        for (String line : lines("heldout-" + language + ".tsv")) {
            String[] parts = line.split("\t");
            phrases.add(new Labelled(parts[0], parts[1]));
        }
        return phrases;
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = HeldOutPhrasesTest.class.getResourceAsStream("/understanding/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    static Heard hear(String language, String phrase) {
        return SHIPPED.flow().hear(CallState.start(language), Input.said(phrase, 0.9));
    }

    /** Where the line sends a caller who says this, by the destination names of the held-out files. */
    static String landing(Heard heard, boolean viaQuestion) {
        return switch (heard.kind()) {
            case GO -> heard.detail();
            case MAYBE -> viaQuestion ? (heard.detail().isEmpty() ? "front-desk" : heard.detail()) : "(asks)";
            case FRONT_DESK -> "front-desk";
            case LANGUAGE -> "language";
            case KEY -> "key " + heard.detail();
            default -> heard.kind().name().toLowerCase().replace('_', '-');
        };
    }

    /**
     * What only the front desk can answer, and directions, end in the offer to put the caller through;
     * a doubtful match asks that same question, so it lands too.
     */
    static boolean offersTheDesk(Heard heard, String meant) {
        return heard.kind() == Heard.Kind.MAYBE && heard.detail().isEmpty()
                && (meant.equals("ask-the-desk") || meant.equals("directions"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void atLeast95PercentOfHeldOutPhrasesLandWhereTheCallerMeant(String language) throws IOException {
        List<Labelled> phrases = heldOut(language);
        assertTrue(phrases.size() >= 150, "at least 150 held-out phrases");
        Map<String, int[]> byDestination = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        int landed = 0;
        int direct = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled p : phrases) {
            Heard heard = hear(language, p.phrase());
            int[] counts = byDestination.computeIfAbsent(p.destination(), d -> new int[3]);
            counts[0]++;
            if (landing(heard, false).equals(p.destination())) {
                direct++;
                counts[1]++;
            }
            if (landing(heard, true).equals(p.destination()) || offersTheDesk(heard, p.destination())) {
                landed++;
                counts[2]++;
            } else {
                confusions.merge(p.destination() + " -> " + landing(heard, true), 1, Integer::sum);
                misses.add("  \"" + p.phrase() + "\" meant " + p.destination() + ", heard " + heard);
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format("%s: %d phrases, %.1f %% land (%.1f %% directly, the rest after one question)%n",
                language, phrases.size(), 100.0 * landed / phrases.size(), 100.0 * direct / phrases.size()));
        report.append(String.format("%-14s %7s %7s %7s%n", "destination", "phrases", "direct", "land"));
        byDestination.forEach((d, c) -> report.append(String.format("%-14s %7d %6.0f%% %6.0f%%%n", d, c[0],
                100.0 * c[1] / c[0], 100.0 * c[2] / c[0])));
        report.append("confusions (meant -> landed):\n");
        confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> report.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        report.append("misses:\n").append(String.join("\n", misses)).append('\n');
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "understanding-" + language + ".txt"), report);
        assertTrue(landed >= REQUIRED * phrases.size(), report.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void nonsenseNeverLandsInAnAnswer(String language) throws IOException {
        for (String phrase : lines("nonsense-" + language + ".txt")) {
            Heard heard = hear(language, phrase);
            assertTrue(heard.kind() != Heard.Kind.GO && heard.kind() != Heard.Kind.KEY,
                    "\"" + phrase + "\" must not go straight to an answer, but was heard as " + heard);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void noHeldOutPhraseIsCopiedIntoTheExamples(String language) throws IOException {
        List<String> examples = new ArrayList<>();
        SHIPPED.wording(language).written().stream().filter(e -> e.endsWith(".words") || e.startsWith("words."))
                .forEach(e -> SHIPPED.wording(language).words(e).forEach(w -> examples.add(Vocabulary.normalize(w))));
        for (Labelled p : heldOut(language)) {
            assertEquals(false, examples.contains(Vocabulary.normalize(p.phrase())),
                    "\"" + p.phrase() + "\" is a held-out phrase: it must not be an example");
        }
    }
}
