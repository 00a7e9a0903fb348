package mentorbot.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ObservedHandlerTest {

    private final List<String> told = new CopyOnWriteArrayList<>();
    private final RequestObserver observer = (platform, command, outcome, nanos) -> {
        assertTrue(nanos >= 0);
        told.add(platform + " /" + command + " " + outcome);
    };

    private static Reply answered() {
        return ReplyBuilder.titled("An answer").lead("It is this.").build();
    }

    private static Reply declined() {
        return ReplyBuilder.titled("Not that").lead("I do not know.").unmatched().build();
    }

    @Test
    void eachReplyIsToldWithHowTheRequestEndedAndReturnedUnchanged() {
        List<Reply> replies = List.of(answered(), declined(), declined(), declined(), Replies.slowDown(Duration.ofSeconds(3)),
                Replies.emptyMessage(List.of()), Replies.internalError());
        List<Request> requests = List.of(
                Request.command(Platform.SLACK, "T1", "U1", "C1", "salary", "senior"),
                Request.freeText(Platform.DISCORD, "G1", "U1", "C1", "what is the weather?"),
                Request.command(Platform.SLACK, "T1", "U1", "C1", "mentor", "what is the weather?"),
                Request.command(Platform.SLACK, "T1", "U1", "C1", "salary", "zzyzx"),
                Request.freeText(Platform.SLACK, "T1", "U1", "C1", "again"),
                Request.freeText(Platform.CONSOLE, "local", "me", "local", ""),
                Request.command(Platform.SLACK, "T1", "U1", "C1", "role", "x"));
        java.util.Iterator<Reply> next = replies.iterator();
        ObservedHandler handler = new ObservedHandler(request -> next.next(), observer);
        for (int i = 0; i < requests.size(); i++) {
            assertSame(replies.get(i), handler.handle(requests.get(i)));
        }
        assertEquals(List.of("SLACK /salary ANSWERED", "DISCORD / OUT_OF_FIELD", "SLACK /mentor OUT_OF_FIELD",
                "SLACK /salary NOT_KNOWN", "SLACK / SLOW_DOWN", "CONSOLE / EMPTY", "SLACK /role ERROR"), told);
    }

    @Test
    void aCachedReplyIsToldOnceAndARequestNeedingWorkIsToldOnlyWhenHandled() {
        Reply cached = answered();
        RequestHandler inner = new RequestHandler() {
            @Override
            public Reply handle(Request request) {
                return cached;
            }

            @Override
            public Optional<Reply> answerFromCache(Request request) {
                return request.text().equals("senior") ? Optional.of(cached) : Optional.empty();
            }
        };
        ObservedHandler handler = new ObservedHandler(inner, observer);
        assertEquals(Optional.of(cached), handler.answerFromCache(Request.command(Platform.SLACK, "T1", "U1", "C1", "salary", "senior")));
        assertEquals(Optional.empty(), handler.answerFromCache(Request.command(Platform.SLACK, "T1", "U1", "C1", "salary", "junior")));
        assertEquals(List.of("SLACK /salary ANSWERED"), told);
    }
}
