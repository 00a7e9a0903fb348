package mentorbot.tips;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import mentorbot.mentor.Platform;

/**
 * Hands out send slots so posts keep to each platform's {@link TipPace}: a slot is the earliest
 * instant at which the channel, its team and its platform are all free, and taking it books all
 * three. A 429 pushes the team's next slot back, so the rest of that workspace waits too.
 */
final class PaceGate {

    private final Map<Platform, TipPace> paces;
    private final Map<String, Instant> nextFree = new HashMap<>();

    PaceGate(Map<Platform, TipPace> paces) {
        this.paces = Map.copyOf(paces);
    }

    synchronized Instant reserve(ChannelKey channel, Instant now) {
        TipPace pace = paces.getOrDefault(channel.platform(), TipPace.NONE);
        String c = "c:" + channel.id();
        String t = "t:" + channel.teamKey();
        String p = "p:" + channel.platform().name();
        Instant slot = latest(now, nextFree.get(c), nextFree.get(t), nextFree.get(p));
        book(c, slot.plus(pace.perChannel()), slot);
        book(t, slot.plus(pace.perTeam()), slot);
        book(p, slot.plus(pace.perPlatform()), slot);
        return slot;
    }

    /** Nothing more goes to the channel's team before {@code until}. */
    synchronized void holdTeam(ChannelKey channel, Instant until) {
        nextFree.merge("t:" + channel.teamKey(), until, (a, b) -> a.isAfter(b) ? a : b);
    }

    private void book(String key, Instant next, Instant slot) {
        if (next.equals(slot)) {
            return; // no limit for this level: keep the map small
        }
        nextFree.put(key, next);
    }

    private static Instant latest(Instant now, Instant... others) {
        Instant max = now;
        for (Instant i : others) {
            if (i != null && i.isAfter(max)) {
                max = i;
            }
        }
        return max;
    }

    /** Forgets slots that lie in the past (called now and then so the map stays small). */
    synchronized void prune(Instant now) {
        nextFree.values().removeIf(i -> !i.isAfter(now));
    }
}
