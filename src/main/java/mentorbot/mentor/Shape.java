package mentorbot.mentor;

/** How a question is put, which decides how its answer leads. */
public enum Shape {
    /** A plain question about a fact ("what does an NLP engineer do?"). */
    LOOKUP,
    /** The asker describes themselves and asks what it means for them ("I've tested software for six years…"). */
    SITUATION,
    /** A number or claim to judge ("is 95k fair for a junior?", "someone said seniors make 300k"). */
    JUDGEMENT,
    /** Two things side by side ("robotics or deep learning engineer, which needs more experience?"). */
    COMPARISON,
    /** Which one to pick for an interest or goal ("I want to work on voice assistants, what title fits?"). */
    CHOICE,
    /** A chat fragment of a few words ("pay?", "learning path??"). */
    FRAGMENT
}
