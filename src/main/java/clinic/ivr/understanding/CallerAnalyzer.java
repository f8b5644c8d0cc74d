package clinic.ivr.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * How a language's words are compared. In the {@link #WORDS} field: apostrophes dropped, lower case,
 * accents folded (recognizers write "ciatica" as often as "ciática"), Lucene's stop words and the filler
 * callers wrap a request in left out ({@code filler-LANG.txt}: "um", "okay so", "i was wondering",
 * "oiga", "buenas tardes") and numbers said within a sentence ({@code numbers-LANG.txt}: "seventy nine",
 * "a las dos", and in digits: "79"), the rest stemmed ("hurts", "hurt"; "ciáticas", "ciática"), but for words
 * whose stem is another request's word, kept whole ({@code whole-LANG.txt}: "painful" is not "pain",
 * "operator" is not "operation"), and words the stemmer does not take to the word they are taken as
 * that word ({@code stems-LANG.txt}: "isnt" is "not", "dolerá" is "doler"). A Spanish command with a
 * pronoun attached loses the pronoun ("mándeme", "mándame": "mande", "manda"), and so does an infinitive
 * ("probarlo": "probar"); a verb in -car keeps the c of its infinitive ("explique": "explicar"). Question words stay:
 * "dónde" and "cuándo" are what a Spanish caller means. In the {@link #SPOKEN} field: every word as said, apostrophes dropped, lower case,
 * nothing left out, for words a recognizer split ("si guiente") and words that name a key
 * ({@code keys-LANG.txt}: "press", "número"). In both, the caller's own call ("I'll call back") is one word.
 */
final class CallerAnalyzer extends Analyzer {

    /** The field of the words the matcher compares. */
    static final String WORDS = "words";
    /** The field of every word as said. */
    static final String SPOKEN = "spoken";

    /**
     * Spanish question words, intensifiers, "no" and "hasta" that Lucene's stop list drops but callers mean:
     * "hasta luego" is a farewell, "¿y luego?" asks what comes next.
     */
    private static final List<String> SPANISH_KEPT = List.of("que", "qué", "cuando", "donde", "quien", "quienes",
            "como", "cual", "más", "muy", "antes", "sin", "poco", "mucho", "hay", "no", "otra", "otro", "hasta");

    /** "Who should not have it" is not "who should have it"; "how do I get there" asks the way. */
    private static final List<String> ENGLISH_KEPT = List.of("not", "no", "there");

    /**
     * A Spanish command with one or two pronouns attached: the accent it takes then ("mándeme", "sáltese",
     * "repítamelo") tells it from a word that ends the same way ("regrese", "novela", "generales").
     */
    private static final Pattern SPANISH_COMMAND_WITH_PRONOUN = Pattern.compile(
            "^(?=.*[áéíóú])(\\p{L}{3,}?[aeiáéí])(me|te|se|lo|la|le|nos|melo|mela|selo|sela|telo|tela)$");

    /**
     * A stem of a verb in -car that kept the "qu" its forms take before an e ("explique", "busquen",
     * "toque"): the c of the infinitive ("explicar", "buscar", "tocar"), whose stem it is.
     */
    private static final Pattern SPANISH_QU_BEFORE_E = Pattern.compile("(?<=\\p{L}{2})qu$");

    /** A Spanish infinitive with a pronoun attached, which takes no accent: "probarlo", "explicarme", "hacerlo". */
    private static final Pattern SPANISH_INFINITIVE_WITH_PRONOUN = Pattern.compile(
            "^(\\p{L}{2,}[aei]r)(me|te|se|lo|la|le|los|las|les|nos|melo|mela|selo|sela)$");

    /** Recognizers write "didnt" and "im", staff "didn't" and "I'm": the apostrophe goes. */
    private static final NormalizeCharMap NO_APOSTROPHES;

    /** The apostrophes recognizers and staff write, straight and curly; as a pattern, for phrases taken whole. */
    private static final String APOSTROPHES = "'\u2019";
    private static final Pattern APOSTROPHE = Pattern.compile("[" + APOSTROPHES + "]");

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        APOSTROPHES.chars().forEach(c -> map.add(String.valueOf((char) c), ""));
        NO_APOSTROPHES = map.build();
    }

    private final boolean spanish;
    private final boolean english;
    private final CharArraySet stopWords;
    private final CharArraySet whole;
    private final CharArraySet keys;
    private final CharArraySet choosing;
    private final CharArraySet numbers;
    /** Each ordinal's key, folded: "third" and "tercera" are 3 */
    private final Map<String, Integer> ordinals;
    /** Each sound-alike's key, folded: "won" is 1 */
    private final Map<String, Integer> soundAlikes;
    private final CharArraySet articles;
    private final CharArraySet partitives;
    private final CharArraySet items;
    private final CharArraySet units;
    private final CharArraySet questions;
    private final CharArraySet when;
    /** Each ending of a word made small, and what the word ends with instead. */
    private final List<String[]> diminutives;
    private final CharArraySet greetings;
    private final CharArraySet fillers;
    private final CharArraySet unable;
    private final StemmerOverrideMap stems;
    /** The polite frames of {@code framing-LANG.txt} as one pattern, or null where there are none. */
    private final Pattern framing;

    CallerAnalyzer(String language) {
        this(language, true);
    }

    /** @param overrides whether to take the words of {@code stems-LANG.txt} as theirs; not to analyze those */
    private CallerAnalyzer(String language, boolean overrides) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.english = language.equals("en");
        this.spanish = language.equals("es");
        CharArraySet stop = without(luceneStopWords(language), english ? ENGLISH_KEPT : SPANISH_KEPT);
        this.stopWords = folded(with(with(stop, language, "filler"), language, "numbers"));
        this.whole = folded(with(CharArraySet.EMPTY_SET, language, "whole"));
        this.keys = folded(with(CharArraySet.EMPTY_SET, language, "keys"));
        this.choosing = folded(with(CharArraySet.EMPTY_SET, language, "choosing"));
        this.numbers = folded(with(CharArraySet.EMPTY_SET, language, "numbers"));
        this.ordinals = ordinals(language);
        this.soundAlikes = soundAlikes(language);
        this.articles = folded(with(CharArraySet.EMPTY_SET, language, "articles"));
        this.partitives = folded(with(CharArraySet.EMPTY_SET, language, "partitives"));
        this.items = folded(with(CharArraySet.EMPTY_SET, language, "items"));
        this.units = folded(with(CharArraySet.EMPTY_SET, language, "units"));
        this.questions = folded(with(CharArraySet.EMPTY_SET, language, "questions"));
        this.when = folded(with(CharArraySet.EMPTY_SET, language, "when"));
        this.diminutives = phrases(language, "diminutives").stream().map(line -> line.strip().split("\\s+")).toList();
        this.greetings = folded(with(CharArraySet.EMPTY_SET, language, "greetings"));
        this.fillers = folded(with(CharArraySet.EMPTY_SET, language, "filler"));
        this.unable = folded(with(CharArraySet.EMPTY_SET, language, "unable"));
        this.stems = overrides ? stems(language) : null;
        this.framing = framing(language);
    }

    /** Whether a word as {@link #SPOKEN} gives it is a stop or filler word, which {@link #WORDS} leaves out. */
    boolean leavesOut(String spoken) {
        return stopWords.contains(fold(spoken));
    }

    /** Whether a word as {@link #SPOKEN} gives it is filler ({@code filler-LANG.txt}: "um", "okay", "thanks"). */
    boolean isFiller(String spoken) {
        return fillers.contains(fold(spoken));
    }

    /** Whether a word as {@link #SPOKEN} gives it denies the word said right after it: a Spanish "no" ("no me pase"). */
    boolean deniesTheNextWord(String spoken) {
        return spanish && fold(spoken).equals("no");
    }

    /**
     * Whether a word as {@link #SPOKEN} gives it, said as a not or right after one, tells what the caller cannot do or
     * does not know rather than what they refuse ({@code unable-LANG.txt}: "can't", "understand", "puedo").
     */
    boolean saysUnable(String spoken) {
        return unable.contains(fold(spoken));
    }

    /** Whether a word as {@link #SPOKEN} gives it names a key ({@code keys-LANG.txt}: "press", "number"). */
    boolean namesAKey(String spoken) {
        return keys.contains(fold(spoken));
    }

    /** Whether a word as {@link #SPOKEN} gives it chooses an option ({@code choosing-LANG.txt}: "take", "elijo"). */
    boolean choosesAKey(String spoken) {
        return choosing.contains(fold(spoken));
    }

    /**
     * The key an ordinal as {@link #SPOKEN} gives it stands for ({@code ordinals-LANG.txt}: "second" is 2),
     * a place counted from the end for "last" ({@link PhraseMatcher#LAST_PLACE}) and "penultimate", or 0.
     */
    int ordinal(String spoken) {
        return ordinals.getOrDefault(fold(spoken), 0);
    }

    /** The key a word as {@link #SPOKEN} gives it may be written for ({@code soundalikes-LANG.txt}: "won" for 1), or -1. */
    int soundsLikeAKey(String spoken) {
        return soundAlikes.getOrDefault(fold(spoken), -1);
    }

    /** Whether a word as {@link #SPOKEN} gives it is an article before an ordinal ({@code articles-LANG.txt}: "the", "la"). */
    boolean isArticle(String spoken) {
        return articles.contains(fold(spoken));
    }

    /** Whether a word as {@link #SPOKEN} gives it names one of what a menu reads ({@code items-LANG.txt}: "question"). */
    boolean namesAnItem(String spoken) {
        return items.contains(fold(spoken));
    }

    /** Whether a word as {@link #SPOKEN} gives it asks without saying what about ({@code questions-LANG.txt}: "what"). */
    boolean onlyAsks(String spoken) {
        return questions.contains(fold(spoken));
    }

    /** Whether a word as {@link #SPOKEN} gives it makes a number before it a pronoun ({@code partitives-LANG.txt}: "of"). */
    boolean isPartitive(String spoken) {
        return partitives.contains(fold(spoken));
    }

    /**
     * Whether a word as {@link #SPOKEN} gives it is a number said within a sentence ({@code numbers-LANG.txt}:
     * "seventy", "quince"), which {@link #WORDS} leaves out but which is no key beside another number.
     */
    boolean isNumber(String spoken) {
        return numbers.contains(fold(spoken));
    }

    /**
     * Whether a word as {@link #SPOKEN} gives it is a unit of time ({@code units-LANG.txt}: "years", "meses"),
     * which after a number is the time of the caller's story.
     */
    boolean isUnitOfTime(String spoken) {
        return units.contains(fold(spoken));
    }

    /** Whether a word as {@link #SPOKEN} gives it dates a unit of time beside it ({@code when-LANG.txt}: "last", "pasado"). */
    boolean datesATime(String spoken) {
        return when.contains(fold(spoken));
    }

    /**
     * What a word as {@link #SPOKEN} gives it may be when said small ({@code diminutives-LANG.txt}): "preguntas" for
     * "preguntitas", "poco" for "poquito", "dolor" for "dolorcito"; none for a word no ending of the list makes small.
     */
    List<String> unmadeSmall(String spoken) {
        String word = fold(spoken);
        List<String> forms = new ArrayList<>();
        for (String[] ending : diminutives) {
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 2) {
                forms.add(word.substring(0, word.length() - ending[0].length()) + (ending[1].equals("-") ? "" : ending[1]));
            }
        }
        return forms;
    }

    /** Whether a word as {@link #SPOKEN} gives it is a number, in words or in digits. */
    boolean isAnyNumber(String spoken) {
        return isNumber(spoken) || (!spoken.isEmpty() && spoken.chars().allMatch(Character::isDigit));
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        if (english) {
            stream = new CallingAgainFilter(stream);
        }
        if (!greetings.isEmpty()) {
            // "good evening" greets; "evening appointments" asks for a time of day
            stream = new GreetingFilter(stream, greetings);
        }
        if (field.equals(SPOKEN)) {
            return new TokenStreamComponents(source, stream);
        }
        // a unit of time after a number is the time of the caller's story ("for three years"), and goes with it
        stream = new NumberedTimeFilter(stream, numbers, units);
        // numbers in digits, as recognizers often write them ("I'm 79", "my 2 o'clock"), go as the words do
        stream = new TypeTokenFilter(stream, Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM]));
        // before a command loses its pronoun: "mande" (say again) is not "mándeme" (send me), "déjeme" is filler
        stream = new FoldedStopFilter(new FoldedKeywordFilter(stream, whole), stopWords);
        if (spanish) {
            stream = new PatternReplaceFilter(stream, SPANISH_COMMAND_WITH_PRONOUN, "$1", false);
            stream = new PatternReplaceFilter(stream, SPANISH_INFINITIVE_WITH_PRONOUN, "$1", false);
        }
        stream = new ASCIIFoldingFilter(stream);
        if (stems != null) {
            stream = new StemmerOverrideFilter(stream, stems);
        }
        if (english) {
            stream = new PorterStemFilter(stream);
        } else if (spanish) {
            stream = new SnowballFilter(stream, new SpanishStemmer());
            // the stemmer takes "pague" to "pag", as "pagar", but leaves "explique" at "expliqu", not "explic"
            stream = new PatternReplaceFilter(stream, SPANISH_QU_BEFORE_E, "c", false);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected Reader initReader(String field, Reader reader) {
        return new MappingCharFilter(NO_APOSTROPHES, reader);
    }

    /**
     * The phrase without the polite frames around its request: "I was wondering if you could text me the address" is
     * "you could text me the address". A frame said alone stays: it is all the caller said.
     */
    String withoutFraming(String phrase) {
        if (framing == null) {
            return phrase;
        }
        String rest = framing.matcher(APOSTROPHE.matcher(phrase).replaceAll("")).replaceAll(" ");
        return rest.isBlank() ? phrase : rest;
    }

    /**
     * The frames callers put around a request to be polite ({@code framing-LANG.txt}), as one pattern that finds each
     * as written without apostrophes, with or without its accents, its words apart by spaces or commas.
     */
    private static Pattern framing(String language) {
        List<String> frames = phrases(language, "framing");
        if (frames.isEmpty()) {
            return null;
        }
        String any = frames.stream().map(frame -> Arrays.stream(APOSTROPHE.matcher(frame).replaceAll("").strip().split("\\s+"))
                .map(CallerAnalyzer::withOrWithoutAccents).collect(Collectors.joining("[\\s,]+")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + any + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A word as a pattern whose vowels match with their accents or without: "sería" finds "seria" too. */
    private static String withOrWithoutAccents(String word) {
        StringBuilder pattern = new StringBuilder();
        for (char c : fold(word).toCharArray()) {
            int vowel = "aeiou".indexOf(c);
            pattern.append(vowel < 0 ? Pattern.quote(String.valueOf(c)) : "[" + c + "áéíóú".charAt(vowel) + "]");
        }
        return pattern.toString();
    }

    /** Leaves out the words of a folded list, with their accents or without: "qué" and "que" alike. */
    private static final class FoldedStopFilter extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final CharArraySet words;

        FoldedStopFilter(TokenStream in, CharArraySet words) {
            super(in);
            this.words = words;
        }

        @Override
        protected boolean accept() {
            return !hasFolded(words, term);
        }
    }

    /** Leaves out a unit of time said right after a number, in words or in digits: "three years", "6 weeks". */
    private static final class NumberedTimeFilter extends FilteringTokenFilter {
        private static final String NUMBER = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final CharArraySet numbers;
        private final CharArraySet units;
        private boolean afterNumber;

        NumberedTimeFilter(TokenStream in, CharArraySet numbers, CharArraySet units) {
            super(in);
            this.numbers = numbers;
            this.units = units;
        }

        @Override
        protected boolean accept() {
            boolean storyTime = afterNumber && hasFolded(units, term);
            afterNumber = type.type().equals(NUMBER) || hasFolded(numbers, term);
            return !storyTime;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            afterNumber = false;
        }
    }

    /** Leaves out the second word of a two-word greeting said as one ({@code greetings-LANG.txt}: "good evening"). */
    private static final class GreetingFilter extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final CharArraySet greetings;
        private String before = "";

        GreetingFilter(TokenStream in, CharArraySet greetings) {
            super(in);
            this.greetings = greetings;
        }

        @Override
        protected boolean accept() {
            String word = term.toString();
            boolean greets = greetings.contains(before + " " + word);
            before = word;
            return !greets;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            before = "";
        }
    }

    /**
     * "I'll call back" is the caller calling again, not "call me back": the pronouns that tell them apart are
     * filler, so a call after "I'll", "I will", "let me" or "I'm going to" ("just" between or not) is one word of
     * its own, "callagain", in their place. Apostrophes are gone by then: "ill", "im". The words that may begin it
     * are held until it is clear, then given back as they were.
     */
    private static final class CallingAgainFilter extends TokenFilter {
        private static final Set<String> CALLS = Set.of("call", "ring", "phone");
        private static final Set<String> BETWEEN = Set.of("just", "probably", "maybe");
        private static final List<List<String>> SELF = List.of(List.of("ill"), List.of("i", "will"), List.of("let", "me"),
                List.of("im", "going", "to"), List.of("im", "gonna"), List.of("i", "am", "going", "to"),
                List.of("i", "am", "gonna"));
        /** The words that may begin one: any other word, with none held, passes as it came. */
        private static final Set<String> FIRST = SELF.stream().map(words -> words.get(0)).collect(Collectors.toSet());
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final List<String> heldWords = new ArrayList<>();
        private final ArrayDeque<State> held = new ArrayDeque<>();
        private final ArrayDeque<State> toGive = new ArrayDeque<>();

        CallingAgainFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!toGive.isEmpty()) {
                restoreState(toGive.poll());
                return true;
            }
            while (input.incrementToken()) {
                String word = term.toString();
                if (heldWords.isEmpty() && !FIRST.contains(word)) {
                    return true;
                }
                if (CALLS.contains(word) && self(heldWords)) {
                    held.clear();
                    heldWords.clear();
                    term.setEmpty().append("callagain");
                    return true;
                }
                heldWords.add(word);
                if (mayBegin(heldWords)) {
                    held.add(captureState());
                    continue;
                }
                heldWords.clear();
                if (held.isEmpty()) {
                    return true;
                }
                held.add(captureState());
                return giveBack();
            }
            heldWords.clear();
            return !held.isEmpty() && giveBack();
        }

        /** The words held, and the last one read, as they were. */
        private boolean giveBack() {
            toGive.addAll(held);
            held.clear();
            restoreState(toGive.poll());
            return true;
        }

        /** "I'll", "I'm going to", "I'll just": the caller's own call follows. */
        private static boolean self(List<String> words) {
            boolean between = !words.isEmpty() && BETWEEN.contains(words.get(words.size() - 1));
            List<String> own = between ? words.subList(0, words.size() - 1) : words;
            return SELF.contains(own);
        }

        private static boolean mayBegin(List<String> words) {
            return self(words) || SELF.stream().anyMatch(s -> s.size() > words.size() && s.subList(0, words.size()).equals(words));
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            heldWords.clear();
            held.clear();
            toGive.clear();
        }
    }

    /** Keeps the words of a folded list from the stemmer, with their accents or without. */
    private static final class FoldedKeywordFilter extends KeywordMarkerFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final CharArraySet words;

        FoldedKeywordFilter(TokenStream in, CharArraySet words) {
            super(in);
            this.words = words;
        }

        @Override
        protected boolean isKeyword() {
            return hasFolded(words, term);
        }
    }

    /**
     * Whether a folded list has a term, folded. A term with no capital nor accent, most of them, is its own
     * folding, and is looked up as it is, with no copy made for each filter it passes.
     */
    private static boolean hasFolded(CharArraySet words, CharTermAttribute term) {
        char[] letters = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (letters[i] >= '\u0080' || (letters[i] >= 'A' && letters[i] <= 'Z')) {
                return words.contains(fold(term.toString()));
            }
        }
        return words.contains(letters, 0, term.length());
    }

    /** The terms of a text in a field of an analyzer, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The words of {@code stems-LANG.txt}, each to the stem of the word it is taken as: "dolerá" to what
     * "doler" stems to.
     */
    private static StemmerOverrideMap stems(String language) {
        StemmerOverrideFilter.Builder stems = new StemmerOverrideFilter.Builder(false);
        try (CallerAnalyzer plain = new CallerAnalyzer(language, false)) {
            for (String line : phrases(language, "stems")) {
                String[] pair = line.strip().split("\\s+");
                List<String> as = terms(plain, WORDS, pair[pair.length - 1]);
                if (pair.length != 2 || as.size() != 1) {
                    throw new IllegalStateException("stems-" + language + ".txt: \"" + line + "\" is not a word and"
                            + " the word it is taken as");
                }
                stems.add(fold(pair[0]), as.get(0));
            }
            return stems.build();
        } catch (IOException e) {
            throw new UncheckedIOException("the stems of " + language + " could not be read", e);
        }
    }

    /** Lucene's stop words of the language; none for a language it has none for. */
    private static CharArraySet luceneStopWords(String language) {
        return language.equals("en") ? EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
                : language.equals("es") ? SpanishAnalyzer.getDefaultStopSet() : CharArraySet.EMPTY_SET;
    }

    /**
     * The words every caller of a language wraps a request in, whatever they ask: its stop words (all of
     * Lucene's), filler words, key words, numbers and the words of its asides, folded. Telling words of a language.
     */
    static Set<String> everydayWords(String language) {
        Set<String> words = new HashSet<>();
        for (Object word : with(with(with(luceneStopWords(language), language, "filler"), language, "keys"),
                language, "numbers")) {
            words.add(fold(new String((char[]) word)));
        }
        for (String aside : phrases(language, "asides")) {
            for (String word : aside.split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    words.add(fold(word));
                }
            }
        }
        return Set.copyOf(words);
    }

    /** The phrases of {@code LIST-LANG.txt} beside this class, one a line; none for other languages. */
    static List<String> phrases(String language, String list) {
        try (InputStream in = CallerAnalyzer.class.getResourceAsStream(list + "-" + language + ".txt")) {
            return in == null ? List.of() : WordlistLoader.getLines(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the " + list + " phrases of " + language + " could not be read", e);
        }
    }

    /** The words and those of {@code LIST-LANG.txt} beside this class; no more for other languages. */
    private static CharArraySet with(CharArraySet words, String language, String list) {
        CharArraySet all = new CharArraySet(words, false);
        try (InputStream in = CallerAnalyzer.class.getResourceAsStream(list + "-" + language + ".txt")) {
            if (in != null) {
                all.addAll(WordlistLoader.getWordSet(in, StandardCharsets.UTF_8, "#"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the " + list + " words of " + language + " could not be read", e);
        }
        return all;
    }

    /** The lines of places counted from the end: the last option, the one before it. */
    private static final List<String> FROM_THE_END = List.of("last:", "before last:");

    /**
     * Line N of {@code ordinals-LANG.txt}, notes left out, holds the forms of key N; the line "last:" those of
     * the last option ({@link PhraseMatcher#LAST_PLACE}), "before last:" those of the one before it (one less).
     */
    private static Map<String, Integer> ordinals(String language) {
        Map<String, Integer> keys = new HashMap<>();
        int key = 0;
        for (String line : phrases(language, "ordinals")) {
            Optional<String> fromTheEnd = FROM_THE_END.stream().filter(line::startsWith).findFirst();
            int place = fromTheEnd.isPresent() ? PhraseMatcher.LAST_PLACE - FROM_THE_END.indexOf(fromTheEnd.get()) : ++key;
            for (String form : line.substring(fromTheEnd.map(String::length).orElse(0)).trim().split("\\s+")) {
                keys.put(fold(form), place);
            }
        }
        return Map.copyOf(keys);
    }

    /** The lines of {@code soundalikes-LANG.txt}, "KEY: words"; none when the language has no such file. */
    private static Map<String, Integer> soundAlikes(String language) {
        Map<String, Integer> keys = new HashMap<>();
        for (String line : phrases(language, "soundalikes")) {
            int colon = line.indexOf(':');
            for (String form : line.substring(colon + 1).trim().split("\\s+")) {
                keys.put(fold(form), Integer.parseInt(line.substring(0, colon).trim()));
            }
        }
        return Map.copyOf(keys);
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

    /** A word in lower case without its accents, as the word lists and the words compared keep it. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (ascii(lower)) {
            // nothing to fold: foldToASCII is too large for the JIT to compile, and runs interpreted
            return lower;
        }
        char[] out = new char[word.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, word.length());
        return new String(out, 0, n);
    }

    private static boolean ascii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= '\u0080') {
                return false;
            }
        }
        return true;
    }
}
