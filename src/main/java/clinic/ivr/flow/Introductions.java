package clinic.ivr.flow;

import clinic.ivr.understanding.PhraseMatcher;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A caller's name and date of birth said before what they want, as other clinics' lines ask for them: "my name is Ann
 * Lee, date of birth March 3rd 1956, I'd like to leave a message", "soy Andrés Molina, nacido el 18 de septiembre del
 * 92, sí, vale". The line asks for neither, and they would weigh more than the request: it hears what follows them.
 * Only a name with a date after it is an introduction: "this is about my back" and "soy diabética" are not.
 */
final class Introductions {

    /** The most words a name is: a first name, a middle one and two family names. */
    static final int NAME_WORDS = 4;

    private final String language;
    private final SaidPhrases introducing;
    private final SaidPhrases dateOfBirth;
    /** The words a date said aloud may hold: numbers, the months, "of", "del", "third". */
    private final Set<String> dateWords = new HashSet<>();
    /** Those that are a number or a month: "1956", "noventa", "third", "march". */
    private final Set<String> dateNumbers = new HashSet<>();
    private final Set<String> months = new HashSet<>();

    Introductions(String language, Vocabulary words) {
        this.language = language;
        introducing = WordsSaid.asSaid(language, PhraseMatcher.introducing(language));
        dateOfBirth = WordsSaid.asSaid(language, PhraseMatcher.dateOfBirth(language));
        Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language)))
                .forEach(month -> months.addAll(PhraseMatcher.wordsAsSaid(language, month)));
        List<String> numbers = new ArrayList<>(PhraseMatcher.numbers(language));
        numbers.addAll(words.numbers());
        numbers.forEach(number -> dateNumbers.addAll(PhraseMatcher.wordsAsSaid(language, number)));
        PhraseMatcher.dates(language).stream().flatMap(date -> PhraseMatcher.wordsAsSaid(language, date).stream())
                .forEach(word -> (PhraseMatcher.leavesOut(language, word) ? dateWords : dateNumbers).add(word));
        dateNumbers.addAll(months);
        dateWords.addAll(dateNumbers);
    }

    /**
     * What the caller said without their name and date of birth, when they say them and more; else the input. What they
     * said before them stays: "yes, it's Henry Walsh, born October 5th 1949, put me through" is "yes, put me through".
     */
    Input passedOver(Input input) {
        if (input.speech().isEmpty()) {
            return input;
        }
        List<String> said = PhraseMatcher.wordsAsSaid(language, input.speech());
        Span introduction = introduction(said);
        if (introduction == null || introduction.end() >= said.size()) {
            return input;
        }
        String[] spoken = input.speech().split("\\s+");
        int from = spokenFrom(spoken, said.size() - introduction.start());
        int after = spokenFrom(spoken, said.size() - introduction.end());
        if (from < 0 || after < 0) {
            return input;
        }
        List<String> kept = new ArrayList<>(Arrays.asList(spoken).subList(0, from));
        kept.addAll(Arrays.asList(spoken).subList(after, spoken.length));
        return input.part(String.join(" ", kept));
    }

    /** Where, among the words as said, the introduction starts and where the words after it do. */
    private record Span(int start, int end) {}

    /** Where the last {@code words} words as said begin among the words as spoken; -1 where none does. */
    private int spokenFrom(String[] spoken, int words) {
        for (int from = spoken.length; from >= 0; from--) {
            int count = PhraseMatcher.wordsAsSaid(language, String.join(" ", Arrays.copyOfRange(spoken, from, spoken.length)))
                    .size();
            if (count >= words) {
                return count == words ? from : -1;
            }
        }
        return -1;
    }

    /**
     * Where the introduction begins and ends in the words as said, after little words at most ("yes, it's ..."): it
     * ends after its date, a number at least, which a word for a date of birth ("born") or a month's name tells from a
     * number of the caller's story ("it's been three years", "soy diabética desde marzo"); null for none.
     */
    private Span introduction(List<String> said) {
        int opening = 0;
        while (opening < said.size() && opening < NAME_WORDS && PhraseMatcher.leavesOut(language, said.get(opening))
                && WordsSaid.longestAt(introducing, said, opening) == 0) {
            opening++;
        }
        int name = opening + WordsSaid.longestAt(introducing, said, opening);
        if (name == opening) {
            return null;
        }
        for (int date = name + 1; date <= name + NAME_WORDS && date < said.size(); date++) {
            int marker = WordsSaid.longestAt(dateOfBirth, said, date);
            if (marker > 0 || isDate(said.get(date))) {
                int end = date + marker;
                int numbers = 0;
                boolean month = false;
                while (end < said.size() && (dateWords.contains(said.get(end)) || isDate(said.get(end)))) {
                    month |= months.contains(said.get(end));
                    numbers += isDate(said.get(end)) && !months.contains(said.get(end)) ? 1 : 0;
                    end++;
                }
                return numbers > 0 && (marker > 0 || month) ? new Span(opening, end) : null;
            }
        }
        return null;
    }

    /** Whether a word is a number or a month, not a little word of a date: "march", "1956", "5th", "noventa". */
    private boolean isDate(String word) {
        return dateNumbers.contains(word) || !word.isEmpty() && Character.isDigit(word.charAt(0));
    }
}
