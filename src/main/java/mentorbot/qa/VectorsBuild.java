package mentorbot.qa;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.KnowledgeException;
import mentorbot.knowledge.KnowledgeLoader;

/**
 * Build step: encodes the example questions of the shipped knowledge files and writes their
 * vectors where the jar carries them ({@value Vectors#RESOURCE}), so start-up reads vectors
 * instead of running the sentence model over every example. Vectors already in the output file
 * are reused, so an unchanged build encodes nothing.
 *
 * <p>{@code VectorsBuild KNOWLEDGE_DIR OUTPUT_FILE}
 */
public final class VectorsBuild {
    private VectorsBuild() {
    }

    public static void main(String[] args) throws IOException, KnowledgeException {
        KnowledgeBase kb = new KnowledgeLoader().load(Path.of(args[0]));
        Path out = Path.of(args[1]);
        String model = MiniLmEncoder.MODEL;
        Vectors known = Vectors.empty(model);
        if (Files.exists(out)) {
            try (InputStream in = Files.newInputStream(out)) {
                Vectors previous = Vectors.read(in);
                known = previous.model().equals(model) ? previous : known;
            } catch (IOException e) {
                // unreadable: encode everything anew
            }
        }
        List<String> texts = SemanticIndex.texts(kb);
        long missing = known.missing(texts);
        long start = System.nanoTime();
        // The model is loaded only when something needs encoding, and fully before the exit below.
        Vectors vectors = known.covering(texts, MiniLmEncoder.onDemand());
        Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            vectors.write(o);
        }
        System.out.printf("vectors: %d texts, %d encoded in %d ms -> %s%n", texts.size(), missing,
                (System.nanoTime() - start) / 1_000_000, out);
        System.exit(0); // the model's native threads would keep the build waiting
    }
}
