package mentorbot.tips;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import mentorbot.config.Settings;
import mentorbot.knowledge.Tip;
import mentorbot.mentor.Platform;

final class Fixtures {

    private Fixtures() {
    }

    static List<Tip> tips(int n) {
        List<Tip> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Tip(String.format("tip-%03d", i), "Tip number " + i + ": practise something today.", "topic-" + (i % 3)));
        }
        return out;
    }

    static TipCatalog catalog(List<Tip> tips) {
        return TipCatalog.of(() -> tips, id -> Optional.of("Entry " + id));
    }

    /** The one local channel of the console and {@code ask}. */
    static ChannelKey console() {
        return new ChannelKey(mentorbot.mentor.Platform.CONSOLE, ChannelKey.LOCAL, ChannelKey.LOCAL);
    }

    static Settings settings(Path dataDir) {
        return new Settings(null, null, null, null, null, null, null, null, null, dataDir.toString());
    }

    static SqlSubscriptionStore store(Path dir) {
        return store(dir, Duration.ofSeconds(5));
    }

    static SqlSubscriptionStore store(Path dir, Duration busyTimeout) {
        return SqlSubscriptionStore.open(dir.resolve("tips.db"), SqlSubscriptionStore.Durability.NORMAL, busyTimeout);
    }

    /** A DailyTips on virtual time with one recording poster for every platform and no pace unless given. */
    static DailyTips tips(Path dir, VirtualTime time, TipCatalog catalog, RecordingPoster poster, String owner) {
        return builder(dir, time, catalog, poster, owner).build();
    }

    static DailyTips.Builder builder(Path dir, VirtualTime time, TipCatalog catalog, RecordingPoster poster, String owner) {
        return DailyTips.builder(settings(dir), catalog)
                .store(store(dir))
                .timer(time)
                .clock(time)
                .random(new SplittableRandom(7))
                .owner(owner)
                .maxSleep(java.time.Duration.ofMinutes(10))
                .pace(Platform.SLACK, TipPace.NONE)
                .pace(Platform.DISCORD, TipPace.NONE)
                .poster(Platform.CONSOLE, poster)
                .poster(Platform.SLACK, poster)
                .poster(Platform.DISCORD, poster);
    }
}
