package mentorbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mentorbot.testing.Knowledge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading keeps the last good model on a bad edit and swaps in a good one, telling listeners. */
class KnowledgeSourceReloadTest {

    private static final String OLD_TIP = "Read the eight AI engineer responsibilities end to end once.";
    private static final String NEW_TIP = "Reloaded tip text for the test.";

    @TempDir
    Path tmp;
    Path dir;
    KnowledgeSource source;
    List<KnowledgeBase> notified = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws KnowledgeException {
        dir = Knowledge.copyTo(tmp.resolve("knowledge"));
        source = KnowledgeSource.open(dir);
        source.onReload(notified::add);
    }

    private void replaceInTips(String from, String to) {
        Path tips = dir.resolve("tips.yaml");
        String text = Knowledge.read(tips);
        assertTrue(text.contains(from), "test setup");
        Knowledge.write(tips, text.replace(from, to));
    }

    private static String firstTip(KnowledgeBase kb) {
        return kb.tips().get(0).text();
    }

    @Test
    void badEditKeepsTheLastGoodModelAndReturnsTheError() {
        KnowledgeBase before = source.current();
        Knowledge.write(dir.resolve("salary.yaml"), Knowledge.read(dir.resolve("salary.yaml"))
                .replace("\"$90K – $150K\"", "\"ninety to one fifty\""));

        Optional<KnowledgeException> error = source.reload();

        assertTrue(error.isPresent(), "the reload must report the bad file");
        assertEquals(dir.resolve("salary.yaml"), error.get().file());
        assertTrue(error.get().line() > 0);
        assertSame(before, source.current(), "the last good model keeps serving");
        assertEquals("$90K – $150K", source.current().salary().bands().get(1).range());
        assertEquals(List.of(), notified, "listeners are not told about a rejected reload");
    }

    @Test
    void goodEditSwapsTheModelAndCallsListeners() {
        KnowledgeBase before = source.current();
        assertTrue(firstTip(before).startsWith(OLD_TIP));
        replaceInTips(OLD_TIP, NEW_TIP);

        Optional<KnowledgeException> error = source.reload();

        assertEquals(Optional.empty(), error);
        KnowledgeBase after = source.current();
        assertNotSame(before, after);
        assertTrue(firstTip(after).startsWith(NEW_TIP), firstTip(after));
        assertEquals(List.of(after), notified);
        assertTrue(firstTip(before).startsWith(OLD_TIP), "old snapshots are immutable");
    }

    @Test
    void badEditThenFixRecovers() {
        Path roles = dir.resolve("roles.yaml");
        String good = Knowledge.read(roles);
        Knowledge.write(roles, good + "\n  - id: [broken\n");
        assertTrue(source.reload().isPresent());
        Knowledge.write(roles, good);
        assertEquals(Optional.empty(), source.reload());
        assertEquals(1, notified.size());
    }

    @Test
    void watcherReloadsAfterAFileChange() throws Exception {
        CountDownLatch reloaded = new CountDownLatch(1);
        source.onReload(kb -> {
            if (firstTip(kb).startsWith(NEW_TIP)) {
                reloaded.countDown();
            }
        });
        try (KnowledgeWatcher watcher = KnowledgeWatcher.start(source)) {
            replaceInTips(OLD_TIP, NEW_TIP);
            assertTrue(reloaded.await(10, TimeUnit.SECONDS), "no reload within 10 s of the edit");
        }
        assertTrue(firstTip(source.current()).startsWith(NEW_TIP));
    }
}
