package mentorbot.mentor;

import java.util.Optional;
import mentorbot.knowledge.KnowledgeBase;

/**
 * A free-text message that asks the bot to do something a command does ("make me a plan"), rather than a
 * question the knowledge answers: the free-text engine reads it as that command, run for whoever wrote it.
 * Features whose commands keep per-person state supply one; it must claim only messages that plainly ask for it.
 */
@FunctionalInterface
public interface CommandIntent {

    /** The command the cleaned message asks for, or empty when it asks for something else. */
    Optional<Action.Run> read(String message, KnowledgeBase knowledge);
}
