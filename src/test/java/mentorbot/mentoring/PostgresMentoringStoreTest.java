package mentorbot.mentoring;

import mentorbot.store.TestBackend;

class PostgresMentoringStoreTest extends MentoringStoreContract {

    @Override
    TestBackend backend() {
        return TestBackend.postgres();
    }
}
