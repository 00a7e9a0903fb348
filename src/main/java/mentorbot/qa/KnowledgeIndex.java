package mentorbot.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.mentor.EntrySearch;
import mentorbot.mentor.EntrySearch.Hit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * An in-memory Lucene index over one knowledge snapshot: one document per entry, with the names
 * people call it by (titles, aliases, questions) weighted above its keywords, and those above its text.
 * Built at start and on every reload; immutable once built.
 */
public final class KnowledgeIndex {

    static final String ID = "id";
    static final String NAMES = "names";
    static final String KEYWORDS = "keywords";
    static final String BODY = "body";

    /** Field weights: what an entry is called matters most. */
    static final Map<String, Float> ALL_FIELDS = Map.of(NAMES, 3f, KEYWORDS, 2f, BODY, 1f);
    static final Map<String, Float> NAME_FIELDS = Map.of(NAMES, 3f, KEYWORDS, 2f);

    private final IndexSearcher searcher;
    private final QueryBuilder queries;
    /** Entry id by Lucene doc id, read once at build: no stored-field reads while answering. */
    private final String[] ids;

    private KnowledgeIndex(IndexSearcher searcher, QueryBuilder queries, String[] ids) {
        this.searcher = searcher;
        this.queries = queries;
        this.ids = ids;
    }

    public static KnowledgeIndex build(KnowledgeBase kb, Analyzers analyzers) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Analyzer indexAnalyzer = analyzers.index();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer))) {
            for (Entry entry : kb.entries()) {
                writer.addDocument(document(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(dir);
            IndexSearcher searcher = new IndexSearcher(reader);
            String[] ids = new String[reader.maxDoc()];
            var stored = reader.storedFields();
            for (int doc = 0; doc < ids.length; doc++) {
                ids[doc] = stored.document(doc).get(ID);
            }
            return new KnowledgeIndex(searcher, new QueryBuilder(analyzers.query()), ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Entry entry) {
        return doc(entry.id(), String.join(" ; ", entry.names()), String.join(" ; ", entry.keywords()),
                String.join(" . ", entry.body()));
    }

    private static Document doc(String id, String names, String keywords, String body) {
        Document d = new Document();
        d.add(new StoredField(ID, id));
        d.add(new TextField(NAMES, names, Field.Store.NO));
        d.add(new TextField(KEYWORDS, keywords, Field.Store.NO));
        d.add(new TextField(BODY, body, Field.Store.NO));
        return d;
    }

    public List<Hit> search(String query, Predicate<String> accept, int max) {
        return search(query, ALL_FIELDS, accept, max);
    }

    /** Searches only the given fields with their weights. */
    public List<Hit> search(String text, Map<String, Float> fields, Predicate<String> accept, int max) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        boolean any = false;
        for (var f : fields.entrySet()) {
            Query part = queries.createBooleanQuery(f.getKey(), text, BooleanClause.Occur.SHOULD);
            if (part != null) {
                q.add(new BoostQuery(part, f.getValue()), BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        if (!any) {
            return List.of();
        }
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q.build(), Math.max(max * 4, 20)).scoreDocs) {
                String id = ids[sd.doc];
                if (accept.test(id)) {
                    hits.add(new Hit(id, sd.score));
                    if (hits.size() == max) {
                        break;
                    }
                }
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
