package mentorbot.platform.discord;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mentorbot.platform.ConnectionState;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionInvalidateEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;

/**
 * Follows the gateway connections (one, or one per shard) into the platform's {@link ConnectionState}.
 * A shard that disconnects is reconnecting: JDA resumes or re-identifies by itself. A shutdown we
 * did not ask for is final: JDA gives up after a close code it must not reconnect on
 * ({@link CloseCode#isReconnect()} false: 4004 authentication failed, 4010, 4011, 4013, 4014) or when
 * its reconnect queue refuses the session.
 */
final class GatewayHealth extends ListenerAdapter {

    private final ConnectionState state;
    /** Shards disconnected and not yet resumed or recreated. */
    private final Set<Integer> down = ConcurrentHashMap.newKeySet();
    private volatile boolean started;

    GatewayHealth(ConnectionState state) {
        this.state = state;
    }

    /** Start-up is done (every shard was ready once): from now on the shards' events tell the state. */
    void started() {
        started = true;
        update();
    }

    @Override
    public void onReady(ReadyEvent event) {
        up(event.getJDA());
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        up(event.getJDA());
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        up(event.getJDA());
    }

    @Override
    public void onSessionDisconnect(SessionDisconnectEvent event) {
        down.add(shard(event.getJDA()));
        int code = event.getServiceCloseFrame() != null ? event.getServiceCloseFrame().getCloseCode() : -1;
        state.reconnecting(code > 0 ? "the gateway closed with " + code : "the gateway connection dropped");
    }

    @Override
    public void onSessionInvalidate(SessionInvalidateEvent event) {
        down.add(shard(event.getJDA()));
        state.reconnecting("the gateway invalidated the session");
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        state.failed(reason(event.getCode()));
    }

    /** Why JDA stopped, for the operator: the close code and what Discord means by it. */
    static String reason(int code) {
        CloseCode known = CloseCode.from(code);
        String meaning = known == null ? "" : " (" + known.getMeaning().replaceFirst("[.!?]+$", "") + ")";
        String hint = known == CloseCode.AUTHENTICATION_FAILED
                ? "; reset the bot token (DISCORD_BOT_TOKEN) in the Developer Portal" : "";
        return "Discord closed the gateway with " + code + meaning + " and JDA does not reconnect after that" + hint;
    }

    private void up(JDA jda) {
        down.remove(shard(jda));
        update();
    }

    private void update() {
        if (started && down.isEmpty()) {
            state.connected();
        }
    }

    private static int shard(JDA jda) {
        return jda.getShardInfo().getShardId();
    }
}
