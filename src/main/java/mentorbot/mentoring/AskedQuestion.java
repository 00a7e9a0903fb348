package mentorbot.mentoring;

import java.time.Instant;
import java.util.List;
import mentorbot.mentor.Platform;

/**
 * One handled request as recorded: what was asked and what answered it.
 *
 * @param answerId   the random id the reply's buttons carry
 * @param userRef    who asked, as the store's pseudonymous reference ({@link MentoringStore#userRef}), never the
 *                   platform's user id; null while the question waits to be written
 * @param question   what the person asked (a question, or the command as typed)
 * @param normalized its normal form, which groups the same question asked in other words' case and punctuation
 * @param entryIds   the knowledge entries that answered; empty when declined
 * @param answer     the reply's title and lead, what a mentor card says the bot answered
 */
public record AskedQuestion(String answerId, Platform platform, String teamId, String userRef, ChannelKind channelKind,
                            String question, String normalized, List<String> entryIds, boolean declined, String answer,
                            Instant askedAt) {
    public AskedQuestion {
        entryIds = List.copyOf(entryIds);
    }

    AskedQuestion withUserRef(String ref) {
        return new AskedQuestion(answerId, platform, teamId, ref, channelKind, question, normalized, entryIds, declined, answer,
                askedAt);
    }
}
