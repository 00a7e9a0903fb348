package mentorbot.qa;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quantised all-MiniLM-L6-v2 sentence model that ships inside LangChain4j's artifact, run in
 * process on ONNX Runtime. Loading it takes a few hundred milliseconds, so it loads in the
 * background from construction on; the first {@link #encode} waits for it if it must.
 */
public final class MiniLmEncoder implements SentenceEncoder {

    private static final Logger log = LoggerFactory.getLogger(MiniLmEncoder.class);
    static final String MODEL = "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29";

    private CompletableFuture<EmbeddingModel> model;

    private MiniLmEncoder(CompletableFuture<EmbeddingModel> model) {
        this.model = model;
    }

    /** Starts loading the model on {@code executor}. */
    public static MiniLmEncoder loadingOn(Executor executor) {
        return new MiniLmEncoder(CompletableFuture.supplyAsync(MiniLmEncoder::load, executor));
    }

    /** Loads the model only if something is ever encoded ({@code check} and the build, when all vectors are precomputed). */
    public static MiniLmEncoder onDemand() {
        return new MiniLmEncoder(null);
    }

    private static EmbeddingModel load() {
        // The tokenizer's library (DJL) would otherwise call home and probe cloud metadata addresses:
        // the bot makes no network call of its own making. These are the library's documented switches.
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        long start = System.nanoTime();
        OnnxNatives.useCacheUnder(OnnxNatives.defaultCacheRoot());
        // The model's own executor only spreads batches over threads; one sentence runs in the caller.
        EmbeddingModel m = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        log.debug("Sentence model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        return m;
    }

    @Override
    public float[] encode(String text) {
        return loaded().embed(text).content().vector();
    }

    private synchronized EmbeddingModel loaded() {
        if (model == null) {
            model = CompletableFuture.completedFuture(load());
        }
        return model.join();
    }

    @Override
    public String model() {
        return MODEL;
    }
}
