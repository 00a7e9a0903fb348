package mentorbot.bench;

/**
 * The trivial main of the start-up comparison: {@code bench.sh} adds this one class to a copy of
 * target/mentor-bot.jar, and the same copy runs both {@code ask "/salary senior"} and this, so
 * both pay the same JVM start and the same jar opening; the difference is the bot's own start.
 */
public final class TrivialMain {
    public static void main(String[] args) {
        // nothing: JVM start, open the jar, load one class, exit
    }
}
