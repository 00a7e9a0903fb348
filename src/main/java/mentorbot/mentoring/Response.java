package mentorbot.mentoring;

import java.util.List;
import mentorbot.mentor.Reply;

/**
 * What a mentoring click answers the person who clicked: a private reply (quiet: an acknowledgement,
 * never a new public message) and the buttons to show with it.
 */
public record Response(Reply reply, List<Button> buttons) {
    public Response {
        buttons = List.copyOf(buttons);
    }

    public static Response of(Reply reply) {
        return new Response(reply, List.of());
    }
}
