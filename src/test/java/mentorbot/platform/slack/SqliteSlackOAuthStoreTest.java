package mentorbot.platform.slack;

import java.nio.file.Path;
import mentorbot.store.TestBackend;
import org.junit.jupiter.api.io.TempDir;

class SqliteSlackOAuthStoreTest extends SlackOAuthStoreContract {

    @TempDir
    Path dir;

    @Override
    TestBackend backend() {
        return TestBackend.sqlite(dir);
    }
}
