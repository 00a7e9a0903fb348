package mentorbot.mentoring;

import java.util.List;
import java.util.Optional;
import mentorbot.mentor.Action;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;

/**
 * Another feature's buttons, routed where the mentoring loop's are (the learning plan's done, undo and later):
 * the buttons it adds under its own replies, and what their clicks do.
 */
public interface ClickFeature {

    /** The buttons to show under {@code reply}, answered to {@code request}; no I/O (it runs on the request's thread). */
    List<Button> buttons(Request request, Reply reply);

    /** The response to a click on one of this feature's buttons, or empty when {@code action} is not one of them. */
    Optional<Response> act(Request clicker, Action action);
}
