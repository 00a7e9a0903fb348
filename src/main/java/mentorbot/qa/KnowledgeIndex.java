package mentorbot.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import mentorbot.knowledge.Faq;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.ProgressionRow;
import mentorbot.knowledge.Responsibility;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SalaryBand;
import mentorbot.knowledge.Step;
import mentorbot.knowledge.Topic;
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
            for (Object entry : kb.entries()) {
                Document doc = document(entry);
                if (doc != null) {
                    writer.addDocument(doc);
                }
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

    private static Document document(Object entry) {
        if (entry instanceof Role r) {
            return doc(r.id(), join(r.title(), String.join(" ; ", r.aliases())), r.focus() == null ? "" : r.focus(),
                    join(r.summary(), String.join(" ", r.duties()), String.join(" ", r.skills()),
                            String.join(" ", r.tools()), String.join(" ", r.examples())));
        }
        if (entry instanceof Faq f) {
            return doc(f.id(), f.question(), String.join(" ; ", f.keywords()), join(f.answer(), String.join(" ", f.points())));
        }
        if (entry instanceof Topic t) {
            return doc(t.id(), t.title(), String.join(" ; ", t.keywords()), join(t.summary(), String.join(" ", t.points())));
        }
        if (entry instanceof Responsibility r) {
            StringBuilder levels = new StringBuilder();
            r.levelExamples().forEach(e -> levels.append(e.level()).append(' ').append(e.example()).append(' '));
            // How interviews test it is what people ask about, so it counts like keywords.
            return doc(r.id(), r.title(), r.interviewFocus(), join(r.summary(), levels.toString(), r.inPractice()));
        }
        if (entry instanceof ProgressionRow p) {
            return doc(p.id(), p.category(), join(p.foundational(), p.intermediate(), p.advanced()), "");
        }
        if (entry instanceof Step s) {
            return doc(s.id(), "", "", s.text());
        }
        if (entry instanceof SalaryBand b) {
            return doc(b.id(), b.level() + " salary", String.join(" ; ", b.aliases()), b.range());
        }
        return null; // tips are not answers
    }

    private static Document doc(String id, String names, String keywords, String body) {
        Document d = new Document();
        d.add(new StoredField(ID, id));
        d.add(new TextField(NAMES, names, Field.Store.NO));
        d.add(new TextField(KEYWORDS, keywords, Field.Store.NO));
        d.add(new TextField(BODY, body, Field.Store.NO));
        return d;
    }

    private static String join(String... parts) {
        return String.join(" . ", parts);
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
