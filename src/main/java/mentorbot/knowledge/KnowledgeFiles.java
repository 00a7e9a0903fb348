package mentorbot.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The shape of every file under {@code config/knowledge/}: any file may hold any of these
 * sections, so a new file needs no code. The salary table appears in exactly one file.
 */
final class KnowledgeFiles {
    private KnowledgeFiles() {
    }

    record KnowledgeFile(List<Role> roles, List<Responsibility> responsibilities, List<ProgressionRow> progression,
                         List<Step> steps, SalaryTable salary, List<Faq> faq, List<Topic> topics, List<Tip> tips,
                         List<OutOfField> outOfField, Map<String, String> anchors, Map<String, String> sources) {
        KnowledgeFile {
            roles = Lists.copy(roles);
            responsibilities = Lists.copy(responsibilities);
            progression = Lists.copy(progression);
            steps = Lists.copy(steps);
            faq = Lists.copy(faq);
            topics = Lists.copy(topics);
            tips = Lists.copy(tips);
            outOfField = Lists.copy(outOfField);
            anchors = anchors == null ? Map.of() : Map.copyOf(anchors);
            sources = sources == null ? Map.of() : Map.copyOf(sources);
        }
    }
}
