package mentorbot.mentoring;

/** Where a request was asked: a direct message, a channel, or the local console (and {@code ask}). */
public enum ChannelKind {
    DM, CHANNEL, CONSOLE
}
