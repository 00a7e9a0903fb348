package mentorbot.platform.console;

import mentorbot.mentor.Caller;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;
import mentorbot.tips.ChannelKey;

/** Reads one typed line as a request: {@code /salary senior} is a command, anything else free text. */
public final class InputLine {

    /** The one local team and channel the console and {@code ask} share (daily tips subscribe it). */
    public static final String LOCAL_CHANNEL = ChannelKey.LOCAL;
    public static final String LOCAL_TEAM = ChannelKey.LOCAL;
    /** The operator at the keyboard: no rate limit, may manage the local channel's tips. */
    public static final Caller OPERATOR = new Caller(false, false, true);

    private InputLine() {
    }

    public static Request parse(String user, String line) {
        return Request.typed(Platform.CONSOLE, LOCAL_TEAM, user, LOCAL_CHANNEL, line).from(OPERATOR);
    }
}
