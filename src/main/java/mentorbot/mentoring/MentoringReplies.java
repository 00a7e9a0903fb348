package mentorbot.mentoring;

import mentorbot.mentor.Mention;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.store.StorageException;

/** What the mentoring loop says to learners, mentors and admins. Every reply is private. */
final class MentoringReplies {

    private MentoringReplies() {
    }

    static Reply thanks() {
        return ReplyBuilder.titled("Thanks for the feedback").lead("Thanks: glad it helped.").build();
    }

    static Reply sorry(boolean offerMentor) {
        return ReplyBuilder.titled("Thanks for the feedback")
                .lead(offerMentor ? "Sorry it did not help. A human mentor can take it from here: click Ask a mentor to send "
                        + "them your question (nothing is sent without your click)."
                        : "Sorry it did not help. Thanks for saying so: the people who run this bot see what did not help.")
                .build();
    }

    static Reply unknownAnswer(int retentionDays) {
        return ReplyBuilder.titled("I cannot find that answer")
                .lead("That button belongs to an answer I no longer have (answers are kept " + retentionDays
                        + " days) or never gave. Nothing was stored. Ask again to get a fresh answer.")
                .unmatched().build();
    }

    static Reply onlyTheAsker() {
        return ReplyBuilder.titled("Only the person who asked can do that")
                .lead("Only the person who asked this question can send it to the mentors. Ask your own with /mentor ask-human.")
                .unmatched().build();
    }

    static Reply noMentorsChannel() {
        return ReplyBuilder.titled("No mentors channel yet")
                .lead("This community has not set up a mentors channel yet, so I cannot pass questions to a human. "
                        + "An admin can set one with /mentors channel #name.")
                .unmatched().build();
    }

    static Reply alreadyAsked(MentorRequest r) {
        String where = switch (r.state()) {
            case CLAIMED -> "a mentor has picked it up.";
            case RESOLVED -> "a mentor has resolved it.";
            case POSTING -> "it is being sent now.";
            default -> "it is waiting for a mentor.";
        };
        return ReplyBuilder.titled("Already sent to the mentors")
                .lead("You already asked the mentors about this question; " + where).build();
    }

    static Reply couldNotSend(MentorsChannel channel) {
        return ReplyBuilder.titled("Your question could not be sent")
                .lead("I could not post your question to the mentors channel just now. It is kept: click Ask a mentor again "
                        + "later, and the admins can see it in /mentors status.")
                .field("Mentors channel", channel.label(), Mention.channel(channel.channelId()))
                .unmatched().build();
    }

    static Reply sent(MentorsChannel channel) {
        return ReplyBuilder.titled("Sent to the mentors")
                .lead("Your question is in the mentors channel. I will message you when a mentor picks it up.")
                .field("Mentors channel", channel.label(), Mention.channel(channel.channelId()))
                .build();
    }

    static Reply unknownRequest() {
        return ReplyBuilder.titled("I cannot find that request")
                .lead("That button belongs to a mentor request I do not have. Nothing was changed.")
                .unmatched().build();
    }

    static Reply cannotClaim(MentorRequest r, String mentorId) {
        if (r.state() == RequestState.CLAIMED) {
            boolean you = mentorId.equals(r.claimerId());
            return ReplyBuilder.titled(you ? "You have this one" : "Already claimed")
                    .lead(you ? "You already claimed this request." : "Another mentor already claimed this request. Thanks for offering!")
                    .field("Claimed by", "@" + r.claimerId(), Mention.user(r.claimerId()))
                    .unmatched().build();
        }
        if (r.state() == RequestState.RESOLVED) {
            return ReplyBuilder.titled("Already resolved").lead("This request is already resolved. Nothing was changed.")
                    .unmatched().build();
        }
        return ReplyBuilder.titled("Not ready to claim").lead("This request is not in the mentors channel yet. Nothing was changed.")
                .unmatched().build();
    }

    static Reply claimed(MentorRequest r, boolean learnerTold) {
        return ReplyBuilder.titled("You claimed it")
                .lead("It is yours: reach out to the learner, and click Resolved when you are done."
                        + (learnerTold ? " I told them you picked it up." : " I could not message the learner, so please reach out."))
                .field("Learner", "@" + r.askerId(), Mention.user(r.askerId()))
                .build();
    }

    static Reply pickedUp(MentorRequest r) {
        return ReplyBuilder.titled("A mentor picked up your question")
                .lead("A mentor picked up your question and will be in touch.")
                .field("Mentor", "@" + r.claimerId(), Mention.user(r.claimerId()))
                .text("Your question", r.question())
                .build();
    }

    static Reply cannotResolve(MentorRequest r, String mentorId) {
        if (r.state() == RequestState.RESOLVED) {
            return ReplyBuilder.titled("Already resolved").lead("This request is already resolved. Nothing was changed.")
                    .unmatched().build();
        }
        if (r.state() == RequestState.CLAIMED) {
            return ReplyBuilder.titled("Not your request").lead("Only the mentor who claimed this request can resolve it.")
                    .field("Claimed by", "@" + r.claimerId(), Mention.user(r.claimerId()))
                    .unmatched().build();
        }
        return ReplyBuilder.titled("Claim it first").lead("A request is resolved by the mentor who claimed it: claim it first.")
                .unmatched().build();
    }

    static Reply resolved() {
        return ReplyBuilder.titled("Resolved").lead("Marked resolved. Thank you for helping!").build();
    }

    static Reply notAMentoringButton() {
        return ReplyBuilder.titled("That button no longer works").lead("Run the command again and use the buttons of the new answer.")
                .unmatched().build();
    }

    static Reply unavailable(StorageException e) {
        return ReplyBuilder.titled("Mentoring is unavailable")
                .lead("Mentoring is unavailable: " + e.kind().reason() + ". Nothing was changed; please try again later.")
                .unmatched().build();
    }

    static Reply notAdmin(String what) {
        return ReplyBuilder.titled("Only admins can do this")
                .lead("Only this community's admins can " + what + ".")
                .unmatched().build();
    }
}
