package mentorbot.platform.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import mentorbot.mentor.TextFit;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.Caller;
import mentorbot.mentor.Action;
import mentorbot.platform.ActionIds;
import mentorbot.platform.Dispatcher;
import mentorbot.platform.ReplyMemory;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Replies;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentor.Visibility;
import mentorbot.mentoring.Button;
import mentorbot.mentoring.ChannelKind;
import mentorbot.mentoring.Feedback;
import mentorbot.mentoring.Mentoring;
import mentorbot.mentoring.Response;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The one listener: parses Discord events into neutral {@link Request}s and renders the
 * {@link Reply}. It never works on JDA's event thread: the handler runs on a bounded executor
 * and every Discord call is queued, never {@code complete()}d.
 */
final class DiscordListener extends ListenerAdapter {

    /**
     * A Discord user: the id is the same person in every server and DM, rate-limited; who may manage
     * tips Discord itself enforces (the /tips command needs Manage Channels).
     */
    static final Caller USER = new Caller(true, true, true);

    /** A Discord user with or without the standing of an admin (Manage Channels in the server; never in a DM). */
    static Caller caller(boolean admin) {
        return admin ? USER : new Caller(true, true, false);
    }

    /**
     * Whether the person behind {@code interaction} may manage channels in a server that installed the bot: the
     * bot's admins. Never through a user-install (the interaction's server did not authorize the app, or the bot
     * is not in it, so JDA's server is a detached stand-in): Manage Channels in a server the learner merely
     * brought their own install to grants nothing over the bot's data.
     */
    static boolean admin(net.dv8tion.jda.api.interactions.Interaction interaction) {
        net.dv8tion.jda.api.entities.Member member = interaction.getMember();
        net.dv8tion.jda.api.entities.Guild guild = interaction.getGuild();
        return member != null && guild != null && !guild.isDetached()
                && guild.getId().equals(interaction.getIntegrationOwners().getAuthorizingGuildId())
                && member.hasPermission(net.dv8tion.jda.api.Permission.MANAGE_CHANNEL);
    }

    /**
     * The team of a request: the guild id in a server (daily-tip subscriptions are kept per guild and
     * channel), whether the bot is in it or only the user's install is; empty in DMs and group DMs. Per-user
     * keys leave it out on Discord ({@link Request#user()}).
     */
    static String team(net.dv8tion.jda.api.interactions.Interaction interaction) {
        return interaction.getGuild() != null ? interaction.getGuild().getId() : "";
    }

    /** Direct messages have no guild. */
    static final String NO_GUILD = "";
    static final int MAX_CHOICES = 25;
    private static final int CHOICE_LENGTH = 100;
    private final Dispatcher dispatcher;
    private final List<CommandSpec> specs;
    private final OptionCompleter completer;
    /** Autocomplete has its own small pool, so it never waits behind slow answers (Discord allows 3 s). */
    private final ExecutorService completions;
    private final Consumer<Throwable> errors;
    private final Semaphore ready;
    /** An interaction token lives 15 minutes, so does a reply's Share button. */
    private final ReplyMemory shown = new ReplyMemory(Duration.ofMinutes(15));
    private final RenderedEmbeds embeds = new RenderedEmbeds();
    /** The mentoring loop: feedback buttons under answers, and what their clicks do; null: none. */
    private final Mentoring mentoring;
    private final GuildMentions mentions;

    /** @param clock when slow-down notices in server channels were last posted (see {@link SlowDownNotices}) */
    DiscordListener(Dispatcher dispatcher, List<CommandSpec> specs, OptionCompleter completer,
                    ExecutorService completions, Consumer<Throwable> errors, Semaphore ready, Mentoring mentoring,
                    java.time.Clock clock) {
        this.mentoring = mentoring;
        this.dispatcher = dispatcher;
        this.specs = List.copyOf(specs);
        this.completer = completer;
        this.completions = completions;
        this.errors = errors;
        this.ready = ready;
        this.mentions = new GuildMentions(dispatcher, this::channelAnswer, errors,
                new SlowDownNotices(clock, SlowDownNotices.WINDOW));
    }

    /** This listener wrapped so that an exception reaches the error sink instead of only JDA's log. */
    EventListener guarded() {
        return event -> {
            try {
                onEvent(event);
            } catch (RuntimeException | Error e) {
                errors.accept(e);
            }
        };
    }

    @Override
    public void onReady(ReadyEvent event) {
        ready.release();
    }

    // ---- slash commands ----

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        String text = argumentText(event);
        Request request = Request.command(Platform.DISCORD, team(event), event.getUser().getId(), event.getChannelId(),
                event.getName(), text).from(caller(admin(event)));
        answer(event, request, event.isFromGuild());
    }

    /** Option values joined in declared order, the subcommand name first. */
    String argumentText(SlashCommandInteractionEvent event) {
        List<String> parts = new ArrayList<>();
        String sub = event.getSubcommandName();
        if (sub != null) {
            parts.add(sub);
        }
        Optional<CommandSpec> spec = DiscordCommands.find(specs, event.getName());
        if (spec.isPresent()) {
            for (OptionSpec o : DiscordCommands.options(spec.get(), sub)) {
                OptionMapping m = event.getOption(o.name().toLowerCase(java.util.Locale.ROOT));
                if (m != null && !m.getAsString().isBlank()) {
                    parts.add(m.getAsString().strip());
                }
            }
        } else {
            event.getOptions().forEach(m -> parts.add(m.getAsString().strip()));
        }
        return String.join(" ", parts);
    }

    // ---- autocomplete ----

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue();
        CommandSpec.ValueSource source = DiscordCommands.find(specs, event.getName())
                .flatMap(spec -> DiscordCommands.options(spec, event.getSubcommandName()).stream()
                        .filter(o -> o.name().equalsIgnoreCase(event.getFocusedOption().getName())).findFirst())
                .map(OptionSpec::values).orElse(CommandSpec.ValueSource.FREE_TEXT);
        try {
            completions.execute(() -> {
                List<Command.Choice> choices = new ArrayList<>();
                try {
                    for (String v : completer.complete(source, typed, MAX_CHOICES)) {
                        if (choices.size() >= MAX_CHOICES || v == null || v.isBlank()) {
                            continue;
                        }
                        String c = TextFit.fit(v.strip(), CHOICE_LENGTH);
                        choices.add(new Command.Choice(c, c));
                    }
                } catch (RuntimeException e) {
                    errors.accept(e);
                }
                event.replyChoices(choices).queue(null, errors::accept);
            });
        } catch (RejectedExecutionException e) {
            event.replyChoices(List.of()).queue(null, errors::accept);
        }
    }

    // ---- buttons ----

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<Action> action = ActionIds.decode(event.getComponentId());
        if (action.isEmpty()) {
            event.reply(Messages.text("That button no longer works. Run the command again.")).setEphemeral(true)
                    .queue(null, errors::accept);
        } else if (action.get() instanceof Action.Run run) {
            answer(event, Request.run(Platform.DISCORD, team(event), event.getUser().getId(), event.getChannelId(), run)
                    .from(caller(admin(event))), event.isFromGuild());
        } else if (action.get() instanceof Action.Share share) {
            share(event, share.key());
        } else if (action.get() instanceof Action.More more) {
            unfold(event, more.key());
        } else if (mentoring == null) {
            event.reply(Messages.text("That button no longer works: mentoring is not running here.")).setEphemeral(true)
                    .queue(null, errors::accept);
        } else {
            mentoringClick(event, action.get());
        }
    }

    /**
     * 👍/👎, Ask a mentor, Claim, Resolved: the mentoring loop decides, for the clicker as Discord knows them (an
     * admin with Manage Channels); the answer is ephemeral, seen by the clicker alone. Deferred at once, since
     * posting a card or a DM may take longer than Discord's 3 seconds.
     */
    private void mentoringClick(ButtonInteractionEvent event, Action action) {
        Request clicker = new Request(Platform.DISCORD, team(event), event.getUser().getId(), event.getChannelId(), "", "",
                caller(admin(event)));
        if (action.editsInPlace()) {
            editInPlace(event, clicker, action);
            return;
        }
        event.deferReply(true).queue(null, errors::accept);
        boolean accepted = dispatcher.run(() -> {
            Response r = mentoring.act(clicker, action);
            Reply reply = r.reply().withVisibility(Visibility.PRIVATE);
            event.getHook().sendMessage(Messages.create(EmbedRenderer.render(reply), reply, null, null, r.buttons(), null))
                    .setEphemeral(true).queue(null, errors::accept);
        });
        if (!accepted) {
            event.getHook().sendMessage(Messages.create(Replies.busy(), null, null)).setEphemeral(true)
                    .queue(null, errors::accept);
        }
    }

    /**
     * A learning plan's done or undo: the message clicked (the ephemeral plan, or the nudge in a DM) is edited to show
     * the plan anew, with no mention allowed; nothing new is posted.
     */
    private void editInPlace(ButtonInteractionEvent event, Request clicker, Action action) {
        event.deferEdit().queue(null, errors::accept);
        boolean accepted = dispatcher.run(() -> {
            Response r = mentoring.act(clicker, action);
            Reply reply = r.reply().withVisibility(Visibility.PRIVATE);
            event.getHook().editOriginal(Messages.unfolded(reply, null, r.buttons())).queue(null, errors::accept);
        });
        if (!accepted) {
            event.getHook().sendMessage(Messages.create(Replies.busy(), null, null)).setEphemeral(true)
                    .queue(null, errors::accept);
        }
    }

    /** Shows the whole reply in place of its folded form; an expired one says so, privately. */
    private void unfold(ButtonInteractionEvent event, String key) {
        ReplyMemory.Unfold whole = shown.unfold(key).orElse(null);
        if (whole == null) {
            event.reply(Messages.text("I no longer have the rest of that answer. Ask again and I'll answer in full."))
                    .setEphemeral(true).queue(null, errors::accept);
            return;
        }
        event.editMessage(Messages.unfolded(whole.reply(), whole.shareKey(), whole.feedback())).queue(null, errors::accept);
    }

    /**
     * The message for a reply: folded behind "More" when long, the whole reply kept for the button; with the
     * answer's 👍/👎 (and Ask a mentor) buttons, whose answer id is this very request's.
     */
    private MessageCreateData message(Request request, Reply reply, boolean mayShare, boolean inGuild) {
        List<Button> feedback = feedback(request, reply, inGuild);
        ReplyMemory.Keys keys = shown.remember(reply, mayShare, feedback);
        return Messages.create(embeds.of(reply, keys.moreKey() != null), reply, keys.shareKey(), keys.moreKey(), feedback, null);
    }

    /**
     * An answer the whole channel sees (the reply to a mention): folded when long, with the 👍/👎 (and Ask a mentor)
     * buttons a DM answer carries, recorded as asked in a channel; no Share, it is public already.
     */
    private MessageCreateData channelAnswer(Request request, Reply reply) {
        List<Button> feedback = mentoring == null ? List.of()
                : mentoring.feedback(request, reply, ChannelKind.CHANNEL).buttons();
        ReplyMemory.Keys keys = shown.remember(reply, false, feedback);
        return Messages.create(embeds.of(reply, keys.moreKey() != null), reply, null, keys.moreKey(), feedback, null);
    }

    /** Records the answer (in the background); its buttons, none for a reply the whole channel sees. */
    private List<Button> feedback(Request request, Reply reply, boolean inGuild) {
        if (mentoring == null) {
            return List.of();
        }
        Feedback f = mentoring.feedback(request, reply, inGuild ? ChannelKind.CHANNEL : ChannelKind.DM);
        return reply.visibility() == Visibility.SHARED ? List.of() : f.buttons();
    }

    private void share(ButtonInteractionEvent event, String key) {
        Optional<Reply> reply = shown.takeShare(key); // one share per answer: a second click does not post it twice
        String user = event.getUser().getId();
        boolean accepted = dispatcher.run(() -> {
            if (reply.isEmpty()) {
                event.reply(Messages.text("That answer was already shared, or it has expired. Run the command again to share it."))
                        .setEphemeral(true).queue(null, errors::accept);
            } else {
                event.reply(Messages.create(reply.get().withVisibility(Visibility.SHARED), null, "Shared by <@" + user + ">"))
                        .setEphemeral(false).queue(null, errors::accept);
            }
        });
        if (!accepted) {
            reply.ifPresent(r -> shown.returnShare(key, r)); // not shared: the next click may try again
            busy(event);
        }
    }

    // ---- messages: mentions in servers, direct messages ----

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.isFromGuild()) {
            mentions.onMessage(event);
            return;
        }
        if (!event.isFromType(ChannelType.PRIVATE)) {
            return;
        }
        User author = event.getAuthor();
        if (author.isBot() || author.isSystem() || author.getIdLong() == event.getJDA().getSelfUser().getIdLong()) {
            return;
        }
        Request request = Request.freeText(Platform.DISCORD, NO_GUILD, author.getId(), event.getChannel().getId(),
                event.getMessage().getContentRaw()).from(caller(false));
        if (!dispatcher.answer(request, reply -> event.getChannel().sendMessage(message(request, reply, false, false))
                .queue(null, errors::accept))) {
            event.getChannel().sendMessage(Messages.create(Replies.busy(), null, null)).queue(null, errors::accept);
        }
    }

    // ---- answering an interaction within Discord's 3 seconds ----

    /**
     * Runs the request on the dispatcher. A reply ready within the budget is the interaction's
     * answer; otherwise the interaction is deferred (ephemeral) and the reply follows up.
     */
    void answer(IReplyCallback event, Request request, boolean canShare) {
        dispatcher.answer(request, new Dispatcher.Delivery() {
            @Override
            public void now(Reply reply) {
                event.reply(message(request, reply, mayShare(reply), canShare)).setEphemeral(ephemeral(reply))
                        .queue(null, errors::accept);
            }

            @Override
            public void deferred() {
                event.deferReply(true).queue(null, errors::accept);
            }

            @Override
            public void later(Reply reply) {
                // The first follow-up replaces Discord's "thinking…" message.
                event.getHook().sendMessage(message(request, reply, mayShare(reply), canShare)).setEphemeral(ephemeral(reply))
                        .queue(null, errors::accept);
            }

            @Override
            public void busy() {
                DiscordListener.this.busy(event);
            }

            private boolean mayShare(Reply reply) {
                return canShare && ephemeral(reply);
            }
        });
    }

    private static boolean ephemeral(Reply reply) {
        return reply.visibility() != Visibility.SHARED;
    }

    private void busy(IReplyCallback event) {
        event.reply(Messages.create(Replies.busy(), null, null)).setEphemeral(true).queue(null, errors::accept);
    }
}
