package mentorbot.platform.slack;

import java.util.List;
import java.util.concurrent.TimeUnit;
import mentorbot.bench.BenchCores;
import mentorbot.mentor.MentorService;
import mentorbot.mentor.Reply;
import mentorbot.platform.discord.EmbedRenderer;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering of the largest reply the core gives to a set of candidate requests (chosen at set-up by
 * total text length), to Slack Block Kit and to Discord embeds. In this package because
 * {@code BlockKitRenderer.render} is package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBenchmark {

    private static final String[][] CANDIDATES = {
            {"roadmap", ""}, {"role", ""}, {"role", "mlops"}, {"role", "genai"}, {"interview", ""},
            {"salary", ""}, {"mentor", "help"}, {"roadmap", "mlops"}, {"interview", "kpis"}};

    private Reply large;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        MentorService service = BenchCores.core(BenchCores.relaxedRateLimit(BenchCores.defaults())).handler();
        int best = -1;
        String chosen = null;
        for (String[] c : CANDIDATES) {
            Reply r = service.handle(BenchCores.command("URENDER", c[0], c[1]));
            int size = size(r);
            if (size > best) {
                best = size;
                large = r;
                chosen = "/" + c[0] + (c[1].isEmpty() ? "" : " " + c[1]);
            }
        }
        System.out.println("RenderBenchmark: large reply = " + chosen + " (" + best + " chars of text)");
    }

    private static int size(Reply r) {
        int n = r.title().length() + (r.intro() == null ? 0 : r.intro().length());
        for (Reply.Field f : r.fields()) {
            n += f.label().length() + f.value().length();
        }
        for (Reply.Section s : r.sections()) {
            n += (s.heading() == null ? 0 : s.heading().length()) + (s.text() == null ? 0 : s.text().length());
            for (String item : s.items()) {
                n += item.length();
            }
        }
        return n;
    }

    @Benchmark
    public BlockKitRenderer.Rendered blockKit() {
        return BlockKitRenderer.render(large, "/roadmap");
    }

    @Benchmark
    public List<MessageEmbed> discordEmbeds() {
        return EmbedRenderer.render(large);
    }
}
