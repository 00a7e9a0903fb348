package mentorbot.knowledge;

import java.util.Locale;

/**
 * The entries answer builders use by purpose ("the top-paying regions", "the portfolio projects")
 * rather than by id. The knowledge files declare which entry plays each part under {@code anchors:}
 * (key: the constant in kebab case), and a model that leaves one out does not load.
 */
public enum Anchor {
    TOP_PAYING_REGIONS(Topic.class),
    PAY_FACTORS(Topic.class),
    DEMAND_OUTLOOK(Topic.class),
    GENAI_EARNINGS(Topic.class),
    /** The generative AI market's size and growth: "is gen AI a bubble?". */
    GENAI_MARKET(Topic.class),
    GENAI_DEVELOPER(Role.class),
    /** The umbrella role the title table's other rows are variations of. */
    GENERAL_ROLE(Role.class),
    INTERVIEW_EVALUATION(Topic.class),
    INTERVIEW_PREPARATION(Topic.class),
    LEVEL_EXPECTATIONS(Topic.class),
    SKILL_PROGRESSION(Topic.class),
    FOUNDATIONAL_LAYER(Topic.class),
    SPECIALIZATION_LAYER(Topic.class),
    PORTFOLIO_PROJECTS(Topic.class),
    LEARNING_HABITS(Topic.class),
    /** The FAQ answer for someone switching careers without a background: "can I get in from zero?". */
    CAREER_SWITCH(Faq.class),
    /** The education the guides require (a Bachelor's or Master's): for a story that says the asker has no degree. */
    EDUCATION(Topic.class),
    /** The ladder inside the field, from junior to Chief AI Officer: not the way in. */
    CAREER_PATH(Topic.class),
    /** The AI engineer market's trends, remote work among them: "I can't relocate, can I still do this?". */
    MARKET_TRENDS(Topic.class),
    /** Model hubs and foundational APIs: start from pre-trained models, "I have no GPU budget, how do I build anything?". */
    MODEL_HUBS(Topic.class),
    /** The skill table's row of frameworks and tools: "which tools at that level?". */
    TOOLS_ROW(ProgressionRow.class);

    private final Class<? extends Entry> kind;

    Anchor(Class<? extends Entry> kind) {
        this.kind = kind;
    }

    /** The kind of entry that may play this part. */
    public Class<? extends Entry> kind() {
        return kind;
    }

    /** How the knowledge files name it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
