package mentorbot.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mentorbot.mentor.Platform;
import mentorbot.mentor.UserKey;
import mentorbot.store.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database behind {@link MentoringStore} must do: questions under pseudonyms, one vote per user, the
 * mentors channel, mentor requests claimed once, each reminder taken by one replica only, and forgetting a person.
 */
abstract class MentoringStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final UserKey ANA = new UserKey(Platform.SLACK, "T1", "U_ANA");
    private static final MentorsChannel MENTORS = new MentorsChannel(Platform.SLACK, "T1", "C_MENTORS", "mentors");

    private TestBackend backend;
    private MentoringStore store;
    private final List<MentoringStore> others = new ArrayList<>();

    abstract TestBackend backend();

    @BeforeEach
    void open() {
        backend = backend();
        store = MentoringStore.open(backend.open());
    }

    @AfterEach
    void close() {
        others.forEach(MentoringStore::close);
        store.close();
    }

    private MentoringStore another() {
        MentoringStore s = MentoringStore.open(backend.open());
        others.add(s);
        return s;
    }

    private AskedQuestion question(String answerId, UserKey user, Instant at) {
        return new AskedQuestion(answerId, user.platform(), user.team(), store.userRef(user), ChannelKind.DM,
                "what does an MLOps engineer earn?", "mlops engineer earn", List.of("salary-mlops"), false,
                "MLOps Engineer pay\nSenior: $150k", at);
    }

    @Test
    void everyProcessOnTheDatabaseUsesTheSamePseudonymKey() {
        assertEquals(store.userRef(ANA), another().userRef(ANA));
        assertNotEquals(ANA.user(), store.userRef(ANA));
    }

    @Test
    void questionsAreRecordedOnceAndVotesChangeRatherThanAdd() {
        AskedQuestion q = question("a1", ANA, T0);
        store.insertQuestions(List.of(q));
        store.insertQuestions(List.of(q));
        assertEquals(Optional.of(q), store.question("a1"));
        assertEquals(List.of(q), another().questionsSince(T0));

        String voter = store.userRef(new UserKey(Platform.SLACK, "T1", "U_BEA"));
        assertTrue(store.vote("a1", voter, false, T0));
        assertTrue(store.vote("a1", voter, true, T0.plusSeconds(5)));
        assertFalse(store.vote("unknown", voter, true, T0), "no such answer");
        assertEquals(List.of(new MentoringStore.Vote("a1", voter, true, T0.plusSeconds(5))), store.votesSince(T0));
        assertEquals(1, store.deleteQuestionsBefore(T0.plusSeconds(1)));
        assertEquals(List.of(), store.votesSince(T0), "votes go with their question");
    }

    @Test
    void aMentorsChannelIsSetPerTeamAndReplaced() {
        store.setMentorsChannel(MENTORS, "U_ADMIN", T0);
        MentorsChannel moved = new MentorsChannel(Platform.SLACK, "T1", "C_OTHER", "help-desk");
        store.setMentorsChannel(moved, "U_ADMIN", T0);
        assertEquals(List.of(moved), another().mentorsChannels());
    }

    @Test
    void aRequestIsCreatedOncePerAnswerAndOnlyTheFirstMentorClaimsIt() {
        AskedQuestion q = question("a1", ANA, T0);
        store.insertQuestions(List.of(q));
        MentoringStore.Begun first = store.beginRequest("r1", q, ANA.user(), MENTORS, T0);
        MentoringStore.Begun second = another().beginRequest("r2", q, ANA.user(), MENTORS, T0);

        assertTrue(first.post());
        assertFalse(second.post());
        assertEquals("r1", second.request().requestId());
        store.markPosted("r1", "1700000000.000200");
        assertEquals("U_M1", store.claim("r1", "U_M1", T0).orElseThrow().claimerId());
        assertEquals("U_M1", another().claim("r1", "U_M2", T0).orElseThrow().claimerId(), "the first claim stands");
        assertEquals(RequestState.RESOLVED, store.resolve("r1", "U_M1", false, T0).orElseThrow().state());
    }

    @Test
    void anUnsentRequestIsTriedAgainByOneClickOnly() {
        AskedQuestion q = question("a1", ANA, T0);
        store.insertQuestions(List.of(q));
        store.beginRequest("r1", q, ANA.user(), MENTORS, T0);
        assertEquals(RequestState.UNSENT, store.markUnsent("r1", "channel_not_found").state());

        assertTrue(store.beginRequest("r9", q, ANA.user(), MENTORS, T0).post());
        assertFalse(another().beginRequest("r9", q, ANA.user(), MENTORS, T0).post());
    }

    @Test
    void twoReplicasTakingDueRemindersEachTakeDifferentOnes() throws Exception {
        int n = 30;
        for (int i = 0; i < n; i++) {
            AskedQuestion q = question("a" + i, ANA, T0);
            store.insertQuestions(List.of(q));
            store.beginRequest("r" + i, q, ANA.user(), MENTORS, T0);
            store.markPosted("r" + i, "m" + i);
        }
        assertEquals(Optional.of(T0), store.oldestUnreminded());
        MentoringStore other = another();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<MentorRequest>>> takers = new ArrayList<>();
            for (MentoringStore s : List.of(store, other)) {
                takers.add(() -> {
                    List<MentorRequest> taken = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        taken.addAll(s.takeDueReminders(T0, T0.plusSeconds(round)));
                    }
                    return taken;
                });
            }
            List<String> all = new ArrayList<>();
            for (Future<List<MentorRequest>> f : pool.invokeAll(takers, 60, TimeUnit.SECONDS)) {
                f.get().forEach(r -> all.add(r.requestId()));
            }
            assertEquals(n, all.size(), "each reminder taken once: " + all);
            assertEquals(n, all.stream().distinct().count());
            assertEquals(Optional.empty(), store.oldestUnreminded());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void forgettingAPersonDeletesTheirQuestionsVotesAndRequests() {
        AskedQuestion q = question("a1", ANA, T0);
        store.insertQuestions(List.of(q));
        store.vote("a1", store.userRef(ANA), false, T0);
        store.beginRequest("r1", q, ANA.user(), MENTORS, T0);
        store.setMentorsChannel(MENTORS, ANA.user(), T0);

        MentoringStore.Forgotten gone = another().forget(ANA);

        assertEquals(1, gone.questions());
        assertEquals(1, gone.votes());
        assertEquals(List.of("r1"), gone.requests().stream().map(MentorRequest::requestId).toList());
        assertEquals(1, gone.channelSettings());
        assertEquals(Optional.empty(), store.question("a1"));
        assertEquals(List.of(), store.unresolvedRequestsOf(ANA, 10));
        assertEquals(List.of(), store.requests(Platform.SLACK, "T1", 10));
    }
}
