package mentorbot.platform.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.JsonOps;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.List;
import mentorbot.mentor.Reply;
import mentorbot.mentoring.Button;
import mentorbot.mentoring.Feedback;
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
    /** Stands for the answer id in the 👍/👎 (and Ask a mentor) buttons: letters and digits, as an answer id is. */
    private final String answerPlaceholder;
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
        this.answerPlaceholder = "a" + token;
    }

    /** The mentoring buttons' shapes a template is kept for; anything else is rendered per request. */
    private static final int NO_FEEDBACK = 0;
    private static final int VOTES = 1;
    private static final int VOTES_AND_ASK = 2;
    private static final int OTHER = -1;

    private static int shape(Feedback feedback) {
        if (feedback == null || feedback.buttons().isEmpty()) {
            return NO_FEEDBACK;
        }
        List<Button> b = feedback.buttons();
        String id = feedback.answerId();
        if (b.size() >= 2 && b.get(0).equals(Button.helpful(id)) && b.get(1).equals(Button.notHelpful(id))) {
            if (b.size() == 2) {
                return VOTES;
            }
            if (b.size() == 3 && b.get(2).equals(Button.askMentor(id))) {
                return VOTES_AND_ASK;
            }
        }
        return OTHER;
    }

    private static List<Button> buttons(int shape, String answerId) {
        return switch (shape) {
            case VOTES -> List.of(Button.helpful(answerId), Button.notHelpful(answerId));
            case VOTES_AND_ASK -> List.of(Button.helpful(answerId), Button.notHelpful(answerId), Button.askMentor(answerId));
            default -> List.of();
        };
    }

    /** The acknowledgement's JSON body: {@code reply} shown as the keys say (folded when there is a More key). */
    String json(Reply reply, ReplyMemory.Keys keys, String responseType) {
        return json(reply, keys, responseType, null);
    }

    /**
     * @param feedback the answer id and mentoring buttons of this very request (null: none); the id is put in per
     *                 request like the keys, so a cached answer's payload is still rendered once
     */
    String json(Reply reply, ReplyMemory.Keys keys, String responseType, Feedback feedback) {
        boolean share = keys.shareKey() != null;
        boolean more = keys.moreKey() != null;
        int shape = shape(feedback);
        if (shape == OTHER) {
            return render(reply, keys.shareKey(), keys.moreKey(), feedback.buttons(), responseType);
        }
        int variant = (share ? 1 : 0) | (more ? 2 : 0) | (shape << 2);
        AtomicReferenceArray<String> variants = rendered.get(reply, r -> new AtomicReferenceArray<>(12));
        String template = variants.get(variant);
        if (template == null) {
            template = render(reply, share ? sharePlaceholder : null, more ? morePlaceholder : null,
                    buttons(shape, answerPlaceholder), responseType);
            variants.set(variant, template);
        }
        String json = share ? template.replace(sharePlaceholder, keys.shareKey()) : template;
        json = more ? json.replace(morePlaceholder, keys.moreKey()) : json;
        return shape == NO_FEEDBACK ? json : json.replace(answerPlaceholder, feedback.answerId());
    }

    private String render(Reply reply, String shareKey, String moreKey, List<Button> feedback, String responseType) {
        BlockKitRenderer.Rendered r = BlockKitRenderer.render(moreKey != null ? reply.folded() : reply, shareKey, moreKey,
                feedback, SlackHandlers.EPHEMERAL.equals(responseType));
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
