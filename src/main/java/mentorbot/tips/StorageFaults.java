package mentorbot.tips;

import mentorbot.store.StorageException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a tips database that cannot be used is reported to the people who meet it: one ERROR line
 * for the operator (the stack trace only at DEBUG), a reply that tells the user why, and a record
 * that it happened, from which {@code ask} takes its exit code. One per running application.
 */
public final class StorageFaults {

    private static final Logger log = LoggerFactory.getLogger(StorageFaults.class);

    private final AtomicReference<StorageException> first = new AtomicReference<>();

    /** Logs the fault and returns the reply for the user who met it. */
    public Reply report(StorageException e) {
        log.error("Daily tips unavailable: {}", e.getMessage());
        log.debug("Daily tips unavailable", e);
        first.compareAndSet(null, e);
        return reply(e);
    }

    /** The first fault reported, if any. */
    public Optional<StorageException> first() {
        return Optional.ofNullable(first.get());
    }

    static Reply reply(StorageException e) {
        boolean busy = e.kind() == StorageException.Kind.LOCKED;
        ReplyBuilder b = ReplyBuilder.titled("Daily tips are unavailable")
                .lead("Daily tips are unavailable: " + e.kind().reason() + ".")
                .intro(busy
                        ? "Nothing was changed. Please try again in a moment."
                        : "Nothing was changed. The people who run this bot can see the reason in its log.")
                .unmatched();
        return (busy ? b.suggest("Status", "/tips status") : b.suggest("Help", "/mentor help")).build();
    }
}
