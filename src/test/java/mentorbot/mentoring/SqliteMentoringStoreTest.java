package mentorbot.mentoring;

import java.nio.file.Path;
import mentorbot.store.TestBackend;
import org.junit.jupiter.api.io.TempDir;

class SqliteMentoringStoreTest extends MentoringStoreContract {

    @TempDir
    Path dir;

    @Override
    TestBackend backend() {
        return TestBackend.sqlite(dir);
    }
}
