package mentorbot.qa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.OutOfField;

/**
 * Example questions as sentence vectors: each entry's own questions and names, and each
 * out-of-field kind's questions. A new question is compared with all of them; the closest
 * examples say what it is about, and whether it is about anything the bot knows.
 */
final class SemanticIndex {

    /** How close the question came to one label's examples, and to which example. */
    record Score(String label, boolean inField, String place, double similarity, String example) {
    }

    // The examples as parallel arrays. Their vectors are stored dimension by dimension, one array per dimension
    // (the first component of every example, then the second, ...): the scan then adds one question component
    // times a whole array, a loop the JIT turns into vector instructions, and several questions share one pass
    // over the memory. One array per dimension, not one long array read at an offset: the offset kept that loop
    // three to four times slower.
    private final float[][] byDimension;
    private final int[] labelOf;
    private final String[] texts;
    private final String[] labels;
    private final boolean[] inField;
    private final String[] places;

    private SemanticIndex(List<Source> sources, Vectors known) {
        Map<String, Integer> labelIds = new HashMap<>();
        List<Source> labelSources = new ArrayList<>();
        int n = sources.size();
        this.texts = new String[n];
        this.labelOf = new int[n];
        float[][] columns = new float[0][];
        for (int i = 0; i < n; i++) {
            Source s = sources.get(i);
            float[] v = known.get(s.text()).orElseThrow(() -> new IllegalStateException("no vector for " + s.text()));
            if (i == 0) {
                columns = new float[v.length][n];
            }
            for (int d = 0; d < columns.length; d++) {
                columns[d][i] = v[d];
            }
            texts[i] = s.text();
            labelOf[i] = labelIds.computeIfAbsent(s.label(), l -> {
                labelSources.add(s);
                return labelSources.size() - 1;
            });
        }
        this.byDimension = columns;
        this.labels = labelSources.stream().map(Source::label).toArray(String[]::new);
        this.inField = new boolean[labels.length];
        this.places = new String[labels.length];
        for (int l = 0; l < labels.length; l++) {
            inField[l] = labelSources.get(l).inField();
            places[l] = labelSources.get(l).place();
        }
    }

    /** The texts this model's index embeds, in a stable order (what the build precomputes). */
    static List<String> texts(KnowledgeBase kb) {
        Set<String> out = new LinkedHashSet<>();
        for (Source s : sources(kb)) {
            out.add(s.text());
        }
        return List.copyOf(out);
    }

    static SemanticIndex build(KnowledgeBase kb, Vectors vectors) {
        return new SemanticIndex(sources(kb), vectors);
    }

    private record Source(String label, boolean inField, String place, String text) {
    }

    private static List<Source> sources(KnowledgeBase kb) {
        List<Source> out = new ArrayList<>();
        for (Entry e : kb.entries()) {
            for (String q : e.questions()) {
                out.add(new Source(e.id(), true, null, matchForm(q, kb)));
            }
            // A role's names are left out: "gen ai" alone would pull every question that mentions the field.
            if (!(e instanceof mentorbot.knowledge.Role)) {
                out.add(new Source(e.id(), true, null, matchForm(e.title(), kb)));
            }
        }
        for (OutOfField o : kb.outOfField()) {
            for (String q : o.questions()) {
                out.add(new Source(o.id(), false, o.place(), matchForm(q, kb)));
            }
        }
        return out;
    }

    /** The form examples and questions are compared in: normalised words. */
    static String matchForm(String text, KnowledgeBase kb) {
        String normalized = forModel(Normalizer.normalize(text));
        return normalized.isEmpty() ? text.strip() : normalized; // emoji and symbols only: their meaning is all there is
    }

    /** A normalized text as the sentence model reads it, examples and questions alike. */
    static String forModel(String normalized) {
        return GLUED_GEN_AI.matcher(normalized).replaceAll("gen ai");
    }

    /**
     * "genai" written as one word: the sentence model splits it into pieces that mean little ("how do genai devs keep
     * up?" missed "how do gen AI devs keep up with new papers"), so both spellings are read as two words.
     */
    private static final java.util.regex.Pattern GLUED_GEN_AI = java.util.regex.Pattern.compile("\\bgenai\\b");

    /** Every label's best similarity to the question vector, best first. */
    List<Score> scores(float[] question) {
        return scores(List.of(question)).get(0);
    }

    /** {@link #scores(float[])} for each question, in one pass over the examples. */
    List<List<Score>> scores(List<float[]> questions) {
        int n = labelOf.length;
        float[][] similarity = new float[questions.size()][n];
        for (int d = 0; d < byDimension.length; d++) {
            float[] column = byDimension[d];
            for (int k = 0; k < similarity.length; k++) {
                addScaled(similarity[k], questions.get(k)[d], column);
            }
        }
        List<List<Score>> out = new ArrayList<>(questions.size());
        for (float[] s : similarity) {
            out.add(best(s));
        }
        return out;
    }

    /** {@code into[i] += factor * column[i]}: a loop simple enough to become vector instructions. */
    private static void addScaled(float[] into, float factor, float[] column) {
        for (int i = 0; i < into.length; i++) {
            into[i] += factor * column[i];
        }
    }

    private List<Score> best(float[] similarity) {
        double[] best = new double[labels.length];
        int[] bestExample = new int[labels.length];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < similarity.length; i++) {
            int l = labelOf[i];
            if (similarity[i] > best[l]) {
                best[l] = similarity[i];
                bestExample[l] = i;
            }
        }
        List<Score> out = new ArrayList<>(labels.length);
        for (int l = 0; l < labels.length; l++) {
            if (best[l] > Double.NEGATIVE_INFINITY) {
                out.add(new Score(labels[l], inField[l], places[l], best[l], texts[bestExample[l]]));
            }
        }
        out.sort(Collections.reverseOrder((a, b) -> Double.compare(a.similarity(), b.similarity())));
        return out;
    }
}
