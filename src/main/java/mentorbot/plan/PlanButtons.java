package mentorbot.plan;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import mentorbot.mentor.Reply;
import mentorbot.mentoring.Button;

/**
 * The done and undo buttons of the plan replies lately built, by reply: {@code /plan} answers a neutral {@link Reply},
 * and the platforms ask the mentoring loop for the buttons to show under it, on the request's thread, without I/O.
 * Equal replies show the same items, so they carry the same buttons.
 */
final class PlanButtons {

    private final Cache<Reply, List<Button>> shown = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    Reply remember(Reply reply, List<Button> buttons) {
        if (!buttons.isEmpty()) {
            shown.put(reply, List.copyOf(buttons));
        }
        return reply;
    }

    List<Button> of(Reply reply) {
        List<Button> b = shown.getIfPresent(reply);
        return b == null ? List.of() : b;
    }
}
