package mentorbot.platform.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** Connects to a configured gateway URL (DISCORD_GATEWAY_URL) instead of Discord's own. */
final class GatewayController extends ConcurrentSessionController {

    private final String url;

    GatewayController(String url) {
        this.url = url;
    }

    @Override
    public String getGateway() {
        return url;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway advised = super.getShardedGateway(api);
        return new ShardedGateway(url, advised.getShardTotal(), advised.getConcurrency());
    }
}
