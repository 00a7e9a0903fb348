package mentorbot.platform.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import mentorbot.mentor.TextFit;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.Caller;
import mentorbot.platform.SafeHandler;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Replies;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentor.RequestHandler;
import mentorbot.mentor.Visibility;
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

    /**
     * The team of a request: the guild id in a server (daily-tip subscriptions are kept per guild and
     * channel), empty in DMs. Per-user keys leave it out on Discord ({@link Request#user()}).
     */
    static String team(net.dv8tion.jda.api.interactions.Interaction interaction) {
        return interaction.getGuild() != null ? interaction.getGuild().getId() : "";
    }

    /** Direct messages have no guild. */
    static final String NO_GUILD = "";
    static final int MAX_CHOICES = 25;
    private static final int CHOICE_LENGTH = 100;
    private static final int PENDING = 0;
    private static final int REPLIED = 1;
    private static final int DEFERRED = 2;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SafeHandler safe;
    private final List<CommandSpec> specs;
    private final OptionCompleter completer;
    private final ExecutorService workers;
    /** Autocomplete has its own small pool, so it never waits behind slow answers (Discord allows 3 s). */
    private final ExecutorService completions;
    private final ScheduledExecutorService timer;
    private final Duration budget;
    private final Consumer<Throwable> errors;
    private final Semaphore ready;
    private final Cache<String, Reply> shareable = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(15)).build();
    /** Whole replies shown folded, by the key their "More" button carries; bounded, and forgotten after a day. */
    private final Cache<String, Unfold> folded = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterWrite(Duration.ofHours(24)).build();

    /** What "More" shows: the whole reply, and the key of its share button if it had one. */
    private record Unfold(Reply reply, String shareKey) {
    }

    DiscordListener(RequestHandler handler, List<CommandSpec> specs, OptionCompleter completer,
                    ExecutorService workers, ExecutorService completions, ScheduledExecutorService timer, Duration budget,
                    Consumer<Throwable> errors, Semaphore ready) {
        this.safe = new SafeHandler(handler, errors::accept);
        this.specs = List.copyOf(specs);
        this.completer = completer;
        this.workers = workers;
        this.completions = completions;
        this.timer = timer;
        this.budget = budget;
        this.errors = errors;
        this.ready = ready;
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
                event.getName(), text).from(USER);
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
        String id = event.getComponentId();
        if (id.startsWith(Messages.RUN)) {
            answer(event, typed(id.substring(Messages.RUN.length()), team(event), event.getUser().getId(),
                    event.getChannelId()), event.isFromGuild());
        } else if (id.startsWith(Messages.SHARE)) {
            share(event, id.substring(Messages.SHARE.length()));
        } else if (id.startsWith(Messages.MORE)) {
            unfold(event, id.substring(Messages.MORE.length()));
        }
    }

    /** Shows the whole reply in place of its folded form; an expired one says so, privately. */
    private void unfold(ButtonInteractionEvent event, String key) {
        Unfold whole = folded.getIfPresent(key);
        if (whole == null) {
            event.reply(Messages.text("I no longer have the rest of that answer. Ask again and I'll answer in full."))
                    .setEphemeral(true).queue(null, errors::accept);
            return;
        }
        event.editMessage(Messages.unfolded(whole.reply(), whole.shareKey())).queue(null, errors::accept);
    }

    /** The message for a reply: folded behind "More" when long, the whole reply kept for the button. */
    private MessageCreateData message(Reply reply, String shareKey) {
        if (!reply.folds()) {
            return Messages.create(reply, shareKey, null);
        }
        String key = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        folded.put(key, new Unfold(reply, shareKey));
        return Messages.create(reply.folded(), shareKey, key, null);
    }

    /** A suggestion's command line, read as every platform reads typed lines. */
    static Request typed(String input, String team, String user, String channel) {
        return Request.typed(Platform.DISCORD, team, user, channel, input).from(USER);
    }

    private void share(ButtonInteractionEvent event, String key) {
        Reply reply = shareable.asMap().remove(key); // one share per answer: a second click does not post it twice
        String user = event.getUser().getId();
        try {
            workers.execute(() -> {
                if (reply == null) {
                    event.reply(Messages.text("That answer was already shared, or it has expired. Run the command again to share it."))
                            .setEphemeral(true).queue(null, errors::accept);
                } else {
                    event.reply(Messages.create(reply.withVisibility(Visibility.SHARED), null, "Shared by <@" + user + ">"))
                            .setEphemeral(false).queue(null, errors::accept);
                }
            });
        } catch (RejectedExecutionException e) {
            busy(event);
        }
    }

    // ---- direct messages ----

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromType(ChannelType.PRIVATE)) {
            return;
        }
        User author = event.getAuthor();
        if (author.isBot() || author.isSystem() || author.getIdLong() == event.getJDA().getSelfUser().getIdLong()) {
            return;
        }
        Request request = Request.freeText(Platform.DISCORD, NO_GUILD, author.getId(), event.getChannel().getId(),
                event.getMessage().getContentRaw()).from(USER);
        try {
            workers.execute(() -> {
                Reply reply = safe.handle(request);
                event.getChannel().sendMessage(message(reply, null)).queue(null, errors::accept);
            });
        } catch (RejectedExecutionException e) {
            event.getChannel().sendMessage(Messages.create(Replies.busy(), null, null)).queue(null, errors::accept);
        }
    }

    // ---- answering an interaction within Discord's 3 seconds ----


    /**
     * Runs the request on the workers. If the reply is ready within the budget it is sent as the
     * interaction's answer; otherwise the interaction is deferred (ephemeral) and the reply
     * follows up when it is ready.
     */
    void answer(IReplyCallback event, Request request, boolean canShare) {
        AtomicInteger state = new AtomicInteger(PENDING);
        ScheduledFuture<?> defer = timer.schedule(() -> {
            if (state.compareAndSet(PENDING, DEFERRED)) {
                event.deferReply(true).queue(null, errors::accept);
            }
        }, budget.toMillis(), TimeUnit.MILLISECONDS);
        try {
            workers.execute(() -> {
                Reply reply = safe.handle(request);
                boolean ephemeral = reply.visibility() != Visibility.SHARED;
                String key = ephemeral && canShare ? remember(reply) : null;
                MessageCreateData message = message(reply, key);
                if (state.compareAndSet(PENDING, REPLIED)) {
                    defer.cancel(false);
                    event.reply(message).setEphemeral(ephemeral).queue(null, errors::accept);
                } else {
                    // Deferred: the first follow-up replaces Discord's "thinking…" message.
                    event.getHook().sendMessage(message).setEphemeral(ephemeral).queue(null, errors::accept);
                }
            });
        } catch (RejectedExecutionException e) {
            if (state.compareAndSet(PENDING, REPLIED)) {
                defer.cancel(false);
                busy(event);
            }
        }
    }

    private void busy(IReplyCallback event) {
        event.reply(Messages.create(Replies.busy(), null, null)).setEphemeral(true).queue(null, errors::accept);
    }

    private String remember(Reply reply) {
        String key = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        shareable.put(key, reply);
        return key;
    }


}
