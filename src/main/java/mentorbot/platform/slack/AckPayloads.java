package mentorbot.platform.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.JsonOps;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReferenceArray;
import mentorbot.mentor.Reply;
import mentorbot.platform.ReplyMemory;

/**
 * Slash-command acknowledgements rendered once per reply: the core hands back the same cached
 * {@link Reply} for a repeated request, so its Block Kit is built and serialised the first time only.
 * What differs per request, the keys of the Share and More buttons, is put into the stored JSON in
 * place of placeholders that only this process knows.
 */
final class AckPayloads {

    private final String sharePlaceholder;
    private final String morePlaceholder;
    /** By reply identity (weak keys): an answer evicted from the core's cache is dropped here too. */
    private final Cache<Reply, AtomicReferenceArray<String>> rendered = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(20_000)
            .build();

    AckPayloads() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        this.sharePlaceholder = "s" + token;
        this.morePlaceholder = "m" + token;
    }

    /** The acknowledgement's JSON body: {@code reply} shown as the keys say (folded when there is a More key). */
    String json(Reply reply, ReplyMemory.Keys keys, String responseType) {
        boolean share = keys.shareKey() != null;
        boolean more = keys.moreKey() != null;
        int variant = (share ? 1 : 0) | (more ? 2 : 0);
        AtomicReferenceArray<String> variants = rendered.get(reply, r -> new AtomicReferenceArray<>(4));
        String template = variants.get(variant);
        if (template == null) {
            template = render(reply, share, more, responseType);
            variants.set(variant, template);
        }
        String json = share ? template.replace(sharePlaceholder, keys.shareKey()) : template;
        return more ? json.replace(morePlaceholder, keys.moreKey()) : json;
    }

    private String render(Reply reply, boolean share, boolean more, String responseType) {
        BlockKitRenderer.Rendered r = BlockKitRenderer.render(more ? reply.folded() : reply,
                share ? sharePlaceholder : null, more ? morePlaceholder : null);
        return asciiOnly(JsonOps.toJsonString(SlashCommandResponse.builder()
                .responseType(responseType)
                .text(r.text())
                .blocks(r.blocks())
                .build()));
    }

    /**
     * The JSON with every character past ASCII written as a {@code \\uXXXX} escape (the same JSON to
     * any parser). A string of ASCII alone is stored one byte a character and turned into UTF-8 bytes
     * by a copy; one en dash would otherwise make each request re-encode the whole payload.
     */
    static String asciiOnly(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(json.length() + 64).append(json, 0, i);
            }
            out.append(String.format("\\u%04x", (int) c));
        }
        return out == null ? json : out.toString();
    }
}
