package mentorbot.platform.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import mentorbot.mentor.Reply;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * A reply's embeds, rendered once: the core hands back the same cached {@link Reply} for a repeated
 * request, and embeds are immutable, so a repeat builds none (only the buttons, whose keys differ).
 */
final class RenderedEmbeds {

    private static final int WHOLE = 0;
    private static final int FOLDED = 1;

    /** By reply identity (weak keys): an answer evicted from the core's cache is dropped here too. */
    private final Cache<Reply, AtomicReferenceArray<List<MessageEmbed>>> rendered = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(20_000)
            .build();

    /** The embeds of {@code reply}, whole or as shown folded behind "More". */
    List<MessageEmbed> of(Reply reply, boolean folded) {
        AtomicReferenceArray<List<MessageEmbed>> variants = rendered.get(reply, r -> new AtomicReferenceArray<>(2));
        int variant = folded ? FOLDED : WHOLE;
        List<MessageEmbed> embeds = variants.get(variant);
        if (embeds == null) {
            embeds = List.copyOf(EmbedRenderer.render(folded ? reply.folded() : reply));
            variants.set(variant, embeds);
        }
        return embeds;
    }
}
