package mentorbot.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mentorbot.mentor.Platform;
import org.junit.jupiter.api.Test;

class TipRotationTest {

    private static final List<String> IDS = Fixtures.tips(20).stream().map(t -> t.id()).toList();

    @Test
    void orderIsStablePerChannelAndCycleAndDiffersBetweenChannels() {
        long a = TipRotation.seedFor(new ChannelKey(Platform.SLACK, "T1", "C1"));
        long b = TipRotation.seedFor(new ChannelKey(Platform.SLACK, "T1", "C2"));
        assertEquals(TipRotation.order(IDS, a, 0), TipRotation.order(reversed(IDS), a, 0));
        assertNotEquals(TipRotation.order(IDS, a, 0), TipRotation.order(IDS, b, 0));
        assertNotEquals(TipRotation.order(IDS, a, 0), TipRotation.order(IDS, a, 1));
        assertEquals(Set.copyOf(IDS), Set.copyOf(TipRotation.order(IDS, a, 3)));
    }

    @Test
    void everyTipOnceBeforeAnyRepeatsAcrossCycles() {
        long seed = 42;
        int cycle = 0;
        Set<String> shown = new HashSet<>();
        String last = null;
        List<String> sequence = new ArrayList<>();
        for (int day = 0; day < IDS.size() * 3; day++) {
            TipRotation.Pick pick = TipRotation.next(IDS, seed, cycle, shown, last).orElseThrow();
            if (pick.cycle() != cycle) {
                cycle = pick.cycle();
                shown.clear();
            }
            assertTrue(shown.add(pick.tipId()), "repeat within a cycle on day " + day);
            last = pick.tipId();
            sequence.add(last);
        }
        for (int c = 0; c < 3; c++) {
            assertEquals(Set.copyOf(IDS), Set.copyOf(sequence.subList(c * IDS.size(), (c + 1) * IDS.size())));
        }
        for (int i = 1; i < sequence.size(); i++) {
            assertNotEquals(sequence.get(i - 1), sequence.get(i), "same tip two days running");
        }
    }

    @Test
    void removedTipsAreSkippedAndNewOnesJoinTheCycle() {
        List<String> shown = TipRotation.order(IDS, 1, 0).subList(0, 5);
        List<String> reloaded = new ArrayList<>(IDS);
        reloaded.remove(TipRotation.order(IDS, 1, 0).get(5)); // the next one is deleted
        reloaded.add("tip-new");
        TipRotation.Pick pick = TipRotation.next(reloaded, 1, 0, shown, shown.get(4)).orElseThrow();
        assertTrue(reloaded.contains(pick.tipId()));
        assertTrue(!shown.contains(pick.tipId()));
        assertEquals(0, pick.cycle());
        assertTrue(TipRotation.next(List.of(), 1, 0, Set.of(), null).isEmpty());
    }

    private static List<String> reversed(List<String> ids) {
        List<String> r = new ArrayList<>(ids);
        java.util.Collections.reverse(r);
        return r;
    }
}
