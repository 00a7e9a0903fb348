package mentorbot.platform.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import mentorbot.mentor.TextFit;
import mentorbot.mentor.PlainTextRenderer;
import mentorbot.mentor.Action;
import mentorbot.mentor.Mention;
import mentorbot.mentor.Reply;
import mentorbot.mentoring.Button;
import mentorbot.platform.ActionIds;

/**
 * Renders the neutral {@link Reply} as Block Kit, within Slack's limits, with every piece of reply
 * text escaped. A pure function: no I/O, no state.
 */
final class BlockKitRenderer {

    static final int MAX_BLOCKS = 50;
    /** The notification text: the one plain-text rendering, escaped. */
    private static final PlainTextRenderer PLAIN = new PlainTextRenderer();
    static final int HEADER_MAX = 150;
    static final int SECTION_TEXT_MAX = 3_000;
    static final int FIELDS_PER_SECTION = 10;
    static final int FIELD_MAX = 2_000;
    static final int CONTEXT_MAX = 2_000;
    static final int BUTTON_TEXT_MAX = 75;
    static final int BUTTON_VALUE_MAX = 2_000;
    static final int ACTIONS_MAX = 25;
    static final int FALLBACK_MAX = 3_000;

    /** Every button's action id: this and its place (Slack wants them unique); its value is the typed action. */
    static final String ACTION_PREFIX = "mentorbot_";

    private static final String SHORTENED = "_The answer was shortened to fit in Slack._";

    /** Blocks plus the plain {@code text} fallback Slack shows in notifications and old clients. */
    record Rendered(String text, List<LayoutBlock> blocks) {
    }

    private BlockKitRenderer() {
    }

    /**
     * @param reply      the neutral reply
     * @param shareKey the key of this very reply for "Share in channel", or null for no share button
     */
    static Rendered render(Reply reply, String shareKey) {
        return render(reply, shareKey, null);
    }

    /**
     * @param moreKey the key of the whole reply when {@code reply} is its folded form (a "More" button
     *                unfolds it), or null
     */
    static Rendered render(Reply reply, String shareKey, String moreKey) {
        return render(reply, shareKey, moreKey, List.of(), false);
    }

    /**
     * @param feedback  the mentoring loop's buttons (👍, 👎, Ask a mentor, Claim, Resolved), after Share; each
     *                  value is {@code ActionIds.encode} of its action
     * @param linkUsers render a field naming a user as {@code <@U…>}: only where that cannot ping anyone unasked
     *                  (a private reply, a DM, the mentors card); otherwise its plain, escaped value. A field naming a
     *                  channel is always the link {@code <#C…>}, which never pings.
     */
    static Rendered render(Reply reply, String shareKey, String moreKey, List<Button> feedback, boolean linkUsers) {
        List<LayoutBlock> body = new ArrayList<>();
        String title = SlackText.escape(reply.title()).strip();
        if (!title.isEmpty()) {
            body.add(HeaderBlock.builder().text(plain(TextFit.fit(title, HEADER_MAX))).build());
        }
        String intro = SlackText.escape(reply.opening()).strip();
        if (!intro.isEmpty()) {
            for (String part : TextFit.split(intro, SECTION_TEXT_MAX)) {
                body.add(section(part));
            }
        }
        List<TextObject> fields = new ArrayList<>();
        for (Reply.Field field : reply.fields()) {
            String label = SlackText.escape(field.label()).strip();
            String value = fieldValue(field, linkUsers);
            String text = label.isEmpty() ? value : "*" + label + "*\n" + value;
            fields.add(mrkdwn(TextFit.fit(text, FIELD_MAX)));
            if (fields.size() == FIELDS_PER_SECTION) {
                body.add(SectionBlock.builder().fields(fields).build());
                fields = new ArrayList<>();
            }
        }
        if (!fields.isEmpty()) {
            body.add(SectionBlock.builder().fields(fields).build());
        }
        for (Reply.Section s : reply.sections()) {
            String text = sectionText(s);
            if (!text.isEmpty()) {
                for (String part : TextFit.split(text, SECTION_TEXT_MAX)) {
                    body.add(section(part));
                }
            }
        }

        List<LayoutBlock> tail = new ArrayList<>();
        String footer = SlackText.escape(reply.footer()).strip();
        if (!footer.isEmpty()) {
            tail.add(context(TextFit.fit(footer, CONTEXT_MAX)));
        }
        ActionsBlock actions = actions(reply.suggestions(), shareKey, moreKey, feedback);
        if (actions != null) {
            tail.add(actions);
        }

        List<LayoutBlock> blocks = new ArrayList<>();
        if (body.size() + tail.size() > MAX_BLOCKS) {
            blocks.addAll(body.subList(0, MAX_BLOCKS - tail.size() - 1));
            blocks.add(context(SHORTENED));
        } else {
            blocks.addAll(body);
        }
        blocks.addAll(tail);
        return new Rendered(fallbackText(reply), List.copyOf(blocks));
    }

    /** "*heading*\ntext\n• item" with every part escaped. */
    static String sectionText(Reply.Section s) {
        StringBuilder out = new StringBuilder();
        String heading = SlackText.escape(s.heading()).strip();
        if (!heading.isEmpty()) {
            out.append('*').append(heading).append('*');
        }
        String text = SlackText.escape(s.text()).strip();
        if (!text.isEmpty()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(text);
        }
        for (String item : s.items()) {
            String escaped = SlackText.escape(item).strip();
            if (escaped.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("• ").append(escaped);
        }
        return out.toString();
    }

    /** A mention of a Slack user or channel, when its id looks like one (never text a user typed). */
    private static final java.util.regex.Pattern SLACK_ID = java.util.regex.Pattern.compile("[A-Z0-9]{2,30}");

    /** A field's value: a channel link, a user mention when {@code linkUsers}, else the escaped text. */
    static String fieldValue(Reply.Field field, boolean linkUsers) {
        Mention m = field.mention();
        if (m != null && SLACK_ID.matcher(m.id()).matches()) {
            if (m.kind() == Mention.Kind.CHANNEL) {
                return "<#" + m.id() + ">";
            }
            if (linkUsers) {
                return "<@" + m.id() + ">";
            }
        }
        return SlackText.escape(field.value()).strip();
    }

    /**
     * "More" first, the suggestions, "Share in channel", then the mentoring buttons; each button's value is its
     * typed action.
     */
    private static ActionsBlock actions(List<Reply.Suggestion> suggestions, String shareKey, String moreKey,
                                        List<Button> feedback) {
        List<Action> actions = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (moreKey != null) {
            actions.add(new Action.More(moreKey));
            labels.add("More");
        }
        int room = ACTIONS_MAX - (shareKey == null ? 0 : 1) - feedback.size();
        for (Reply.Suggestion s : suggestions) {
            if (actions.size() >= room) {
                break;
            }
            actions.add(s.action());
            String label = SlackText.escape(s.label()).strip();
            labels.add(label.isEmpty() ? s.action().typed() : label);
        }
        if (shareKey != null) {
            actions.add(new Action.Share(shareKey));
            labels.add("Share in channel");
        }
        for (Button b : feedback) {
            actions.add(b.action());
            labels.add(b.label());
        }
        List<BlockElement> buttons = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            String value = SlackText.escape(ActionIds.encode(actions.get(i)));
            if (value.length() > BUTTON_VALUE_MAX) {
                continue;
            }
            Action a = actions.get(i);
            boolean main = a instanceof Action.More || (a instanceof Action.Share && moreKey == null)
                    || a instanceof Action.AskMentor || a instanceof Action.Claim;
            buttons.add(ButtonElement.builder()
                    .actionId(ACTION_PREFIX + i)
                    .text(plain(TextFit.fit(labels.get(i), BUTTON_TEXT_MAX)))
                    .style(main ? "primary" : null)
                    .value(value)
                    .build());
        }
        return buttons.isEmpty() ? null : ActionsBlock.builder().elements(buttons).build();
    }

    /** The whole reply as plain (escaped) text, for notifications and clients without blocks. */
    static String fallbackText(Reply reply) {
        String text = SlackText.escape((reply.title().strip() + "\n" + PLAIN.body(reply)).strip());
        return text.isEmpty() ? "…" : TextFit.fit(text, FALLBACK_MAX);
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(mrkdwn(mrkdwn)).build();
    }

    private static ContextBlock context(String mrkdwn) {
        return ContextBlock.builder().elements(List.of(mrkdwn(mrkdwn))).build();
    }

    /** Verbatim, so Slack does not auto-parse channel names or mentions out of plain words. */
    private static MarkdownTextObject mrkdwn(String text) {
        return MarkdownTextObject.builder().text(text).verbatim(true).build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }
}
