package mentorbot.platform.discord;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The question in a guild message that mentions the bot: the text with every mention of the bot
 * ({@code <@id>}, or the older nickname form {@code <@!id>}) taken out. Only a user mention of the bot itself
 * counts: {@code @everyone}, {@code @here}, a role (even the bot's own) or a reply's ping without a mention in
 * the text address everyone or no one, not the bot.
 */
final class MentionText {

    private MentionText() {
    }

    /** The question (empty when the message was the mention alone); no value when the text does not mention the bot. */
    static Optional<String> question(String content, String botId) {
        Pattern mention = Pattern.compile("\\s*<@!?" + Pattern.quote(botId) + ">\\s*");
        if (content == null || !mention.matcher(content).find()) {
            return Optional.empty();
        }
        return Optional.of(mention.matcher(content).replaceAll(" ").strip());
    }
}
