package clinic.ivr.understanding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * same way (filler and stop words left out, stemming, accents folded); each word is read as the
 * example words it may stand for ({@link Lexicon}: itself, near misses, sound-alikes), and words a
 * recognizer split are joined again when together they read as an example word ("osteo porosis",
 * "a gente"). BM25 finds the examples that share the most telling words. A destination then scores by
 * how much of its closest example the caller said, and by how much of what the caller said its
 * examples, all together, explain: both weighted by how telling each word is (a word many
 * destinations share tells little). A phrase that merely shares one common word with an example
 * scores low, so nonsense does not look like a question, and a caller's words that the examples do not
 * know lower the score, so "again" in a long unrelated sentence is no command.
 */
public final class PhraseMatcher {

    /**
     * A destination and how well the phrase matches it.
     *
     * @param said      how much of the destination's closest example the caller said, 0 to 1
     * @param explained how much of what the caller said the destination's examples explain, 0 to 1
     */
    public record Match(String destination, double said, double explained, double wordForWord, double exampleShare) {

        /** 1 is every word of an example and nothing else. */
        public double score() {
            return Math.pow(said, exampleShare) * Math.pow(explained, 1 - exampleShare);
        }
    }

    private static final String FIELD = CallerAnalyzer.WORDS;
    /** Candidates BM25 hands over for the finer score. */
    static final int CANDIDATES = Integer.getInteger("x.candidates", 100);
    /** How much a word no example has weighs against a match, relative to the rarest known word. */
    static final double UNKNOWN_WEIGHT = Double.parseDouble(System.getProperty("x.unknown", "0.5"));
    /** Weight of how much of the example was said, against how much of the phrase is explained. */
    static final int LONG = Integer.getInteger("x.long", 5);
    static final double EXAMPLE_SHARE = Double.parseDouble(System.getProperty("x.share", "0.5"));
    /** How much the destination's examples together count in explaining, against its closest example. */
    static final double TOGETHER = Double.parseDouble(System.getProperty("x.together", "0.8"));
    /** Words at most this far apart may be one word the recognizer split. */
    private static final int SPLIT_AT_MOST = 3;
    /** A word rejoined is at least this long: short joins read as anything. */
    private static final int JOINED_LENGTH = 6;

    private record Example(String destination, String phrase, Map<String, Double> words) {}

    /**
     * What the caller said, one word (or split word) at a time: its weight against a match, the example
     * words it may stand for with how close each is, and how many of the caller's words it stands for.
     */
    private record Said(double weight, Map<String, Double> readings, int covers) {}

    private final CallerAnalyzer analyzer;
    private final Lexicon lexicon;
    private final IndexSearcher searcher;
    private final List<Example> examples;

    private PhraseMatcher(CallerAnalyzer analyzer, Lexicon lexicon, IndexSearcher searcher, List<Example> examples) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.searcher = searcher;
        this.examples = examples;
    }

    /**
     * @param language a language code; "en" and "es" have their own stemming, stop and filler words
     * @param examples destination to its example phrases
     */
    public static PhraseMatcher of(String language, Map<String, List<String>> examples) {
        CallerAnalyzer analyzer = new CallerAnalyzer(language);
        Lexicon lexicon = new Lexicon(analyzer, examples);
        List<Example> kept = new ArrayList<>();
        examples.forEach((destination, phrases) -> phrases.forEach(phrase -> {
            Map<String, Double> words = new LinkedHashMap<>();
            CallerAnalyzer.terms(analyzer, FIELD, phrase).forEach(word -> words.put(word, lexicon.idf(word)));
            if (!words.isEmpty()) {
                kept.add(new Example(destination, phrase, Map.copyOf(words)));
            }
        }));
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
                    .setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (Example example : kept) {
                    Document doc = new Document();
                    doc.add(new TextField(FIELD, example.phrase(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            if (reader.leaves().size() > 1) {
                throw new IllegalStateException("the examples must be one segment, in the order they were added");
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            return new PhraseMatcher(analyzer, lexicon, searcher, List.copyOf(kept));
        } catch (IOException e) {
            throw new UncheckedIOException("the example phrases could not be indexed in memory", e);
        }
    }

    /** Every destination the phrase could mean, best first; empty when no example shares a word with it. */
    public List<Match> rank(String phrase) {
        List<Said> said = understand(phrase);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (Said word : said) {
            for (Map.Entry<String, Double> reading : word.readings().entrySet()) {
                if (clauses++ < IndexSearcher.getMaxClauseCount()) {
                    query.add(new BoostQuery(new TermQuery(new Term(FIELD, reading.getKey())),
                            reading.getValue().floatValue()), BooleanClause.Occur.SHOULD);
                }
            }
        }
        if (clauses == 0) {
            return List.of();
        }
        Map<String, Double> together = new HashMap<>();
        Map<String, Match> best = new HashMap<>();
        try {
            for (ScoreDoc hit : searcher.search(query.build(), CANDIDATES).scoreDocs) {
                Example example = examples.get(hit.doc);
                double explained = together.computeIfAbsent(example.destination(), d -> explainedBy(said, d));
                Match match = match(said, example, explained);
                best.merge(match.destination(), match, (a, b) -> a.score() >= b.score() ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Match> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::destination));
        return ranked;
    }

    /** The caller's words, each read as the example words it may stand for; split words joined again. */
    private List<Said> understand(String phrase) {
        List<String> spoken = CallerAnalyzer.terms(analyzer, CallerAnalyzer.SPOKEN, phrase);
        Map<String, Map<String, Double>> readings = new HashMap<>();
        List<Said> said = new ArrayList<>();
        for (int i = 0; i < spoken.size(); ) {
            Said joined = joined(spoken, i, readings);
            if (joined != null) {
                said.add(joined);
                i += joined.covers();
                continue;
            }
            if (lexicon.word(spoken.get(i)) != null) {
                Map<String, Double> near = readings.computeIfAbsent(spoken.get(i), lexicon::readings);
                said.add(new Said(near.isEmpty() ? unknownWeight() : weight(near), near, 1));
            }
            i++;
        }
        return said;
    }

    /**
     * Two or three words from {@code from} said as one example word ("her knee ated", "re fur all",
     * "a gente"); else null. Words that make an example word exactly are joined. Words that only sound
     * like one, or miss it by a letter, are joined when one of them at least is no example word, at
     * most one is a little word, and the word they make tells more than they do apart: "medic air" is
     * Medicare, "how many" is not "humana", "i got sigh" is nothing.
     */
    private Said joined(List<String> spoken, int from, Map<String, Map<String, Double>> readings) {
        for (int span = SPLIT_AT_MOST; span >= 2; span--) {
            if (from + span > spoken.size()) {
                continue;
            }
            List<String> parts = spoken.subList(from, from + span);
            String word = String.join("", parts);
            List<String> partWords = parts.stream().map(lexicon::word).filter(w -> w != null).toList();
            String joined = lexicon.word(word);
            // at least one word of substance, and a word that is more than one of them ("cuál es el" is "cuál")
            if (word.length() < JOINED_LENGTH || partWords.isEmpty() || joined == null || partWords.contains(joined)) {
                continue;
            }
            if (lexicon.knows(joined)) {
                Map<String, Double> exactly = Map.of(joined, 1.0);
                return new Said(weight(exactly), exactly, span); // "voice mail", "in glés", "re schedule"
            }
            if (span - partWords.size() > 1 || partWords.stream().allMatch(lexicon::knows)) {
                continue;
            }
            Map<String, Double> near = lexicon.joinedReadings(word);
            double apart = 0;
            for (String part : parts) {
                if (lexicon.word(part) != null) {
                    Map<String, Double> alone = readings.computeIfAbsent(part, lexicon::readings);
                    apart += alone.isEmpty() ? unknownWeight() : weight(alone);
                }
            }
            if (!near.isEmpty() && weight(near) * partWords.size() >= apart) {
                return new Said(weight(near), near, span);
            }
        }
        return null;
    }

    /** A known word weighs its idf; a near miss, the idf of what it stands for, reduced. */
    private double weight(Map<String, Double> near) {
        double weight = 0;
        for (Map.Entry<String, Double> e : near.entrySet()) {
            weight = Math.max(weight, lexicon.idf(e.getKey()) * e.getValue());
        }
        return weight;
    }

    private double unknownWeight() {
        return UNKNOWN_WEIGHT * lexicon.rarest();
    }

    /** How much of what the caller said the destination's examples, all together, explain. */
    private double explainedBy(List<Said> said, String destination) {
        double total = 0;
        double explained = 0;
        for (Said s : said) {
            double closest = 0;
            for (Map.Entry<String, Double> reading : s.readings().entrySet()) {
                if (lexicon.destinationsOf(reading.getKey()).contains(destination)) {
                    closest = Math.max(closest, reading.getValue());
                }
            }
            total += s.weight() * s.covers();
            explained += s.weight() * s.covers() * closest;
        }
        return total == 0 ? 0 : explained / total;
    }

    /**
     * How much of the example the caller said (weighted by idf), and how much of what the caller said
     * the example, or the destination's examples together, explain.
     */
    private Match match(List<Said> said, Example example, double explainedTogether) {
        double exampleTotal = 0;
        double exampleSaid = 0;
        double wordForWord = 0;
        for (Map.Entry<String, Double> word : example.words().entrySet()) {
            double closest = 0;
            for (Said s : said) {
                closest = Math.max(closest, s.readings().getOrDefault(word.getKey(), 0.0));
            }
            exampleTotal += word.getValue();
            exampleSaid += word.getValue() * closest;
            wordForWord += closest >= Lexicon.ONE_LETTER ? word.getValue() * closest : 0;
        }
        double saidTotal = 0;
        double saidExplained = 0;
        int saidWords = 0;
        for (Said s : said) {
            saidWords += s.covers();
            double closest = 0;
            for (Map.Entry<String, Double> near : s.readings().entrySet()) {
                if (example.words().containsKey(near.getKey())) {
                    closest = Math.max(closest, near.getValue());
                }
            }
            saidTotal += s.weight() * s.covers();
            saidExplained += s.weight() * s.covers() * closest;
        }
        double explained = saidTotal == 0 ? 0 : saidExplained / saidTotal;
        return new Match(example.destination(), exampleTotal == 0 ? 0 : exampleSaid / exampleTotal,
                Math.max(explained, TOGETHER * explainedTogether), exampleTotal == 0 ? 0 : wordForWord / exampleTotal,
                EXAMPLE_SHARE * Math.min(1, (double) LONG / Math.max(1, saidWords)));
    }

    /** For experiments: the caller's words as read, and the best example of each destination. */
    public String debug(String phrase) {
        StringBuilder b = new StringBuilder();
        for (Said s : understand(phrase)) {
            b.append(String.format("   said w=%.2f x%d %s%n", s.weight(), s.covers(), s.readings()));
        }
        return b.toString();
    }

    /** The words of a phrase this matcher compares, in order; none when it has only filler and stop words. */
    public List<String> wordsOf(String phrase) {
        return CallerAnalyzer.terms(analyzer, FIELD, phrase);
    }

    private static final Map<String, CallerAnalyzer> ANALYZERS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The words of a phrase the matcher compares, in order: two phrases with the same words are the
     * same example to it ("the first visit", "first visit"); none means it can match nothing.
     */
    public static List<String> wordsOf(String language, String phrase) {
        return CallerAnalyzer.terms(ANALYZERS.computeIfAbsent(language, CallerAnalyzer::new), FIELD, phrase);
    }
}
