package mentorbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A job role: one row of the seeds' job-title table or one of the developer profiles.
 * {@code level} and {@code focus} are the table's cells; a role outside the table
 * ({@code inTitleTable} false) may have neither, and then both are null.
 */
public record Role(
        String id,
        String title,
        List<String> aliases,
        String level,
        String focus,
        boolean inTitleTable,
        String summary,
        List<String> responsibilities,
        List<String> duties,
        List<String> skills,
        List<String> tools,
        List<String> examples,
        List<String> related,
        List<String> questions,
        String source) implements Entry {

    public Role {
        aliases = Lists.copy(aliases);
        responsibilities = Lists.copy(responsibilities);
        duties = Lists.copy(duties);
        skills = Lists.copy(skills);
        tools = Lists.copy(tools);
        examples = Lists.copy(examples);
        related = Lists.copy(related);
        questions = Lists.copy(questions);
    }

    /** The experience level the title table gives, if it gives one. */
    public Optional<String> stated() {
        return Optional.ofNullable(level);
    }

    /** The focus area the title table gives, if it gives one. */
    public Optional<String> focusArea() {
        return Optional.ofNullable(focus);
    }

    @Override
    public List<String> names() {
        List<String> out = new ArrayList<>(aliases);
        out.add(0, title);
        return out;
    }

    /** Words that make a name a job ("nlp engineer", "mlops role"), not only a field ("nlp"). */
    private static final java.util.Set<String> JOB_WORDS = java.util.Set.of("engineer", "engineers", "developer", "developers",
            "dev", "devs", "eng", "mle", "role", "title");

    /** Whether the normalized text names this role as a job ("nlp engineer", "mlops role"), not only its field ("nlp"). */
    public boolean namedAsJobIn(String normalized) {
        String padded = " " + normalized + " ";
        for (String name : names()) {
            String n = Normalizer.normalize(name);
            boolean jobName = java.util.Arrays.stream(n.split(" ")).anyMatch(JOB_WORDS::contains);
            if (jobName && (padded.contains(" " + n + " ") || padded.contains(" " + n + "s "))) {
                return true;
            }
            // "an AI engineering role" is a role in the field, not the AI Engineer title.
            if (n.endsWith("ing")) {
                continue;
            }
            for (String job : JOB_WORDS) {
                if (padded.contains(" " + n + " " + job + " ")) { // "ml eng" is a title, "ml engineering" the field
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public List<String> keywords() {
        return focus == null ? List.of() : List.of(focus);
    }

    @Override
    public List<String> body() {
        List<String> out = new ArrayList<>();
        out.add(summary);
        if (level != null) {
            out.add(level);
        }
        out.addAll(duties);
        out.addAll(skills);
        out.addAll(tools);
        out.addAll(examples);
        return out;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.role(this);
    }
}
