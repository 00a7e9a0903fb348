package mentorbot.platform.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.view.View;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Replies;
import mentorbot.mentor.TextFit;
import mentorbot.mentor.UserKey;
import mentorbot.mentoring.MentorRequest;
import mentorbot.mentoring.Mentoring;
import mentorbot.mentoring.RequestState;
import mentorbot.plan.PlanView;
import mentorbot.store.StorageException;
import mentorbot.tips.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home tab of one person, published with {@code views.publish} each time they open it: what the bot does with
 * buttons that run the main commands (the help reply, rendered as every reply is), where else to ask, their mentor
 * requests that are not resolved, and for admins the channels that get daily tips. Publishing posts no message.
 */
final class HomeTab {
    private static final Logger log = LoggerFactory.getLogger(HomeTab.class);

    /** Slack's limit for a Home view. */
    static final int MAX_BLOCKS = 100;
    static final int MAX_REQUESTS = 10;
    static final int MAX_TIP_CHANNELS = 30;
    private static final int QUESTION_MAX = 150;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final WorkspaceClients clients;
    private final List<CommandSpec> commands;
    private final Mentoring mentoring;
    private final Supplier<List<Subscription>> tips;
    private final Function<UserKey, Optional<PlanView>> plans;

    /**
     * @param mentoring the mentoring loop, or null: no requests section
     * @param tips      every daily-tip subscription (the tips store), or null: no tips section
     * @param plans     a person's learning plan, or null: no plan section
     */
    HomeTab(WorkspaceClients clients, List<CommandSpec> commands, Mentoring mentoring, Supplier<List<Subscription>> tips,
            Function<UserKey, Optional<PlanView>> plans) {
        this.clients = clients;
        this.commands = List.copyOf(commands);
        this.mentoring = mentoring;
        this.tips = tips;
        this.plans = plans;
    }

    /** Publishes the Home view of {@code userId}; {@code admin} adds the workspace's daily-tip channels. */
    void publish(String teamId, String userId, boolean admin) {
        try {
            View view = View.builder().type("home").blocks(blocks(teamId, userId, admin)).build();
            MethodsClient methods = clients.forTeam(teamId).orElse(null);
            if (methods == null) {
                return; // not installed there any more
            }
            ViewsPublishResponse resp = methods.viewsPublish(r -> r.userId(userId).view(view));
            if (!resp.isOk()) {
                log.warn("Slack: views.publish failed: {}", resp.getError());
            }
        } catch (Exception e) { // the Web API, or a store failing in a way the sections do not expect
            log.warn("Slack: views.publish failed: {}", e.toString());
        }
    }

    List<LayoutBlock> blocks(String teamId, String userId, boolean admin) {
        List<LayoutBlock> blocks = new ArrayList<>(BlockKitRenderer.render(Replies.help(commands,
                "I answer questions about AI developer and AI engineer careers from curated career guides: what each role"
                        + " does, what to learn next, interviews and US pay.", true), null).blocks());
        blocks.add(section("*Where to ask*\n"
                + "• In a channel: mention me (\"@mentor-bot what does an MLOps engineer earn?\"); I answer in a thread,"
                + " and follow-ups there continue the subject.\n"
                + "• In the assistant panel, or in a direct message (the Messages tab).\n"
                + "• With a command: the buttons above answer you privately in the Messages tab."));
        if (plans != null) {
            blocks.add(DividerBlock.builder().build());
            blocks.add(header("Your learning plan"));
            blocks.addAll(sections(plan(teamId, userId)));
        }
        if (mentoring != null) {
            blocks.add(DividerBlock.builder().build());
            blocks.add(header("Your mentor requests"));
            blocks.addAll(sections(requests(teamId, userId)));
        }
        if (admin && tips != null) {
            blocks.add(DividerBlock.builder().build());
            blocks.add(header("Daily tips in this workspace"));
            blocks.addAll(sections(tipChannels(teamId)));
        }
        return blocks.size() <= MAX_BLOCKS ? blocks : List.copyOf(blocks.subList(0, MAX_BLOCKS));
    }

    private String requests(String teamId, String userId) {
        List<MentorRequest> open;
        try {
            open = mentoring.openRequests(new UserKey(Platform.SLACK, teamId, userId), MAX_REQUESTS);
        } catch (StorageException e) {
            log.warn("Slack Home: mentor requests unavailable: {}", e.getMessage());
            return "Your mentor requests cannot be read just now; open this tab again later.";
        }
        if (open.isEmpty()) {
            return "None open. Under an answer I could not give, *Ask a mentor* sends your question to the people who"
                    + " mentor here.";
        }
        StringBuilder out = new StringBuilder();
        for (MentorRequest r : open) {
            out.append("• ").append(SlackText.escape(TextFit.fit(r.question().strip(), QUESTION_MAX)))
                    .append(" — _").append(stateLabel(r.state())).append(", asked ").append(DAY.format(r.createdAt()))
                    .append("_\n");
        }
        return out.toString().strip();
    }

    private String plan(String teamId, String userId) {
        Optional<PlanView> view;
        try {
            view = plans.apply(new UserKey(Platform.SLACK, teamId, userId));
        } catch (StorageException e) {
            log.warn("Slack Home: learning plan unavailable: {}", e.getMessage());
            return "Your learning plan cannot be read just now; open this tab again later.";
        }
        if (view.isEmpty()) {
            return "No plan yet. `/plan set mlops` (or any role, and your level) builds one from the guides: the skills"
                    + " from your level up to the role's, the steps, portfolio projects and habits, to check off as you go.";
        }
        PlanView p = view.get();
        StringBuilder out = new StringBuilder("*").append(SlackText.escape(p.roleTitle())).append("*  ")
                .append(p.progressBar()).append('\n');
        if (p.complete()) {
            out.append("Every item is done.\n");
        } else {
            out.append("Next:\n");
            p.next().forEach(i -> out.append("• ").append(SlackText.escape(TextFit.fit(i.text(), QUESTION_MAX))).append('\n'));
        }
        if (p.changes().any()) {
            out.append("_The guides changed since you last looked: ").append(p.changes().removed().size()).append(" removed, ")
                    .append(p.changes().reworded().size()).append(" reworded, ").append(p.changes().added().size())
                    .append(" added; your progress on the rest is kept._\n");
        }
        out.append("_`/plan` shows every item; `/plan done ITEM` checks one off._");
        return out.toString();
    }

    private static String stateLabel(RequestState state) {
        switch (state) {
            case CLAIMED:
                return "a mentor has it";
            case UNSENT:
                return "not sent yet: the mentors channel refused it";
            default:
                return "waiting for a mentor";
        }
    }

    private String tipChannels(String teamId) {
        List<Subscription> subscribed;
        try {
            subscribed = tips.get().stream()
                    .filter(s -> s.channel().platform() == Platform.SLACK && s.channel().teamId().equals(teamId))
                    .sorted(Comparator.comparing(s -> s.channel().channelId()))
                    .limit(MAX_TIP_CHANNELS)
                    .toList();
        } catch (StorageException e) {
            log.warn("Slack Home: tips database unavailable: {}", e.getMessage());
            return "The daily-tips database cannot be read just now; open this tab again later.";
        }
        if (subscribed.isEmpty()) {
            return "No channel gets daily tips. Run /tips subscribe 09:00 Europe/Berlin in a channel to start.";
        }
        StringBuilder out = new StringBuilder();
        for (Subscription s : subscribed) {
            // A channel link never pings; ids only ever come from Slack, escaped all the same.
            out.append("• <#").append(SlackText.escape(s.channel().channelId())).append("> at ").append(s.time())
                    .append(' ').append(s.zone().getId());
            if (s.paused()) {
                out.append(" — _paused: ").append(SlackText.escape(TextFit.fit(String.valueOf(s.pausedReason()), 200)))
                        .append("_");
            }
            out.append('\n');
        }
        return out.toString().strip();
    }

    private static List<LayoutBlock> sections(String mrkdwn) {
        List<LayoutBlock> out = new ArrayList<>();
        for (String part : TextFit.split(mrkdwn, BlockKitRenderer.SECTION_TEXT_MAX)) {
            out.add(section(part));
        }
        return out;
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build()).build();
    }

    private static HeaderBlock header(String text) {
        return HeaderBlock.builder().text(PlainTextObject.builder().text(text).build()).build();
    }
}
