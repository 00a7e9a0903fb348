package mentorbot.config;

/** Configuration that cannot be used, with a message fit to print to an operator. */
public final class SettingsException extends Exception {
    public SettingsException(String message) {
        super(message);
    }
}
