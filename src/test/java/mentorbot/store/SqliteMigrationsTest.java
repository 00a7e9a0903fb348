package mentorbot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteMigrationsTest extends MigrationsContract {

    @TempDir
    Path dir;

    @Override
    TestBackend backend() {
        return TestBackend.sqlite(dir);
    }
}
