package mentorbot.knowledge;

import java.util.List;

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
        String source) {

    public Role {
        aliases = Lists.copy(aliases);
        responsibilities = Lists.copy(responsibilities);
        duties = Lists.copy(duties);
        skills = Lists.copy(skills);
        tools = Lists.copy(tools);
        examples = Lists.copy(examples);
        related = Lists.copy(related);
    }
}
