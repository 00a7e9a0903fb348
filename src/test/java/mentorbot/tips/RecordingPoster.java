package mentorbot.tips;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import mentorbot.mentor.Reply;

/** Records every post with the clock's instant; answers from a script, then Ok. */
final class RecordingPoster implements TipPoster {

    record Post(ChannelKey channel, Instant at, Reply reply, PostResult result) {
    }

    private final Clock clock;
    private final List<Post> posts = new ArrayList<>();
    private final Deque<PostResult> script = new ArrayDeque<>();

    RecordingPoster(Clock clock) {
        this.clock = clock;
    }

    synchronized RecordingPoster then(PostResult result) {
        script.add(result);
        return this;
    }

    @Override
    public synchronized PostResult post(ChannelKey channel, Reply reply) {
        PostResult result = script.isEmpty() ? PostResult.ok("m" + posts.size()) : script.poll();
        posts.add(new Post(channel, clock.instant(), reply, result));
        return result;
    }

    synchronized List<Post> posts() {
        return List.copyOf(posts);
    }

    /** Posts the platform accepted. */
    synchronized List<Post> delivered() {
        return posts.stream().filter(p -> p.result() instanceof PostResult.Ok).toList();
    }
}
