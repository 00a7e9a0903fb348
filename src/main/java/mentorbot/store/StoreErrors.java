package mentorbot.store;

/**
 * Told of every store operation that failed, as it fails, for counting (the metrics adapter); whoever called
 * still gets the exception. Called on the failing thread: implementations must be quick and never throw.
 */
@FunctionalInterface
public interface StoreErrors {

    void failed(StorageException e);
}
