package mentorbot.qa;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The encoder with the vectors of texts it encoded lately kept: one question encodes some texts more than
 * once (a compound message's parts are read for answerability and then answered), and members ask the
 * same short things ("pay?", "certs?") again and again. Bounded; vectors are never changed after encoding.
 */
final class RecentEncodings implements SentenceEncoder {

    private final SentenceEncoder encoder;
    private final Cache<String, float[]> recent;

    RecentEncodings(SentenceEncoder encoder, int maxTexts) {
        this.encoder = encoder;
        this.recent = Caffeine.newBuilder().maximumSize(maxTexts).executor(Runnable::run).build();
    }

    @Override
    public float[] encode(String text) {
        return recent.get(text, encoder::encode);
    }

    @Override
    public String model() {
        return encoder.model();
    }
}
