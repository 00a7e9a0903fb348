package mentorbot.mentor.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.ProgressionRow;
import mentorbot.knowledge.SkillLevel;
import mentorbot.knowledge.Stems;

/**
 * The cells of the skill progression table as things a question can name: "LoRA" is in the
 * GenAI Specialization row at Intermediate. A cell is named by one of its phrases ("parallel
 * computing") or by a word no other cell uses ("lora", "kubeflow").
 */
final class Cells {

    /** One cell of the table. */
    record Cell(ProgressionRow row, SkillLevel level, String text) {
    }

    /** Words too common in the table or in questions to name a cell on their own. */
    private static final Set<String> COMMON = Set.of("models", "model", "systems", "system", "building", "build",
            "development", "basic", "basics", "strong", "core", "concepts", "techniques", "tools", "advanced", "skills",
            "learning", "deep", "machine", "architectures", "fundamentals", "implementation", "design", "engineering",
            "optimization", "performance", "computing", "from", "scratch", "the", "and", "for", "theory", "programming",
            "api", "apis", "transformers", "math", "fine", "paper", "research", "data", "understanding");

    private Cells() {
    }

    /** What the asker turns away from: "build models from scratch instead of fine tuning" does not name fine-tuning. */
    private static final java.util.regex.Pattern TURNED_AWAY = java.util.regex.Pattern.compile("\\b(instead of|rather than) (\\w+ ){0,2}\\w+");

    /** Words a phrase's words may stand apart by and still name it ("build my own models from scratch"). */
    static final int PHRASE_SLACK = 3;

    /** The cells a normalised question names, in table order. */
    static List<Cell> named(String normalized, KnowledgeBase kb) {
        String padded = " " + TURNED_AWAY.matcher(normalized).replaceAll(" ") + " ";
        // "deep learning engineer" names a role, not the deep learning cell.
        List<String> titles = new ArrayList<>();
        kb.roles().forEach(r -> r.names().stream().map(Normalizer::normalize)
                .filter(n -> n.endsWith(" engineer") || n.endsWith(" developer")).forEach(n -> {
                    titles.add(n + "s");
                    titles.add(n);
                }));
        titles.sort((a, b) -> Integer.compare(b.length(), a.length()));
        for (String t : titles) {
            padded = padded.replace(" " + t + " ", " _ ");
        }
        // A role's name ("mlops", "nlp") names the role, not the cell that happens to share the word.
        Set<String> roleWords = new java.util.HashSet<>();
        kb.roles().forEach(r -> r.names().forEach(n -> roleWords.addAll(List.of(Normalizer.normalize(n).split(" ")))));
        Map<String, Integer> wordCells = new HashMap<>();
        List<Cell> all = new ArrayList<>();
        for (ProgressionRow row : kb.progression()) {
            for (SkillLevel level : SkillLevel.values()) {
                Cell cell = new Cell(row, level, row.at(level));
                all.add(cell);
                for (String w : new LinkedHashSet<>(List.of(Normalizer.normalize(cell.text()).split(" ")))) {
                    wordCells.merge(w, 1, Integer::sum);
                }
            }
        }
        List<String> stems = List.of(Stems.of(padded.strip()).split(" "));
        List<Cell> out = new ArrayList<>();
        for (Cell cell : all) {
            boolean named = false;
            for (String phrase : phrases(cell.text())) {
                if (phrase.contains(" ") && inOneStretch(Stems.of(phrase), stems)) {
                    named = true;
                }
                for (String w : phrase.split(" ")) {
                    if (w.length() >= 3 && !COMMON.contains(w) && !roleWords.contains(w) && wordCells.getOrDefault(w, 0) == 1
                            && (padded.contains(" " + w + " ") || padded.contains(" " + w + "s "))) {
                        named = true;
                    }
                }
            }
            if (named) {
                out.add(cell);
            }
        }
        return out;
    }

    /**
     * Every word of a phrase, by stem and in any order, within a stretch a few words longer than the phrase:
     * "implementing research papers" names "research paper implementation", "optimizing performance" names
     * "performance optimization".
     */
    private static boolean inOneStretch(String phraseStems, List<String> stems) {
        List<String> wanted = List.of(phraseStems.split(" "));
        int span = wanted.size() + PHRASE_SLACK;
        for (int start = 0; start < stems.size(); start++) {
            if (!wanted.contains(stems.get(start))) {
                continue;
            }
            List<String> stretch = stems.subList(start, Math.min(stems.size(), start + span));
            if (stretch.containsAll(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** "API development (e.g., FastAPI, Flask)" gives "api development", "fastapi", "flask". */
    private static List<String> phrases(String cellText) {
        List<String> out = new ArrayList<>();
        for (String part : cellText.split("[,()]|\\be\\.g\\.|\\bor\\b")) {
            String p = Normalizer.normalize(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
