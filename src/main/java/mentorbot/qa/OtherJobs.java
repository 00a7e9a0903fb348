package mentorbot.qa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mentorbot.knowledge.KnowledgeException;

/**
 * The job titles outside the field of {@code config/qa/other-jobs.txt}, found where a question makes
 * one its subject ("what do software engineers earn?"), not where the asker names their own job
 * ("I'm a software engineer…", "as a data analyst…") or who tells them something ("a recruiter says 130k…").
 */
final class OtherJobs {

    /** Words just before a title that make it the asker's own job or where they come from. */
    private static final Pattern OWN = Pattern.compile(
            "\\b(?:i m|im|i am|i work as|work as|working as|as|from|former|ex|currently|been|was|being|my job|my role)"
                    + "(?: an?| the| my)?(?: \\w+)?\\s*$");

    private static final Pattern AFTER_A_NUMBER = Pattern.compile("\\d\\s*$");

    /** Words just after a title that make it who tells or offers, not what is asked about ("a recruiter at acme says 130k…"). */
    private static final Pattern SOURCE = Pattern.compile(
            "^(?: \\w+){0,3}? (?:says|said|say|tells|told|claims|claimed|claim|thinks|swears|swore|quoted|quotes|offered|offers|pitched|mentioned|insists|reckons)\\b");

    private final Pattern titles;

    private OtherJobs(Pattern titles) {
        this.titles = titles;
    }

    static OtherJobs load(Path file) throws KnowledgeException {
        List<String> names = QaFiles.names(file);
        if (names.isEmpty()) {
            return none();
        }
        return new OtherJobs(Pattern.compile("\\b" + QaFiles.anyOf(names) + "s?\\b"));
    }

    static OtherJobs none() {
        return new OtherJobs(null);
    }

    /** The titles normalised text makes its subject, in order. */
    List<String> subjectsIn(String normalized) {
        if (titles == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = titles.matcher(normalized);
        while (m.find()) {
            String before = normalized.substring(Math.max(0, m.start() - 30), m.start());
            // "after 5 pm" is a time, not a product manager.
            if (!OWN.matcher(before).find() && !AFTER_A_NUMBER.matcher(before).find()
                    && !SOURCE.matcher(normalized.substring(m.end(), Math.min(normalized.length(), m.end() + 40))).find()) {
                out.add(m.group());
            }
        }
        return List.copyOf(out);
    }
}
