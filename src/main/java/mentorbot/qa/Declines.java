package mentorbot.qa;

import java.util.Optional;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.OutOfField;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Subject;

/** What the engine says when it will not answer, and when it is greeted. */
final class Declines {
    private Declines() {
    }

    static Reply greeting() {
        return ReplyBuilder.titled("What I can help with")
                .lead("I answer questions about AI developer and AI engineer careers: what each role does, what to learn, how interviews go and what the work pays.")
                .intro("Ask in your own words, or use a command.")
                .suggest("All roles", "/role")
                .suggest("Salary ranges", "/salary")
                .suggest("Learning roadmap", "/roadmap")
                .suggest("Interview questions", "/interview")
                .suggest("A learning tip", "/tip")
                .build();
    }

    /** What a named person earns: no guide says, and the bands are by level, not anyone's own pay. */
    static Answer personsPay() {
        return declined("I can't tell you what a particular person earns: the guides give US pay ranges by experience level, not anyone's own salary.",
                "Ask me what a level earns (entry, mid, senior or Big Tech), what moves pay, or what generative AI developers earn.",
                "Salary ranges", "/salary", "All roles", "/role");
    }

    /** How one employer hires: no guide names an employer's hiring, only what AI engineer interviews evaluate in general. */
    static Answer employersHiring() {
        return declined("I can't speak for a particular employer: the guides don't say which companies hire, or how any one company's hiring and interviews run.",
                "Ask me what AI engineer interviews evaluate, how to prepare, which skills each level needs, or what each level earns in the US.",
                "Interview questions", "/interview", "Salary ranges", "/salary");
    }

    /** Choosing or rating a named course or bootcamp: the guides recommend none, only what to learn and which certifications help. */
    static Answer namedCourse() {
        return declined("I can't rate or pick a particular course or bootcamp: the guides recommend none.",
                "They do say what to learn and in which order, which certifications help (Google, AWS, IBM) and which projects to build.",
                "Learning roadmap", "/roadmap", "Certifications", "/mentor which certifications help");
    }

    /** A fault in the asker's code to explain or fix: a career guide debugs nothing. */
    static Answer codeTrouble() {
        return declined("I can't debug code or training runs: I'm a career guide for AI developer and AI engineer roles, not a coding assistant.",
                "Ask me which skills and tools to learn and in which order, which portfolio projects to build, or how interviews test them.",
                "Learning roadmap", "/roadmap", "Portfolio projects", "/mentor which portfolio projects should I build");
    }

    /** A decline of its own: what cannot be said and why, what can be asked instead, and two commands (label, command). */
    private static Answer declined(String lead, String intro, String firstLabel, String first, String secondLabel, String second) {
        Reply reply = ReplyBuilder.titled("That is outside what I cover").unmatched().lead(lead).intro(intro)
                .suggest(firstLabel, first).suggest(secondLabel, second).build();
        return new Answer(reply, Subject.NONE, false);
    }

    /** A kind decline that says what the bot does know; never answers, never carries the conversation on. */
    static Answer outOfField(Optional<OutOfField> kind, KnowledgeBase kb) {
        ReplyBuilder b = ReplyBuilder.titled("That is outside what I cover").unmatched();
        // Each kind's reply already says what the bot covers; saying it again underneath only repeats it.
        kind.map(OutOfField::reply).ifPresentOrElse(b::lead, () -> b
                .lead("That is outside what I can answer from the career guides I know.")
                .intro("I only know about AI developer and AI engineer careers — roles, skills and learning paths, interviews, US salaries and the job market — and I would rather not guess."));
        b.suggest("All roles", "/role").suggest("Salary ranges", "/salary").suggest("Learning roadmap", "/roadmap")
                .suggest("Interview questions", "/interview");
        return new Answer(b.build(), Subject.NONE, false);
    }
}
