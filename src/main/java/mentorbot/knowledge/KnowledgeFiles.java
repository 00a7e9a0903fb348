package mentorbot.knowledge;

import java.util.List;

/** The shape of each file under {@code config/knowledge/}, as Jackson reads it. */
final class KnowledgeFiles {
    private KnowledgeFiles() {
    }

    record RolesFile(List<Role> roles) {
        RolesFile {
            roles = Lists.copy(roles);
        }
    }

    record ResponsibilitiesFile(List<Responsibility> responsibilities) {
        ResponsibilitiesFile {
            responsibilities = Lists.copy(responsibilities);
        }
    }

    record RoadmapFile(List<ProgressionRow> progression, List<Step> steps, List<Topic> topics) {
        RoadmapFile {
            progression = Lists.copy(progression);
            steps = Lists.copy(steps);
            topics = Lists.copy(topics);
        }
    }

    record SalaryFile(SalaryTable salary, List<Topic> topics) {
        SalaryFile {
            topics = Lists.copy(topics);
        }
    }

    record InterviewFile(List<Faq> faq, List<Topic> topics) {
        InterviewFile {
            faq = Lists.copy(faq);
            topics = Lists.copy(topics);
        }
    }

    record TopicsFile(List<Topic> topics) {
        TopicsFile {
            topics = Lists.copy(topics);
        }
    }

    record TipsFile(List<Tip> tips) {
        TipsFile {
            tips = Lists.copy(tips);
        }
    }
}
