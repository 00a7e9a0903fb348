package mentorbot.tips;

import java.nio.file.Path;
import mentorbot.store.TestBackend;
import org.junit.jupiter.api.io.TempDir;

class SqliteSubscriptionStoreTest extends SubscriptionStoreContract {

    @TempDir
    Path dir;

    @Override
    TestBackend backend() {
        return TestBackend.sqlite(dir);
    }
}
