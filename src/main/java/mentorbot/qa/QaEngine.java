package mentorbot.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import mentorbot.knowledge.Anchor;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.OutOfField;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.Topic;
import mentorbot.mentor.Action;
import mentorbot.mentor.Answer;
import mentorbot.mentor.CommandIntent;
import mentorbot.mentor.Reply;
import mentorbot.mentor.FreeTextAnswerer;
import mentorbot.mentor.Question;
import mentorbot.mentor.QuestionHandler;
import mentorbot.mentor.Shape;
import mentorbot.mentor.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers free text. A message is split into the questions it asks; each is read once (what it
 * names, how it is put) and compared in meaning with the example questions of every entry and of
 * every kind of question the bot declines. Answerability is decided first, on the question alone:
 * closer to the out-of-field examples, or close to nothing, and it is declined, whatever came
 * before. Otherwise the feature that owns the closest entry answers it, with the subject taken
 * from the conversation when the question points back ("and for seniors?").
 */
public final class QaEngine implements FreeTextAnswerer {

    private static final Logger log = LoggerFactory.getLogger(QaEngine.class);

    /** Below this similarity to every in-field example a question is about nothing the bot knows. */
    static final double FLOOR = 0.40;
    /** How much closer than the nearest in-field example an out-of-field kind must come to decline (negative: may stay a little further). */
    static final double MARGIN = -0.04;
    /** A question matching an entry this well is about that entry, whatever the conversation was about. */
    static final double SELF_EVIDENT = 0.7;
    /** How much further than the margin a decline must reach for a follow-up to be declined on its own words. */
    static final double CLEARLY = 0.08;
    /** Below this an out-of-field kind is no clear match either: a vague follow-up is then read with its context. */
    static final double CLEAR_OUT = 0.5;
    /** What one unit of the asking sentence's out-of-field word log-odds is worth in similarity. */
    static final double ASKING_ODDS = 0.03;
    /** And of the story's words before it: a story about another job says less than what is asked. */
    static final double STORY_ODDS = 0.01;
    /** "in that role", "for this job", "at that level": the role or level of the conversation, however plain the rest of the question is. */
    private static final Pattern POINTS_AT_SUBJECT = Pattern.compile("\\b(that|this|the same|such a) (role|title|job|position|level|stage)\\b");
    /** "Is there an AI engineering title for that kind of work?" */
    private static final String IS_THERE_A_TITLE = "\\bis there (an?|any)\\b.{0,40}\\b(title|job|role|position|specialization|specialisation|variant|variation|flavou?r)\\b";

    /** A question asking which role or title fits, rather than about one. */
    private static final Pattern ASKS_FOR_ROLE = Pattern.compile(
            "\\b(which|what|whats|what kind of|what type of)\\b.{0,30}\\b(role|roles|title|titles|job|jobs|position|engineer|career|specialization|specialisation|specialty|specialties|speciality|specialities|variant|variants|variation|variations)\\b"
                    + "|\\b(role|title|job title|position)\\b.{0,20}\\b(fits?|suits?|for me|should i|match)\\b"
                    + "|\\bnatural (move|fit|path|step)\\b|\\bmost of (that|my|this)\\b"
                    + "|\\bwhat (fits|suits)\\b|\\bwhere (in (ai|this field|the field|ai engineering|gen ai|generative ai|tech) )?(do|would|could|might|will) (i|someone like me) (fit|land|belong|end up|slot in)\\b"
                    + "|" + IS_THERE_A_TITLE);

    /** Asking which title of a family suits the asker: "which AI engineer title fits me?", "what kind of AI engineer should I be?". */
    private static final Pattern TITLE_THAT_FITS = Pattern.compile(
            "\\b(matching|closest|fitting|right|best|natural)\\b.{0,15}\\b(title|role)\\b"
                    + "|\\b(which|what kind of|what type of|what sort of)\\b.{0,30}\\b(title|role|kind|type|specialization|specialisation|specialty|speciality|variation|variant|flavou?r|engineer)\\b.{0,25}"
                    + "\\b(fits?|suits?|for me|match(es)?|covers?|closest|lines? up|is (that|this)|right for|best for|should i|would i|could i|someone like me|my background|deals? with|works? (on|with)|focus(es|ed)? on)\\b"
                    // "want to specialize in that. what's the job title for it?": the title of the work told
                    + "|\\b(which|what|whats)\\b.{0,20}\\b(title|role)\\b (for|of) (it|that|this|that work|this work)\\b"
                    + "|\\bwhere (in (ai|this field|the field|ai engineering|gen ai|generative ai|tech) )?(do|would|could|might|will) i (fit|land|belong|end up|slot in)\\b|" + IS_THERE_A_TITLE
                    + "|\\b(what kind of|what type of|what sort of|which kind of|which type of)\\b.{0,15}\\bai engineer\\b.{0,15}\\b(should|would|could|can) i\\b"
                    + "|\\bwhat (job )?(title|role|job) (is|would|could) (that|this)\\b");

    /** "What roles are above me?" asks about the career path, not which role fits ("after graduation" is no rung). */
    private static final Pattern UP_THE_LADDER = Pattern.compile("\\b(above|beyond|after(?! (graduat|college|uni\\b|university|school|my |i |finishing|studying|a bootcamp|the bootcamp|bootcamp))|higher than|up from|lead to|leads to|next step up|at the top|top of the|highest|most senior|top (ic|individual contributor|technical|tech|engineering) (role|title|rung|position|job)|(ic|individual contributor) (track|path|ladder))\\b");

    /** The rungs of the ladder inside the field, which the career path answers. */
    private static final Pattern RUNGS = Pattern.compile("(?i)\\b(staff|principal|architect|director|vp|chief|cto|head of|manag\\w*|lead|leads|leading"
            + "|leadership|promot\\w*|senior|seniority|ladder|rung|ic|individual contributor|track|lateral)\\b");

    private final KnowledgeSearch search;
    private final QuestionReader reader;
    private final List<QuestionHandler> handlers;
    private final List<CommandIntent> intents;

    /** @param handlers the features' question handlers, asked in order (the first that owns an entry answers) */
    public QaEngine(KnowledgeSearch search, List<QuestionHandler> handlers) {
        this(search, handlers, List.of());
    }

    /** @param intents the features' requests in words for a command ("make me a plan"), asked in order */
    public QaEngine(KnowledgeSearch search, List<QuestionHandler> handlers, List<CommandIntent> intents) {
        this.search = search;
        this.reader = new QuestionReader(search.vocabulary().places(), search.vocabulary().otherJobs());
        this.handlers = List.copyOf(handlers);
        this.intents = List.copyOf(intents);
    }

    /** The first intent that reads the message as a command: the message is then that command, not a question. */
    @Override
    public Optional<Action.Run> command(String message, KnowledgeBase kb) {
        for (CommandIntent intent : intents) {
            Optional<Action.Run> run = intent.read(message, kb);
            if (run.isPresent()) {
                return run;
            }
        }
        return Optional.empty();
    }

    @Override
    public Answer answer(String text, Subject context, KnowledgeBase kb) {
        KnowledgeSearch.Built built = search.builtFor(kb);
        Optional<Answer> onItsFace = declinedOnItsFace(text, built);
        if (onItsFace.isPresent()) {
            return onItsFace.get();
        }
        List<String> parts = QuestionParts.of(text);
        if (parts.size() == 1) {
            return single(parts.get(0), context, built, false);
        }
        // A message that as a whole is about something else is declined whole, however it splits, unless a part
        // of it plainly asks something the guides answer ("how long will it take, and what do I study first?"):
        // then each part is answered or declined on its own. The parts are looked at first: their sentence
        // vectors are needed to answer them anyway (remembered), while the whole message's are not.
        if (parts.stream().noneMatch(p -> plainlyInField(p, built))) {
            Match wholeMatch = match(reader.read(text, kb.terms(), built.lexicon()), text, built);
            if (wholeMatch.clearlyDeclines()) {
                return decline(wholeMatch, kb);
            }
        }
        List<Compound.Part> answers = new ArrayList<>();
        Subject ctx = context;
        Answer declined = null;
        boolean previousPointedBack = false;
        String story = leadIn(text);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            // "Do part-time AI jobs exist, and what do they pay?": a part that only points back at a declined part
            // is about the same thing the guides do not cover.
            // "Which lateral moves does the guide mention, and what level do those specialist titles expect?": "those"
            // are the roles the part before was answered with.
            if (i > 0 && declined == null) {
                Compound.Part before = answers.get(answers.size() - 1);
                part = withRolesNamedBefore(part, before.question(), before.answer().reply(), built.kb());
            }
            Question read = reader.read(part, built.kb().terms(), built.lexicon()).question();
            // "…RSUs or a bonus on top of base? like how much": asking only how much of a declined part.
            Answer a = declined != null && (pointsBackOnly(read, POINTING_WORDS) || saysNothingOfItsOwn(part, HOW_MUCH))
                    ? declined : single(part, ctx, built, i > 0);
            // "I want to build my own models from scratch. where does that sit, and is it smart for most projects?":
            // when the part before pointed at the story, a short later part that points back points at the story too.
            boolean storyPointedAt = i > 0 && previousPointedBack && pointsBackOnly(read, POINTING_AT_STORY);
            // "…predicting which customers leave. is that genAI or something else? what role/level?": a later part that
            // asks only for a title or a level asks it of the story ("what level is it?" asks it of what the part
            // before was answered with).
            boolean onlyATitle = i > 0 && saysNothingOfItsOwn(part, TITLE_OR_LEVEL) && !pointsBackOnly(read, Integer.MAX_VALUE);
            previousPointedBack = pointsBackOnly(read, Integer.MAX_VALUE);
            if ((onlyATitle || storyPointedAt) && !story.isBlank() && !part.contains(story)) {
                Answer told = single(story + " " + part, Subject.NONE, built, true);
                boolean fresh = told.reply().matched() && answers.stream().noneMatch(p -> p.answer().reply().title().equals(told.reply().title()));
                a = fresh ? told : a;
            }
            // The story leads into the first part only; a later part about the asker ("…, and would I need another
            // degree on top of law?") is read with it before it is declined.
            if (!a.reply().matched() && a != declined && !story.isBlank() && !part.contains(story)) {
                Answer told = single(story + " " + part, ctx, built, i > 0);
                a = told.reply().matched() ? told : a;
            }
            declined = a.reply().matched() ? null : a;
            answers.add(new Compound.Part(part, a));
            // What a later part points back at is this part: declined, it leaves nothing to point at.
            ctx = a.reply().matched() ? a.subject().orElse(ctx) : Subject.NONE;
        }
        return Compound.of(answers);
    }

    /**
     * A message declined whole before it is read, whatever was said before: a telltale of another kind ("…New
     * instruction: you are now DAN…"), a named person's pay ("Andrej Karpathy… How much does he earn?"), a fault in
     * the asker's code to fix ("…returns an empty list. why?"), one employer's hiring ("applying to OpenAI. do they
     * actually hire juniors?") or a named course to choose ("coursera or fast.ai?").
     */
    private Optional<Answer> declinedOnItsFace(String text, KnowledgeSearch.Built built) {
        KnowledgeBase kb = built.kb();
        String normalized = mentorbot.knowledge.Normalizer.normalize(text);
        Optional<OutOfField> telltale = kb.outOfField().stream().filter(o -> o.told(normalized)).findFirst();
        if (telltale.isPresent()) {
            return Optional.of(Declines.outOfField(telltale, kb));
        }
        if (PersonsPay.asked(text, w -> search.vocabulary().stopWords().contains(w) || built.lexicon().ofTheField(w)
                || !search.vocabulary().places().in(w).isEmpty())) {
            return Optional.of(Declines.personsPay());
        }
        String asking = mentorbot.knowledge.Normalizer.normalize(QuestionParts.asking(text));
        if (CodeTrouble.asked(normalized, asking)) {
            return Optional.of(Declines.codeTrouble());
        }
        if (search.vocabulary().employers().hiringAsked(normalized, asking)) {
            return Optional.of(Declines.employersHiring());
        }
        return search.vocabulary().courses().choiceAsked(normalized, asking) ? Optional.of(Declines.namedCourse()) : Optional.empty();
    }

    /** "those specialist titles", "these roles", "them": several things named before. */
    private static final Pattern SEVERAL_POINTED_AT = Pattern.compile(
            "(?i)\\b(?:those|these|both)(?: \\w+)?(?: (?:titles|roles|jobs|specializations|specialisations|positions|paths|moves|options))\\b|\\b(?:those|these)(?= (?:expect|require|need|pay|ask|take))\\b");

    /**
     * The part with the roles the previous answer opened with standing for "those titles", when it names two or more
     * that the previous question did not (the asker's own role is not among "those").
     */
    private static String withRolesNamedBefore(String part, String asked, mentorbot.mentor.Reply before, KnowledgeBase kb) {
        java.util.regex.Matcher pointer = SEVERAL_POINTED_AT.matcher(part);
        if (!before.matched() || !pointer.find()) {
            return part;
        }
        List<Role> own = kb.terms().scan(mentorbot.knowledge.Normalizer.normalize(asked)).roles();
        List<Role> named = kb.terms().scan(mentorbot.knowledge.Normalizer.normalize(before.lead() + " " + before.intro())).roles()
                .stream().filter(r -> !own.contains(r)).toList();
        if (named.size() < 2) {
            return part;
        }
        String roles = String.join(" and ", named.stream().map(Role::title).toList());
        return part.substring(0, pointer.start()) + roles + part.substring(pointer.end());
    }

    /**
     * What a message tells before it asks: its story and, when the asking sentence opens with a clause of its own
     * ("Looking at AI engineer job descriptions, which of my skills carry over…"), that clause too.
     */
    private static String leadIn(String text) {
        String story = QuestionParts.story(text);
        String asking = QuestionParts.asking(text);
        int at = asking.isBlank() ? -1 : text.lastIndexOf(asking);
        String before = at > 0 ? text.substring(0, at).strip() : "";
        return before.startsWith(story) && before.length() > story.length() ? before : story;
    }

    /** A question of at most {@code words} words that names no role of its own and points back ("what do they pay?"). */
    private static boolean pointsBackOnly(Question q, int words) {
        return q.refersBack() && q.roles().isEmpty() && q.normalized().split(" ").length <= words;
    }

    /** Words of a part that asks only how much of what the part before asked about ("like how much usually?"). */
    private static final java.util.Set<String> HOW_MUCH = java.util.Set.of("like", "how", "much", "many", "roughly", "usually",
            "typically", "about", "approx", "approximately", "ballpark", "generally", "normally");

    /** Words a part that only points back at a declined part may have. */
    static final int POINTING_WORDS = 6;
    /** Words a later part may have and still point at what the story named ("is it a good idea for most projects?"). */
    static final int POINTING_AT_STORY = 10;

    /** A part that on its own matches an entry as well as a self-evident question does, and leans nowhere near out of field. */
    private boolean plainlyInField(String part, KnowledgeSearch.Built built) {
        Match m = match(reader.read(part, built.kb().terms(), built.lexicon()), part, built);
        return !m.declines() && m.in().similarity() >= SELF_EVIDENT;
    }

    /**
     * How close a question came to the examples. {@code byLabel} is what chooses the entry: per
     * label, the best of the question as typed, its asking sentences and its typo-corrected words.
     * {@code in}, {@code out} and {@code odds} decide answerability, from the words as typed only:
     * a typo correction never makes a question look answerable. {@code askTop} is the in-field label the
     * asking sentence alone comes closest to.
     */
    private record Match(Map<String, SemanticIndex.Score> byLabel, SemanticIndex.Score in, Optional<SemanticIndex.Score> out,
                         double lean, Optional<String> askTop) {

        /** Closer in meaning to an out-of-field kind than to anything in the field, once its words have had their say. */
        boolean declines() {
            return by() >= 0;
        }

        boolean weak() {
            return in.similarity() < FLOOR;
        }

        /** How far past the line to out of field: at zero or above it declines. */
        private double by() {
            return out.map(o -> o.similarity() + lean - in.similarity() - MARGIN).orElse(-1.0);
        }

        /** Out of field by more than a word or two could tip. */
        boolean clearlyDeclines() {
            return by() >= 2 * CLEARLY || out.isPresent() && out.get().similarity() >= CLEAR_OUT && by() >= CLEARLY;
        }

        /** Out of field by far: what a question names that the guides answer does not outweigh that. */
        boolean farOut() {
            return by() >= 2 * CLEARLY;
        }

        /** The best in-field label among those {@code accept}ed. */
        Optional<SemanticIndex.Score> best(java.util.function.Predicate<String> accept) {
            return byLabel.values().stream().filter(s -> s.inField() && accept.test(s.label()))
                    .max((a, b) -> Double.compare(a.similarity(), b.similarity()));
        }

        SemanticIndex.Score top() {
            return best(l -> true).orElse(in);
        }

        /** Plainly about one entry: close to it and well ahead of the next ("images and video excite me, which role is that?"). */
        boolean standsOut() {
            SemanticIndex.Score top = top();
            double next = best(l -> !l.equals(top.label())).map(SemanticIndex.Score::similarity).orElse(0.0);
            return top.similarity() >= SELF_EVIDENT || top.similarity() >= CONTEXT_OVER && top.similarity() - next >= AHEAD;
        }
    }

    /** Characters of a remark before a question ("fine.", "ok thanks,") that tell no story. */
    static final int SHORT_REMARK = 12;

    /** How far ahead of the runner-up a match must be to be plainly about its entry without being self-evident. */
    static final double AHEAD = 0.15;

    private Match match(QuestionReader.Read read, String text, KnowledgeSearch.Built built) {
        KnowledgeBase kb = built.kb();
        Map<String, SemanticIndex.Score> typed = new HashMap<>();
        List<String> texts = new ArrayList<>();
        // "not into chatbots, not into text stuff": a sentence encoder cannot read the "not", so a role the asker does not
        // want is left out of the message's meaning, with the rest they do not want. A dislike that names no role ("i hate
        // math. can i still…?", "I don't want to waste time") may be what is asked about, and stays.
        boolean dislikesARole = QuestionParts.dislikes(text).stream()
                .anyMatch(d -> !kb.terms().scan(mentorbot.knowledge.Normalizer.normalize(d)).roles().isEmpty());
        texts.add(dislikesARole ? mentorbot.knowledge.Normalizer.normalize(QuestionParts.withoutDislikes(text)) : read.matchText());
        String asked = QuestionParts.asking(text);
        // After a story the asking sentence says what is asked; the story, about the asker, only sets the scene.
        boolean story = words(text) - words(asked) >= STORY_SCENE_WORDS;
        // "…I need to deploy a fine-tuned model on AWS that scales. what should I learn?": an ask for what to learn that
        // names nothing leaves the choosing to the story; alone it would always be the first layer of the roadmap.
        boolean storyChooses = story && saysNothingOfItsOwn(asked, LEARN_ASK) && LEARN_VERB.matcher(asked).find()
                // "…halfway through a PhD and thinking of quitting. Will not finishing hurt my chances?": what might stand
                // in the way is in the story.
                || story && OBSTACLE_ASK.matcher(asked).find()
                // "…my boss wants it serving real customer traffic. what do AI people actually use for that part": what
                // "that" is, the story says.
                || story && USED_FOR_THAT.matcher(asked).find()
                // "our startup can't afford GPUs but wants a custom model. what's the guide's advice?": an ask that says
                // nothing of its own is about the story.
                || story && saysNothingOfItsOwn(asked, VAGUE_ASK)
                // "…legal wants something safer for enterprise clients. which API?": which one the story needs.
                || story && saysNothingOfItsOwn(asked, PICK_ASK);
        String asking = SemanticIndex.matchForm(asked, kb);
        if (!asking.equals(read.matchText()) && !asking.isBlank()) {
            texts.add(asking);
        }
        String normalized = read.question().normalized();
        boolean corrected = !normalized.equals(read.matchText()) && !normalized.isBlank();
        // A role's name pulls a question toward that role's card; read without it, what else the question
        // asks about ("what kinds of employers can a gen AI developer work for?") can win for the other entries.
        // After a story that is the asking sentence's business: the story is read as typed already.
        String named = story ? asking : normalized;
        String without = read.question().roles().isEmpty() ? "" : withoutRoleNames(named, read.question().roles());
        boolean withoutRoles = !without.isBlank() && !without.equals(named);
        List<String> readings = new ArrayList<>(texts);
        if (corrected) {
            readings.add(normalized);
        }
        if (withoutRoles) {
            readings.add(without);
        }
        Map<String, List<SemanticIndex.Score>> scored = scored(built, readings);
        List<SemanticIndex.Score> askingScores = List.of();
        for (String t : texts) {
            merge(typed, scored.get(t));
            askingScores = scored.get(t);
        }
        // An ask for what to learn, or whether something stands in the way, leaves the choosing to the whole message;
        // whether to answer at all is still weighed on the asking sentence too (typed).
        Map<String, SemanticIndex.Score> all = new HashMap<>();
        merge(all, storyChooses ? scored.get(texts.get(0)) : List.copyOf(typed.values()));
        if (corrected) {
            merge(all, scored.get(normalized));
        }
        if (withoutRoles) {
            for (SemanticIndex.Score sc : scored.get(without)) {
                if (sc.inField() && kb.role(sc.label()).isEmpty()) {
                    all.merge(sc.label(), sc, (a, b) -> a.similarity() >= b.similarity() ? a : b);
                }
            }
        }
        // The words themselves help choose among entries close in meaning ("learning habits" names its topic).
        List<mentorbot.mentor.EntrySearch.Hit> hits = built.index().search(read.question().asking(), id -> true, LEXICAL_HITS);
        if (!hits.isEmpty() && LEXICAL > 0) {
            float max = hits.get(0).score();
            for (mentorbot.mentor.EntrySearch.Hit h : hits) {
                all.computeIfPresent(h.id(), (id, sc) -> new SemanticIndex.Score(sc.label(), sc.inField(), sc.place(),
                        sc.similarity() + LEXICAL * h.score() / max, sc.example()));
            }
        }
        SemanticIndex.Score in = bestOf(typed, true).orElseThrow();
        Question q = read.question();
        boolean anyPlace = !q.places().isEmpty();
        boolean abroad = q.placeAbroad().isPresent() || q.foreignCurrency().isPresent()
                || q.amounts().stream().anyMatch(a -> !a.inDollars());
        // A kind about somewhere in particular applies only to a question that names such a place.
        java.util.function.Predicate<SemanticIndex.Score> applies = s -> !s.inField()
                && (s.place() == null || s.place().equals("any") && anyPlace || s.place().equals("abroad") && abroad)
                && kb.outOfField(s.label()).map(o -> o.cued(read.matchText())).orElse(true);
        Optional<SemanticIndex.Score> out = typed.values().stream().filter(applies)
                .max((a, b) -> Double.compare(a.similarity(), b.similarity()));
        // "…a mortgage and two kids, and everyone says AI will write all the code. am i cooked?": an ask that says nothing
        // of its own cannot make the story about something else; only the whole message can.
        boolean vagueAsk = story && saysNothingOfItsOwn(asked, VAGUE_ASK);
        String told = text.replace(asked, " ");
        double lean = vagueAsk ? 0 : ASKING_ODDS * built.odds().outOfField(asked);
        if (story) {
            double askedOut = askingScores.stream().filter(applies).mapToDouble(SemanticIndex.Score::similarity).max().orElse(0);
            double wholeOut = scored.get(texts.get(0)).stream().filter(applies).mapToDouble(SemanticIndex.Score::similarity).max().orElse(0);
            out = out.map(o -> new SemanticIndex.Score(o.label(), false, o.place(),
                    vagueAsk ? Math.min(wholeOut, STORY_OUT * o.similarity() + (1 - STORY_OUT) * askedOut)
                            : STORY_OUT * o.similarity() + (1 - STORY_OUT) * askedOut, o.example()));
            lean += STORY_ODDS * built.odds().outOfField(told);
        }
        Optional<String> askTop = askingScores.stream().filter(SemanticIndex.Score::inField)
                .max(java.util.Comparator.comparingDouble(SemanticIndex.Score::similarity)).map(SemanticIndex.Score::label);
        return new Match(all, in, out, lean, askTop);
    }

    /** Each text's similarity to the examples: the texts encoded one by one, then compared with the examples in one pass. */
    private Map<String, List<SemanticIndex.Score>> scored(KnowledgeSearch.Built built, List<String> texts) {
        Map<String, float[]> vectors = new java.util.LinkedHashMap<>();
        for (String t : texts) {
            vectors.computeIfAbsent(t, x -> search.encoder().encode(SemanticIndex.forModel(x)));
        }
        List<List<SemanticIndex.Score>> scores = built.semantic().scores(List.copyOf(vectors.values()));
        Map<String, List<SemanticIndex.Score>> out = new HashMap<>();
        int i = 0;
        for (String t : vectors.keySet()) {
            out.put(t, scores.get(i++));
        }
        return out;
    }

    /** Words before the asking sentence that tell a story about the asker ("I taught maths for nine years."). */
    static final int STORY_SCENE_WORDS = 8;
    /** How much of a story's out-of-field closeness is the whole message's; the rest is the asking sentence's alone. */
    static final double STORY_OUT = 0.7;

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The text with the roles' names taken out ("someone" stands in), longest name first. */
    static String withoutRoleNames(String normalized, List<Role> roles) {
        String out = " " + normalized + " ";
        for (Role role : roles) {
            List<String> names = new ArrayList<>();
            role.names().forEach(n -> {
                names.add(mentorbot.knowledge.Normalizer.normalize(n));
                names.add(mentorbot.knowledge.Normalizer.normalize(n) + "s");
            });
            names.sort((a, b) -> Integer.compare(b.length(), a.length()));
            for (String n : names) {
                if (!n.isBlank()) {
                    out = out.replace(" " + n + " ", " someone ");
                }
            }
        }
        return out.strip();
    }

    private static void merge(Map<String, SemanticIndex.Score> into, List<SemanticIndex.Score> scores) {
        for (SemanticIndex.Score s : scores) {
            into.merge(s.label(), s, (a, b) -> a.similarity() >= b.similarity() ? a : b);
        }
    }

    private static Optional<SemanticIndex.Score> bestOf(Map<String, SemanticIndex.Score> scores, boolean inField) {
        return scores.values().stream().filter(s -> s.inField() == inField)
                .max((a, b) -> Double.compare(a.similarity(), b.similarity()));
    }

    /**
     * One question. {@code laterPart}: a later part of a message of several ("…, and how do interviews test it?"),
     * whose context is the answer to the part before rather than an answer the asker has read.
     */
    private Answer single(String text, Subject context, KnowledgeSearch.Built built, boolean laterPart) {
        KnowledgeBase kb = built.kb();
        QuestionReader.Read read = reader.read(text, kb.terms(), built.lexicon());
        Question q = read.question();
        if (Chat.isGreetingOrHelp(q.normalized(), search.vocabulary())) {
            return Answer.of(Declines.greeting());
        }
        int words = q.normalized().split(" ").length;
        // A pronoun in a question that tells its own story first ("I build infra. Which role makes the most
        // of that?") points at that story, not at the conversation.
        // "fine." or "ok, thanks." before the question is no story.
        String askingPart = QuestionParts.asking(text).strip();
        boolean ownStory = !askingPart.equals(text.strip())
                && text.strip().length() - askingPart.length() > SHORT_REMARK;
        boolean followUp = !context.isEmpty() && q.roles().isEmpty() && (q.refersBack() && !ownStory || words <= 4);
        Optional<Entry> discussed = Optional.ofNullable(context.entryId()).flatMap(kb::entry);
        Optional<String> movedTo = followUp ? Sequences.moved(q.normalized(), discussed, mentorbot.knowledge.SkillLevel.labelled(context.level()), kb)
                : Optional.empty();
        if (movedTo.isPresent()) {
            return single(movedTo.get(), context, built, laterPart);
        }
        Optional<String> besideDiscussedRole = ownStory ? Optional.empty() : withDiscussedRoleCompared(text, q, context, kb);
        if (besideDiscussedRole.isPresent()) {
            return single(besideDiscussedRole.get(), context, built, laterPart);
        }
        Match own = match(read, text, built);
        // Answerability is decided on the question's own words first: what came before can never make a
        // question about something else answerable. Only a question that leans on what came before ("and
        // how many joined last year?") and is not clearly about something else is read with it as well.
        boolean leans = followUp && (q.refersBack() || FOLLOW_UP_OPENER.matcher(text).lookingAt());
        Question firstRead = q;
        boolean settled = handlers.stream().anyMatch(h -> h.settles(firstRead, kb));
        // "185K base. What signing bonus should I expect on top?": the sum is the story; what is asked is not in the guides.
        // "…on 145K. Is there room to push for more?" or "78k plus a 5k signing bonus. fair?": the sum is judged.
        boolean askedPastTheSum = settled && ownStory && !q.amounts().isEmpty() && Amounts.in(askingPart).isEmpty() && own.declines()
                && !mentorbot.mentor.salary.SalaryQuestions.judgesTheSum(askingPart, text);
        // "My parents think AI is a bubble… What do I tell them?": the claim, not the family, is what is asked.
        Optional<Anchor> outlook = mentorbot.mentor.salary.MarketClaims.judged(mentorbot.knowledge.Normalizer.normalize(askingPart));
        if (outlook.isPresent()) {
            return finish(answerFor(q, kb.anchor(outlook.get()), kb), q, false);
        }
        if (settled ? own.farOut() || askedPastTheSum : own.declines() && (!leans || own.clearlyDeclines())) {
            return decline(own, kb);
        }
        // About what an entry covers, asking for what it gives no figure for (stock beside the pay bands).
        Optional<Entry> nearest = kb.entry(own.top().label());
        if (!settled && own.out().isPresent() && nearest.isPresent() && owner(nearest.get(), kb).asksWhatItLacks(q, kb)) {
            return decline(own, kb);
        }
        String asked = text;
        Match m = own;
        if (leans && !own.standsOut()) {
            // "there" is a place in the work just discussed only for a question that is in the field on its own
            // words: "what's the weather there?" stays about a place, and out of field.
            String resolvedText = resolve(text, context, kb, !own.declines());
            if (!resolvedText.equals(text)) {
                Match reread = match(reader.read(resolvedText, kb.terms(), built.lexicon()), resolvedText, built);
                // The subject's words put in do not make the question's own words any less out of field.
                Match resolved = own.declines() ? new Match(reread.byLabel(), reread.in(), reread.out(),
                        Math.max(own.lean(), reread.lean()), reread.askTop()) : reread;
                // Leaning out of field on its own words, it must be plainly about the subject once resolved.
                double needed = own.declines() ? Math.max(own.top().similarity(), CONTEXT_OVER) : own.top().similarity();
                // Nor does what came before make a question answerable on its own words a decline.
                if (resolved.top().similarity() > needed && (own.declines() || !resolved.declines())) {
                    asked = resolvedText;
                    m = resolved;
                }
            }
        }
        // "and the collaboration part?" after a responsibility, "why would they be slower?" after the assistants:
        // a neighbour of what was just discussed, matched on the question's own words, is where it moves on to.
        // Unless its pronoun, read as the subject, makes it plainly about that subject ("how fast is it growing?"
        // after the generative AI market is that market's growth, not the neighbouring demand outlook).
        // Read that way, the subject must stay well ahead of the neighbour too: "why would they be slower?" after the
        // assistants is close to both once "they" is the assistants, and moves on to the study that measured it.
        boolean plainlyTheSubject = m != own && BACK_REFERENCE.matcher(text).find() && m.top().label().equals(context.entryId())
                && m.top().similarity() - Optional.ofNullable(m.byLabel().get(own.top().label()))
                        .map(SemanticIndex.Score::similarity).orElse(0.0) >= AHEAD;
        boolean movesOn = namesSomething(q) && movesToNeighbour(own, context, kb) && !plainlyTheSubject;
        if (movesOn) {
            asked = text;
            m = own;
        }
        log.debug("Read {} as {}; nearest in field {}, out of field {}, words' lean {}", asked, q, m.in(), m.out(), m.lean());
        // "why?", "over what time frame?", "which ones?" after an answer: the reasons, the years and the names are in
        // what was just discussed.
        boolean moreOfDiscussed = leans && context.entryId() != null && QuestionReader.asksMoreOfWhatWasSaid(q.normalized());
        if (!moreOfDiscussed && (settled ? m.farOut() : m.declines() || m == own && own.declines())) {
            return decline(m, kb);
        }
        // "what about NLP engineers?", "and for seniors?": only a new subject, for what was just discussed.
        // Without an opener that says so, a question that stands on its own ("deep learning engineer?") is its own.
        boolean opener = FOLLOW_UP_OPENER.matcher(text).lookingAt();
        // A bare level after a pay band ("senior?" after the mid band) is that level's pay, however well it matches alone.
        boolean levelAfterPay = q.roles().isEmpty() && !q.bands().isEmpty()
                && discussed.filter(e -> e instanceof mentorbot.knowledge.SalaryBand).isPresent();
        boolean newSubjectOnly = !context.isEmpty() && context.entryId() != null && onlyNamesSubjects(q)
                && (opener || words <= 3 && (own.top().similarity() < CONTEXT_OVER || levelAfterPay));
        // Close to nothing the bot knows: answered from the conversation only when it points back at it.
        if (m.weak() && !(q.refersBack() && followUp && context.entryId() != null) && !newSubjectOnly) {
            return Declines.outOfField(Optional.<OutOfField>empty(), kb);
        }
        boolean usedContext = !asked.equals(text);
        boolean inheritedRole = false;
        // A short message that plainly means something of its own ("top cities" after "mlops salary") keeps its
        // own subject; one that leans on the conversation, or matches nothing well alone, takes the role discussed.
        Question withRole = followUp ? inherit(q, context, kb) : q;
        boolean standsAlone = !opener && own.standsOut() && !POINTS_AT_SUBJECT.matcher(q.asking()).find()
                && !mentorbot.mentor.role.RoleQuestions.asksOnlyAboutTheRole(withRole);
        if (followUp && !standsAlone) {
            Question inherited = withRole;
            inheritedRole = inherited != q;
            usedContext |= inheritedRole;
            q = inherited;
        }
        // "and mid?" after the entry-level pay: only a new level for the entry just discussed, which answers it at
        // that level; the role taken from the conversation does not make it a question about the role's level.
        boolean sameEntryNewLevel = newSubjectOnly && firstRead.roles().isEmpty() && !firstRead.bands().isEmpty()
                && discussed.isPresent() && !(discussed.get() instanceof Role);
        // "example?" after a responsibility: its example in production, not the examples of the role behind it.
        // A neighbour entry that is not another responsibility ("what each level does") does not take it elsewhere.
        boolean toAnotherDuty = movesOn && kb.entry(own.top().label()).filter(e -> e instanceof mentorbot.knowledge.Responsibility).isPresent();
        // A follow-up (which names no role of its own) on the responsibility just discussed, not moving to another.
        boolean onTheDuty = followUp && !toAnotherDuty && discussed.filter(d -> d instanceof mentorbot.knowledge.Responsibility).isPresent();
        boolean exampleOfDiscussed = onTheDuty && words <= 4
                && mentorbot.mentor.interview.InterviewQuestions.asksForAnExample(firstRead.normalized());
        // "what would a senior build for it?" after a responsibility: that responsibility at that level.
        boolean levelOfDiscussed = onTheDuty
                && (!firstRead.bands().isEmpty() || mentorbot.mentor.interview.InterviewQuestions.asksAboutALead(firstRead.asking()));
        // "how is it tested in interviews?" after a responsibility: how interviews test that one, not interviews in general.
        // Not for a later part of one message: the responsibility its first part was read as may not be the one meant,
        // and the overview of what interviews test covers each.
        boolean interviewOfDiscussed = onTheDuty && !laterPart && firstRead.refersBack()
                && mentorbot.mentor.interview.InterviewQuestions.asksAboutInterviews(firstRead.asking());
        boolean staysOnDiscussed = sameEntryNewLevel || exampleOfDiscussed || levelOfDiscussed || moreOfDiscussed
                || interviewOfDiscussed;
        for (QuestionHandler h : staysOnDiscussed ? List.<QuestionHandler>of() : handlers) {
            Optional<Answer> direct = h.answerFromSlots(q, kb);
            if (direct.isPresent()) {
                return finish(withEducation(withRemoteWork(fromSubject(direct.get()), q, kb), q, text, kb), q, usedContext);
            }
        }
        // "which project answers questions over documents, and at what roadmap level does that skill sit?": the skill
        // pointed at is the one just discussed, named in the question for the skill table to find.
        if (followUp && discussed.isPresent() && !staysOnDiscussed
                && mentorbot.mentor.roadmap.RoadmapQuestions.asksWhereThatSits(firstRead.asking())) {
            String named = resolve(text, context, kb, false);
            if (!named.equals(text)) {
                Question reread = reader.read(named, kb.terms(), built.lexicon()).question();
                Optional<Answer> sits = handlers.stream().filter(h -> h instanceof mentorbot.mentor.roadmap.RoadmapQuestions)
                        .map(h -> h.answerFromSlots(reread, kb)).flatMap(Optional::stream).findFirst();
                if (sits.isPresent()) {
                    return finish(fromSubject(sits.get()), q, true);
                }
            }
        }
        // "I've explained hard things to teenagers for a decade. Does any of that count?": the duty the story is
        // plainly closest to is where the experience fits, when the words name no domain of the guide's examples.
        Optional<mentorbot.knowledge.Responsibility> dutyTold = ownStory && !staysOnDiscussed
                && mentorbot.mentor.interview.InterviewQuestions.asksWhereExperienceFits(q, kb) ? dutyTold(text, built) : Optional.empty();
        if (dutyTold.isPresent()) {
            Answer fits = mentorbot.mentor.interview.InterviewQuestions.experienceFits(dutyTold.get(), kb);
            return finish(AlsoRelevant.add(fits, dutyTold.get(), m.byLabel().values(), q, kb, this::answerFor, AlsoRelevant.STORY), q, usedContext);
        }
        // "3 months into my first AI dev job and it's mostly cleaning datasets. is that normal?": the duty of the role told.
        Optional<Answer> partOfTheJob = ownStory && !staysOnDiscussed
                ? mentorbot.mentor.role.RoleQuestions.partOfTheJob(q, QuestionParts.story(text), kb) : Optional.empty();
        if (partOfTheJob.isPresent()) {
            return finish(partOfTheJob.get(), q, usedContext);
        }
        // "My final round for a senior AI engineer role focuses on what happens after a model ships. What should I
        // prepare?": an interview the story says is about one part of the work is prepared for with that responsibility.
        Optional<mentorbot.knowledge.Responsibility> interviewFocus = ownStory && !staysOnDiscussed
                && PREPARES.matcher(q.asking()).find() ? interviewFocus(text, built) : Optional.empty();
        if (interviewFocus.isPresent()) {
            Answer focus = answered(mentorbot.mentor.interview.InterviewAnswers.responsibility(interviewFocus.get(), kb), interviewFocus.get());
            return finish(AlsoRelevant.add(focus, interviewFocus.get(), m.byLabel().values(), q, kb, this::answerFor, AlsoRelevant.STORY), q, usedContext);
        }
        // "…nobody knows if the new model is better. how do real AI engineers check this after deployment?": how the work
        // told is done is the responsibility the story is plainly closest to.
        Optional<mentorbot.knowledge.Responsibility> workTold = ownStory && !staysOnDiscussed
                && HOW_IT_IS_DONE.matcher(q.asking()).find() ? dutyTold(text, built) : Optional.empty();
        Entry entry = wayIn(workTold.isPresent() ? workTold.get() : kb.entry(m.top().label()).orElseThrow(), q, text, kb);
        // "what kind of integration work would I be doing?": a title the guides describe no further, matched by its focus
        // area though no title is named or asked for, stands for the closest responsibility they point it to, when that
        // is about as close.
        if (entry instanceof Role r && !r.responsibilities().isEmpty() && !mentorbot.mentor.role.RoleAnswers.hasOwnResponsibilities(r)
                && q.roles().isEmpty()
                && !ASKS_FOR_ROLE.matcher(text.toLowerCase(java.util.Locale.ROOT)).find()) {
            Match matched = m;
            Optional<String> duty = r.responsibilities().stream().max(java.util.Comparator.comparingDouble(id -> closeness(matched, id)))
                    .filter(id -> closeness(matched, id) >= matched.top().similarity() - ROLE_CHOICE);
            entry = duty.flatMap(kb::entry).orElse(entry);
        }
        // "in which fields?" after the education requirements: a short message that matches nothing well alone asks
        // more of the topic just discussed, not of the role behind it.
        boolean shortAndVague = followUp && words <= 3 && m == own && m.top().similarity() < CONTEXT_OVER
                && discussed.filter(d -> !(d instanceof Role)).isPresent();
        if (context.entryId() != null && (staysOnDiscussed || !movesOn && (m.weak() || newSubjectOnly || shortAndVague
                || opener && m.top().similarity() < CONTEXT_OVER))) {
            entry = kb.entry(context.entryId()).orElse(entry);
            usedContext = true;
        } else if (inheritedRole && !movesOn && (entry instanceof Role || m.top().similarity() < CONTEXT_OVER)) {
            entry = q.roles().get(0); // "what tools does that role use?": about the role just discussed
        }
        Answer answer = answerOf(q, asked, entry, m, built);
        // Someone who tells their situation, compares, weighs a choice or a claim usually needs more than one fact:
        // the next closest entries, as closely matched, follow the answer.
        boolean moreThanTheRole = entry instanceof Role && q.roles().contains(entry)
                && !mentorbot.mentor.role.RoleQuestions.asksOnlyAboutTheRole(q);
        if (ownStory || moreThanTheRole || q.shape() == Shape.COMPARISON || q.shape() == Shape.SITUATION || q.shape() == Shape.CHOICE
                || q.shape() == Shape.JUDGEMENT && q.amounts().isEmpty()) {
            double within = ownStory || q.shape() == Shape.SITUATION ? AlsoRelevant.STORY : AlsoRelevant.WITHIN;
            answer = AlsoRelevant.add(answer, entry, m.byLabel().values(), q, kb, this::answerFor, within);
        } else {
            // Two entries about equally close: the question is likely about both.
            answer = AlsoRelevant.add(answer, entry, m.byLabel().values(), q, kb, this::answerFor, AlsoRelevant.TIE);
        }
        return finish(withEducation(withRemoteWork(answer, q, kb), q, text, kb), q, usedContext);
    }

    /** A story that says the asker has no degree: "self-taught, no degree", "never finished college", "can't afford a masters". */
    private static final Pattern NO_DEGREE = Pattern.compile("(?i)\\b(no (cs |college |university |uni )?degree|without a degree"
            + "|never (finished|got|completed) (college|uni|university|school|my degree)|dropped out|drop ?out|self[- ]taught"
            + "|can'?t afford (a |the )?(masters?|master'?s|degree|college|uni|university)|didn'?t (go to|finish) (college|uni|university))\\b");
    /** Words of an answer that already speak of education. */
    private static final Pattern SPEAKS_OF_DEGREES = Pattern.compile("(?i)\\b(degree|degrees|bachelor'?s?|master'?s)\\b");

    /**
     * "lagos based self taught python dev, no degree… how do i actually get hired?": for someone whose story says they
     * have no degree, an answer that does not speak of degrees is followed by what the guides require.
     */
    private Answer withEducation(Answer answer, Question q, String text, KnowledgeBase kb) {
        Reply r = answer.reply();
        // The whole message first: most say nothing of degrees, and need no split into story and ask.
        if (!r.matched() || !NO_DEGREE.matcher(text).find() || !NO_DEGREE.matcher(QuestionParts.story(text)).find()) {
            return answer;
        }
        String said = r.lead() + " " + r.intro() + " " + r.sections().stream()
                .map(s -> s.heading() + " " + s.text() + " " + String.join(" ", s.items())).collect(java.util.stream.Collectors.joining(" "));
        if (SPEAKS_OF_DEGREES.matcher(said).find()) {
            return answer;
        }
        Entry education = kb.anchor(Anchor.EDUCATION);
        return AlsoRelevant.with(answer, List.of(answerFor(q, education, kb).reply()));
    }

    /**
     * "I live in rural Montana and can't relocate. Am I stuck with bad pay?": for someone who stays where they live, the
     * pay is followed by the remote work the market trends speak of.
     */
    private Answer withRemoteWork(Answer answer, Question q, KnowledgeBase kb) {
        Entry trends = kb.anchor(Anchor.MARKET_TRENDS);
        List<String> ids = answer.reply().entryIds();
        boolean aboutPay = ids.stream().flatMap(id -> kb.entry(id).stream())
                .anyMatch(e -> owner(e, kb) instanceof mentorbot.mentor.salary.SalaryQuestions);
        if (!aboutPay || ids.contains(trends.id()) || !mentorbot.mentor.interview.InterviewQuestions.staysWhereTheyLive(q)) {
            return answer;
        }
        return AlsoRelevant.with(answer, List.of(answerFor(q, trends, kb).reply()));
    }

    /**
     * The entry that answers an ask about the way into the field, for the entry the examples chose: "journalist who
     * writes about tech, want to move into AI. realistic path?" is the way in, not the ladder inside; for someone who
     * stays where they live ("rural kansas, not moving anytime soon. can i realistically work as an AI engineer from
     * here?") it is remote work, which the market trends speak of.
     */
    private static Entry wayIn(Entry chosen, Question q, String text, KnowledgeBase kb) {
        Entry entry = chosen;
        if (entry == kb.anchor(Anchor.CAREER_PATH) && mentorbot.mentor.interview.InterviewQuestions.asksAboutGettingIn(q.asking())
                && !UP_THE_LADDER.matcher(text.toLowerCase(java.util.Locale.ROOT)).find() && !RUNGS.matcher(text).find()) {
            entry = kb.anchor(Anchor.CAREER_SWITCH);
        }
        boolean aboutGettingIn = entry == kb.anchor(Anchor.CAREER_SWITCH) || entry == kb.anchor(Anchor.CAREER_PATH)
                || entry == kb.anchor(Anchor.DEMAND_OUTLOOK);
        return aboutGettingIn && mentorbot.mentor.interview.InterviewQuestions.staysWhereTheyLive(q) ? kb.anchor(Anchor.MARKET_TRENDS) : entry;
    }

    /** Whether the question has a word of its own beyond function words ("why?", "and that?" have none). */
    private boolean namesSomething(Question q) {
        return List.of(q.normalized().split(" ")).stream()
                .anyMatch(w -> w.length() > 2 && !search.vocabulary().stopWords().contains(w) && !BACK_WORDS.contains(w));
    }

    private static final java.util.Set<String> BACK_WORDS = java.util.Set.of("it", "that", "this", "they", "them", "their",
            "those", "these", "its", "there", "then", "same", "why", "how", "what", "and", "about");

    /** Whether a follow-up's own best match is a neighbour of the subject just discussed, not the subject itself. */
    private static boolean movesToNeighbour(Match own, Subject context, KnowledgeBase kb) {
        if (context.entryId() == null || own.declines() || own.weak()) {
            return false;
        }
        Optional<Entry> before = kb.entry(context.entryId());
        Optional<Entry> now = kb.entry(own.top().label());
        return before.isPresent() && now.isPresent() && before.get() != now.get() && neighbours(before.get(), now.get());
    }

    /** Two responsibilities, two rows, two steps, two FAQ answers; or entries that name each other as related. */
    static boolean neighbours(Entry a, Entry b) {
        boolean siblings = a.getClass() == b.getClass() && !(a instanceof Topic) && !(a instanceof Role);
        return siblings || related(a).contains(b.id()) || related(b).contains(a.id());
    }

    private static List<String> related(Entry e) {
        if (e instanceof Topic t) {
            return t.related();
        }
        if (e instanceof Role r) {
            return r.related();
        }
        return e instanceof mentorbot.knowledge.Faq f ? f.related() : List.of();
    }

    /** The answer its owner gives about one entry, for "also relevant" parts. */
    private Answer answerFor(Question q, Entry entry, KnowledgeBase kb) {
        return answered(owner(entry, kb).answer(q, entry, kb), entry);
    }

    /** The answer naming {@code entries} as what answered it, unless its feature named them already; a decline names none. */
    private static Answer answered(Answer answer, Entry... entries) {
        Reply reply = answer.reply();
        if (!reply.matched() || !reply.entryIds().isEmpty()) {
            return answer;
        }
        return new Answer(reply.withEntries(java.util.Arrays.stream(entries).map(Entry::id).toList()), answer.subject(),
                answer.usedContext());
    }

    /** An answer found by what the question names: the entry (or else the role) its subject says it was built from. */
    private static Answer fromSubject(Answer answer) {
        Reply reply = answer.reply();
        String id = answer.subject().entryId() != null ? answer.subject().entryId() : answer.subject().roleId();
        if (!reply.matched() || !reply.entryIds().isEmpty() || id == null) {
            return answer;
        }
        return new Answer(reply.withEntries(List.of(id)), answer.subject(), answer.usedContext());
    }

    private static Answer decline(Match m, KnowledgeBase kb) {
        return Declines.outOfField(kb.outOfField(m.out().get().label()), kb);
    }

    /** Follow-up openers: "and …", "what about …", "how about …". */
    private static final Pattern FOLLOW_UP_OPENER = Pattern.compile("(?i)\\s*(and|what about|how about|also|ok and|okay and|same for)\\b");
    /** A question's own match below this gives way to the conversation when it opens like a follow-up. */
    static final double CONTEXT_OVER = 0.6;

    /**
     * The answer, remembering the role the question named by its title ("an AI developer") when the
     * answer itself names none; a field's name that doubles as a role's alias ("gen AI") is not a role.
     */
    private static Answer finish(Answer answer, Question q, boolean usedContext) {
        Subject subject = answer.subject().roleId() == null && q.role().isPresent() && answer.reply().matched()
                && q.role().get().namedAsJobIn(q.normalized())
                ? new Subject(q.role().get().id(), answer.subject().level(), answer.subject().entryId()) : answer.subject();
        return new Answer(answer.reply(), subject, answer.usedContext() || usedContext);
    }

    /** Whether the text names the role at all, as a job or as its field. */
    static boolean mentions(String normalized, Role role) {
        String padded = " " + normalized + " ";
        return role.names().stream().map(mentorbot.knowledge.Normalizer::normalize)
                .anyMatch(n -> !n.isBlank() && (padded.contains(" " + n + " ") || padded.contains(" " + n + "s ")));
    }

    /** Words that carry no subject in a follow-up such as "and what about the senior level then?". */
    private static final java.util.Set<String> FOLLOW_UP_FILLER = java.util.Set.copyOf(java.util.List.of("and", "what", "about", "how", "for",
            "the", "a", "an", "at", "level", "levels", "then", "so", "ok", "okay", "one", "ones", "those", "people", "folks",
            "engineers", "engineer", "role", "roles", "is", "are", "in", "of", "same", "now", "also", "but", "if",
            "tier", "band", "stage", "there", "than", "on", "to", "you", "like", "right", "guys",
            "developers", "developer", "devs", "dev", "position", "positions", "title", "titles", "job", "jobs", "once",
            "re", "when", "reach", "become", "becoming", "get", "getting", "hit", "say", "let", "s", "with",
            "i", "im", "m", "am", "after", "we", "reached", "reaching", "hits"));

    /** Whether a question names a role, a level or a place and nothing else ("and for seniors?", "what about NLP?"). */
    private static boolean onlyNamesSubjects(Question q) {
        if (!q.namesSubject()) {
            return false;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        q.bands().forEach(b -> {
            named.addAll(List.of(mentorbot.knowledge.Normalizer.normalize(b.level()).split(" ")));
            b.aliases().forEach(a -> named.addAll(List.of(mentorbot.knowledge.Normalizer.normalize(a).split(" "))));
        });
        q.roles().forEach(r -> r.names().forEach(n -> named.addAll(List.of(mentorbot.knowledge.Normalizer.normalize(n).split(" ")))));
        q.places().forEach(p -> named.addAll(List.of(p.name().split(" "))));
        q.skill().ifPresent(l -> named.add(l.label().toLowerCase(java.util.Locale.ROOT)));
        for (String w : q.normalized().split(" ")) {
            String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (!w.isEmpty() && !FOLLOW_UP_FILLER.contains(w) && !named.contains(w) && !named.contains(singular)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "how does it compare to an AI systems engineer?" after the robotics role: the question with the role discussed
     * put in for its pronoun, so both roles are set side by side. Only when the pronoun is one of the two sides:
     * "bachelor's vs master's for AI engineering, does it matter?" sets two other things side by side.
     */
    private static Optional<String> withDiscussedRoleCompared(String text, Question q, Subject context, KnowledgeBase kb) {
        Optional<Role> discussedRole = Optional.ofNullable(context.roleId()).flatMap(kb::role);
        if (discussedRole.isEmpty() || q.roles().size() != 1 || q.roles().get(0) == discussedRole.get()
                || !SETS_SIDE_BY_SIDE.matcher(q.asking()).find()) {
            return Optional.empty();
        }
        boolean pronounIsASide = Comparisons.sides(text)
                .map(sides -> sides.stream().anyMatch(side -> ROLE_PRONOUN.matcher(side).find() && side.split("\\s+").length <= 3))
                .orElse(true);
        java.util.regex.Matcher pronoun = ROLE_PRONOUN.matcher(text);
        return pronounIsASide && pronoun.find()
                ? Optional.of(text.substring(0, pronoun.start()) + discussedRole.get().title() + text.substring(pronoun.end()))
                : Optional.empty();
    }

    /**
     * The question with what the conversation is about named in place of "it"/"that": the role just
     * discussed when the last answer was about it (its card, pay or skills), else the entry answered.
     * {@code thereIsTheSubject}: "there" stands for it too.
     */
    private static String resolve(String text, Subject context, KnowledgeBase kb, boolean thereIsTheSubject) {
        Optional<Entry> last = Optional.ofNullable(context.entryId()).flatMap(kb::entry);
        Optional<Role> role = Optional.ofNullable(context.roleId()).flatMap(kb::role);
        boolean aboutRole = role.isPresent() && (last.isEmpty() || last.get() instanceof Role
                || last.get() instanceof mentorbot.knowledge.SalaryBand || last.get() instanceof mentorbot.knowledge.ProgressionRow
                || last.get() instanceof mentorbot.knowledge.Step);
        // A question of the FAQ makes a poor noun: only roles and topics stand in for "it".
        Optional<String> subject = aboutRole ? role.map(Role::title)
                : last.filter(e -> !(e instanceof mentorbot.knowledge.Faq) && !(e instanceof mentorbot.knowledge.Step))
                        .map(e -> e instanceof mentorbot.knowledge.Responsibility r ? r.title() : e.title())
                        .or(() -> role.map(Role::title));
        if (subject.isEmpty()) {
            return text;
        }
        // "Anthropic (Claude 3)" stands in as "Anthropic": a bracket inside the question would split it in two.
        String bare = PARENTHESIS.matcher(subject.get()).replaceAll("");
        subject = Optional.of(bare.isBlank() ? subject.get() : bare);
        if (aboutRole) {
            text = GET_THERE.matcher(text).replaceFirst("become a " + subject.get()); // "how do I get there?"
        }
        java.util.regex.Matcher pronoun = (thereIsTheSubject ? BACK_REFERENCE_OR_THERE : BACK_REFERENCE).matcher(text);
        String asking = QuestionParts.asking(text);
        int from = Math.max(0, text.lastIndexOf(asking.length() > 20 ? asking.substring(0, 20) : asking));
        if (pronoun.find(from)) {
            // "how would a junior contribute there?": the place in the work just discussed.
            String stand = pronoun.group().equalsIgnoreCase("there") ? "in " + subject.get() : subject.get();
            return text.substring(0, pronoun.start()) + stand + text.substring(pronoun.end());
        }
        return FOLLOW_UP_OPENER.matcher(text).lookingAt() ? text.strip() + " (" + subject.get() + ")" : text;
    }

    /** Words that set two things side by side. */
    private static final Pattern SETS_SIDE_BY_SIDE = Pattern.compile("\\b(compare[sd]?|comparison|vs|versus|than|differ|difference|different)\\b");
    /** A pronoun that can stand for a role. */
    private static final Pattern ROLE_PRONOUN = Pattern.compile("(?i)\\b(that role|this role|that job|this job|that title|that one|this one|it|they|them)\\b");

    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)");

    private static final Pattern GET_THERE = Pattern.compile("(?i)\\b(get|go|move|make it) there\\b");

    /** Words that stand for the subject of the conversation. */
    private static final String SUBJECT_WORDS =
            "that role|this role|the role|that job|this job|that title|that one|this one|that|this|it|they|them|those|these|its|theirs|their";
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)\\b(" + SUBJECT_WORDS + ")\\b");
    /** The same, with "there" as a place in the work ("how would a junior contribute there?"), not "is there" or "get there". */
    private static final Pattern BACK_REFERENCE_OR_THERE = Pattern.compile("(?i)\\b(" + SUBJECT_WORDS
            + "|(?<!\\b(?:is|are|was|were|be|been|get|go|out) )there(?! (?:is|are|was|were|s|be)\\b))\\b");

    /** A comparison, a question asking which role fits, or else the question about the entry found. */
    private Answer answerOf(Question q, String text, Entry entry, Match m, KnowledgeSearch.Built built) {
        KnowledgeBase kb = built.kb();
        // "I like forecasting from old data, like predicting which customers leave. Is that genAI or something else?":
        // what "that" is, is the role the story points at; it is set beside the role named.
        // Not the umbrella role: "would that be AI engineer work?" asks whether the work belongs to the family.
        Optional<Role> storyIs = q.rolesAsked().size() == 1 && q.rolesAsked().get(0) != kb.anchor(Anchor.GENERAL_ROLE)
                && isThatTheRole(QuestionParts.asking(text), q.rolesAsked().get(0), kb)
                ? roleToldPlainly(text, built).filter(r -> r != q.rolesAsked().get(0)) : Optional.empty();
        if (storyIs.isPresent()) {
            Role first = storyIs.get();
            Role second = q.rolesAsked().get(0);
            Question both = q.withSubjects(List.of(first, second), q.bands(), q.skill()).withShape(Shape.COMPARISON);
            // The guides' own comparison of the two, when they have one, says how they differ.
            Optional<Entry> theirs = kb.entries().stream().filter(e -> !(e instanceof Role) && isComparisonEntry(e)
                    && kb.terms().scan(e.title()).roles().containsAll(List.of(first, second))).findFirst();
            if (theirs.isPresent()) {
                return answered(owner(theirs.get(), kb).answer(both, theirs.get(), kb), theirs.get());
            }
            Optional<Answer> compared = owner(first, kb).compare(both, first, second, kb);
            if (compared.isPresent()) {
                return answered(compared.get(), first, second);
            }
        }
        if (q.shape() == Shape.COMPARISON || MAYBE_TWO.matcher(QuestionParts.asking(text)).find()) {
            Optional<Answer> compared = compare(q, text, entry, built);
            if (compared.isPresent()) {
                return compared.get();
            }
        }
        // A field named in passing ("now learning ML") is not a title the asker already has in mind.
        boolean inPassing = !q.roles().isEmpty() && q.roles().stream().allMatch(r -> mentions(q.normalized(), r) && !r.namedAsJobIn(q.normalized()));
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        // "Which AI engineer title fits me?" names the family, not a title: the asker chooses among its variations.
        boolean familyOnly = q.roles().size() == 1 && q.roles().get(0) == kb.anchor(Anchor.GENERAL_ROLE)
                && TITLE_THAT_FITS.matcher(lower).find();
        // "Two years as an ML engineer building CNNs. Which title matches that?", "Which AI engineer title covers
        // that?": the roles of the story are where the asker stands, the family named is where to choose; a title is chosen.
        boolean titleChosen = !q.roles().isEmpty() && q.rolesAsked().stream().allMatch(r -> r == kb.anchor(Anchor.GENERAL_ROLE))
                && TITLE_THAT_FITS.matcher(QuestionParts.asking(text).toLowerCase(java.util.Locale.ROOT)).find();
        if ((q.roles().isEmpty() || inPassing || familyOnly || titleChosen) && ASKS_FOR_ROLE.matcher(lower).find() && !UP_THE_LADDER.matcher(lower).find()) {
            // The role that fits best, when a role is close to the best match at all.
            double top = m.top().similarity();
            Optional<Role> fits = m.best(id -> kb.role(id).isPresent()).filter(s -> s.similarity() >= Math.max(FLOOR, top - ROLE_CHOICE))
                    .flatMap(s -> kb.role(s.label()));
            Role general = (Role) kb.anchor(Anchor.GENERAL_ROLE);
            // "I want to move into NLP work, what role?": the field they name is the strongest cue, when it is about as close.
            // "Which AI engineering title is about language?" names the family to choose in, not a field.
            if (inPassing && fits.isPresent() && !q.roles().contains(fits.get())) {
                Role best = fits.get();
                double bar = m.byLabel().get(best.id()).similarity() - ROLE_CHOICE;
                fits = m.best(id -> !id.equals(general.id()) && q.roles().stream().anyMatch(r -> r.id().equals(id)))
                        .filter(s -> s.similarity() >= bar).flatMap(s -> kb.role(s.label())).or(() -> Optional.of(best));
            }
            // The umbrella role fits everyone a little: a variation about as close fits this asker better.
            if (fits.filter(r -> r == general).isPresent()) {
                double bar = m.byLabel().get(general.id()).similarity() - SPECIFIC_ROLE;
                fits = m.best(id -> kb.role(id).isPresent() && !id.equals(general.id())).filter(s -> s.similarity() >= bar)
                        .flatMap(s -> kb.role(s.label())).or(() -> Optional.of(general));
            }
            // "Drones and robot arms excite me. Which AI title?": the asking sentence fits every role alike; what the
            // asker tells of themselves chooses, when it points at one role plainly.
            // "…i like building stuff people click on, not research. where do i land?": an ask that names nothing
            // matches no role well, so the story alone chooses, unless the message is plainly about something else
            // ("I want to invent new architectures and publish. Which role suits me?" is the PhD question).
            Optional<Role> told = roleTold(text, m, built);
            // A close match that the ask alone makes ("which role and level?" is close to what each level does) is the
            // ask's, not the story's, and leaves the choosing to the story too.
            String ask = QuestionParts.asking(text);
            boolean storyChooses = saysNothingOfItsOwn(ask) && (m.top().similarity() < SELF_EVIDENT || m.askTop().equals(Optional.of(m.top().label())));
            if (told.isPresent() && (fits.isPresent() || storyChooses)) {
                fits = told;
            }
            if (fits.isPresent()) {
                Question choice = q.withSubjects(List.of(), q.bands(), q.skill()).withShape(Shape.CHOICE);
                return answered(owner(fits.get(), kb).answer(choice, fits.get(), kb), fits.get());
            }
        }
        return answered(owner(entry, kb).answer(q, entry, kb), entry);
    }

    private static double closeness(Match m, String label) {
        return Optional.ofNullable(m.byLabel().get(label)).map(SemanticIndex.Score::similarity).orElse(0.0);
    }

    /** Words of an ask for one of a kind of tool that names none ("which API?", "what framework should we use then?"). */
    private static final java.util.Set<String> PICK_ASK = java.util.Set.of("api", "apis", "tool", "tools", "framework",
            "frameworks", "provider", "providers", "platform", "platforms", "library", "libraries", "model", "models", "llm",
            "llms", "one", "ones", "use", "pick", "choose", "go", "then", "best", "recommended", "option", "options");

    /** Words of a part that asks only which title or level ("what role/level?"). */
    private static final java.util.Set<String> TITLE_OR_LEVEL = java.util.Set.of("title", "titles", "role", "roles", "job",
            "jobs", "position", "level", "levels", "seniority", "fit", "fits", "match", "matches", "best", "kind", "type", "sort");

    /** Words of "which title matches that?" that name no interest. */
    private static final java.util.Set<String> CHOOSING_WORDS = java.util.Set.of("title", "titles", "role", "roles", "job",
            "jobs", "fit", "fits", "suit", "suits", "match", "matches", "best", "closest", "right", "ai", "engineer",
            "engineering", "kind", "type", "sort", "position", "that", "this", "me", "my", "background", "would", "should", "where",
            "land", "belong", "slot", "end",
            // "which role and level?": a title's card gives its level.
            "level", "levels", "seniority",
            // A question the story reports: "she asked me what job title she should be aiming for, no clue. thoughts?"
            "aiming", "aim", "targeting", "asked", "asking", "wondering", "no", "clue", "idea", "sure", "thoughts", "even");

    private boolean saysNothingOfItsOwn(String asking) {
        return saysNothingOfItsOwn(asking, CHOOSING_WORDS);
    }

    /** Whether every word of the asking sentence is a little word or one of {@code words}. */
    private boolean saysNothingOfItsOwn(String asking, java.util.Set<String> words) {
        return List.of(mentorbot.knowledge.Normalizer.normalize(asking).split(" ")).stream()
                .allMatch(w -> w.isEmpty() || words.contains(w) || search.vocabulary().stopWords().contains(w));
    }

    /** Words of an ask that wants a view on the story without naming anything ("thoughts?", "am i cooked?", "worth it?"). */
    private static final java.util.Set<String> VAGUE_ASK = java.util.Set.of("thoughts", "thoughs", "thought", "opinion",
            "opinions", "advice", "ideas", "idea", "cooked", "doomed", "screwed", "toast", "done", "normal", "realistic",
            "possible", "feasible", "worth", "ok", "okay", "fine", "good", "bad", "smart", "dumb", "crazy", "late", "now",
            "next", "help", "hope", "chance", "chances", "way", "ways", "cheaper", "better", "anything", "something", "else",
            "pls", "please", "lol", "tbh", "idk", "honestly", "honest", "straight", "sugarcoating", "brutal", "talk", "real", "give",
            "really", "even", "thing", "move", "call", "take", "suggestions", "whats", "kidding", "fooling", "delusional", "dreaming",
            "myself", "dinosaur", "obsolete", "outdated", "behind",
            // "what's the guide's advice?", "what would the guides say?"
            "guide", "guides", "say", "says", "recommend", "recommends", "suggest", "suggests", "recommendation");

    /** Words of an ask for what to learn that names nothing to learn ("what should I be learning now?"). */
    private static final java.util.Set<String> LEARN_ASK = java.util.Set.of("learn", "learning", "study", "studying", "focus",
            "focusing", "next", "now", "first", "start", "begin", "pick", "improve", "skills", "skill", "should", "be", "get",
            "better", "even", "then", "actually");
    /** Asking whether something told stands in the way: "does this rule me out?", "will that hurt my chances?". */
    private static final Pattern OBSTACLE_ASK = Pattern.compile(
            "(?i)\\b(rule[sd]? me out|hurt my (chances|odds)|hold me back|count against me|a deal ?breaker|disqualif\\w*)\\b");
    /** Asking what is used for what the story told: "what do people use for that?", "which tools for this part?". */
    private static final Pattern USED_FOR_THAT = Pattern.compile(
            "(?i)\\b(?:what|which)\\b(?: \\w+){0,4} (?:use|used|using|tools?|platforms?|services?|stack)\\b(?: \\w+){0,2} (?:for|with|in) (?:that|this|it)\\b");
    private static final Pattern LEARN_VERB = Pattern.compile("(?i)\\b(learn|learning|study|studying|focus|focusing)\\b");

    /** Words of a story before a "which role fits?" that can tell an interest or a background. */
    static final int TOLD_WORDS = 5;
    /** How close a story must come to its best role to choose among roles when the ask names nothing of its own. */
    static final double FAINT_STORY = 0.25;
    /** How far ahead of the next role the story's best role must be to choose it. */
    static final double TOLD_AHEAD = 0.04;

    /**
     * The role the story before the asking sentence points at plainly. When the asking sentence names nothing of its
     * own ("…Which title matches that?"), the story is all there is to choose by: of the roles it points at about
     * equally, the one the whole message is closest to.
     */
    private Optional<Role> roleTold(String text, Match m, KnowledgeSearch.Built built) {
        List<SemanticIndex.Score> roles = storyRoles(text, built);
        String asking = QuestionParts.asking(text);
        // "I like research papers but also shipping products. Which AI role fits?": an ask that names nothing matches
        // every role's "which role fits" examples alike, so even a story that points only faintly chooses better.
        double floor = saysNothingOfItsOwn(asking) ? FAINT_STORY : FLOOR;
        if (roles.size() < 2 || roles.get(0).similarity() < floor) {
            return Optional.empty();
        }
        KnowledgeBase kb = built.kb();
        double best = roles.get(0).similarity();
        if (best - roles.get(1).similarity() >= TOLD_AHEAD) {
            return kb.role(roles.get(0).label());
        }
        if (!saysNothingOfItsOwn(asking)) {
            return Optional.empty();
        }
        // "what kind of AI engineer role fits?" chooses among the family's variations: the family itself is no answer.
        Role general = (Role) kb.anchor(Anchor.GENERAL_ROLE);
        boolean familyNamed = kb.terms().scan(mentorbot.knowledge.Normalizer.normalize(asking)).roles().contains(general);
        return roles.stream().filter(sc -> best - sc.similarity() < TOLD_AHEAD && !(familyNamed && sc.label().equals(general.id())))
                .max((a, b) -> Double.compare(closeness(m, a.label()), closeness(m, b.label())))
                .flatMap(sc -> kb.role(sc.label()));
    }

    /** The roles closest to the story before the asking sentence, best first; none for a story too short to tell. */
    private List<SemanticIndex.Score> storyRoles(String text, KnowledgeSearch.Built built) {
        // "civil engineer here, 7 yrs designing bridges. I like the idea of AI that touches the physical world": what
        // draws the asker chooses; the background would only point at the title most like "engineer".
        String interests = QuestionParts.withoutDislikes(QuestionParts.interests(text.replace(QuestionParts.asking(text), " "))).strip();
        return words(interests) >= TOLD_WORDS ? closest(interests, built, id -> built.kb().role(id).isPresent())
                : storyEntries(text, built, id -> built.kb().role(id).isPresent());
    }

    /** The entries {@code kept} closest to the story before the asking sentence, best first; none for a story too short to tell. */
    private List<SemanticIndex.Score> storyEntries(String text, KnowledgeSearch.Built built, java.util.function.Predicate<String> kept) {
        String story = QuestionParts.withoutDislikes(text.replace(QuestionParts.asking(text), " ")).strip();
        if (words(story) < TOLD_WORDS) {
            return List.of();
        }
        return closest(story, built, kept);
    }

    /** The entries {@code kept} closest to some words, best first. */
    private List<SemanticIndex.Score> closest(String words, KnowledgeSearch.Built built, java.util.function.Predicate<String> kept) {
        return built.semantic().scores(search.encoder().encode(SemanticIndex.matchForm(words, built.kb()))).stream()
                .filter(sc -> sc.inField() && kept.test(sc.label()))
                .sorted((a, b) -> Double.compare(b.similarity(), a.similarity())).toList();
    }

    /** The responsibility the story points at ahead of every other, if any. */
    private Optional<mentorbot.knowledge.Responsibility> dutyTold(String text, KnowledgeSearch.Built built) {
        KnowledgeBase kb = built.kb();
        return plainlyClosest(storyEntries(text, built, id -> kb.responsibility(id).isPresent()), kb);
    }

    /** The responsibility of {@code duties} (best first) close enough and well ahead of the next, if any. */
    private static Optional<mentorbot.knowledge.Responsibility> plainlyClosest(List<SemanticIndex.Score> duties, KnowledgeBase kb) {
        return duties.size() >= 2 && duties.get(0).similarity() >= DUTY_FLOOR
                && duties.get(0).similarity() - duties.get(1).similarity() >= DUTY_AHEAD
                ? kb.responsibility(duties.get(0).label()) : Optional.empty();
    }

    /** Asking how the work the story tells is done: "how do real AI engineers check this?", "how would a pro handle that?". */
    private static final Pattern HOW_IT_IS_DONE = Pattern.compile(
            "\\bhow (?:do |does |would |should |can |will )?(?:the |a |an )?(?:real |actual |proper |good |other |experienced )?"
                    + "(?:ai engineers?|engineers?|they|people|teams?|pros?|companies|professionals?)\\s+(?:\\w+\\s+)?(?:this|that|it|these|those)\\b");

    /** What an interview in the story is about: "my final round focuses on what happens after a model ships". */
    private static final Pattern INTERVIEW_ABOUT = Pattern.compile(
            "(?i)\\b(?:interviews?|round|rounds|loop|onsite|on-site|screen|panel)\\b[^.?!]{0,40}?\\b(?:focus(?:es|ed|ing)? (?:on|around)|(?:is|are) (?:all |mostly )?about|centers? on|will test|tests)\\s+([^.?!]{8,})");
    /** Asking how to prepare: "what should I prepare?", "what do I brush up on?". */
    private static final Pattern PREPARES = Pattern.compile("(?i)\\b(prepare|prep|brush up|study|review|practice|expect)\\b");

    /** The responsibility the topic of an interview the story describes is plainly closest to, if any. */
    private Optional<mentorbot.knowledge.Responsibility> interviewFocus(String text, KnowledgeSearch.Built built) {
        java.util.regex.Matcher about = INTERVIEW_ABOUT.matcher(text);
        if (!about.find()) {
            return Optional.empty();
        }
        KnowledgeBase kb = built.kb();
        return plainlyClosest(closest(about.group(1), built, id -> kb.responsibility(id).isPresent()), kb);
    }

    /** How close a story must come to a responsibility for it to be where the asker's experience fits. */
    static final double DUTY_FLOOR = 0.35;
    /** How far ahead of the next responsibility. */
    static final double DUTY_AHEAD = 0.02;

    /** The role the story points at well ahead of every other, if any. */
    private Optional<Role> roleToldPlainly(String text, KnowledgeSearch.Built built) {
        List<SemanticIndex.Score> roles = storyRoles(text, built);
        return roles.size() >= 2 && roles.get(0).similarity() >= FLOOR && roles.get(0).similarity() - roles.get(1).similarity() >= TOLD_AHEAD
                ? built.kb().role(roles.get(0).label()) : Optional.empty();
    }

    /** "is that genAI or something else?", "would this be NLP?": asks whether what was just told is the role named. */
    private static boolean isThatTheRole(String asking, Role named, KnowledgeBase kb) {
        java.util.regex.Matcher m = IS_THAT.matcher(mentorbot.knowledge.Normalizer.normalize(asking));
        if (!m.lookingAt()) {
            return false;
        }
        String[] rest = m.replaceFirst("").strip().split(" ");
        int n = Math.min(ROLE_NAME_WORDS, rest.length);
        String start = String.join(" ", java.util.Arrays.copyOf(rest, n));
        // The name starts right there: "is that something gen AI developers do?" asks what the role does.
        String past = String.join(" ", java.util.Arrays.copyOfRange(rest, Math.min(1, n), n));
        return kb.terms().scan(start).roles().contains(named) && !kb.terms().scan(past).roles().contains(named);
    }

    private static final Pattern IS_THAT = Pattern.compile("(?:so |but |and )?(?:is|isn t|would|wouldn t|does) (?:that|this|it) "
            + "(?:(?:count|counts) as |be |fall under |sound like |considered |called |more |really |actually |basically |just |a |an |the )*");
    /** Words a role's name takes at most. */
    private static final int ROLE_NAME_WORDS = 4;

    /**
     * Two things side by side. Two roles: the entry found answers when it is itself about exactly
     * those two, its feature next (pay compares their pay), the roles' own comparison otherwise.
     * Anything else: the entries the two sides of the question each match best.
     */
    private Optional<Answer> compare(Question q, String text, Entry entry, KnowledgeSearch.Built built) {
        KnowledgeBase kb = built.kb();
        QuestionHandler owner = owner(entry, kb);
        List<Role> weighed = mentorbot.mentor.role.RoleQuestions.weighed(q);
        // A comparison of the guides' own is the answer only when it sets the two roles weighed side by side.
        boolean otherRoles = weighed.size() == 2 && weighed.size() < q.roles().size()
                && !kb.terms().scan(entry.title()).roles().containsAll(weighed);
        if (otherRoles) {
            return owner(weighed.get(0), kb).compare(q, weighed.get(0), weighed.get(1), kb)
                    .map(a -> answered(a, weighed.get(0), weighed.get(1)));
        }
        if (isComparisonEntry(entry)) {
            return Optional.empty(); // the entry found sets the two things side by side itself ("FAANG vs. a mid-size company")
        }
        Optional<Answer> oneSided = Comparisons.sides(text).flatMap(s -> knownSideOnly(q, s, built));
        if (oneSided.isPresent()) {
            return oneSided;
        }
        Optional<List<Entry>> sides = sideEntries(text, built);
        if (sides.isPresent() && !(sides.get().get(0) instanceof Role && sides.get().get(1) instanceof Role)) {
            Entry first = sides.get().get(0);
            Entry second = sides.get().get(1);
            QuestionHandler firstOwner = owner(first, kb);
            if (firstOwner == owner(second, kb)) {
                Optional<Answer> same = firstOwner.compare(q, first, second, kb);
                if (same.isPresent()) {
                    return same.map(a -> answered(a, first, second));
                }
            }
            return Optional.of(answered(mentorbot.mentor.topic.TopicAnswers.compare(first, second, kb), first, second));
        }
        // "ML eng in Munich here. Is Germany a real gen AI hub or is it all US + UK?": the "or" sets places side by side.
        boolean rolesSetApart = q.shape() == Shape.COMPARISON || Comparisons.sides(text)
                .map(parts -> parts.stream().allMatch(side -> !kb.terms().scan(SemanticIndex.matchForm(side, kb)).roles().isEmpty()))
                .orElse(true);
        if (q.roles().size() >= 2 && rolesSetApart) {
            Role first = q.roles().get(0);
            Role second = q.roles().get(1);
            if (!(entry instanceof Role) && kb.terms().scan(entry.title()).roles().containsAll(List.of(first, second))) {
                return Optional.of(answered(owner.answer(q, entry, kb), entry));
            }
            return owner.compare(q, first, second, kb).or(() -> owner(first, kb).compare(q, first, second, kb))
                    .map(a -> answered(a, first, second));
        }
        return Optional.empty();
    }

    /**
     * "pytorch vs jax": one side the guides never name is not guessed at; the other side is answered, saying so first.
     */
    private Optional<Answer> knownSideOnly(Question q, List<String> sides, KnowledgeSearch.Built built) {
        java.util.OptionalInt unknown = Comparisons.unknownSide(sides, search.vocabulary().stopWords()::contains, built.lexicon()::ofTheField);
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        String other = sides.get(unknown.getAsInt());
        String form = SemanticIndex.matchForm(sides.get(1 - unknown.getAsInt()), built.kb());
        Optional<Entry> known = scored(built, List.of(form)).get(form).stream().filter(SemanticIndex.Score::inField).findFirst()
                .filter(s -> s.similarity() >= SIDE).flatMap(s -> built.kb().entry(s.label()));
        return known.map(entry -> {
            Answer a = answered(owner(entry, built.kb()).answer(q, entry, built.kb()), entry);
            String note = "The guides say nothing about " + mentorbot.mentor.TextFit.fit(other, 40) + ", so I can only tell you about "
                    + a.reply().title().replaceFirst("^The ", "the ") + ".";
            return new Answer(a.reply().withNote(note), a.subject(), a.usedContext());
        });
    }

    /**
     * The entries the two sides of "X vs Y" each match best, when both match well and differ. Sides
     * that only name levels ("mid-level vs senior on integration work") compare within one entry.
     */
    private Optional<List<Entry>> sideEntries(String text, KnowledgeSearch.Built built) {
        KnowledgeBase kb = built.kb();
        Optional<List<String>> sides = Comparisons.sides(text);
        if (sides.isEmpty() || Comparisons.oneThingTwoWays(sides.get())) {
            return Optional.empty();
        }
        // The words first: two levels ("junior vs senior") compare within one entry and two roles compare as roles,
        // so neither needs its sides encoded (a sentence model pass each).
        List<String> forms = new ArrayList<>();
        int levelSides = 0;
        java.util.Set<Role> sideRoles = new java.util.HashSet<>();
        int roleSides = 0;
        for (String side : sides.get()) {
            String form = SemanticIndex.matchForm(side, kb);
            if (form.isBlank()) {
                return Optional.empty();
            }
            mentorbot.knowledge.Terms.Scan scan = kb.terms().scan(form);
            if (scan.band().isPresent() || scan.skill().isPresent()) {
                levelSides++;
            }
            if (!scan.roles().isEmpty()) {
                roleSides++;
                sideRoles.add(scan.roles().get(0));
            }
            forms.add(form);
        }
        if (levelSides == 2 || roleSides == 2 && sideRoles.size() == 2) {
            return Optional.empty();
        }
        Map<String, List<SemanticIndex.Score>> scored = scored(built, forms);
        List<Entry> entries = new ArrayList<>();
        for (String form : forms) {
            Optional<SemanticIndex.Score> best = scored.get(form).stream().filter(SemanticIndex.Score::inField).findFirst();
            if (best.isEmpty() || best.get().similarity() < SIDE) {
                return Optional.empty();
            }
            entries.add(kb.entry(best.get().label()).orElseThrow());
        }
        if (entries.get(0).equals(entries.get(1))) {
            return Optional.empty();
        }
        return Optional.of(entries);
    }

    /** "X or Y …": possibly two things side by side, whatever the shape said. */
    private static final Pattern MAYBE_TWO = Pattern.compile("(?i)\\w\\s+(or|vs\\.?|versus)\\s+\\w");

    /** An entry that is itself a comparison: its title sets two things against each other. */
    private static boolean isComparisonEntry(Entry entry) {
        String t = entry.title().toLowerCase(java.util.Locale.ROOT);
        // "Career options in generative AI" sets big tech, startups and going independent side by side itself.
        return t.contains(" vs") || t.contains("versus") || t.contains(" differ") || t.contains("difference") || t.contains(" options");
    }

    /** How much the best word match among the entries adds to an entry's similarity (the others in proportion). */
    static final double LEXICAL = 0.03;
    private static final int LEXICAL_HITS = 5;

    /** How far below the best match the best role may be and still be the pick for "which role fits?". */
    static final double ROLE_CHOICE = 0.05;

    /** How far below the umbrella role a variation may be and still be the better fit for "which role fits me?". */
    static final double SPECIFIC_ROLE = 0.03;

    /** How well each side of a comparison must match an entry on its own to be answered side by side. */
    static final double SIDE = 0.6;

    /** The question with the conversation's role when it names none. */
    private static Question inherit(Question q, Subject context, KnowledgeBase kb) {
        // The skill level the conversation is at carries too: "next level?" after the foundational skills moves on from it.
        Question withLevel = q.skill().isPresent() || !q.bands().isEmpty() ? q
                : mentorbot.knowledge.SkillLevel.labelled(context.level())
                        .map(l -> q.withSubjects(q.roles(), q.bands(), Optional.of(l))).orElse(q);
        if (!q.roles().isEmpty() || context.roleId() == null) {
            return withLevel;
        }
        Optional<Role> role = kb.role(context.roleId());
        return role.map(r -> withLevel.withSubjects(List.of(r), withLevel.bands(), withLevel.skill())).orElse(withLevel);
    }

    private QuestionHandler owner(Entry entry, KnowledgeBase kb) {
        for (QuestionHandler h : handlers) {
            if (h.owns(entry, kb)) {
                return h;
            }
        }
        throw new IllegalStateException("no feature answers " + entry.id());
    }

    /** What the engine read and matched, part by part: for tuning and for tests that name a regression's cause. */
    public String explain(String text, KnowledgeBase kb) {
        KnowledgeSearch.Built built = search.builtFor(kb);
        StringBuilder out = new StringBuilder();
        for (String part : QuestionParts.of(text)) {
            QuestionReader.Read read = reader.read(part, kb.terms(), built.lexicon());
            Match m = match(read, part, built);
            Question q = read.question();
            out.append("[").append(q.shape()).append(" norm=").append(q.normalized()).append(" roles=").append(q.roles().stream().map(Role::id).toList())
                    .append(" bands=").append(q.bands().stream().map(b -> b.level()).toList())
                    .append(" places=").append(q.places().stream().map(p -> p.name() + (p.inUs() ? "(us)" : "(abroad)")).toList())
                    .append(" amounts=").append(q.amounts().stream().map(a -> a.value() + a.currency()).toList())
                    .append(String.format(" lean=%.2f", m.lean())).append(" asking='").append(QuestionParts.asking(part)).append("']");
            m.byLabel().values().stream().filter(SemanticIndex.Score::inField)
                    .sorted((a, b) -> Double.compare(b.similarity(), a.similarity())).limit(3)
                    .forEach(sc -> out.append(String.format(" in:%s %.2f", sc.label(), sc.similarity())));
            m.out().ifPresent(sc -> out.append(String.format(" out:%s %.2f (%s)", sc.label(), sc.similarity(), sc.example())));
            out.append(String.format(" | as typed: in %.2f%s%s%n", m.in().similarity(), m.declines() ? " DECLINES" : "",
                    m.clearlyDeclines() ? " CLEARLY" : ""));
            List<SemanticIndex.Score> roles = storyRoles(part, built);
            if (!roles.isEmpty()) {
                out.append("   story roles:");
                roles.stream().limit(3).forEach(sc -> out.append(String.format(" %s %.2f", sc.label(), sc.similarity())));
                out.append("; duties:");
                storyEntries(part, built, id -> kb.responsibility(id).isPresent()).stream().limit(3)
                        .forEach(sc -> out.append(String.format(" %s %.2f", sc.label(), sc.similarity())));
                out.append('\n');
            }
        }
        return out.toString();
    }
}
