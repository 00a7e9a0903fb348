package mentorbot.plan;

import java.util.Optional;
import java.util.regex.Pattern;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.Terms;
import mentorbot.mentor.Action;
import mentorbot.mentor.CommandIntent;
import mentorbot.mentor.role.RoleAnswers;

/**
 * "I want to become an MLOps engineer, make me a plan", "make me a plan", "show my learning plan": {@code /plan set
 * ROLE} when the message names a role, {@code /plan} otherwise. Only a plain request for a plan (a verb of making or
 * wanting one, or "my plan") counts: "what's the overall plan to become an AI engineer?" stays a question, and so
 * does "plan me 3 days in Rome".
 */
public final class PlanIntent implements CommandIntent {

    private static final Pattern ASKS = Pattern.compile("\\b(make|create|build|give|draw up|set up|put together|write|"
            + "generate|prepare|design|want|need|get|start)( me| us)?( up)?( a| my| an| one)?( own| new)?( personal| personalised"
            + "| personalized| learning| study| career| training)? plan\\b");
    private static final Pattern MINE = Pattern.compile("^((show|see|view|open) )?(me )?my( own)?( learning| study)? plan$|"
            + "\\b(show|see|view|check|open) (me )?my( own)?( learning| study)? plan\\b|\\bwhere is my( learning| study)? plan\\b");

    /** "What are the steps to become an AI engineer, in order? I want a plan I can follow.": the question is asked. */
    private static boolean asksSomethingElse(String message) {
        return QUESTION.matcher(message).results().anyMatch(q -> !q.group().toLowerCase(java.util.Locale.ROOT).contains("plan"));
    }

    private static final Pattern QUESTION = Pattern.compile("[^.?!]+\\?");

    @Override
    public Optional<Action.Run> read(String message, KnowledgeBase kb) {
        String text = Normalizer.normalize(message);
        if (!ASKS.matcher(text).find() && !MINE.matcher(text).find() || asksSomethingElse(message)) {
            return Optional.empty();
        }
        Terms.Scan scan = kb.terms().scan(message);
        if (scan.role().isPresent() && !MINE.matcher(text).find()) {
            String level = scan.skill().map(l -> " " + l.label().toLowerCase(java.util.Locale.ROOT)).orElse("");
            return Optional.of(new Action.Run("plan", "set " + RoleAnswers.shortName(scan.role().get()) + level));
        }
        return Optional.of(new Action.Run("plan", ""));
    }
}
