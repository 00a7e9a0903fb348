package mentorbot.tips;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A channel's tip order: the current tip ids, sorted and then shuffled with a seed made of the
 * channel's rotation seed and the cycle number, so the order is the same after every restart and
 * different per channel and per cycle. Within a cycle every tip is shown once; ids added by a
 * knowledge reload join the current cycle, ids removed are skipped.
 */
public final class TipRotation {

    private TipRotation() {
    }

    /** A stable 64-bit seed for a channel (FNV-1a over its key; independent of JVM hash codes). */
    public static long seedFor(ChannelKey channel) {
        long h = 0xcbf29ce484222325L;
        for (byte b : channel.id().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The shuffled order of {@code tipIds} for one cycle. */
    public static List<String> order(Collection<String> tipIds, long seed, int cycle) {
        List<String> ids = new ArrayList<>(new TreeSet<>(tipIds));
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (cycle + 1L)));
        for (int i = ids.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = ids.get(i);
            ids.set(i, ids.get(j));
            ids.set(j, t);
        }
        return ids;
    }

    /** The tip chosen and the cycle it belongs to. */
    public record Pick(String tipId, int cycle) {
    }

    /**
     * The next tip: the first of this cycle's order not yet shown in this cycle; when all were
     * shown, the first of the next cycle's order (not the tip shown last, if there is a choice).
     *
     * @param shownThisCycle tip ids already posted (or being posted) in {@code cycle}
     * @param lastTipId      the most recent tip of the channel, or null
     */
    public static Optional<Pick> next(Collection<String> tipIds, long seed, int cycle,
                                      Collection<String> shownThisCycle, String lastTipId) {
        if (tipIds.isEmpty()) {
            return Optional.empty();
        }
        for (String id : order(tipIds, seed, cycle)) {
            if (!shownThisCycle.contains(id)) {
                return Optional.of(new Pick(id, cycle));
            }
        }
        List<String> fresh = order(tipIds, seed, cycle + 1);
        String pick = fresh.size() > 1 && fresh.get(0).equals(lastTipId) ? fresh.get(1) : fresh.get(0);
        return Optional.of(new Pick(pick, cycle + 1));
    }
}
