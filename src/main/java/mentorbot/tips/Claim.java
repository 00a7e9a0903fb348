package mentorbot.tips;

import java.time.LocalDate;

/**
 * A (channel, local date) this scheduler owns in the ledger, with the tip chosen for it. Only the
 * owner may move the row on; see {@link SubscriptionStore#beginAttempt}.
 */
public record Claim(ChannelKey channel, LocalDate date, String tipId, String owner) {
}
