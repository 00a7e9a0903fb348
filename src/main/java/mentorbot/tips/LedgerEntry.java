package mentorbot.tips;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the post ledger: what a channel got (or was to get) on one local date. */
public record LedgerEntry(ChannelKey channel, LocalDate date, String tipId, int cycle, PostState state,
                          int attempts, String owner, Instant claimedAt, Instant updatedAt,
                          String messageId, String detail) {
}
