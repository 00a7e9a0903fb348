package mentorbot.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mentorbot.config.Settings;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Caller;
import mentorbot.mentor.PlainTextRenderer;
import mentorbot.mentor.Request;
import mentorbot.platform.console.InputLine;
import mentorbot.mentor.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TipsCommandTest {

    @TempDir
    Path dir;

    private final VirtualTime time = new VirtualTime(Instant.parse("2026-11-23T06:00:00Z")); // a Monday, 07:00 in Berlin
    private final AtomicInteger changes = new AtomicInteger();
    private SqlSubscriptionStore store;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Reply run(Settings settings, Platform platform, String user, String args) {
        return run(settings, Request.command(platform, "T1", user, "C1", "tips", args), args);
    }

    private Reply run(Settings settings, Request request, String args) {
        TipsCommand command = new TipsCommand(store, time, settings, changes::incrementAndGet, new StorageFaults());
        return command.execute(new Invocation(request, args, Subject.NONE, null)).reply();
    }

    private Reply runAs(Caller caller, String args) {
        return run(Fixtures.settings(dir), Request.command(Platform.SLACK, "T1", "U2", "C1", "tips", args).from(caller), args);
    }

    private Reply run(String args) {
        return run(Fixtures.settings(dir), Platform.SLACK, "U1", args);
    }

    private static String all(Reply r) {
        return new PlainTextRenderer().render(r);
    }

    @Test
    void specIsTipsWithThreeSubcommandsAndNotCacheable() {
        TipsCommand command = new TipsCommand(store, time, Fixtures.settings(dir), () -> { }, new StorageFaults());
        assertEquals("tips", command.spec().name());
        assertEquals(List.of("subscribe", "unsubscribe", "status"),
                command.spec().subcommands().stream().map(s -> s.name()).toList());
        assertTrue(command.spec().managesCommunity());
        assertFalse(command.cacheable());
    }

    @Test
    void subscribeStatusUnsubscribe() {
        Reply subscribed = run("subscribe 09:00 europe/berlin");
        assertTrue(subscribed.matched());
        assertTrue(subscribed.opening().contains("09:00 Europe/Berlin"), subscribed.opening());
        assertTrue(subscribed.opening().contains("Mon 23 Nov 2026, 09:00 CET"), subscribed.opening());
        assertEquals(1, changes.get());
        ChannelKey key = new ChannelKey(Platform.SLACK, "T1", "C1");
        Subscription s = store.find(key).orElseThrow();
        assertEquals(LocalTime.of(9, 0), s.time());
        assertEquals(ZoneId.of("Europe/Berlin"), s.zone());
        assertEquals("U1", s.createdBy());

        Reply status = run("status");
        assertTrue(status.matched());
        assertTrue(all(status).contains("Europe/Berlin"));
        assertTrue(all(status).contains("Next tip: Mon 23 Nov 2026, 09:00 CET"), all(status));

        store.pause(key, "Slack: channel_not_found", time.instant());
        assertTrue(all(run("status")).contains("Paused: Slack: channel_not_found"));

        Reply off = run("unsubscribe");
        assertTrue(off.matched());
        assertEquals("Daily tips are off", off.title());
        assertTrue(store.find(key).isEmpty());
        assertTrue(run("status").opening().contains("not subscribed"));
        assertTrue(run("unsubscribe").opening().contains("no daily tip to stop"));
    }

    @Test
    void defaultsAndLenientZones() {
        assertTrue(run("subscribe").matched());
        Subscription s = store.find(new ChannelKey(Platform.SLACK, "T1", "C1")).orElseThrow();
        assertEquals(LocalTime.of(9, 0), s.time());
        assertEquals(ZoneOffset.UTC, s.zone());
        assertEquals(ZoneId.of("Asia/Kolkata"), TimeArgs.zone("asia/kolkata").orElseThrow());
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), TimeArgs.zone("+05:30").orElseThrow());
        assertEquals(ZoneOffset.ofHours(-3), TimeArgs.zone("UTC-3").orElseThrow());
        assertEquals(ZoneId.of("America/New_York"), TimeArgs.zone("new york").orElseThrow());
        assertEquals(ZoneId.of("Europe/Berlin"), TimeArgs.zone("Berlin").orElseThrow());
        assertTrue(run("subscribe 7:05 +05:30").opening().contains("07:05 +05:30"));
        assertTrue(run("subscribe America/New_York").opening().contains("09:00 America/New_York"));
    }

    @Test
    void badTimeAndBadZoneSayWhatIsWrongWithAnExample() {
        Reply badTime = run("subscribe 25:00 Europe/Berlin");
        assertFalse(badTime.matched());
        assertTrue(badTime.opening().contains("25:00 is not a time of day"), badTime.opening());
        assertTrue(badTime.opening().contains("/tips subscribe 09:00 Europe/Berlin"));
        Reply badZone = run("subscribe 09:00 Mars/Olympus");
        assertFalse(badZone.matched());
        assertTrue(badZone.opening().contains("Mars/Olympus is not a time zone"), badZone.opening());
        assertTrue(badZone.opening().contains("/tips subscribe 09:00 Europe/Berlin"));
        assertFalse(run("frobnicate").matched());
        assertTrue(store.subscriptions().isEmpty());
        assertEquals(0, changes.get());
    }

    @Test
    void aCallerWhoMayNotManageTipsCanOnlyLook() {
        Caller member = new Caller(false, true, false);
        Reply denied = runAs(member, "subscribe 09:00 UTC");
        assertFalse(denied.matched());
        assertTrue(store.subscriptions().isEmpty());
        assertTrue(runAs(Caller.CHAT_USER, "subscribe 09:00 UTC").matched());
        assertFalse(runAs(member, "unsubscribe").matched());
        assertTrue(runAs(member, "status").matched(), "anyone may look");
        assertEquals(1, store.subscriptions().size());
    }

    @Test
    void consoleUsesOneLocalChannel() {
        run(Fixtures.settings(dir), InputLine.parse("someone", "/tips subscribe 08:30 UTC"), "subscribe 08:30 UTC");
        Subscription s = store.find(Fixtures.console()).orElseThrow();
        assertEquals("CONSOLE|local|local", s.channel().id());
        assertTrue(run(Fixtures.settings(dir), InputLine.parse("other", "/tips status"), "status").matched());
    }
}
