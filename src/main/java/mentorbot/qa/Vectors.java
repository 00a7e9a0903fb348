package mentorbot.qa;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sentence vectors by text, made by one model. The build writes those of the shipped knowledge
 * files (resource {@value #RESOURCE}) so start-up reads them instead of running the model over
 * every example; texts changed since the build are encoded when the knowledge loads.
 */
final class Vectors {

    static final String RESOURCE = "/qa/vectors.bin";
    private static final int MAGIC = 0x4d425631; // "MBV1"

    private final String model;
    private final Map<String, float[]> byText;

    Vectors(String model, Map<String, float[]> byText) {
        this.model = model;
        this.byText = byText;
    }

    static Vectors empty(String model) {
        return new Vectors(model, Map.of());
    }

    /** The vectors the build wrote for {@code model}, or none when the resource is missing or from another model. */
    static Vectors shipped(String model) {
        try (InputStream in = Vectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return empty(model);
            }
            Vectors v = read(in);
            return v.model.equals(model) ? v : empty(model);
        } catch (IOException e) {
            return empty(model);
        }
    }

    static Vectors read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a vectors file");
        }
        String model = in.readUTF();
        int dimension = in.readInt();
        int count = in.readInt();
        Map<String, float[]> map = new HashMap<>(count * 2);
        byte[] bytes = new byte[dimension * Float.BYTES];
        for (int i = 0; i < count; i++) {
            String text = in.readUTF();
            in.readFully(bytes);
            float[] v = new float[dimension];
            java.nio.ByteBuffer.wrap(bytes).asFloatBuffer().get(v); // big-endian, as DataOutputStream wrote them
            map.put(text, v);
        }
        return new Vectors(model, Map.copyOf(map));
    }

    void write(OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
        out.writeInt(MAGIC);
        out.writeUTF(model);
        int dimension = byText.values().stream().findFirst().map(v -> v.length).orElse(0);
        out.writeInt(dimension);
        out.writeInt(byText.size());
        for (Map.Entry<String, float[]> e : byText.entrySet()) {
            out.writeUTF(e.getKey());
            for (float f : e.getValue()) {
                out.writeFloat(f);
            }
        }
        out.flush();
    }

    String model() {
        return model;
    }

    Optional<float[]> get(String text) {
        return Optional.ofNullable(byText.get(text));
    }

    int size() {
        return byText.size();
    }

    /** The vectors of exactly these texts: known ones reused, the others encoded now. */
    Vectors covering(Collection<String> texts, SentenceEncoder encoder) {
        Map<String, float[]> out = new LinkedHashMap<>();
        for (String t : texts) {
            float[] known = byText.get(t);
            out.put(t, known != null ? known : encoder.encode(t));
        }
        return new Vectors(model, out);
    }

    /** How many of these texts have no vector yet. */
    long missing(Collection<String> texts) {
        return texts.stream().distinct().filter(t -> !byText.containsKey(t)).count();
    }
}
