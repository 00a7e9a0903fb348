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
}
