package mentorbot.mentoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.MentorSubcommand;
import mentorbot.mentor.PersonalData;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /mentor forget me}: deletes everything stored about the caller (their questions, votes and mentor
 * requests, their posted cards withdrawn) and what the core keeps about them in memory (conversation
 * context, cached answers), and says what was deleted, with counts. The request itself is not recorded.
 */
final class ForgetMe implements MentorSubcommand {

    private static final Logger log = LoggerFactory.getLogger(ForgetMe.class);

    private final Mentoring mentoring;
    private final Supplier<List<PersonalData>> elsewhere;

    /** @param elsewhere what other parts keep about a person (the core's memory), registered after this is built */
    ForgetMe(Mentoring mentoring, Supplier<List<PersonalData>> elsewhere) {
        this.mentoring = mentoring;
        this.elsewhere = elsewhere;
    }

    @Override
    public String name() {
        return QuestionText.FORGET;
    }

    @Override
    public Answer execute(Invocation inv, String args) {
        if (!args.toLowerCase(Locale.ROOT).equals("me")) {
            return Answer.of(ReplyBuilder.titled("Forget what?")
                    .lead("To delete everything I keep about you, write /mentor forget me.")
                    .unmatched().build());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        String problem = null;
        Mentoring.Forgotten stored = null;
        try {
            stored = mentoring.forget(inv.request());
            counts.put("questions", stored.deleted().questions());
            counts.put("votes", stored.deleted().votes());
            counts.put("mentor requests", stored.deleted().requests().size());
            if (stored.deleted().channelSettings() > 0) {
                counts.put("mentors channel settings (your name removed)", stored.deleted().channelSettings());
            }
        } catch (StorageException e) {
            log.error("Forgetting a person failed: {}", e.getMessage());
            problem = e.kind().reason();
        }
        for (PersonalData data : elsewhere.get()) {
            data.forget(inv.request().user()).forEach((what, n) -> counts.merge(what, n, Integer::sum));
        }
        return Answer.of(reply(counts, stored, problem));
    }

    private static Reply reply(Map<String, Integer> counts, Mentoring.Forgotten stored, String problem) {
        List<String> parts = new ArrayList<>();
        counts.forEach((what, n) -> parts.add(what + ": " + n));
        ReplyBuilder b = ReplyBuilder.titled(problem == null ? "I forgot you" : "I could not forget everything")
                .lead(problem == null
                        ? "I deleted everything I kept about you: " + String.join(", ", parts) + "."
                        : "Your stored questions, votes and mentor requests could not be deleted: " + problem
                                + ". Nothing stored was deleted; please try again later. I did delete what I kept in memory: "
                                + String.join(", ", parts) + ".");
        counts.forEach((what, n) -> b.field(capitalized(what), Integer.toString(n)));
        if (stored != null && stored.cardsWithdrawn() > 0) {
            b.text("Mentors channel", stored.cardsWithdrawn() + " card(s) there now say the request was withdrawn, "
                    + "without your question or name.");
        }
        if (stored != null && stored.cardsNotEdited() > 0) {
            b.text("Could not edit", stored.cardsNotEdited() + " card(s) in the mentors channel could not be edited; "
                    + "an admin can delete them there.");
        }
        b.footer("New questions are recorded again from now on, kept for a limited time.");
        return problem == null ? b.build() : b.unmatched().build();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
