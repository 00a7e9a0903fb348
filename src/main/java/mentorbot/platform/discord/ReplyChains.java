package mentorbot.platform.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;

/**
 * Which conversation a mention of the bot continues, as the thread key of its request: follow-ups there share
 * one context, whoever asks. In a Discord thread that is the thread; in a channel, the root of the reply chain,
 * so "@bot and the senior level?" sent as a reply to the bot's answer (or to the question) continues the subject
 * of the first question. Remembers, for the most recent questions and answers (bounded, least recently used
 * dropped), the key they belong to.
 */
final class ReplyChains {

    private final Map<String, String> keys;

    ReplyChains(int capacity) {
        this.keys = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The thread key of {@code question}, a message mentioning the bot (whose id is {@code self}); remembered for replies to it. */
    synchronized String thread(Message question, long self) {
        String key = question.getChannelType().isThread() ? question.getChannel().getId() : root(question, self);
        keys.put(question.getId(), key);
        return key;
    }

    /** The bot's answer {@code answerId} continues {@code thread}: a reply to it does too. */
    synchronized void answered(String answerId, String thread) {
        keys.put(answerId, thread);
    }

    private String root(Message question, long self) {
        MessageReference ref = question.getMessageReference();
        if (ref == null || ref.getType() != MessageReference.MessageReferenceType.DEFAULT) {
            return question.getId(); // not a reply (a forward is not one either): a conversation of its own
        }
        String known = keys.get(ref.getMessageId());
        if (known != null) {
            return known;
        }
        Message replied = question.getReferencedMessage();
        MessageReference answered = replied == null ? null : replied.getMessageReference();
        if (replied != null && replied.getAuthor().getIdLong() == self && answered != null) {
            // An answer of ours no longer remembered: it replied to the question its chain grew from.
            return keys.getOrDefault(answered.getMessageId(), answered.getMessageId());
        }
        return ref.getMessageId(); // a reply to someone's message: that message roots the chain
    }
}
