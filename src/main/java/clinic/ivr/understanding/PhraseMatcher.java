package clinic.ivr.understanding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Which destinations a caller's phrase most likely means, from example phrases of each, in one
 * language. Knows nothing of menus or calls: phrase in, destinations ranked with a score from 0 to 1.
 *
 * <p>The examples are indexed once, in memory, when the matcher is built. A phrase is analyzed the
 * same way (stemming, stop words, accents folded), each of its words widened to the example words
 * within one or two edits of it (recognizer slips: "disk" for "disc", "sciatic" for "sciatica"), two
 * words joined when together they make an example word ("osteo porosis"), and BM25 finds the
 * examples that share the most telling words. Each of those is then scored by how much of the
 * example the caller said and how much of what the caller said the example explains, both weighted
 * by how telling each word is (an idf over destinations: a word many destinations share tells
 * little): a phrase that merely shares one common word with an example scores low, so nonsense does
 * not look like a question.
 */
public final class PhraseMatcher {

    /**
     * A destination and how well the phrase matches its closest example.
     *
     * @param said      how much of the example the caller said, 0 to 1
     * @param explained how much of what the caller said the example explains, 0 to 1
     */
    public record Match(String destination, double said, double explained) {

        /** 1 is every word of an example and nothing else; callers add words, so saying the example counts more. */
        public double score() {
            return Math.pow(said, EXAMPLE_SHARE) * Math.pow(explained, 1 - EXAMPLE_SHARE);
        }
    }

    private static final String FIELD = "words";
    /** Candidates BM25 hands over for the finer score. */
    private static final int CANDIDATES = 40;
    /** A word one edit away from an example word counts this much; two edits, the square. */
    private static final double NEAR_MISS = 0.8;
    /** How much a word no example has weighs against a match, relative to the rarest known word. */
    private static final double UNKNOWN_WEIGHT = 0.5;
    /** Weight of how much of the example was said, against how much of the phrase the example explains. */
    static final double EXAMPLE_SHARE = 0.5;

    private record Example(String destination, Map<String, Double> words) {}

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final List<Example> examples;
    /** For each word, how many destinations have it in an example: a word many share tells little. */
    private final Map<String, Integer> destinationsWith;
    /** Every word of the examples, for near misses. */
    private final List<String> vocabulary;
    private final int count;

    private PhraseMatcher(Analyzer analyzer, IndexSearcher searcher, List<Example> examples,
                          Map<String, Integer> destinationsWith, int destinations) {
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.examples = examples;
        this.destinationsWith = destinationsWith;
        this.vocabulary = List.copyOf(new java.util.TreeSet<>(destinationsWith.keySet()));
        this.count = destinations;
    }

    /**
     * @param language  a language code; "en" and "es" have their own stemming and stop words
     * @param examples  destination to its example phrases
     */
    public static PhraseMatcher of(String language, Map<String, List<String>> examples) {
        Analyzer analyzer = new CallerAnalyzer(language);
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
                    .setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
            List<String[]> kept = new ArrayList<>();
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                examples.forEach((destination, phrases) -> phrases.forEach(phrase -> {
                    if (!words(analyzer, phrase).isEmpty()) {
                        kept.add(new String[] {destination, phrase});
                    }
                }));
                for (String[] example : kept) {
                    Document doc = new Document();
                    doc.add(new TextField(FIELD, example[1], Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            if (reader.leaves().size() > 1) {
                throw new IllegalStateException("the examples must be one segment, in the order they were added");
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            Map<String, java.util.Set<String>> spread = new HashMap<>();
            for (String[] example : kept) {
                for (String word : words(analyzer, example[1])) {
                    spread.computeIfAbsent(word, w -> new java.util.HashSet<>()).add(example[0]);
                }
            }
            Map<String, Integer> destinationsWith = new HashMap<>();
            spread.forEach((word, destinations) -> destinationsWith.put(word, destinations.size()));
            PhraseMatcher matcher = new PhraseMatcher(analyzer, searcher, new ArrayList<>(),
                    Map.copyOf(destinationsWith), examples.size());
            for (String[] example : kept) {
                Map<String, Double> weights = new LinkedHashMap<>();
                for (String word : words(analyzer, example[1])) {
                    weights.put(word, matcher.idf(word));
                }
                matcher.examples.add(new Example(example[0], Map.copyOf(weights)));
            }
            return matcher;
        } catch (IOException e) {
            throw new UncheckedIOException("the example phrases could not be indexed in memory", e);
        }
    }

    /** Every destination the phrase could mean, best first; empty when no example shares a word with it. */
    public List<Match> rank(String phrase) {
        List<Said> said = understand(phrase);
        if (said.isEmpty() || vocabulary.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (Said word : said) {
            for (Map.Entry<String, Double> near : word.near().entrySet()) {
                if (clauses++ < IndexSearcher.getMaxClauseCount()) {
                    query.add(new BoostQuery(new TermQuery(new Term(FIELD, near.getKey())), near.getValue().floatValue()),
                            BooleanClause.Occur.SHOULD);
                }
            }
        }
        Map<String, Match> best = new HashMap<>();
        try {
            for (ScoreDoc hit : searcher.search(query.build(), CANDIDATES).scoreDocs) {
                Match match = match(said, examples.get(hit.doc));
                best.merge(match.destination(), match, (a, b) -> a.score() >= b.score() ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Match> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::destination));
        return ranked;
    }

    /**
     * A word the caller said: its weight against a match, and the example words it may stand for, each
     * with how close it is (1 the same word, less for a near miss).
     *
     * @param covers how many of the caller's words it stands for (2 for two words joined)
     */
    private record Said(double weight, Map<String, Double> near, int covers) {}

    private List<Said> understand(String phrase) {
        List<String> words = words(analyzer, phrase);
        List<Said> said = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Map<String, Double> near = near(words.get(i));
            if (near.isEmpty() && i + 1 < words.size()) {
                Map<String, Double> joined = near(joinedWord(words.get(i), words.get(i + 1)));
                if (!joined.isEmpty()) {
                    said.add(new Said(weight(joined), joined, 2));
                    i++;
                    continue;
                }
            }
            said.add(new Said(near.isEmpty() ? unknownWeight() : weight(near), near, 1));
        }
        return said;
    }

    /** "osteo" and "porosis" said apart: the stem of the word they make together. */
    private String joinedWord(String first, String second) {
        List<String> joined = words(analyzer, first + second);
        return joined.size() == 1 ? joined.get(0) : first + second;
    }

    /**
     * The example words within reach of a word: itself, and near misses for words long enough to have
     * them (one edit from 4 letters, two from 8; the first letter the same, as recognizers rarely miss
     * it), counted by {@link #edits}. The example words are a few
     * hundred, so comparing with each is quicker than Lucene's fuzzy automata, which take about a
     * millisecond to build for two edits.
     */
    private Map<String, Double> near(String word) {
        Map<String, Double> near = new LinkedHashMap<>();
        if (known(word)) {
            near.put(word, 1.0);
        }
        int allowed = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
        for (String other : allowed == 0 ? List.<String>of() : vocabulary) {
            if (other.length() < 4 || other.equals(word) || other.charAt(0) != word.charAt(0)
                    || Math.abs(other.length() - word.length()) > allowed) {
                continue;
            }
            int max = other.length() >= 8 ? allowed : 1;
            int edits = edits(word, other, max);
            if (edits <= max) {
                near.put(other, edits == 1 ? NEAR_MISS : NEAR_MISS * NEAR_MISS);
            }
        }
        return near;
    }

    /**
     * The edits (a letter added, dropped, changed, or two swapped) from one word to another, or more than
     * {@code max} as soon as that is certain: the optimal string alignment distance, row by row.
     */
    static int edits(String a, String b, int max) {
        int[] before = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        int[] next = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            next[0] = i;
            int best = next[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(row[j] + 1, next[j - 1] + 1), row[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                next[j] = d;
                best = Math.min(best, d);
            }
            if (best > max) {
                return max + 1;
            }
            int[] oldest = before;
            before = row;
            row = next;
            next = oldest;
        }
        return row[b.length()];
    }

    /** A known word weighs its idf; a near miss, the idf of what it stands for, reduced. */
    private double weight(Map<String, Double> near) {
        double weight = 0;
        for (Map.Entry<String, Double> e : near.entrySet()) {
            weight = Math.max(weight, idf(e.getKey()) * e.getValue());
        }
        return weight;
    }

    private double unknownWeight() {
        return UNKNOWN_WEIGHT * idf(1);
    }

    /**
     * How much of the example the caller said (weighted by idf), and how much of what the caller said
     * the example explains; the first counts more, since callers add words of their own.
     */
    private Match match(List<Said> said, Example example) {
        double exampleTotal = 0;
        double exampleSaid = 0;
        for (Map.Entry<String, Double> word : example.words().entrySet()) {
            double closest = 0;
            for (Said s : said) {
                closest = Math.max(closest, s.near().getOrDefault(word.getKey(), 0.0));
            }
            exampleTotal += word.getValue();
            exampleSaid += word.getValue() * closest;
        }
        double saidTotal = 0;
        double saidExplained = 0;
        for (Said s : said) {
            double closest = 0;
            for (Map.Entry<String, Double> near : s.near().entrySet()) {
                if (example.words().containsKey(near.getKey())) {
                    closest = Math.max(closest, near.getValue());
                }
            }
            saidTotal += s.weight() * s.covers();
            saidExplained += s.weight() * s.covers() * closest;
        }
        return new Match(example.destination(), exampleTotal == 0 ? 0 : exampleSaid / exampleTotal,
                saidTotal == 0 ? 0 : saidExplained / saidTotal);
    }

    private boolean known(String word) {
        return destinationsWith.containsKey(word);
    }

    private double idf(String word) {
        Integer spread = destinationsWith.get(word);
        return idf(spread == null ? 0 : spread);
    }

    /** BM25's idf: rare words tell more. */
    private double idf(int destinations) {
        return Math.log(1 + (count - destinations + 0.5) / (destinations + 0.5));
    }

    /** The words of a phrase as the index holds them. */
    static List<String> words(Analyzer analyzer, String phrase) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, phrase)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * The words of a phrase the matcher compares, in order: two phrases with the same words are the
     * same example to it ("the first visit", "first visit"); none means it can match nothing.
     */
    public static List<String> wordsOf(String language, String phrase) {
        try (Analyzer analyzer = new CallerAnalyzer(language)) {
            return words(analyzer, phrase);
        }
    }
}
