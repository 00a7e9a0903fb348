package mentorbot.platform.slack;


/**
 * Slack text helpers: escaping of the three control characters and splitting of already escaped
 * text at word boundaries without cutting an entity ({@code &amp;}) in half.
 */
final class SlackText {
    private SlackText() {
    }

    /**
     * Escapes {@code &}, {@code <} and {@code >} as Slack requires, so that text echoed from users
     * can never become {@code <!channel>}, {@code <!here>} or {@code <@U123>}.
     */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Reverses {@link #escape}; used for button values that come back from Slack. */
    static String unescape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
