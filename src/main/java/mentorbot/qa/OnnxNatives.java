package mentorbot.qa;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ONNX Runtime copies its native libraries out of the jar into a new temporary directory on every
 * start. They are copied once instead, into a cache directory of the user's own (named by the
 * libraries' checksum, so another version never reuses them), and ONNX Runtime is pointed there
 * through its documented {@code onnxruntime.native.path} property. Anything unusual (another
 * platform, an unwritable home, the property already set) leaves ONNX Runtime's own behaviour.
 */
final class OnnxNatives {

    private static final Logger log = LoggerFactory.getLogger(OnnxNatives.class);
    static final String PROPERTY = "onnxruntime.native.path";
    private static final String DIR = "ai/onnxruntime/native/linux-x64/";
    private static final List<String> LIBRARIES = List.of("libonnxruntime.so", "libonnxruntime4j_jni.so");

    private OnnxNatives() {
    }

    /** Points ONNX Runtime at cached copies of its libraries under {@code cacheRoot}, copying them there if needed. */
    static void useCacheUnder(Path cacheRoot) {
        boolean linuxX64 = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                && List.of("amd64", "x86_64").contains(System.getProperty("os.arch", ""));
        if (System.getProperty(PROPERTY) != null || !linuxX64 || cacheRoot == null) {
            return;
        }
        try {
            long checksum = 0;
            for (String lib : LIBRARIES) {
                URL url = OnnxNatives.class.getClassLoader().getResource(DIR + lib);
                if (url == null) {
                    return;
                }
                URLConnection c = url.openConnection();
                checksum = checksum * 31 + (c instanceof JarURLConnection j ? j.getJarEntry().getCrc() : c.getContentLengthLong());
            }
            Path dir = cacheRoot.resolve("onnxruntime-" + Long.toHexString(checksum));
            Files.createDirectories(dir);
            for (String lib : LIBRARIES) {
                URL url = OnnxNatives.class.getClassLoader().getResource(DIR + lib);
                long size = url.openConnection().getContentLengthLong();
                Path target = dir.resolve(lib);
                if (!Files.isRegularFile(target) || Files.size(target) != size) {
                    Path part = Files.createTempFile(dir, lib, ".part");
                    try (InputStream in = url.openStream()) {
                        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            System.setProperty(PROPERTY, dir.toString());
        } catch (IOException | RuntimeException e) {
            log.debug("ONNX Runtime libraries not cached ({}); it unpacks them itself", e.toString());
        }
    }

    /** The user's cache directory for the bot: {@code $XDG_CACHE_HOME/mentor-bot}, else {@code ~/.cache/mentor-bot}. */
    static Path defaultCacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "mentor-bot");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "mentor-bot");
    }
}
