package mentorbot.mentor.roadmap;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import mentorbot.knowledge.Anchor;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.ProgressionRow;
import mentorbot.knowledge.SkillLevel;
import mentorbot.knowledge.Step;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Question;
import mentorbot.mentor.QuestionHandler;

/**
 * What-to-learn questions: the skill progression (a row, a level, where a skill sits), the steps,
 * and the two layers the generative AI guide describes. A question that names skills of the table
 * and asks where or when they come ("where does LoRA fit?", "LangChain or MLflow first?") is
 * answered from the table whatever entry it matched.
 */
public final class RoadmapQuestions implements QuestionHandler {

    /** Words that ask where in the progression something sits. */
    private static final Set<String> WHERE = Set.of("where", "wheres", "stage", "stages", "tier", "tiers", "first",
            "before", "after", "order", "phase", "foundational", "intermediate", "advanced", "progression", "roadmap",
            "column");
    /** Words that point at what the sentences before named. */
    private static final Set<String> POINTING = Set.of("that", "this", "it", "those", "these", "them");
    /** "the path from where I am", "where I stand now": the asker's own place, not a skill placed on the table. */
    private static final java.util.regex.Pattern ASKERS_PLACE = java.util.regex.Pattern.compile(
            "\\b(from )?where (i|i m|im|i am|i stand|i m at|i am at|i m now|i am now)\\b");
    /** "before I start job hunting", "after I graduate": a step of the asker's life, not a place on the table. */
    private static final java.util.regex.Pattern MILESTONE = java.util.regex.Pattern.compile(
            "\\b(before|after) (i |you |we )?(start |starting |begin |go |going )?(job hunting|hunting|applying|apply|interview\\w*"
                    + "|graduat\\w*|get hired|getting hired|get a job|getting a job|look for (a )?(job|work)|looking for (a )?(job|work)|the job search)\\b");
    /** Words that name the skill table itself. */
    private static final Set<String> TABLE = Set.of("progression", "roadmap", "table", "path");
    /** A level pointed at: "at that level", "for this stage". */
    private static final java.util.regex.Pattern THAT_LEVEL = java.util.regex.Pattern.compile("\\b(that|this|the same) (level|stage|tier)\\b");
    /** A story that places the asker at a level of the table: "I'm at the intermediate stage", "done with the foundational level". */
    private static final java.util.regex.Pattern PLACED = java.util.regex.Pattern.compile(
            "\\b(i m|im|i am) (at|in|on) (the )?(foundational|intermediate|advanced) (stage|level|tier|phase)"
                    + "|\\b(done with|finished|through|past) (the )?(foundational|intermediate) (stage|level|tier|phase|stuff)\\b");
    /** Words asking for the tools and frameworks of a level. */
    private static final Set<String> TOOLS = Set.of("tools", "tool", "frameworks", "framework", "libraries", "library", "tooling");
    /** The table's tiers: a word of the table only when it points back at a skill named ("which tier does that put me in?"), not a GPU's or a plan's tier. */
    private static final Set<String> TIER = Set.of("tier", "tiers");
    /** Words that ask what to learn: with a skill level named, the whole level of the table answers. */
    private static final java.util.regex.Pattern ASKS_IF_PART_OF = java.util.regex.Pattern.compile(
            "^(?:so |but |and )?(is|are|does|do|would|will)\\b.*\\b(part of|included|on (the|that) list|in (the|that) list)\\b");

    private static final Set<String> LEARN = Set.of("skill", "skills", "learn", "learning", "study", "know", "master",
            "nail", "cover", "covered", "listed", "includes", "include", "in", "stuff", "topics", "roadmap", "path");

    @Override
    public boolean owns(Entry entry, KnowledgeBase kb) {
        return entry instanceof ProgressionRow || entry instanceof Step || entry == kb.anchor(Anchor.FOUNDATIONAL_LAYER)
                || entry == kb.anchor(Anchor.SPECIALIZATION_LAYER) || entry == kb.anchor(Anchor.SKILL_PROGRESSION);
    }

    /** Asking the way into a role: "how do I become one?", "how do I get there?", "how to break into MLOps". */
    private static final java.util.regex.Pattern BECOME = java.util.regex.Pattern.compile(
            "\\bhow\\b.{0,25}\\b(become|get into|break into|get there|transition (into|to)|switch (into|to)|move (into|to)|pivot (into|to)"
                    + "|make the (jump|switch|move) (into|to)|get a job as|get hired as|start as)\\b"
                    + "|\\b(path|roadmap|steps|step|route) (to|into|toward|towards) (become |becoming )?(a |an )?");

    /** "Is there really only one path into a gen AI career?" asks what the paths are, not how to walk one. */
    private static final java.util.regex.Pattern PATHS_COUNTED = java.util.regex.Pattern.compile(
            "\\b(only|just|single) (one |1 )?(path|paths|route|routes|way|ways)\\b|\\b(other|different|alternative|many|several) (paths|routes|ways)\\b");

    /** "How hard is it to switch into AI engineering?" asks how hard, not the way. */
    private static final java.util.regex.Pattern HOW_HARD = java.util.regex.Pattern.compile(
            "\\bhow (hard|difficult|easy|tough|realistic|feasible|likely|doable)\\b");

    /**
     * Asking to skip the fundamentals: "skip the basics and go straight to fine-tuning?", "should I jump straight to
     * building models?". The guide's answer is the foundational layer that comes first, whichever skill is named.
     */
    private static final java.util.regex.Pattern SKIPS_AHEAD = java.util.regex.Pattern.compile(
            "\\b(skip|skipping|bypass|bypassing|ignore|ignoring) (the |all the |learning the |learning )?(basics|fundamentals|foundations|foundational|math|maths|python|coding|programming)\\b"
                    + "|\\b(jump|jumping|go|going|dive|diving|head|skip|skipping) (straight|right|directly) (in)?to (building|training|fine"
                    + "|llms?|models|neural|transformers|rag|speciali[sz])"
                    + "|\\bbasics first\\b|\\bfundamentals first\\b");

    /**
     * Fine-tuning on a small budget ("our GPU budget is one card", "i'm broke, any cheaper way?"): the guide's answer is
     * parameter-efficient fine-tuning, which makes it practical and affordable. Buying or renting hardware is not asked.
     */
    private static final java.util.regex.Pattern FINE_TUNING = java.util.regex.Pattern.compile("\\b(fine ?tun\\w*|finetun\\w*)");
    private static final java.util.regex.Pattern SMALL_BUDGET = java.util.regex.Pattern.compile(
            "\\b(budget|cheap|cheaper|cheaply|expensive|pricey|afford|affordable|affordably|costs?|costly|broke|tight on money"
                    + "|(one|1|a single|single|one small|a small|small|consumer|my) (gpu|card|graphics card)|laptop"
                    + "|(little|limited|no|not much|modest) (compute|gpu|gpus|hardware|resources|money)|without (a |any )?(gpu|gpus|big gpu))\\b");
    private static final java.util.regex.Pattern SHOPPING = java.util.regex.Pattern.compile(
            "\\b(buy|buying|rent|renting|purchase|which (gpu|laptop)|what (gpu|laptop)|best (gpu|laptop)|price|prices|pricing|per hour|provider|providers|vendor)\\b");

    /** Building anything at all: "how am I supposed to build anything with gen AI?". */
    private static final java.util.regex.Pattern BUILD = java.util.regex.Pattern.compile("\\b(build|building|create|creating|ship|shipping)\\b");
    /** No money or machine for compute: "basically zero GPU budget", "no money for GPUs", "only a laptop". */
    private static final java.util.regex.Pattern NO_COMPUTE = java.util.regex.Pattern.compile(
            "\\b((no|zero|little|tiny|small|limited|not much|without (a |any )?)(\\w+ )?(gpu|gpus|compute|hardware)( budget| money)?"
                    + "|gpu budget|no money for (a |any )?(gpu|gpus|hardware|compute)|(only|just) (have )?(a |my )?(laptop|old laptop|cpu))\\b");

    /**
     * Building without money or machines for compute, fine-tuning not named ("Solo dev with basically zero GPU budget.
     * How am I supposed to build anything with gen AI?"): the guide's answer is to start from pre-trained models,
     * through hubs and APIs.
     */
    static boolean asksToBuildOnABudget(Question q) {
        return !FINE_TUNING.matcher(q.normalized()).find() && NO_COMPUTE.matcher(q.normalized()).find()
                && BUILD.matcher(q.asking()).find() && !SHOPPING.matcher(q.normalized()).find();
    }

    /**
     * Asking to skip the fundamentals, in the asking sentence or, after an ask too short to say it ("I want to skip
     * Python and just learn prompt engineering. Is this dumb?"), in the story it judges.
     */
    private static boolean asksToSkipAhead(Question q) {
        String judged = q.asking().split(" ").length <= SHORT_ASK ? q.normalized() : q.asking();
        return SKIPS_AHEAD.matcher(judged).find();
    }

    /** An asking sentence of this many words or fewer ("is this dumb?", "thoughts?") judges the story before it. */
    private static final int SHORT_ASK = 4;

    static boolean asksFineTuningOnABudget(Question q) {
        return FINE_TUNING.matcher(q.normalized()).find() && SMALL_BUDGET.matcher(q.normalized()).find()
                && !SHOPPING.matcher(q.normalized()).find() && !ASKS_TO_DEPLOY.matcher(q.asking()).find()
                // "…now my boss wants it serving real customer traffic. what do people use for that part?"
                && !(FOR_THAT.matcher(q.asking()).find() && ASKS_TO_DEPLOY.matcher(q.normalized()).find());
    }

    /** An ask about what the story just told: "for that part", "with this". */
    private static final java.util.regex.Pattern FOR_THAT = java.util.regex.Pattern.compile("\\b(for|with) (that|this|it)( part| bit| step)?\\b");

    /** "fine-tuned a model on my laptop… where do people deploy these?": where to run it is asked, not how to tune it cheaply. */
    private static final java.util.regex.Pattern ASKS_TO_DEPLOY = java.util.regex.Pattern.compile(
            "\\b(deploy|deploying|deployed|deployment|host|hosting|serve|serving|production|in prod)\\b");

    @Override
    public Optional<Answer> answerFromSlots(Question q, KnowledgeBase kb) {
        if (asksFineTuningOnABudget(q)) {
            return RoadmapAnswers.affordableFineTuning(kb);
        }
        if (asksToBuildOnABudget(q)) {
            return Optional.of(mentorbot.mentor.topic.TopicAnswers.topic(kb.topic(Anchor.MODEL_HUBS), kb));
        }
        if (asksToSkipAhead(q)) {
            return Optional.of(RoadmapAnswers.layer(kb, q.role(), Anchor.FOUNDATIONAL_LAYER, SkillLevel.FOUNDATIONAL));
        }
        List<mentorbot.knowledge.Role> target = q.roles().size() == 1 ? q.roles() : q.rolesAsked();
        if (target.size() == 1 && BECOME.matcher(q.asking()).find() && !HOW_HARD.matcher(q.asking()).find()
                && !PATHS_COUNTED.matcher(q.asking()).find()
                && q.shape() != mentorbot.mentor.Shape.COMPARISON) {
            return Optional.of(RoadmapAnswers.steps(kb, Optional.empty(), Optional.of(target.get(0))));
        }
        // "the Frameworks & Tools row: foundational vs advanced": the row across its levels.
        Optional<ProgressionRow> row = kb.progression().stream().filter(r -> namesRow(q.asking(), r)).findFirst();
        if (row.isPresent() && q.skill().isPresent() && (q.asking().contains(" row") || q.shape() == mentorbot.mentor.Shape.COMPARISON
                || q.asking().contains(" cell") || q.asking().contains(" vs ") || levelsNamed(q.asking()) >= 2)) {
            return Optional.of(RoadmapAnswers.row(kb, row.get(), q.shape() == mentorbot.mentor.Shape.COMPARISON ? Optional.empty() : q.skill()));
        }
        List<String> asked = List.of(q.asking().split(" "));
        List<Cells.Cell> named = Cells.named(q.asking(), kb);
        // "I'm comfortable with PyTorch basics now. What comes next?": the way on from what the learner names.
        List<Cells.Cell> known = named.isEmpty() ? Cells.named(q.normalized(), kb) : named;
        // "I've shipped two RAG apps at work. Am I intermediate or advanced?": the asker is placed by where what they
        // did sits on the table, not told what a level holds.
        if (named.isEmpty() && !known.isEmpty() && ASKS_MY_LEVEL.matcher(q.asking()).find()) {
            return Optional.of(RoadmapAnswers.cells(kb, known, true));
        }
        // "I've done the foundational stuff: Python, PyTorch basics… Where's the ceiling?": the last level, from any
        // cells the story names.
        if (!known.isEmpty() && TOP_LEVEL.matcher(q.asking()).find() && levelsNamed(q.asking()) == 0
                && q.shape() != mentorbot.mentor.Shape.COMPARISON) {
            return Optional.of(RoadmapAnswers.answer(kb, q.role(), Optional.of(SkillLevel.ADVANCED)));
        }
        if (asksNext(q) && !known.isEmpty() && q.shape() != mentorbot.mentor.Shape.COMPARISON) {
            // "…LoRA keeps coming up, is that my next step?": where each sits answers it; the level after the one
            // asked about would answer another question.
            return Optional.of(RoadmapAnswers.cells(kb, known, !THAT_NEXT.matcher(q.asking()).find()));
        }
        // "I already write really good ChatGPT prompts. does that count for anything?": where on the table what the
        // story names sits is what it counts for.
        if (named.isEmpty() && !known.isEmpty() && COUNTS.matcher(q.asking()).find() && q.shape() != mentorbot.mentor.Shape.COMPARISON) {
            return Optional.of(RoadmapAnswers.cells(kb, known, true));
        }
        // "next level?" after the foundational skills, "done with the intermediate level, what comes next?": the level after;
        // "and the top one?" the last level.
        // Only for a level the conversation or the story set: "what comes next at intermediate" names where it goes.
        if (known.isEmpty() && q.skill().isPresent() && levelsNamed(q.asking()) == 0 && q.shape() != mentorbot.mentor.Shape.COMPARISON) {
            if (TOP_LEVEL.matcher(q.asking()).find()) {
                return Optional.of(RoadmapAnswers.answer(kb, q.role(), Optional.of(SkillLevel.ADVANCED)));
            }
            if (asksNext(q) && q.skill().get().next().isPresent()) {
                return Optional.of(RoadmapAnswers.answer(kb, q.role(), q.skill().get().next()));
            }
        }
        // "currently a junior AI developer, 1.5 yrs in. what's the next thing I should be learning to move up?": the level
        // of the table after the one the asker's career level sits at (the last level for a senior).
        if (known.isEmpty() && q.skill().isEmpty() && q.band().isPresent()
                && !LEVEL_WORDS.matcher(q.asking().replaceAll("\\blevel(ling|ing)? up\\b", " ")).find()
                && asksWhatToLearnToMoveOn(q.asking()) && q.shape() != mentorbot.mentor.Shape.COMPARISON) {
            Optional<SkillLevel> at = RoadmapAnswers.skillFor(q.band().get());
            if (at.isPresent()) {
                return Optional.of(RoadmapAnswers.answer(kb, q.role(), at.get().next().or(() -> at)));
            }
        }
        // "LoRA is an advanced skill, right?": where the skill really sits answers the claim.
        // The asking sentence must name a level: a claim about what the skill is like ("fine-tuning is a lot like
        // mentoring") or a level from the story ("I coached juniors") is not about where the skill sits.
        if (q.skill().isPresent() && named.size() == 1 && q.shape() != mentorbot.mentor.Shape.COMPARISON
                && LEVEL_WORDS.matcher(q.asking()).find()
                && (q.shape() == mentorbot.mentor.Shape.JUDGEMENT || named.get(0).level() != q.skill().get())) {
            return Optional.of(RoadmapAnswers.cells(kb, named, asksNext(q)));
        }
        // "which tools specifically at that level?": the Frameworks & Tools row at the level, not the whole toolkit. The
        // level must be the one asked about, named or pointed at, not one a story mentions; a row named is answered above.
        boolean levelAsked = levelsNamed(q.asking()) == 1 || THAT_LEVEL.matcher(q.asking()).find();
        if (q.skill().isPresent() && named.isEmpty() && levelAsked && asked.stream().anyMatch(TOOLS::contains)
                && kb.progression().stream().noneMatch(r -> namesRow(q.asking(), r)) && q.shape() != mentorbot.mentor.Shape.COMPARISON) {
            return Optional.of(RoadmapAnswers.row(kb, kb.row(Anchor.TOOLS_ROW), q.skill()));
        }
        // "I'm at the intermediate stage… Which tools should I learn?": the tools of the level after the one the story
        // places the asker at lead the row; the row shows every level.
        if (q.skill().isPresent() && named.isEmpty() && !levelAsked && asked.stream().anyMatch(TOOLS::contains)
                && (asked.stream().anyMatch(LEARN::contains) || q.asking().contains("pick up")) && PLACED.matcher(q.normalized()).find()
                && kb.progression().stream().noneMatch(r -> namesRow(q.asking(), r)) && q.shape() != mentorbot.mentor.Shape.COMPARISON) {
            return Optional.of(RoadmapAnswers.row(kb, kb.row(Anchor.TOOLS_ROW), q.skill().get().next().or(q::skill)));
        }
        // "…nothing about data security. Is that even part of the AI engineer skill list?" asks whether something belongs,
        // not for the skills of the level the story tells.
        if (q.skill().isPresent() && asked.stream().anyMatch(LEARN::contains) && named.size() <= 1 && !ASKS_IF_PART_OF.matcher(q.asking()).find()) {
            return Optional.of(RoadmapAnswers.answer(kb, q.role(), q.skill()));
        }
        // The sentences that ask must both name the skill and ask where it sits ("from where I am" is the asker's place).
        List<String> words = List.of(MILESTONE.matcher(ASKERS_PLACE.matcher(q.asking()).replaceAll(" ")).replaceAll(" ").split(" "));
        boolean whichLevel = asksWhichLevel(q.asking());
        // "Which title covers neural network architecture work, and at what level?": the title's level, not the skill's.
        if (words.stream().noneMatch(WHERE::contains) && !whichLevel || ASKS_A_TITLE.matcher(q.asking()).find()
                || !whichLevel && ASKS_A_PROJECT.matcher(q.asking()).find()) {
            return Optional.empty();
        }
        List<Cells.Cell> cells = Cells.named(q.asking(), kb);
        // "I just did a LangChain course. Where does that sit?": "that" is what the story named.
        // "I know parallel computing. Where does that fit if I want to be a gen AI developer?": the table is that role's.
        boolean genAiTable = q.roles().contains(kb.anchor(Anchor.GENAI_DEVELOPER));
        if (cells.isEmpty() && words.stream().anyMatch(POINTING::contains)
                && (genAiTable || words.stream().anyMatch(w -> TABLE.contains(w) || TIER.contains(w)) || PUTS_ME.matcher(q.asking()).find())) {
            cells = Cells.named(q.normalized(), kb);
        }
        if (choosesWithinACell(q.asking(), cells, words)) {
            return Optional.empty();
        }
        return cells.isEmpty() ? Optional.empty() : Optional.of(RoadmapAnswers.cells(kb, cells, asksNext(q)));
    }

    /**
     * "at what roadmap level does that skill sit?": where something pointed at sits on the skill table, the thing
     * named elsewhere (by the conversation, once the pointer is read as it).
     */
    public static boolean asksWhereThatSits(String asking) {
        List<String> words = List.of(asking.split(" "));
        return words.stream().anyMatch(POINTING::contains)
                && (asksWhichLevel(asking) || words.stream().anyMatch(WHERE::contains))
                && words.stream().anyMatch(w -> TABLE.contains(w) || TIER.contains(w) || w.equals("level") || w.equals("sit") || w.equals("sits"));
    }

    /** "which level…", "at what roadmap level…". */
    private static boolean asksWhichLevel(String asking) {
        return WHICH_LEVEL.matcher(asking).find();
    }

    private static final java.util.regex.Pattern WHICH_LEVEL = java.util.regex.Pattern.compile("\\b(what|which) (roadmap )?(level|stage|tier)\\b");

    /** The asker asking their own level: "am I intermediate or advanced?", "what level am I", "where am I on the table?". */
    private static final java.util.regex.Pattern ASKS_MY_LEVEL = java.util.regex.Pattern.compile(
            "\\bam i (?:at )?(?:an? |the )?(?:still )?(?:foundational|intermediate|advanced|beginner|expert|basic)\\b"
                    + "|\\b(?:what|which) (?:level|stage|tier) am i\\b|\\bwhere am i\\b|\\bwhere do i (?:stand|sit)\\b");

    /** "I built a chatbot with LangChain… What level does that put me at?": the asker placed by what the story names. */
    private static final java.util.regex.Pattern PUTS_ME = java.util.regex.Pattern.compile("\\b(put|puts|place|places) me\\b");

    /** Asking for a project ("what's a first genai project that shows the whole lifecycle?"): the portfolio's business. */
    private static final java.util.regex.Pattern ASKS_A_PROJECT = java.util.regex.Pattern.compile(
            "\\b(what|which|whats|what s)\\b.{0,30}\\bprojects?\\b");

    /** Asking which title or role: the job-title table's business. */
    private static final java.util.regex.Pattern ASKS_A_TITLE = java.util.regex.Pattern.compile(
            "\\b(which|what) (job )?(title|titles|role|roles|job|jobs|position)\\b");

    /** Words that ask for an order, not a place in the table. */
    private static final Set<String> ORDER = Set.of("first", "before", "after", "order");

    /**
     * "tensorflow or pytorch first?" picks between the two things one cell offers ("TensorFlow or PyTorch basics"):
     * where the cell sits says nothing on which to take, what the guides say of the two does.
     */
    private static boolean choosesWithinACell(String asking, List<Cells.Cell> cells, List<String> words) {
        return cells.size() == 1 && cells.get(0).text().contains(" or ") && asking.contains(" or ")
                && words.stream().filter(WHERE::contains).allMatch(ORDER::contains);
    }

    /**
     * "Just finished a LangChain course, where is that on the roadmap?": a skill the table names, asked where it
     * sits on the roadmap, is in the field however much the story before it sounds like a course to recommend.
     */
    @Override
    public boolean settles(Question q, KnowledgeBase kb) {
        // "data analyst here, could I skip the fundamentals and start with LoRA?": a skill of the table asked to be
        // reached first is a question of the roadmap, however much the job told sounds like another profession's.
        if (asksToSkipAhead(q) && !Cells.named(q.normalized(), kb).isEmpty()
                || asksFineTuningOnABudget(q) && RoadmapAnswers.knowsAffordableFineTuning(kb)) {
            return true;
        }
        List<String> words = List.of(q.asking().split(" "));
        boolean table = words.stream().anyMatch(TABLE::contains)
                || words.stream().anyMatch(TIER::contains) && words.stream().anyMatch(POINTING::contains);
        return (words.stream().anyMatch(WHERE::contains) || asksNext(q)) && table
                && answerFromSlots(q, kb).isPresent();
    }

    private static boolean namesLayer(String asking) {
        return asking.matches(".*\\b(layer|layers)\\b.*");
    }

    /** Whether a question names the row, its "&" written out or not ("theory and math", "frameworks tools"). */
    private static boolean namesRow(String asking, ProgressionRow row) {
        String padded = " " + asking + " ";
        return padded.contains(" " + mentorbot.knowledge.Normalizer.normalize(row.category()) + " ")
                || padded.contains(" " + mentorbot.knowledge.Normalizer.normalize(row.category().replace("&", "and")) + " ");
    }

    /** How many of the table's levels a question names ("what math at the intermediate and advanced stages?" names two). */
    private static int levelsNamed(String asking) {
        String padded = " " + asking + " ";
        return (int) java.util.Arrays.stream(SkillLevel.values())
                .filter(l -> padded.contains(" " + l.label().toLowerCase(java.util.Locale.ROOT) + " ")).count();
    }

    /** Words that put a claim about a skill on the table's levels. */
    private static final java.util.regex.Pattern LEVEL_WORDS = java.util.regex.Pattern.compile(
            "\\b(foundational|fundamentals?|basic|basics|beginners?|newbies?|novices?|entry|junior|intermediate|advanced|experts?|senior|level|levels|tier|stage|layer|first|early|later)\\b");

    /** Asking what comes after what the learner has ("the next tier", "what comes after that"): the next level leads. */
    private static final java.util.regex.Pattern NEXT = java.util.regex.Pattern.compile(
            "\\b(next (tier|level|stage|layer|rung|step up|skills?)|comes? (after|next)|after (that|it|this|those|them)|step after"
                    + "|what s after|whats after|beyond (that|it|this)|level up from|move up from"
                    + "|(learn|study|pick up|tackle|focus on|master) next|what s next|whats next|what next"
                    + "|(beyond|past|after) (the |my )?(basics|fundamentals|foundations?))\\b");

    /** Asking for the table's last level: "and the top one?", "what about the highest level". */
    private static final java.util.regex.Pattern TOP_LEVEL = java.util.regex.Pattern.compile(
            "\\b(top|highest|last|final|hardest|most advanced) (one|level|tier|stage|column)\\b"
                    // "I'm stuck on what 'advanced' even means. Where's the ceiling?"
                    + "|\\b(?<!(salary|pay|comp|earnings) )ceiling\\b(?! (on|for|of) (pay|salary|salaries|comp|earnings))");

    /** Asking whether what the story named comes next: "Everyone's talking about LoRA. is that my next step?". */
    private static final java.util.regex.Pattern THAT_NEXT = java.util.regex.Pattern.compile(
            "\\b(is|are|was) (that|it|this|these|those|they) (really |even )?(my|the|a) (logical |natural |right )?next (step|move|thing)\\b");

    /** The next step on the skill table, not among the five steps: "what's the next step on the roadmap for me?". */
    private static final java.util.regex.Pattern NEXT_ON_THE_TABLE = java.util.regex.Pattern.compile(
            "\\bnext (step|move) (on|in|along|up) (the |my |this )?(roadmap|skill table|table|progression|skill progression|learning path)\\b");

    /** Asking whether what the story told counts: "does that count for anything?", "is that worth anything?". */
    private static final java.util.regex.Pattern COUNTS = java.util.regex.Pattern.compile(
            "\\b((does|do|would|will|could|can) (that|this|it|any of (that|this|it)) (even |really |actually )?count"
            + "|(is|are) (that|this|it) (even |really |actually )?worth (anything|something))\\b");

    /** Asking what to learn to move on from where one is: "the next thing I should be learning", "what to study to move up". */
    private static final java.util.regex.Pattern TO_MOVE_ON = java.util.regex.Pattern.compile(
            "\\bnext (thing|things|skill|skills) (i |to |i should |should i |i need to |do i )?(be )?(learn|learning|study|studying|pick up|focus on)\\b"
                    + "|\\b(learn|learning|study|studying|pick up|focus on)\\b.{0,30}\\b(move|moving|level|step) up\\b"
                    + "|\\b(learn|learning|study|studying|pick up|focus on)\\b.{0,30}\\b(get|getting) promoted\\b");

    private static boolean asksWhatToLearnToMoveOn(String asking) {
        // "what do responsibilities look like at the next level up?" asks about the work there, not what to learn.
        return TO_MOVE_ON.matcher(asking).find() || NEXT.matcher(asking).find() && !asking.matches(".*\\bsteps?\\b.*")
                && asking.matches(".*\\b(learn|learning|study|studying|pick up|focus on|skills?|master)\\b.*");
    }

    private static boolean asksNext(Question q) {
        // "which step comes next for me?" asks about the five steps, not the table.
        return NEXT.matcher(q.asking()).find() && !q.asking().matches(".*\\bsteps?\\b.*") || THAT_NEXT.matcher(q.asking()).find()
                || NEXT_ON_THE_TABLE.matcher(q.asking()).find();
    }

    @Override
    public Answer answer(Question q, Entry entry, KnowledgeBase kb) {
        Optional<SkillLevel> skill = q.skill();
        // "zero ML knowledge. where do I start if I want to end up as an AI engineer?": the role asked about is the goal.
        Optional<mentorbot.knowledge.Role> role = q.rolesAsked().size() == 1 ? Optional.of(q.rolesAsked().get(0)) : q.role();
        if (entry instanceof ProgressionRow row) {
            return RoadmapAnswers.row(kb, row, skill);
        }
        if (entry instanceof Step step) {
            boolean one = q.normalized().matches(".*\\b(step|steps) ?(\\d|one|two|three|four|five|first|second|third|fourth|fifth|last)\\b.*")
                    || q.normalized().matches(".*\\b(first|second|third|fourth|fifth|last) step\\b.*");
            return RoadmapAnswers.steps(kb, one ? Optional.of(step) : Optional.empty(), role);
        }
        // A career level the asker names ("as a junior") picks the table's level when none is named.
        if (skill.isEmpty() && q.band().isPresent()) {
            skill = RoadmapAnswers.skillFor(q.band().get());
        }
        // A layer of the guide asked about leads with itself, whatever that career level: the specialization layer is
        // where transformers and attention are, for a junior dev too. The level of the table that follows is the asker's.
        boolean foundational = entry == kb.anchor(Anchor.FOUNDATIONAL_LAYER);
        boolean layer = foundational || entry == kb.anchor(Anchor.SPECIALIZATION_LAYER);
        SkillLevel layersLevel = foundational ? SkillLevel.FOUNDATIONAL : SkillLevel.INTERMEDIATE;
        if (layer && q.skill().isEmpty()) {
            return RoadmapAnswers.layer(kb, role, foundational ? Anchor.FOUNDATIONAL_LAYER : Anchor.SPECIALIZATION_LAYER, skill.orElse(layersLevel));
        }
        // "I have Python and ML basics. What does the specialization layer add on top?": the layer named, not the
        // level the story tells.
        if (layer && levelsNamed(q.asking()) == 0 && namesLayer(q.asking())) {
            return RoadmapAnswers.layer(kb, role, foundational ? Anchor.FOUNDATIONAL_LAYER : Anchor.SPECIALIZATION_LAYER, layersLevel);
        }
        return RoadmapAnswers.answer(kb, role, skill);
    }
}
