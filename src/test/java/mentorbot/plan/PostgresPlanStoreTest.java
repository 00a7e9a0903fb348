package mentorbot.plan;

import mentorbot.store.TestBackend;

class PostgresPlanStoreTest extends PlanStoreContract {

    @Override
    TestBackend backend() {
        return TestBackend.postgres();
    }
}
