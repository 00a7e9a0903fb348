package mentorbot.mentoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mentorbot.mentor.Action;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mentoring loop, platform-neutral: what a platform calls after it has an answer
 * ({@link #feedback}) and when a mentoring button is clicked ({@link #act}). Platforms do what
 * {@link MentorPort} says; everything else (who may do what, exactly once, what the learner and the
 * mentor are told) is decided here.
 */
public final class Mentoring {

    private static final Logger log = LoggerFactory.getLogger(Mentoring.class);

    private final MentoringState state;
    private final QuestionRecorder recorder;
    private final Map<Platform, MentorPort> ports;
    private final Clock clock;
    private final AnswerIds ids;
    private final List<ClickFeature> features = new java.util.concurrent.CopyOnWriteArrayList<>();

    Mentoring(MentoringState state, QuestionRecorder recorder, Map<Platform, MentorPort> ports, Clock clock, AnswerIds ids) {
        this.state = state;
        this.recorder = recorder;
        this.ports = Map.copyOf(ports);
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Records the handled request (in the background) and says what to show under its reply: the answer
     * id for the 👍/👎 buttons, and "Ask a mentor" after a decline or {@code /mentor ask-human} when the team
     * has a mentors channel. No I/O on the caller's thread. A notice (a slow-down, what an empty message is told)
     * answers nothing: no buttons under it, and nothing recorded, so /insights does not count it as a decline.
     */
    public Feedback feedback(Request request, Reply reply, ChannelKind kind) {
        if (QuestionText.asksToBeForgotten(request)) {
            return new Feedback(null, List.of()); // not recorded: it would be the one thing kept about them
        }
        if (reply.kind() != Reply.Kind.ANSWER) {
            return new Feedback(null, List.of());
        }
        String id = recorder.record(request, reply, kind);
        List<Button> buttons = new ArrayList<>(List.of(Button.helpful(id), Button.notHelpful(id)));
        if ((!reply.matched() || QuestionText.asksForAHuman(request)) && hasMentors(request.platform(), request.teamId())) {
            buttons.add(Button.askMentor(id));
        }
        for (ClickFeature feature : features) {
            buttons.addAll(feature.buttons(request, reply));
        }
        return new Feedback(id, buttons);
    }

    private boolean hasMentors(Platform platform, String teamId) {
        try {
            return state.channels().of(platform, teamId).isPresent();
        } catch (StorageException e) {
            log.warn("Mentors channels unavailable: {}", e.getMessage());
            return false;
        }
    }

    /**
     * The person's mentor requests still waiting for a mentor or being worked on (unsent, open, claimed), newest first,
     * at most {@code limit}: what a platform shows them (Slack's App Home).
     *
     * @throws StorageException when the database cannot be used
     */
    public List<MentorRequest> openRequests(mentorbot.mentor.UserKey user, int limit) {
        return state.store().unresolvedRequestsOf(user, limit);
    }

    /** Routes another feature's buttons here: added under its replies, and its clicks handled by it. */
    public void register(ClickFeature feature) {
        features.add(feature);
    }

    /** The pseudonymous reference this person's questions and votes are stored under (tests, diagnostics). */
    public String userRef(mentorbot.mentor.UserKey user) {
        return state.store().userRef(user);
    }

    /** Waits until every request recorded so far is written ({@code ask} before it exits; shutdown). */
    public void flush() {
        recorder.flush();
    }

    /**
     * Handles a click on a mentoring button by the person in {@code clicker} (its platform, team, user and
     * caller). Every outcome, bad input included (an unknown or expired id, a claim on a resolved request),
     * is a clear private reply; never an exception.
     */
    public Response act(Request clicker, Action action) {
        try {
            if (action instanceof Action.Vote vote) {
                return vote(clicker, vote);
            }
            if (action instanceof Action.AskMentor ask) {
                return askMentor(clicker, ask.answerId());
            }
            if (action instanceof Action.Claim claim) {
                return claim(clicker, claim.requestId());
            }
            if (action instanceof Action.Resolve resolve) {
                return resolve(clicker, resolve.requestId());
            }
            for (ClickFeature feature : features) {
                Optional<Response> r = feature.act(clicker, action);
                if (r.isPresent()) {
                    return r.get();
                }
            }
            return Response.of(MentoringReplies.notAMentoringButton());
        } catch (StorageException e) {
            log.error("Mentoring unavailable: {}", e.getMessage());
            log.debug("Mentoring unavailable", e);
            return Response.of(MentoringReplies.unavailable(e));
        }
    }

    /** The recorded answer, waiting for the background writer when it may not have written it yet. */
    private Optional<AskedQuestion> answer(String answerId) {
        Optional<AskedQuestion> q = state.store().question(answerId);
        if (q.isEmpty()) {
            recorder.flush();
            q = state.store().question(answerId);
        }
        return q;
    }

    private Response vote(Request clicker, Action.Vote vote) {
        Optional<AskedQuestion> q = answer(vote.answerId());
        String voter = state.store().userRef(clicker.user());
        if (q.isEmpty() || !sameTeam(q.get(), clicker)
                || !state.store().vote(vote.answerId(), voter, vote.helpful(), clock.instant())) {
            return Response.of(MentoringReplies.unknownAnswer(state.retentionDays()));
        }
        if (vote.helpful()) {
            return Response.of(MentoringReplies.thanks());
        }
        boolean asker = q.get().userRef().equals(voter);
        boolean offer = asker && state.channels().of(clicker.platform(), clicker.teamId()).isPresent();
        return new Response(MentoringReplies.sorry(offer), offer ? List.of(Button.askMentor(vote.answerId())) : List.of());
    }

    private static boolean sameTeam(AskedQuestion q, Request clicker) {
        return q.platform() == clicker.platform() && q.teamId().equals(clicker.teamId());
    }

    private Response askMentor(Request clicker, String answerId) {
        Optional<AskedQuestion> q = answer(answerId);
        if (q.isEmpty() || !sameTeam(q.get(), clicker)) {
            return Response.of(MentoringReplies.unknownAnswer(state.retentionDays()));
        }
        if (!q.get().userRef().equals(state.store().userRef(clicker.user()))) {
            return Response.of(MentoringReplies.onlyTheAsker());
        }
        Optional<MentorsChannel> channel = state.channels().of(clicker.platform(), clicker.teamId());
        if (channel.isEmpty()) {
            return Response.of(MentoringReplies.noMentorsChannel());
        }
        MentoringStore.Begun begun = state.store().beginRequest(ids.next(), q.get(), clicker.userId(), channel.get(), clock.instant());
        MentorRequest request = begun.request();
        if (!begun.post()) {
            return Response.of(MentoringReplies.alreadyAsked(request));
        }
        MentorPort port = ports.get(clicker.platform());
        MentorPort.Posted posted;
        try {
            posted = port == null ? MentorPort.Posted.failed("this platform cannot post mentor requests")
                    : port.postCard(channel.get(), MentorCard.of(request));
        } catch (RuntimeException e) {
            posted = MentorPort.Posted.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (!posted.ok()) {
            state.store().markUnsent(request.requestId(), posted.failure());
            log.warn("Could not post mentor request {} to {} on {} team {}: {}. The admins can set another channel with "
                    + "/mentors channel; the learner's request is kept.", request.requestId(), channel.get().label(),
                    clicker.platform(), clicker.teamId(), posted.failure());
            return Response.of(MentoringReplies.couldNotSend(channel.get()));
        }
        state.store().markPosted(request.requestId(), posted.messageId());
        return Response.of(MentoringReplies.sent(channel.get()));
    }

    private Response claim(Request mentor, String requestId) {
        Optional<MentorRequest> before = state.store().request(requestId);
        if (before.isEmpty() || before.get().platform() != mentor.platform() || !before.get().teamId().equals(mentor.teamId())) {
            return Response.of(MentoringReplies.unknownRequest());
        }
        if (before.get().state() != RequestState.OPEN) {
            return Response.of(MentoringReplies.cannotClaim(before.get(), mentor.userId()));
        }
        MentorRequest after = state.store().claim(requestId, mentor.userId(), clock.instant()).orElseThrow();
        if (after.state() != RequestState.CLAIMED || !mentor.userId().equals(after.claimerId())) {
            return Response.of(MentoringReplies.cannotClaim(after, mentor.userId())); // someone else won the race
        }
        MentorPort port = ports.get(mentor.platform());
        MentorsChannel channel = channelOf(after);
        boolean told = false;
        if (port != null) {
            if (!port.updateCard(channel, after.messageId(), MentorCard.of(after))) {
                log.warn("Could not update the card of mentor request {}", requestId);
            }
            told = port.directMessage(after.teamId(), after.askerId(), MentoringReplies.pickedUp(after));
        }
        return new Response(MentoringReplies.claimed(after, told), List.of(Button.resolved(requestId)));
    }

    private Response resolve(Request mentor, String requestId) {
        Optional<MentorRequest> before = state.store().request(requestId);
        if (before.isEmpty() || before.get().platform() != mentor.platform() || !before.get().teamId().equals(mentor.teamId())) {
            return Response.of(MentoringReplies.unknownRequest());
        }
        // The mentor who claimed it resolves it; an admin may close what another mentor left claimed.
        MentorRequest after = state.store().resolve(requestId, mentor.userId(), mentor.caller().admin(), clock.instant())
                .orElseThrow();
        if (after.state() != RequestState.RESOLVED || before.get().state() == RequestState.RESOLVED) {
            return Response.of(MentoringReplies.cannotResolve(before.get(), mentor.userId()));
        }
        MentorPort port = ports.get(mentor.platform());
        if (port != null && !port.updateCard(channelOf(after), after.messageId(), MentorCard.of(after))) {
            log.warn("Could not update the card of mentor request {}", requestId);
        }
        return Response.of(MentoringReplies.resolved());
    }

    /** What {@link #forget} did: the store's deletions, and how many posted cards were withdrawn (and could not be). */
    public record Forgotten(MentoringStore.Forgotten deleted, int cardsWithdrawn, int cardsNotEdited) {
    }

    /**
     * Deletes everything the mentoring loop stores about the person of {@code request}: first whatever of theirs the
     * recorder still holds is written (so nothing lands after the delete), then their votes, questions and mentor
     * requests go in one transaction, and each card of theirs that was posted is edited to say it was withdrawn,
     * without their question or name.
     *
     * @throws StorageException when the database cannot be used; nothing was deleted then
     */
    public Forgotten forget(Request request) {
        recorder.flush();
        MentoringStore.Forgotten deleted = state.store().forget(request.user());
        int withdrawn = 0;
        int failed = 0;
        for (MentorRequest r : deleted.requests()) {
            if (r.messageId() == null) {
                continue; // never posted (UNSENT), or still being posted: nothing in the channel to edit
            }
            MentorPort port = ports.get(r.platform());
            boolean edited = false;
            try {
                edited = port != null && port.updateCard(channelOf(r), r.messageId(), MentorCard.withdrawn(r.requestId()));
            } catch (RuntimeException e) {
                log.warn("Withdrawing the card of mentor request {} failed: {}", r.requestId(), e.toString());
            }
            if (edited) {
                withdrawn++;
            } else {
                failed++;
            }
        }
        return new Forgotten(deleted, withdrawn, failed);
    }

    private MentorsChannel channelOf(MentorRequest r) {
        return state.channels().of(r.platform(), r.teamId()).filter(c -> c.channelId().equals(r.channelId()))
                .orElse(new MentorsChannel(r.platform(), r.teamId(), r.channelId(), ""));
    }
}
