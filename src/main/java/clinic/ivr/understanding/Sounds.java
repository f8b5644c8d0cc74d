package clinic.ivr.understanding;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.phonetic.DoubleMetaphoneFilter;

/**
 * How a word sounds: its Double Metaphone codes, the usual one and, where the spelling allows two
 * readings, the other. A recognizer that mishears writes a word that sounds the same ("heard" for
 * "hurt", "medic air" for "Medicare", "track shin" for "traction"), so words with a code in common
 * may be the same word. Double Metaphone was made for English, and serves Spanish too ("siatica" and
 * "ciática", "refrito" and "referido", "vos" and "voz"); Beider-Morse, made for many languages, takes
 * about 75 µs a word, too slow for a caller's every word.
 */
final class Sounds extends Analyzer {

    /** Long enough to tell long medical words apart. */
    private static final int CODE_LENGTH = 8;

    @Override
    protected TokenStreamComponents createComponents(String field) {
        KeywordTokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new DoubleMetaphoneFilter(source, CODE_LENGTH, false));
    }

    /** The codes of one word as {@link CallerAnalyzer#SPOKEN} gives it: accents make no sound of their own. */
    List<String> of(String word) {
        return CallerAnalyzer.terms(this, "sound", CallerAnalyzer.fold(word));
    }
}
