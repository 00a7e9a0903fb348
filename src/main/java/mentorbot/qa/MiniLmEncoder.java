package mentorbot.qa;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Map;
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

    private CompletableFuture<Session> model;

    private MiniLmEncoder(CompletableFuture<Session> model) {
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

    private static Session load() {
        // The tokenizer's library (DJL) would otherwise call home and probe cloud metadata addresses:
        // the bot makes no network call of its own making. These are the library's documented switches.
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        long start = System.nanoTime();
        OnnxNatives.useCacheUnder(OnnxNatives.defaultCacheRoot());
        Session m = session();
        log.debug("Sentence model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        return m;
    }

    /** The artifact's model file and tokenizer, names as LangChain4j's own loader uses them. */
    private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

    /**
     * The same model and tokenizer LangChain4j loads, in a session that runs each sentence on the calling
     * thread alone. ONNX Runtime's default spreads one small sentence over a pool as wide as the machine,
     * whose threads spin while they wait: on two cores that doubled the CPU a question cost, and a busy
     * machine turned every encode into a wait for the second core (the request threads are the parallelism).
     */
    private static Session session() {
        ClassLoader loader = MiniLmEncoder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL_FILE);
             InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_FILE);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("The sentence model is missing from the class path: " + MODEL_FILE);
            }
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new Session(environment, session, HuggingFaceTokenizer.newInstance(tokenizer, Map.of("padding", "false")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sentence model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Could not start the sentence model", e);
        }
    }

    /**
     * Runs the model on one text and mean-pools its tokens into a unit vector, as LangChain4j's bi-encoder
     * does for a text under the model's 510 tokens (the encoder only ever sees a question's last words).
     * Called directly: LangChain4j's wrapper tokenizes each text three times to split long documents, a
     * fifth of an encode's cost for a short question.
     */
    private record Session(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {

        float[] encode(String text) {
            Encoding encoding = tokenizer.encode(text, true, false);
            long[] shape = {1, encoding.getIds().length};
            try (OnnxTensor ids = tensor(encoding.getIds(), shape);
                 OnnxTensor mask = tensor(encoding.getAttentionMask(), shape);
                 OnnxTensor types = tensor(encoding.getTypeIds(), shape);
                 OrtSession.Result result = session.run(Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types))) {
                float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
                return unit(meanOf(tokens));
            } catch (OrtException e) {
                throw new IllegalStateException("The sentence model failed on a text", e);
            }
        }

        private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
            return OnnxTensor.createTensor(environment, LongBuffer.wrap(values), shape);
        }

        private static float[] meanOf(float[][] tokens) {
            float[] mean = new float[tokens[0].length];
            for (float[] token : tokens) {
                for (int d = 0; d < mean.length; d++) {
                    mean[d] += token[d];
                }
            }
            for (int d = 0; d < mean.length; d++) {
                mean[d] /= tokens.length;
            }
            return mean;
        }

        private static float[] unit(float[] vector) {
            float squares = 0;
            for (float v : vector) {
                squares += v * v;
            }
            float length = (float) Math.sqrt(squares);
            for (int d = 0; d < vector.length; d++) {
                vector[d] /= length;
            }
            return vector;
        }
    }

    @Override
    public float[] encode(String text) {
        return loadedModel().encode(text);
    }

    private synchronized Session loadedModel() {
        if (model == null) {
            model = CompletableFuture.completedFuture(load());
        }
        return model.join();
    }

    @Override
    public synchronized boolean loaded() {
        return model != null && model.isDone() && !model.isCompletedExceptionally();
    }

    @Override
    public String model() {
        return MODEL;
    }
}
