package clinic.ivr.understanding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Which destinations a caller's phrase most likely means, from example phrases of each, in one
 * language. Knows nothing of menus or calls: phrase in, destinations ranked with a score from 0 to 1.
 *
 * <p>The examples are indexed once, in memory, when the matcher is built. A phrase is analyzed the
 * same way (filler and stop words left out, stemming, accents folded), each word read as the example
 * words it may stand for ({@link CallerWords}: itself, near misses, sound-alikes, split words joined),
 * and BM25 finds the examples that share the most telling words. A destination then scores by how much
 * of its closest example the caller said, and by how much of what the caller said that example, or
 * (a little less) the destination's examples all together, explain: both weighted by how telling each
 * word is (a word many destinations share tells little). A phrase that shares only a common word with
 * an example scores low, so nonsense does not look like a question, and the caller's words that no
 * example knows lower the score, so "again" in a long unrelated sentence is no command; each match also
 * counts the caller's words that no example has, nor the destination's examples are a guess for
 * ({@link Match#strange}), for the listener to ask before it takes a short phrase about something else
 * ("is it going to rain this weekend") to the hours. In a long phrase the destination's examples together
 * count as much as one example: a caller's story says several things at once. An example of everyday
 * words only ("that will be all", "eso es todo") has no word to find it by: it matches when said as written. One
 * whose only words of substance ask without saying what about ({@code questions-LANG.txt}: "then what") is found by
 * them, but counts only with its words said in order: "what would they do to me" is no "then what".
 *
 * <p>Besides the destinations it is given, the matcher knows what callers say that is not meant for the
 * line ({@code asides-LANG.txt}: "never mind", "olvídelo", "I was talking to my husband"), as the
 * destination {@link #ASIDE}: a phrase that is most like one of them is for no destination.
 */
public final class PhraseMatcher {

    /**
     * A destination and how well the phrase matches it.
     *
     * @param score       from 0 to 1; 1 is every word of an example and nothing else
     * @param wordForWord how much of the closest example the caller said in its very words (or a letter
     *                    off), not in sound-alikes, 0 to 1
     * @param oneWordOf   whether that is only one word of an example of more, which alone could mean
     *                    anything ("car" of "coming by car", "much" of "how much")
     * @param explained   how much of what the caller said (weighted as the score weighs it) the closest
     *                    example, or the destination's examples together, explain, 0 to 1
     * @param wordsSaid   how many words of substance the caller said (filler and stop words left out)
     * @param strange     how many of them no example has, nor any example of this destination is a guess for
     *                    (a sound-alike, a letter off): "rain" in "is it going to rain this weekend", "novela"
     *                    in "la novela empieza a las ocho"
     */
    public record Match(String destination, double score, double wordForWord, boolean oneWordOf, double explained,
            int wordsSaid, int strange) {}

    /** The destination of what callers say that is not meant for the line: losing their thread, talking to others. */
    public static final String ASIDE = "aside";

    private static final String FIELD = CallerAnalyzer.WORDS;
    /** Candidates BM25 hands over for the finer score. */
    private static final int CANDIDATES = 100;
    /** Weight of how much of the example the caller said, against how much of the phrase is explained. */
    private static final double EXAMPLE_SHARE = 0.5;
    /**
     * From this many words on, a phrase weighs the example share down: in a long phrase, a short example
     * said whole ("help") tells less than what most of the phrase is about.
     */
    private static final int LONG_PHRASE = 5;
    /**
     * How much the destination's examples together count in explaining a phrase of up to {@link #LONG_PHRASE}
     * words, against one example; in a longer one, more, up to as much: a caller who tells their story says
     * several things at once (what hurts, since when, what they ask), which no one example holds.
     */
    private static final double TOGETHER = 0.8;

    /**
     * An example's words and pairs of words said together, by their numbers ({@link CallerPhrase}), each with
     * its idf, in the order the score sums them; all of its terms, sorted, to tell which it has; and the words, as
     * said, a phrase must hold in order to match it ({@link #onlyAsking}; none for most examples).
     */
    private record Example(String destination, int destinationId, int[] words, double[] wordIdf, int[] pairs,
            double[] pairIdf, int[] terms, List<String> asWritten) {}

    private final CallerAnalyzer analyzer;
    private final Lexicon lexicon;
    private final CallerWords callerWords;
    private final IndexSearcher searcher;
    private final List<Example> examples;
    /** Each word and pair of words of the examples, by number. */
    private final Map<String, Integer> termIds;
    /** Each destination, by number. */
    private final Map<String, Integer> destinationIds;
    /**
     * Where each word of the index is in it, looked up once: a query for a caller's phrase would otherwise
     * seek each of its words in the terms dictionary again.
     */
    private final Map<String, TermStates> indexed;
    /**
     * The examples of everyday words only ("that will be all", "eso es todo"), which no word of substance finds:
     * each as said, folded, to its destination.
     */
    private final Map<List<String>, String> everyday;
    /** Each destination's example phrases, as given. */
    private final Map<String, List<String>> phrases;
    /** Each destination's examples, every word as said, folded: found when first asked for. */
    private final Map<String, List<List<String>>> written = new ConcurrentHashMap<>();

    private PhraseMatcher(CallerAnalyzer analyzer, Lexicon lexicon, IndexSearcher searcher, List<Example> examples,
            Map<String, Integer> termIds, Map<String, Integer> destinationIds, Map<List<String>, String> everyday,
            Map<String, List<String>> phrases) throws IOException {
        this.analyzer = analyzer;
        this.everyday = everyday;
        this.phrases = phrases;
        this.lexicon = lexicon;
        this.callerWords = new CallerWords(analyzer, lexicon);
        this.searcher = searcher;
        this.indexed = indexed(searcher);
        this.examples = examples;
        this.termIds = termIds;
        this.destinationIds = destinationIds;
    }

    /**
     * @param language a language code; "en" and "es" have their own stemming, stop and filler words,
     *                 and asides
     * @param given    destination to its example phrases
     */
    public static PhraseMatcher of(String language, Map<String, List<String>> given) {
        // its own analyzer (about a millisecond and a half beside the index): built with the matcher it serves
        CallerAnalyzer analyzer = new CallerAnalyzer(language);
        Map<String, List<String>> examples = new LinkedHashMap<>(given);
        examples.put(ASIDE, asides(language));
        // each phrase's words, analyzed once for the lexicon and the examples kept
        Map<String, List<String>> wordsOf = new HashMap<>();
        Function<String, List<String>> words = phrase -> wordsOf.computeIfAbsent(phrase,
                p -> CallerAnalyzer.terms(analyzer, FIELD, p));
        Lexicon lexicon = new Lexicon(analyzer, examples, words);
        List<Example> kept = new ArrayList<>();
        Map<String, Integer> termIds = new HashMap<>();
        Map<String, Integer> destinationIds = new HashMap<>();
        Map<List<String>, String> everyday = new HashMap<>();
        examples.keySet().forEach(destination -> destinationIds.put(destination, destinationIds.size()));
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
                    .setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (Map.Entry<String, List<String>> destination : examples.entrySet()) {
                    for (String phrase : destination.getValue()) {
                        List<String> terms = words.apply(phrase);
                        Map<String, Double> scored = new LinkedHashMap<>();
                        Map<String, Double> pairs = new LinkedHashMap<>();
                        for (int i = 0; i < terms.size(); i++) {
                            scored.put(terms.get(i), lexicon.idf(terms.get(i)));
                            if (i > 0) {
                                String pair = Lexicon.pair(terms.get(i - 1), terms.get(i));
                                pairs.put(pair, lexicon.idf(pair));
                            }
                        }
                        if (!scored.isEmpty()) {
                            kept.add(example(destination.getKey(), destinationIds, Map.copyOf(scored),
                                    Map.copyOf(pairs), termIds, onlyAsking(analyzer, phrase, terms)));
                            Document doc = new Document();
                            doc.add(new TextField(FIELD, phrase, Field.Store.NO));
                            writer.addDocument(doc);
                        } else {
                            List<String> said = said(analyzer, phrase);
                            if (!said.isEmpty()) {
                                everyday.putIfAbsent(said, destination.getKey());
                            }
                        }
                    }
                }
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            if (reader.leaves().size() > 1) {
                throw new IllegalStateException("the examples must be one segment, in the order they were added");
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            return new PhraseMatcher(analyzer, lexicon, searcher, List.copyOf(kept), Map.copyOf(termIds),
                    Map.copyOf(destinationIds), Map.copyOf(everyday), Map.copyOf(examples));
        } catch (IOException e) {
            throw new UncheckedIOException("the example phrases could not be indexed in memory", e);
        }
    }

    /** Each word of the index, with where it is: its statistics and its postings in the one segment. */
    private static Map<String, TermStates> indexed(IndexSearcher searcher) throws IOException {
        Map<String, TermStates> indexed = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(FIELD);
            TermsEnum words = terms == null ? TermsEnum.EMPTY : terms.iterator();
            for (BytesRef word = words.next(); word != null; word = words.next()) {
                Term term = new Term(FIELD, BytesRef.deepCopyOf(word));
                indexed.put(term.text(), TermStates.build(searcher, term, true));
            }
        }
        return Map.copyOf(indexed);
    }

    /**
     * An example of a destination with its words and pairs numbered, each new one the next number. Its sums
     * go in the order of the maps given, as they did when the score read the maps.
     */
    private static Example example(String destination, Map<String, Integer> destinationIds, Map<String, Double> words,
            Map<String, Double> pairs, Map<String, Integer> termIds, List<String> asWritten) {
        int[] wordIds = numbered(words.keySet(), termIds);
        int[] pairIds = numbered(pairs.keySet(), termIds);
        int[] terms = IntStream.concat(Arrays.stream(wordIds), Arrays.stream(pairIds)).sorted().toArray();
        return new Example(destination, destinationIds.get(destination), wordIds,
                words.values().stream().mapToDouble(Double::doubleValue).toArray(), pairIds,
                pairs.values().stream().mapToDouble(Double::doubleValue).toArray(), terms, asWritten);
    }

    /**
     * An example whose only words of substance ask without saying what about ("then what", "how kind of you"), every
     * word as said, folded: it matches only said so. Else none, which any phrase has: it matches by its words. The
     * analyzed words tell most examples apart without reading them again as said (a question word is its own stem).
     */
    private static List<String> onlyAsking(CallerAnalyzer analyzer, String phrase, List<String> terms) {
        if (!terms.stream().allMatch(analyzer::onlyAsks)) {
            return List.of();
        }
        List<String> said = said(analyzer, phrase);
        List<String> substance = said.stream().filter(word -> !analyzer.leavesOut(word)).toList();
        return !substance.isEmpty() && substance.stream().allMatch(analyzer::onlyAsks) ? said : List.of();
    }

    /** The numbers of terms, in the order given, each new one the next number. */
    private static int[] numbered(Set<String> terms, Map<String, Integer> termIds) {
        return terms.stream().mapToInt(t -> termIds.computeIfAbsent(t, k -> termIds.size())).toArray();
    }

    /**
     * Every destination the phrase could mean, best first; empty when no example shares a word with it. Ranked once a
     * {@link Hearing}: the same list again for the same words.
     */
    public List<Match> rank(String phrase) {
        return Hearing.once(this, phrase, this::ranked);
    }

    private List<Match> ranked(String phrase) {
        List<String> spoken = CallerAnalyzer.terms(analyzer, CallerAnalyzer.SPOKEN, analyzer.withoutFraming(phrase));
        List<String> asSaid = folded(spoken);
        List<Match> everydayExample = everydayExample(asSaid);
        if (!everydayExample.isEmpty()) {
            return everydayExample;
        }
        List<CallerWords.Said> said = callerWords.read(spoken);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (CallerWords.Said word : said) {
            if (word.covers() == 0) {
                continue; // a pair of words: BM25 finds its words one by one
            }
            for (Map.Entry<String, Double> reading : word.readings().entrySet()) {
                if (clauses++ < IndexSearcher.getMaxClauseCount()) {
                    Term term = new Term(FIELD, reading.getKey());
                    TermStates states = indexed.get(reading.getKey());
                    query.add(new BoostQuery(states == null ? new TermQuery(term) : new TermQuery(term, states),
                            reading.getValue().floatValue()), BooleanClause.Occur.SHOULD);
                }
            }
        }
        if (clauses == 0) {
            return List.of();
        }
        CallerPhrase heard = new CallerPhrase(said, lexicon, termIds, destinationIds);
        double[] together = new double[destinationIds.size()];
        Arrays.fill(together, -1);
        Map<String, Match> best = new HashMap<>();
        try {
            for (ScoreDoc hit : candidates(searcher, query.build(), CANDIDATES)) {
                Example example = examples.get(hit.doc);
                if (Collections.indexOfSubList(asSaid, example.asWritten()) < 0) {
                    continue;
                }
                int destination = example.destinationId();
                if (together[destination] < 0) {
                    together[destination] = heard.explainedByDestination(destination);
                }
                Match match = match(heard, example, together[destination]);
                best.merge(match.destination(), match, (a, b) -> a.score() >= b.score() ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Match> ranked = new ArrayList<>(best.values());
        // scores a rounding apart are a tie, whatever order their sums took: broken by name, the same every time
        ranked.sort(Comparator.comparingLong((Match m) -> Math.round(m.score() * 1e9)).reversed()
                .thenComparing(Match::destination));
        return List.copyOf(ranked);
    }

    /**
     * The {@code most} examples BM25 scores best, best first, equal scores in the order of the examples: what
     * {@code searcher.search(query, most).scoreDocs} gives, the same examples with the same scores (the same
     * scorer), without the queue of {@code most} places Lucene fills, empties and merges again for every
     * phrase, which cost more than the scoring of the few dozen examples a phrase shares a word with.
     */
    static ScoreDoc[] candidates(IndexSearcher searcher, Query query, int most) throws IOException {
        List<ScoreDoc> hits = searcher.search(query, new EveryHit());
        hits.sort(BEST_FIRST);
        return hits.subList(0, Math.min(most, hits.size())).toArray(ScoreDoc[]::new);
    }

    /** Higher scores first, equal ones (as {@code ==} has them, as Lucene's queue does) by the example's number. */
    private static final Comparator<ScoreDoc> BEST_FIRST = (a, b) -> a.score != b.score
            ? (a.score > b.score ? -1 : 1) : Integer.compare(a.doc, b.doc);

    /**
     * Every example a query finds, with its score. Scored as Lucene's top hits are ({@link ScoreMode#TOP_SCORES}),
     * so by the same scorer, with the same sums; no minimum score is ever set, so none is skipped.
     */
    private static final class EveryHit implements CollectorManager<EveryHit.Hits, List<ScoreDoc>> {

        private static final class Hits extends SimpleCollector {
            private final List<ScoreDoc> found = new ArrayList<>();
            private Scorable scorer;
            private int docBase;

            @Override
            protected void doSetNextReader(LeafReaderContext leaf) {
                docBase = leaf.docBase;
            }

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                found.add(new ScoreDoc(docBase + doc, scorer.score()));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.TOP_SCORES;
            }
        }

        @Override
        public Hits newCollector() {
            return new Hits();
        }

        @Override
        public List<ScoreDoc> reduce(Collection<Hits> collectors) {
            List<ScoreDoc> all = new ArrayList<>();
            collectors.forEach(hits -> all.addAll(hits.found));
            return all;
        }
    }

    /**
     * "That will be all", "eso es todo": an example of everyday words only matches when the caller says it as
     * written, with nothing around it but filler ("um", "thanks") and "no" ("no, that's all"); the longest such
     * example said, surely.
     */
    private List<Match> everydayExample(List<String> said) {
        if (everyday.isEmpty()) {
            return List.of();
        }
        List<String> longest = List.of();
        for (List<String> example : everyday.keySet()) {
            int at = Collections.indexOfSubList(said, example);
            if (at >= 0 && example.size() > longest.size() && onlyFillerBesides(said, at, example.size())) {
                longest = example;
            }
        }
        return longest.isEmpty() ? List.of() : List.of(new Match(everyday.get(longest), 1, 1, false, 1, 0, 0));
    }

    /**
     * Whether the phrase has one of the destination's examples in it as written, word by word and in order:
     * "thank you, bye" has "bye", "what now" has not "that's all for now", though all the words the matcher
     * compares in it ("now") were said. For what must not be taken on a guess.
     */
    public boolean saysAsWritten(String phrase, String destination) {
        List<String> said = said(analyzer, phrase);
        return written.computeIfAbsent(destination, d -> phrases.getOrDefault(d, List.of()).stream()
                        .map(example -> said(analyzer, example)).filter(example -> !example.isEmpty()).toList())
                .stream().anyMatch(example -> Collections.indexOfSubList(said, example) >= 0);
    }

    private boolean onlyFillerBesides(List<String> said, int from, int length) {
        for (int i = 0; i < said.size(); i++) {
            boolean besides = i < from || i >= from + length;
            if (besides && !analyzer.isFiller(said.get(i)) && !said.get(i).equals("no")) {
                return false;
            }
        }
        return true;
    }

    /** Every word of a phrase as said, folded: "That's all" is "thats", "all". */
    private static List<String> said(CallerAnalyzer analyzer, String phrase) {
        return folded(CallerAnalyzer.terms(analyzer, CallerAnalyzer.SPOKEN, phrase));
    }

    private static List<String> folded(List<String> spoken) {
        return spoken.stream().map(CallerAnalyzer::fold).toList();
    }

    /**
     * How much of the example the caller said (weighted by idf), and how much of what the caller said
     * the example, or the destination's examples together, explain.
     */
    private static Match match(CallerPhrase said, Example example, double explainedTogether) {
        double exampleTotal = 0;
        double exampleSaid = 0;
        double wordForWord = 0;
        int wordsForWords = 0;
        for (int i = 0; i < example.words().length; i++) {
            double closest = said.closest(example.words()[i]);
            double idf = example.wordIdf()[i];
            exampleTotal += idf;
            exampleSaid += idf * closest;
            if (closest >= Lexicon.ONE_LETTER) {
                wordForWord += idf * closest;
                wordsForWords++;
            }
        }

        // a pair of the example's words counts when the caller said it, not against the example when not
        for (int i = 0; i < example.pairs().length; i++) {
            double closest = said.closest(example.pairs()[i]);
            double idf = example.pairIdf()[i];
            if (closest > 0) {
                exampleTotal += idf;
                exampleSaid += idf * closest;
                if (closest >= Lexicon.ONE_LETTER) {
                    wordForWord += idf * closest;
                }
            }
        }
        int saidWords = said.words();
        double saidShare = exampleTotal == 0 ? 0 : exampleSaid / exampleTotal;
        double together = 1 - (1 - TOGETHER) * Math.min(1, (double) LONG_PHRASE / Math.max(1, saidWords));
        double explained = Math.max(said.explainedBy(example.terms()), together * explainedTogether);
        double share = EXAMPLE_SHARE * Math.min(1, (double) LONG_PHRASE / Math.max(1, saidWords));
        return new Match(example.destination(), Math.pow(saidShare, share) * Math.pow(explained, 1 - share),
                exampleTotal == 0 ? 0 : wordForWord / exampleTotal, wordsForWords < Math.min(2, example.words().length),
                explained, saidWords, said.strange(example.destinationId()));
    }

    /**
     * Whether a phrase says nothing but filler, words that name a key ("press", "number", "option") and words
     * callers choose one with ("I'll take", "let me pick"): said with a number, it is a key pressed. Another
     * number ("seven eleven") is not filler there.
     */
    public boolean onlyNamesAKey(String phrase) {
        return CallerAnalyzer.terms(analyzer, CallerAnalyzer.SPOKEN, phrase).stream()
                .allMatch(word -> analyzer.namesAKey(word) || analyzer.choosesAKey(word)
                        || (lexicon.word(word) == null && !analyzer.isNumber(word)));
    }

    /** Whether the word at {@code at} is a number said as a pronoun, no key: "one of these", "uno de mis amigos". */
    public boolean pronoun(String[] said, int at) {
        return at + 1 < said.length && analyzer.isPartitive(said[at + 1]);
    }

    /** Whether one word, as said, names a key: "press", "number", "opción". */
    public boolean namesAKey(String word) {
        return analyzer.namesAKey(word);
    }

    /**
     * The place of the last option of a menu, whatever its key: "the last one". Places counted from the end are
     * below zero: the one before the last ("la penúltima") is one less.
     */
    public static final int LAST_PLACE = -1;

    /**
     * The key the word at {@code at} names by its place: "the second one", "the third option", "la segunda",
     * "la tercera opción" (2, 3, 2, 3), or a place counted from the end: {@link #LAST_PLACE} for "the last one", "la
     * última", one less for "la penúltima". An ordinal counts followed
     * by "one" ({@code one}) or a word that names a key, or said last after an article (little words after it aside),
     * alone or with a word that names what the menu reads ("the last question"); else 0: "just a second", "la primera
     * vez", "the last time", "my first question is".
     */
    public int ordinal(String[] said, int at, String one) {
        int place = analyzer.ordinal(said[at]);
        if (place == 0) {
            return 0;
        }
        boolean named = at + 1 < said.length && (said[at + 1].equals(one) || analyzer.namesAKey(said[at + 1]));
        // said last: "la cuarta, por favor" too
        int end = namesAnItem(said, at) ? at + 2 : at + 1;
        boolean last = Arrays.stream(said, end, said.length).allMatch(analyzer::leavesOut);
        return named || last && at > 0 && analyzer.isArticle(said[at - 1]) ? place : 0;
    }

    /** Whether the word after the one at {@code at} names one of what a menu reads: "question", "pregunta". */
    public boolean namesAnItem(String[] said, int at) {
        return at + 1 < said.length && analyzer.namesAnItem(said[at + 1]);
    }

    /**
     * The key the word at {@code at} was written for by the recognizer: a sound-alike ("won", "for") right after a
     * word that names a key, with nothing but filler before them and little words after ("option won", "um press
     * for please"); else -1: "press for the hours", "what do I press for", "I want to".
     */
    public int soundsLikeAKey(String[] said, int at) {
        int key = analyzer.soundsLikeAKey(said[at]);
        return key >= 0 && at > 0 && analyzer.namesAKey(said[at - 1])
                && Arrays.stream(said, 0, at - 1).allMatch(analyzer::isFiller)
                && Arrays.stream(said, at + 1, said.length).allMatch(analyzer::leavesOut) ? key : -1;
    }

    private static final Map<String, Set<String>> EVERYDAY = new ConcurrentHashMap<>();

    /**
     * The words callers of a language wrap any request in (its stop, filler and key words, the words of its
     * asides), lower case without accents: with a line's example phrases, what tells one language from another.
     */
    public static Set<String> everydayWords(String language) {
        return EVERYDAY.computeIfAbsent(language, CallerAnalyzer::everydayWords);
    }

    /** One analyzer a language for {@link #wordsOf}, its word lists read once: it keeps no state between texts. */
    private static final Map<String, CallerAnalyzer> ANALYZERS = new ConcurrentHashMap<>();
    /** Each language's words naming a menu's choices, as {@link #wordsOf} gives them. */
    private static final Map<String, Set<String>> OPTIONS = new ConcurrentHashMap<>();

    /**
     * The words of a phrase the matcher compares, in order: two phrases with the same words are the
     * same example to it ("the first visit", "first visit"); none means it can match nothing.
     */
    public static List<String> wordsOf(String language, String phrase) {
        return CallerAnalyzer.terms(analyzer(language), FIELD, phrase);
    }

    /**
     * Every word of a phrase as said, folded: what an example of everyday words only ("that will be all") is
     * matched by, since {@link #wordsOf} finds none in it. Once a hearing: the rules of words said alone each read them.
     */
    public static List<String> wordsAsSaid(String language, String phrase) {
        CallerAnalyzer analyzer = analyzer(language);
        return Hearing.once(analyzer, phrase, said -> said(analyzer, said));
    }

    /** What callers say to hear it again that would read as going back ({@code again-LANG.txt}): "volver a decir". */
    public static List<String> again(String language) {
        return CallerAnalyzer.phrases(language, "again");
    }

    /**
     * What callers of the language say when they did not catch or follow the line ("what?", "I don't
     * understand"), to be recognized said alone: never matched, as "what is it" and "I don't understand what you
     * do" ask what traction is.
     */
    public static List<String> unheard(String language) {
        return CallerAnalyzer.phrases(language, "unheard");
    }

    /** What callers of the language say to ask what it is, naming nothing ("what is it"), to be recognized said alone. */
    public static List<String> whatIsIt(String language) {
        return CallerAnalyzer.phrases(language, "what-is-it");
    }

    /** The words that make the next one a part of the body ({@code owners-LANG.txt}): "my" of "my back". */
    public static List<String> owners(String language) {
        return CallerAnalyzer.phrases(language, "owners");
    }

    /** What callers of the language open with to say who they are ({@code introducing-LANG.txt}): "my name is", "soy". */
    public static List<String> introducing(String language) {
        return CallerAnalyzer.phrases(language, "introducing");
    }

    /** What callers say before their date of birth ({@code date-of-birth-LANG.txt}): "date of birth", "nacido el". */
    public static List<String> dateOfBirth(String language) {
        return CallerAnalyzer.phrases(language, "date-of-birth");
    }

    /** The words a date said aloud may hold besides numbers and months ({@code dates-LANG.txt}): "of", "del". */
    public static List<String> dates(String language) {
        return CallerAnalyzer.phrases(language, "dates");
    }

    /** The numbers said within a sentence ({@code numbers-LANG.txt}): "seventy", "quince". */
    public static List<String> numbers(String language) {
        return CallerAnalyzer.phrases(language, "numbers");
    }

    /** The words callers of the language ask what, who or whether with, or what something means: "what", "who", "is". */
    public static List<String> asking(String language) {
        return CallerAnalyzer.phrases(language, "asking");
    }

    /** The words that name the front desk, a person there or talking to one: "front", "desk", "person", "talk". */
    public static List<String> theDesk(String language) {
        return CallerAnalyzer.phrases(language, "the-desk");
    }

    /**
     * What callers of the language say as they leave that also begins questions ("see you later", "hasta mañana"),
     * to be recognized said alone: never matched, as "can I see you later today" and "¿están abiertos hasta mañana?"
     * ask about the hours.
     */
    public static List<String> leaving(String language) {
        return CallerAnalyzer.phrases(language, "leaving");
    }

    /**
     * What callers of the language say to take back what they just said and say what they meant instead ("no wait",
     * "I mean", "mejor dicho"): the words after it are what they settled on.
     */
    public static List<String> corrections(String language) {
        return CallerAnalyzer.phrases(language, "corrections");
    }

    /** The words that, after a thank-you, say what it is for ("for", "por"). */
    public static List<String> thankedFor(String language) {
        return CallerAnalyzer.phrases(language, "thanked-for");
    }

    /** What callers of the language say before the yes they mean after a no about something else ("but", "pero"). */
    public static List<String> contrasts(String language) {
        return CallerAnalyzer.phrases(language, "contrasts");
    }

    /**
     * Words callers of the language say with a farewell that add nothing to it ("bye now", "see you then"), passed
     * over beside a farewell alone: elsewhere "now" and "then" ask when.
     */
    public static List<String> parting(String language) {
        return CallerAnalyzer.phrases(language, "parting");
    }

    /** What callers of the language say when they will call again ("I'll call back", "lo llamo"). */
    public static List<String> callingAgain(String language) {
        return CallerAnalyzer.phrases(language, "calling-again");
    }

    /**
     * What asks about a message rather than to leave one ({@code about-the-message-LANG.txt}): "will someone call me
     * back?", "¿para quién?".
     */
    public static List<String> aboutTheMessage(String language) {
        return CallerAnalyzer.phrases(language, "about-the-message");
    }

    /** What callers say that is not meant for the line ({@code asides-LANG.txt}): "I'm on the phone", "never mind". */
    public static List<String> asides(String language) {
        return CallerAnalyzer.phrases(language, "asides");
    }

    /** Words for yes that, asked, answer the telephone ({@code hellos-LANG.txt}): "¿bueno?" in Mexico. */
    public static List<String> hellos(String language) {
        return CallerAnalyzer.phrases(language, "hellos");
    }

    /**
     * What callers say before what a part of an answer said, to hear that part again ({@code a-part-LANG.txt}): "the
     * part about", "lo de".
     */
    public static List<String> aPart(String language) {
        return CallerAnalyzer.phrases(language, "a-part");
    }

    /**
     * What callers say to tell why they want a person ({@code why-a-person-LANG.txt}): "I can't hear", "no quiero hablar
     * con una máquina".
     */
    public static List<String> whyAPerson(String language) {
        return CallerAnalyzer.phrases(language, "why-a-person");
    }

    /**
     * The words that, after a not of what the caller cannot do, only echo it ({@code not-echoes-LANG.txt}): "nada" of "no
     * veo nada".
     */
    public static List<String> notEchoes(String language) {
        return CallerAnalyzer.phrases(language, "not-echoes");
    }

    /** What callers say they are busy doing after asking the line to wait ({@code busy-LANG.txt}): "I'm driving". */
    public static List<String> busy(String language) {
        return CallerAnalyzer.phrases(language, "busy");
    }

    /** What asks for a time at the clinic or changes one ({@code booking-LANG.txt}): "appointment", "cita". */
    public static List<String> booking(String language) {
        return CallerAnalyzer.phrases(language, "booking");
    }

    /** Words that ask politely and say no yes of their own beside a request ("please", "por favor"). */
    public static List<String> polite(String language) {
        return CallerAnalyzer.phrases(language, "polite");
    }

    /** Words that say when a caller will call again ("on Monday morning", "la semana que viene"). */
    public static List<String> later(String language) {
        return CallerAnalyzer.phrases(language, "later");
    }

    /** What owns a wrong key or choice ({@code mistakes-LANG.txt}): "wrong button", "me equivoqué", "apreté mal". */
    public static List<String> mistakes(String language) {
        return CallerAnalyzer.phrases(language, "mistakes");
    }

    /** What asks for more after a thank-you ({@code more-LANG.txt}): "and", "one more thing", "y", "otra pregunta". */
    public static List<String> more(String language) {
        return CallerAnalyzer.phrases(language, "more");
    }

    /** What closes what was asked rather than the call ({@code closing-LANG.txt}): "that's all", "es todo". */
    public static List<String> closing(String language) {
        return CallerAnalyzer.phrases(language, "closing");
    }

    /** What puts an answer off ({@code putting-off-LANG.txt}): "maybe", "tal vez". */
    public static List<String> puttingOff(String language) {
        return CallerAnalyzer.phrases(language, "putting-off");
    }

    /** Whether the phrase names the choices a menu reads ("the options", "las opciones", "the menu"). */
    public static boolean namesTheOptions(String language, String phrase) {
        Set<String> options = OPTIONS.computeIfAbsent(language, l -> CallerAnalyzer.phrases(l, "options").stream()
                .flatMap(word -> wordsOf(l, word).stream()).collect(Collectors.toUnmodifiableSet()));
        return wordsOf(language, phrase).stream().anyMatch(options::contains);
    }

    /** Whether a word as {@link #wordsAsSaid} gives it is one the matcher leaves out ("um", "okay", "the", "seven"). */
    public static boolean leavesOut(String language, String saidWord) {
        return analyzer(language).leavesOut(saidWord);
    }

    /**
     * Whether a word as said denies what follows it: a not ("don't", "can't"), or a Spanish "no" said right before a
     * word, with no pause ("no me pase"); an English "no I'd rather talk to someone" is a reply, and its no no denial.
     *
     * @param beforeAWord whether a word follows it with no pause
     */
    public static boolean negates(String language, String saidWord, boolean beforeAWord) {
        return wordsOf(language, saidWord).contains("not") || beforeAWord && analyzer(language).deniesTheNextWord(saidWord);
    }

    /**
     * Whether a not and the word said after it tell what the caller cannot do or does not know, which is no refusal: "I
     * can't make my appointment", "I don't understand my bill", "no puedo ir a mi cita", "no entiendo la factura".
     */
    public static boolean saysUnable(String language, String notWord, String nextWord) {
        CallerAnalyzer analyzer = analyzer(language);
        return CallerAnalyzer.terms(analyzer, CallerAnalyzer.SPOKEN, notWord + " " + nextWord).stream()
                .anyMatch(analyzer::saysUnable);
    }

    /** Whether a word as said is filler in the language ("um", "oh", "okay"): never what a caller asks for. */
    public static boolean isFiller(String language, String saidWord) {
        return analyzer(language).isFiller(saidWord);
    }

    private static CallerAnalyzer analyzer(String language) {
        return ANALYZERS.computeIfAbsent(language, CallerAnalyzer::new);
    }
}
