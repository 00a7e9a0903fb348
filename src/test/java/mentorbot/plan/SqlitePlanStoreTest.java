package mentorbot.plan;

import java.nio.file.Path;
import mentorbot.store.TestBackend;
import org.junit.jupiter.api.io.TempDir;

class SqlitePlanStoreTest extends PlanStoreContract {

    @TempDir
    Path dir;

    @Override
    TestBackend backend() {
        return TestBackend.sqlite(dir);
    }
}
