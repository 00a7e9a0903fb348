package mentorbot.platform.slack;

import mentorbot.store.TestBackend;

class PostgresSlackOAuthStoreTest extends SlackOAuthStoreContract {

    @Override
    TestBackend backend() {
        return TestBackend.postgres();
    }
}
