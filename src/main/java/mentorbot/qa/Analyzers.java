package mentorbot.qa;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.text.ParseException;
import mentorbot.knowledge.KnowledgeException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English analysis for the index and for questions. Both lower-case, drop stop words and stem;
 * questions also expand the field's synonyms (ML ↔ machine learning, pay ↔ salary…), so the
 * index stays small and an edited synonym list needs no re-indexing of anything but the query.
 */
final class Analyzers {

    private final CharArraySet stopWords;
    private final SynonymMap synonyms;

    Analyzers(QaVocabulary vocabulary) throws KnowledgeException {
        Path synonymsFile = vocabulary.synonymsFile();
        this.stopWords = CharArraySet.unmodifiableSet(new CharArraySet(vocabulary.stopWords(), true));
        SolrSynonymParser parser = new SolrSynonymParser(true, true, new WhitespaceAnalyzer());
        try {
            parser.parse(new StringReader(vocabulary.synonyms()));
            this.synonyms = parser.build();
        } catch (ParseException e) {
            throw new KnowledgeException(synonymsFile, e.getErrorOffset(), "not a synonym line: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new KnowledgeException(synonymsFile, 0, "cannot read the synonyms: " + e.getMessage());
        }
    }

    Analyzer index() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, stopWords);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    Analyzer query() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, stopWords);
                s = new SynonymGraphFilter(s, synonyms, true);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }
}
