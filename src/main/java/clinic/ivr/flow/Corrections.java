package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where callers take back what they just said and say what they meant instead: "two, no wait, five", "el horario,
 * no, mejor páseme con alguien", "no, espere, sí". The words of a list ({@code corrections-LANG.txt}, or to a question
 * {@code contrasts-LANG.txt}) mark the place.
 */
final class Corrections {

    private static final List<String> NO = List.of("no");

    private final Map<String, List<List<String>>> byLanguage = new ConcurrentHashMap<>();
    /** Each language's marks as listed. */
    private final Function<String, List<String>> listed;

    /** @param listed each language's marks: {@link PhraseMatcher#corrections}, or a narrower list */
    Corrections(Function<String, List<String>> listed) {
        this.listed = listed;
    }

    /**
     * The words after the last place the caller takes back what they said, when the words before it mean something
     * by themselves ({@code meant}) and those after it settle it ({@code settles}); else the input as said. "I'd
     * rather talk to someone" and "can you wait, I need a pen" take nothing back: "I'd" and "can you" mean nothing.
     *
     * @param withNo  whether a no takes back what came before it ("two, no, five"): not where a yes or no was asked,
     *                where "sí, no me importa" and "no no, está bien" are what they say
     * @param numbers the language's numbers as {@link Vocabulary#normalize} gives them
     */
    Input settled(Input input, String language, boolean withNo, List<String> numbers, Predicate<Input> meant,
            Predicate<Input> settles) {
        if (!input.digits().isEmpty() || input.speech().isBlank()) {
            return input;
        }
        List<String> said = PhraseMatcher.wordsAsSaid(language, input.speech());
        List<List<String>> marks = marks(language).stream().filter(mark -> withNo || !mark.contains("no")).toList();
        int[] startOf = null; // where each word as written begins among the words as said, found at the first mark
        String[] written = null;
        for (int at = said.size() - 2; at >= 1; at--) {
            for (List<String> mark : marks) {
                int end = at + mark.size();
                if (end >= said.size() || !said.subList(at, end).equals(mark)) {
                    continue;
                }
                if (startOf == null) {
                    written = input.speech().strip().split("\\s+");
                    startOf = starts(written, language);
                    if (startOf[written.length] != said.size()) {
                        return input; // the words as written split otherwise than the whole: no place to cut
                    }
                }
                int from = Arrays.binarySearch(startOf, at);
                int to = Arrays.binarySearch(startOf, end);
                if (from < 1 || to < 0 || NO.containsAll(mark) && !takesBack(written, to - 1, to, numbers)) {
                    continue;
                }
                Input after = part(input, written, to, written.length);
                if (settles.test(after) && meant.test(part(input, written, 0, from))) {
                    return after;
                }
            }
        }
        return input;
    }

    /**
     * Whether nos alone take back what came before them: said with a pause after them ("the hours, no, the front
     * desk"), or before a number ("two no five"). Not "quiero una cita pero no puedo ir el jueves", whose no is of
     * "puedo".
     */
    private static boolean takesBack(String[] written, int no, int next, List<String> numbers) {
        String after = Vocabulary.normalize(written[next]);
        return WordsSaid.PAUSE.matcher(written[no]).find() || numbers.contains(after)
                || after.length() == 1 && Character.isDigit(after.charAt(0));
    }

    /** Whether the words are a mark alone, said between two pauses: "digo", "I mean", "no wait". */
    boolean isAMark(String words, String language) {
        return marks(language).contains(PhraseMatcher.wordsAsSaid(language, words));
    }

    /** A language's marks word by word as said, the longest first: "no wait" before "no". */
    private List<List<String>> marks(String language) {
        return byLanguage.computeIfAbsent(language, l -> listed.apply(l).stream()
                .map(mark -> PhraseMatcher.wordsAsSaid(l, mark))
                .sorted(Comparator.comparingInt(List<String>::size).reversed()).toList());
    }

    /** For each word as written, how many words as said come before it; last, how many in all. */
    private static int[] starts(String[] written, String language) {
        int[] starts = new int[written.length + 1];
        for (int i = 0; i < written.length; i++) {
            starts[i + 1] = starts[i] + PhraseMatcher.wordsAsSaid(language, written[i]).size();
        }
        return starts;
    }

    private static Input part(Input input, String[] written, int from, int to) {
        return input.part(String.join(" ", Arrays.copyOfRange(written, from, to)));
    }
}
