package mentorbot.tips;

import mentorbot.store.TestBackend;

class PostgresSubscriptionStoreTest extends SubscriptionStoreContract {

    @Override
    TestBackend backend() {
        return TestBackend.postgres();
    }
}
