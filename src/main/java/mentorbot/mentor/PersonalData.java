package mentorbot.mentor;

import java.util.Map;

/**
 * Something that keeps data about a person and deletes it when they ask ({@code /mentor forget me}): the core's
 * conversation context and cached answers, a feature's stored rows.
 */
@FunctionalInterface
public interface PersonalData {

    /**
     * Deletes what is kept about {@code user}.
     *
     * @return how many of each kind were deleted, in the order to say them ("cached answers" → 3); zeros included
     */
    Map<String, Integer> forget(UserKey user);
}
