package mentorbot.store;

class PostgresMigrationsTest extends MigrationsContract {

    @Override
    TestBackend backend() {
        return TestBackend.postgres();
    }
}
