package clinic.ivr.understanding;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * How a language's words are compared: lower case, accents folded (recognizers write "ciatica" as
 * often as "ciática"), the language's stop words left out and the rest stemmed ("hurts", "hurt";
 * "dolorosa", "doloroso"). Question words stay: "dónde" and "cuándo" are what a Spanish caller means.
 */
final class CallerAnalyzer extends Analyzer {

    /** Spanish question words and intensifiers that Lucene's stop list drops but callers mean. */
    private static final List<String> SPANISH_KEPT = List.of("que", "qué", "cuando", "donde", "quien", "quienes",
            "como", "cual", "más", "muy", "antes", "sin", "poco", "mucho", "hay");

    /**
     * English words callers wrap a question in that tell nothing of what they want: pronouns and
     * helping verbs, which Lucene's short English list keeps. Question words stay.
     */
    private static final List<String> ENGLISH_FILLER = List.of("i", "im", "me", "my", "you", "your", "we", "our",
            "do", "does", "did", "can", "could", "would", "am", "be", "been", "have", "has", "had", "please",
            "um", "uh", "just", "so", "like", "going", "gonna", "want", "wanna", "need", "know", "tell", "got",
            "hi", "hello", "yes", "okay", "ok");

    /** "Who should not have it" is not "who should have it". */
    private static final List<String> ENGLISH_KEPT = List.of("not", "no");

    private final boolean spanish;
    private final boolean english;
    private final CharArraySet stopWords;

    CallerAnalyzer(String language) {
        this.english = language.equals("en");
        this.spanish = language.equals("es");
        this.stopWords = folded(english ? withFiller(without(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, ENGLISH_KEPT))
                : spanish ? without(SpanishAnalyzer.getDefaultStopSet(), SPANISH_KEPT) : CharArraySet.EMPTY_SET);
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        if (english) {
            stream = new EnglishPossessiveFilter(stream);
        }
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, stopWords);
        if (english) {
            stream = new PorterStemFilter(stream);
        } else if (spanish) {
            stream = new SnowballFilter(stream, new SpanishStemmer());
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static CharArraySet withFiller(CharArraySet words) {
        CharArraySet all = new CharArraySet(words, false);
        all.addAll(ENGLISH_FILLER);
        return all;
    }

    private static CharArraySet without(CharArraySet words, List<String> kept) {
        CharArraySet left = new CharArraySet(words.size(), false);
        for (Object word : words) {
            String w = new String((char[]) word);
            if (!kept.contains(w)) {
                left.add(w);
            }
        }
        return left;
    }

    /** The stop list as the folded words it is compared with: "qué" and "que" alike. */
    private static CharArraySet folded(CharArraySet words) {
        CharArraySet folded = new CharArraySet(words.size(), false);
        for (Object word : words) {
            folded.add(fold(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(folded);
    }

    static String fold(String word) {
        char[] out = new char[word.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(word.toLowerCase(Locale.ROOT).toCharArray(), 0, out, 0, word.length());
        return new String(out, 0, n);
    }

}
