package mentorbot.tips;

import mentorbot.knowledge.Tip;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Visibility;

/** The neutral reply a daily tip is posted as. */
public final class TipMessages {

    public static final String TITLE = "Tip of the day";

    private TipMessages() {
    }

    public static Reply tipOfTheDay(Tip tip, TipCatalog catalog) {
        String source = catalog.titleOf(tip.topic()).orElse(tip.topic());
        return ReplyBuilder.titled(TITLE)
                .intro(tip.text())
                .footer("From: " + source + " · daily tips: /tips status")
                .visibility(Visibility.SHARED)
                .build();
    }

    /** The reply as plain text (console, fallbacks): title, tip, footer. */
    public static String plainText(Reply reply) {
        StringBuilder b = new StringBuilder(reply.title());
        if (!reply.opening().isEmpty()) {
            b.append('\n').append(reply.opening());
        }
        for (Reply.Section s : reply.sections()) {
            if (!s.heading().isEmpty()) {
                b.append('\n').append(s.heading());
            }
            if (!s.text().isEmpty()) {
                b.append('\n').append(s.text());
            }
            for (String item : s.items()) {
                b.append("\n• ").append(item);
            }
        }
        if (!reply.footer().isEmpty()) {
            b.append('\n').append(reply.footer());
        }
        return b.toString();
    }
}
