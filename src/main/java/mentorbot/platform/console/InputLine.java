package mentorbot.platform.console;

import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;

/** Reads one typed line as a request: {@code /salary senior} is a command, anything else free text. */
public final class InputLine {

    /** The one local channel the console and {@code ask} share (daily tips subscribe it). */
    public static final String LOCAL_CHANNEL = "console";
    public static final String LOCAL_TEAM = "local";

    private InputLine() {
    }

    public static Request parse(String user, String line) {
        String text = line == null ? "" : line.strip();
        if (text.startsWith("/") && text.length() > 1 && !Character.isWhitespace(text.charAt(1))) {
            int space = text.indexOf(' ');
            String command = space < 0 ? text.substring(1) : text.substring(1, space);
            String args = space < 0 ? "" : text.substring(space + 1);
            return Request.command(Platform.CONSOLE, LOCAL_TEAM, user, LOCAL_CHANNEL, command, args);
        }
        return Request.freeText(Platform.CONSOLE, LOCAL_TEAM, user, LOCAL_CHANNEL, text);
    }
}
