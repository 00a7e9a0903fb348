package mentorbot.config;

/** A token or signing secret: readable by code that needs it, never printed. */
public record Secret(String value) {

    public boolean isPresent() {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return isPresent() ? "****" : "(unset)";
    }
}
