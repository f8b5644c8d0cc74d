package clinic.ivr.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The candidates the matcher scores are Lucene's own top hits: the same examples, scores and order as
 * {@code IndexSearcher.search(query, n)}, many of them tied, fewer or more than n, and more than the thousand
 * hits past which Lucene's top hits skip examples that cannot make the list.
 */
class CandidatesTest {

    private static final List<String> WORDS = List.of("hurt", "pain", "back", "hours", "open", "session", "cost",
            "insurance", "desk", "message");

    @Test
    void theCandidatesAreLucenesTopHits() throws IOException {
        Random random = new Random(7);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < 1_500; i++) {
                    // every example says "common"; the rest a few of the words, often the same ones: many ties
                    StringBuilder text = new StringBuilder("common");
                    for (int w = random.nextInt(4); w > 0; w--) {
                        text.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
                    }
                    Document doc = new Document();
                    doc.add(new TextField("words", text.toString(), Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new BM25Similarity());
                List<Query> queries = List.of(
                        query("hurt", 1f),
                        query("nowhere", 1f),
                        query("common", 1f),
                        query("hurt", 1f, "pain", 0.5f),
                        query("hurt", 1f, "pain", 0.5f, "back", 0.8f, "session", 0.3f),
                        query("common", 0.2f, "cost", 1f, "desk", 0.7f),
                        query("open", 1f, "hours", 1f, "message", 0.9f, "insurance", 0.4f, "cost", 0.6f));
                for (Query query : queries) {
                    for (int most : new int[] {1, 10, 100, 2_000}) {
                        assertThat(described(PhraseMatcher.candidates(searcher, query, most)))
                                .as("%s, %d candidates", query, most)
                                .isEqualTo(described(searcher.search(query, most).scoreDocs));
                    }
                }
            }
        }
    }

    private static Query query(Object... wordsAndBoosts) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < wordsAndBoosts.length; i += 2) {
            query.add(new BoostQuery(new TermQuery(new Term("words", (String) wordsAndBoosts[i])),
                    (Float) wordsAndBoosts[i + 1]), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static List<String> described(ScoreDoc[] hits) {
        return Arrays.stream(hits).map(hit -> hit.doc + "=" + hit.score).toList();
    }
}
