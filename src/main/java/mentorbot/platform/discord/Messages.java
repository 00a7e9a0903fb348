package mentorbot.platform.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mentorbot.mentor.TextFit;
import mentorbot.mentor.Action;
import mentorbot.mentor.Reply;
import mentorbot.platform.ActionIds;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Whole Discord messages from a reply: embeds, suggestion buttons, the share button and, for a
 * folded reply, "More". Every message allows no mentions at all, so no answer can ping anyone; the
 * one edit (unfolding a reply) sets that itself, since JDA's defaults do not reach edits.
 */
final class Messages {

    static final int CUSTOM_ID = 100;
    static final int BUTTON_LABEL = 80;
    static final int BUTTONS_PER_ROW = 5;
    static final int ROWS = 5;

    private Messages() {
    }

    static MessageCreateData create(Reply reply, String shareKey, String content) {
        return create(reply, shareKey, null, content);
    }

    /** @param moreKey the key of the whole reply when {@code reply} is its folded form, or null */
    static MessageCreateData create(Reply reply, String shareKey, String moreKey, String content) {
        return create(EmbedRenderer.render(reply), reply, shareKey, moreKey, content);
    }

    /** With embeds rendered before ({@link RenderedEmbeds}); {@code reply} gives the suggestion buttons. */
    static MessageCreateData create(List<MessageEmbed> embeds, Reply reply, String shareKey, String moreKey,
                                    String content) {
        return create(embeds, reply, shareKey, moreKey, List.of(), content);
    }

    /** @param feedback the mentoring loop's buttons (👍, 👎, Ask a mentor…), beside Share and More */
    static MessageCreateData create(List<MessageEmbed> embeds, Reply reply, String shareKey, String moreKey,
                                    List<mentorbot.mentoring.Button> feedback, String content) {
        MessageCreateBuilder b = new MessageCreateBuilder()
                .setEmbeds(embeds)
                .setComponents(rows(reply, shareKey, moreKey, feedback))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
        if (content != null && !content.isBlank()) {
            b.setContent(TextFit.fit(EmbedRenderer.neutralize(content), Message.MAX_CONTENT_LENGTH));
        }
        return b.build();
    }

    static MessageCreateData text(String content) {
        return new MessageCreateBuilder()
                .setContent(TextFit.fit(EmbedRenderer.neutralize(content), Message.MAX_CONTENT_LENGTH))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false)
                .build();
    }

    /** The whole reply in place of its folded form, still without mentions. */
    static MessageEditData unfolded(Reply reply, String shareKey) {
        return unfolded(reply, shareKey, List.of());
    }

    /** @param feedback the answer's mentoring buttons, shown again with the whole reply */
    static MessageEditData unfolded(Reply reply, String shareKey, List<mentorbot.mentoring.Button> feedback) {
        return new MessageEditBuilder()
                .setEmbeds(EmbedRenderer.render(reply))
                .setComponents(rows(reply, shareKey, null, feedback))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .build();
    }

    static List<ActionRow> rows(Reply reply, String shareKey) {
        return rows(reply, shareKey, null);
    }

    static List<ActionRow> rows(Reply reply, String shareKey, String moreKey) {
        return rows(reply, shareKey, moreKey, List.of());
    }

    /**
     * Suggestion buttons (at most 5 per row), then "More" and the share button when their keys are given, and
     * the mentoring buttons after them (a row of their own when the last one is full).
     */
    static List<ActionRow> rows(Reply reply, String shareKey, String moreKey, List<mentorbot.mentoring.Button> feedback) {
        List<Button> buttons = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Reply.Suggestion s : reply.suggestions()) {
            String id = ActionIds.encode(s.action());
            if (id.length() > CUSTOM_ID || !ids.add(id)) {
                continue;
            }
            String label = s.label() == null || s.label().isBlank() ? s.action().typed() : s.label();
            buttons.add(Button.secondary(id, TextFit.fit(label.strip(), BUTTON_LABEL)));
        }
        List<ActionRow> rows = new ArrayList<>();
        int reserved = feedback.isEmpty() ? 1 : 2;
        for (int i = 0; i < buttons.size() && rows.size() < ROWS - reserved; i += BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))));
        }
        List<Button> last = new ArrayList<>();
        if (moreKey != null) {
            last.add(Button.primary(ActionIds.encode(new Action.More(moreKey)), "More"));
        }
        if (shareKey != null) {
            String id = ActionIds.encode(new Action.Share(shareKey));
            last.add(moreKey == null ? Button.primary(id, "Share") : Button.secondary(id, "Share"));
        }
        List<Button> mentoring = buttons(feedback);
        if (last.size() + mentoring.size() <= BUTTONS_PER_ROW) {
            last.addAll(mentoring);
        } else if (!mentoring.isEmpty()) {
            rows.add(ActionRow.of(last));
            last = mentoring;
        }
        if (!last.isEmpty()) {
            rows.add(ActionRow.of(last));
        }
        return rows;
    }

    /** The mentoring loop's buttons: custom id {@code ActionIds.encode} of each action; Ask a mentor and Claim stand out. */
    static List<Button> buttons(List<mentorbot.mentoring.Button> feedback) {
        List<Button> out = new ArrayList<>();
        for (mentorbot.mentoring.Button b : feedback) {
            if (out.size() == BUTTONS_PER_ROW) {
                break;
            }
            String id = ActionIds.encode(b.action());
            String label = TextFit.fit(b.label(), BUTTON_LABEL);
            boolean main = b.action() instanceof Action.AskMentor || b.action() instanceof Action.Claim
                    || b.action() instanceof Action.Resolve;
            out.add(main ? Button.success(id, label) : Button.secondary(id, label));
        }
        return out;
    }
}
