package mentorbot.platform;

import java.io.IOException;
import java.util.List;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Platform;
import mentorbot.mentor.RequestHandler;
import mentorbot.mentoring.MentorPort;
import mentorbot.mentoring.Mentoring;
import mentorbot.tips.TipPoster;

/**
 * One chat surface the bot runs on. Its adapter parses the platform's events into requests (saying
 * who asked through a {@link mentorbot.mentor.Caller}), hands them to the core and renders the
 * replies; daily tips reach it through its poster. To add a platform: a package that implements
 * this, and one line in {@link ChatPlatforms#configured}.
 */
public interface ChatPlatform {

    /** The key part that tells its users and channels apart from other platforms'. */
    Platform id();

    /** Posts daily tips to this platform's channels. */
    TipPoster tipPoster();

    /** Posts mentor cards, their edits, reminders and the learner's DM on this platform (the mentoring loop). */
    MentorPort mentorPort();

    /** Its connection, as its adapter sees it: for {@code /healthz}, and to fail for good once. */
    PlatformHealth health();

    /**
     * Connects and starts answering; closing the result disconnects.
     *
     * @param probes    what {@code /healthz} and {@code /readyz} answer (every platform's state) and {@code /metrics},
     *                  if this platform serves them
     * @param mentoring the mentoring loop: 👍/👎 (and Ask a mentor) under every answer, and their clicks
     */
    AutoCloseable start(RequestHandler handler, List<CommandSpec> commands, KnowledgeSource knowledge,
                        Probes probes, Mentoring mentoring) throws IOException;

    /** Whether it serves the probes on the configured HTTP port itself (Slack's web server does). */
    default boolean servesHealth() {
        return false;
    }
}
