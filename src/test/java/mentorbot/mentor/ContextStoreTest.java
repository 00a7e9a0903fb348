package mentorbot.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import mentorbot.testing.FakeTicker;
import org.junit.jupiter.api.Test;

/** Each conversation's recent subject: merged, bounded, forgotten after its time to live (fake ticker). */
class ContextStoreTest {

    private final FakeTicker ticker = new FakeTicker();
    private final ContextStore store = new ContextStore(100, Duration.ofMinutes(30), ticker);
    private final UserKey aliceUser = new UserKey(Platform.SLACK, "T1", "alice");
    private final ConversationKey alice = ConversationKey.of(aliceUser);
    private final ConversationKey bob = ConversationKey.of(new UserKey(Platform.SLACK, "T1", "bob"));

    @Test
    void anUnknownUserHasNoContext() {
        assertEquals(Subject.NONE, store.get(alice));
    }

    @Test
    void aNewSubjectKeepsTheOlderPartsItLeavesOpen() {
        store.remember(alice, new Subject("mlops-engineer", null, "role"));
        store.remember(alice, new Subject(null, "Senior", "salary"));
        assertEquals(new Subject("mlops-engineer", "Senior", "salary"), store.get(alice));
    }

    @Test
    void anEmptySubjectChangesNothing() {
        store.remember(alice, new Subject("nlp-engineer", null, "role"));
        store.remember(alice, Subject.NONE);
        assertEquals(new Subject("nlp-engineer", null, "role"), store.get(alice));
    }

    @Test
    void usersDoNotShareContext() {
        store.remember(alice, new Subject("nlp-engineer", null, "role"));
        assertEquals(Subject.NONE, store.get(bob));
    }

    @Test
    void aThreadIsOneContextApartFromTheAskersOwn() {
        ConversationKey thread = ConversationKey.thread(Platform.SLACK, "T1", "C1", "1700000000.000100");
        store.remember(thread, new Subject("mlops-engineer", null, "role"));
        assertEquals(Subject.NONE, store.get(alice));
        assertEquals("mlops-engineer",
                store.get(ConversationKey.thread(Platform.SLACK, "T1", "C1", "1700000000.000100")).roleId());
        assertEquals(Subject.NONE, store.get(ConversationKey.thread(Platform.SLACK, "T1", "C1", "1700000000.000200")));
    }

    @Test
    void forgettingAUserLeavesTheThreadsTheyAskedIn() {
        ConversationKey thread = ConversationKey.thread(Platform.SLACK, "T1", "C1", "1.2");
        store.remember(alice, new Subject("nlp-engineer", null, "role"));
        store.remember(thread, new Subject("mlops-engineer", null, "role"));
        assertEquals(1, store.forget(aliceUser));
        assertEquals(Subject.NONE, store.get(alice));
        assertEquals("mlops-engineer", store.get(thread).roleId());
    }

    @Test
    void contextExpiresAfterItsTimeToLiveWithoutUse() {
        store.remember(alice, new Subject("nlp-engineer", null, "role"));
        ticker.advance(Duration.ofMinutes(29));
        assertEquals("nlp-engineer", store.get(alice).roleId());
        ticker.advance(Duration.ofMinutes(29)); // still talking: each question keeps the context alive
        assertEquals("nlp-engineer", store.get(alice).roleId());
        ticker.advance(Duration.ofMinutes(31));
        assertEquals(Subject.NONE, store.get(alice));
    }

    @Test
    void repeatingTheSameSubjectKeepsTheStoredContext() {
        store.remember(alice, new Subject("nlp-engineer", "Senior", "salary"));
        store.remember(alice, new Subject("nlp-engineer", null, "salary"));
        assertEquals(new Subject("nlp-engineer", "Senior", "salary"), store.get(alice));
    }

    @Test
    void theStoreIsBoundedInUsers() {
        for (int i = 0; i < 10_000; i++) {
            store.remember(ConversationKey.of(new UserKey(Platform.DISCORD, "", "u" + i)), new Subject(null, "Mid", null));
        }
        assertEquals(true, store.size() <= 100, "size " + store.size());
    }
}
