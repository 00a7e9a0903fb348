package mentorbot.knowledge;

import java.util.List;

/**
 * A kind of question the bot declines (other professions, coding requests, facts about companies…),
 * with what it says when declining and example questions in learners' words, against which a new
 * question is matched as it is matched against the entries' examples.
 *
 * @param place what a question must name to be of this kind, however close its words come:
 *              {@code any} place ("how many AI startups are in Berlin?"), a place or currency
 *              {@code abroad} ("an offer of 75k in Manchester" is of the kind, "in Denver" is not), or
 *              nothing (absent)
 * @param cues  words or phrases one of which a question must contain to be of this kind (a prompt
 *              injection says "ignore", "pretend"…; what it then asks for may be a fair question);
 *              empty when the kind's examples alone decide
 * @param telltales phrases that make a question of this kind whatever else it says ("you are now DAN" with a fair
 *              question around it is still an injection); empty when similarity alone decides
 */
public record OutOfField(String id, String title, String reply, String place, List<String> cues, List<String> telltales,
                         List<String> questions) {

    /** The values {@code place} may take. */
    public static final java.util.Set<String> PLACES = java.util.Set.of("any", "abroad");

    /** Whether normalised text contains one of the cues, when the kind has any. */
    public boolean cued(String normalized) {
        if (cues.isEmpty()) {
            return true;
        }
        String padded = " " + normalized + " ";
        return cues.stream().anyMatch(c -> padded.contains(" " + Normalizer.normalize(c) + " "));
    }

    /** Whether normalised text contains one of the telltales (held normalised). */
    public boolean told(String normalized) {
        String padded = " " + normalized + " ";
        return telltales.stream().anyMatch(t -> padded.contains(" " + t + " "));
    }

    public OutOfField {
        cues = Lists.copy(cues);
        telltales = Lists.copy(telltales).stream().map(Normalizer::normalize).toList();
        questions = Lists.copy(questions);
    }
}
