package mentorbot.platform.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mentorbot.mentor.Reply;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Whole Discord messages from a reply: embeds, suggestion buttons and the share button. Every
 * message allows no mentions at all, so no answer can ping anyone. (The adapter never edits a
 * message; an edit added later must set allowed mentions itself: JDA's defaults do not reach edits.)
 */
final class Messages {

    /** Prefix of a suggestion button's custom id; the rest is the command as typed. */
    static final String RUN = "mb:run:";
    /** Prefix of the share button's custom id; the rest is the key of the stored answer. */
    static final String SHARE = "mb:share:";
    static final int CUSTOM_ID = 100;
    static final int BUTTON_LABEL = 80;
    static final int BUTTONS_PER_ROW = 5;
    static final int ROWS = 5;

    private Messages() {
    }

    static MessageCreateData create(Reply reply, String shareKey, String content) {
        MessageCreateBuilder b = new MessageCreateBuilder()
                .setEmbeds(EmbedRenderer.render(reply))
                .setComponents(rows(reply, shareKey))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
        if (content != null && !content.isBlank()) {
            b.setContent(TextChunks.truncate(EmbedRenderer.neutralize(content), Message.MAX_CONTENT_LENGTH));
        }
        return b.build();
    }

    static MessageCreateData text(String content) {
        return new MessageCreateBuilder()
                .setContent(TextChunks.truncate(EmbedRenderer.neutralize(content), Message.MAX_CONTENT_LENGTH))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false)
                .build();
    }

    /** Suggestion buttons (at most 5 per row), then the share button when {@code shareKey} is given. */
    static List<ActionRow> rows(Reply reply, String shareKey) {
        List<Button> buttons = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Reply.Suggestion s : reply.suggestions()) {
            String id = RUN + s.command().strip();
            if (id.length() > CUSTOM_ID || s.command().isBlank() || !ids.add(id)) {
                continue;
            }
            String label = s.label() == null || s.label().isBlank() ? s.command() : s.label();
            buttons.add(Button.secondary(id, TextChunks.truncate(label.strip(), BUTTON_LABEL)));
        }
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size() && rows.size() < ROWS - 1; i += BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))));
        }
        if (shareKey != null) {
            rows.add(ActionRow.of(Button.primary(SHARE + shareKey, "Share")));
        }
        return rows;
    }
}
