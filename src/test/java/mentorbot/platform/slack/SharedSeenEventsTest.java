package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import mentorbot.store.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The V6 table on both databases: a key is taken once across replicas, released on failure, free again after expiry. */
class SharedSeenEventsTest {

    @TempDir
    Path dir;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-15T09:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final List<SharedSeenEvents> opened = new ArrayList<>();

    private SharedSeenEvents replica(TestBackend backend) {
        SharedSeenEvents s = new SharedSeenEvents(backend.open(), clock, Duration.ofHours(1));
        opened.add(s);
        return s;
    }

    @AfterEach
    void close() {
        opened.forEach(SharedSeenEvents::close);
    }

    private void takenOnceReleasedAndExpired(TestBackend backend) {
        SharedSeenEvents a = replica(backend);
        SharedSeenEvents b = replica(backend);
        assertTrue(a.claim("event:Ev1"));
        assertFalse(b.claim("event:Ev1"), "the other replica sees it taken");
        assertFalse(a.claim("event:Ev1"));
        a.release("event:Ev1");
        assertTrue(b.claim("event:Ev1"), "a failed answer lets Slack's retry through");
        now.set(now.get().plus(Duration.ofMinutes(59)));
        assertFalse(a.claim("event:Ev1"));
        now.set(now.get().plus(Duration.ofMinutes(2)));
        assertTrue(a.claim("event:Ev1"), "expired: taken again");
        assertTrue(b.claim("message:D1:170.5"), "expired rows are deleted on the way");
    }

    @Test
    void onPostgres() {
        takenOnceReleasedAndExpired(TestBackend.postgres());
    }

    @Test
    void onSqlite() {
        takenOnceReleasedAndExpired(TestBackend.sqlite(dir));
    }
}
