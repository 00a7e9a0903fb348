package mentorbot.mentor.role;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Role;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Question;
import mentorbot.mentor.QuestionHandler;
import mentorbot.mentor.Shape;

/**
 * Questions about roles: what one does, its level, focus, skills, tools; two side by side; and
 * which one fits an interest ("I want to work on voice assistants"), where the role whose examples
 * the question matched is the pick.
 */
public final class RoleQuestions implements QuestionHandler {

    private static final Set<String> LEVEL = Set.of("level", "levels", "senior", "seniority", "junior", "experience",
            "experienced", "years", "yoe", "realistic", "entry", "mid", "rank", "band", "tier");
    private static final Set<String> TOOLS = Set.of("tool", "tools", "stack", "framework", "frameworks", "library",
            "libraries", "platform", "platforms", "languages", "language", "tech");
    private static final Set<String> SKILLS = Set.of("skill", "skills", "know", "requirements", "competencies", "abilities");
    private static final Set<String> EXAMPLES = Set.of("build", "builds", "building", "example", "examples", "projects", "create");
    private static final Set<String> FOCUS = Set.of("focus", "focused", "area", "specialize", "specialise", "about");
    private static final Set<String> RELATED = Set.of("related", "similar", "close", "adjacent", "alternatives");
    private static final Set<String> DUTIES = Set.of("do", "does", "responsibilities", "responsibility", "duties", "day",
            "tasks", "job", "work", "involve", "involves");

    @Override
    public boolean owns(Entry entry, KnowledgeBase kb) {
        return entry instanceof Role;
    }

    /** "list all the job titles", "what roles are there": every title, when no role is named. */
    private static final java.util.regex.Pattern ALL_ROLES = java.util.regex.Pattern.compile(
            "\\b(all|list|every|which|what|types of|kinds of)\\b.{0,25}\\b(titles?|roles?|positions?|jobs?)\\b");

    /** "which titles are variations of the AI engineer role?": the title table is the list of its variations. */
    private static final java.util.regex.Pattern VARIATIONS = java.util.regex.Pattern.compile("\\b(variations?|variants?|flavou?rs)\\b");

    /** A list of the titles asked for, not what job ads list ("what skills do AI engineer job reqs usually list?"). */
    private static final java.util.regex.Pattern LIST_OF = java.util.regex.Pattern.compile(
            "\\b(list|listing)\\b.{0,30}\\b(titles?|roles?|positions?|jobs?)\\b");

    /** Kinds of jobs asked for ("what kinds of AI jobs are there?"), not named in passing ("useful only for certain kinds of jobs?"). */
    private static final java.util.regex.Pattern KINDS_ASKED = java.util.regex.Pattern.compile(
            "^(the )?(types|kinds|sorts) of\\b|\\b(what|which|list|name|all|are there|tell me)\\b.{0,15}\\b(types|kinds|sorts) of\\b");

    /** "…or are all the good jobs in the Bay Area?" asks whether all of them are somewhere, not for the list. */
    private static final java.util.regex.Pattern WHETHER_ALL = java.util.regex.Pattern.compile(
            "(?:^|\\b(?:or|and|but|so) )(?:are|were) all (?:the )?(?:\\w+ ){0,3}(?:titles?|roles?|positions?|jobs?) (?:in|at|on|gone|going|taken)\\b");

    @Override
    public Optional<Answer> answerFromSlots(Question q, KnowledgeBase kb) {
        // The asking sentence asks for the list: "…than write code all day. What leadership positions…?" does not.
        String t = q.asking();
        boolean listing = ALL_ROLES.matcher(t).find() && (t.contains("all ") || LIST_OF.matcher(t).find() || t.contains("every")
                || t.contains("are there") || t.contains("you know") || KINDS_ASKED.matcher(t).find()
                || t.contains("title table") || t.contains("titles table") || VARIATIONS.matcher(t).find())
                && !WHETHER_ALL.matcher(t).find();
        // "list every AI engineer job title": the umbrella role names the table, not one of its rows.
        boolean noRowNamed = q.roles().isEmpty() || q.roles().equals(List.of(kb.anchor(mentorbot.knowledge.Anchor.GENERAL_ROLE)));
        if (noRowNamed && listing) {
            return Optional.of(RoleAnswers.list(kb));
        }
        // "what level?", "what tools does it use?": a short question about one aspect of the one role it is about.
        if (q.roles().size() == 1 && onlyAsksAnAspect(q)) {
            return Optional.of(RoleAnswers.describe(q.roles().get(0), aspect(q), kb));
        }
        // "which titles are realistic for a junior?": the title table's rows at that level ("what would an entry-level
        // job pay?" asks the pay).
        if (q.roles().isEmpty() && q.band().isPresent() && ROLES_AT_LEVEL.matcher(q.asking()).find()
                && !PAST_THE_LEVEL.matcher(q.asking()).find() && !ASKS_PAY.matcher(q.asking()).find()) {
            return Optional.of(RoleAnswers.atLevel(q.band().get(), kb));
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern MOVE = java.util.regex.Pattern.compile(
            "\\b(move|moving|switch|switching|transition|transitioning|pivot|pivoting|get|getting|go|going|break|breaking|become|becoming|be"
                    + "|eyeing|eying|targeting|aiming for|aiming at|aim for|going after|applying for|apply for|applying to|apply to)"
                    + " (in to|into|to|over to|towards?)? ?(a |an |the )?");

    private static final java.util.regex.Pattern COMPARES = java.util.regex.Pattern.compile("\\b(than|vs|versus|or)\\b");

    /** Of two roles named, the one alone that the asker wants to move into. */
    static Optional<Role> movedInto(Question q) {
        if (q.roles().size() != 2) {
            return Optional.empty();
        }
        // "Finished an intro ML course. What does an AI developer do all day?": the asking sentence names one role
        // and sets nothing beside it; the other belongs to the story.
        List<Role> asked = q.rolesAsked();
        String asking = q.asking().toLowerCase(java.util.Locale.ROOT);
        if (asked.size() == 1 && !COMPARES.matcher(asking).find() && !WEIGHS.matcher(asking).find()
                && !WHICH_TITLE.matcher(asking).find()) {
            return Optional.of(asked.get(0));
        }
        // "is deep learning harder to get into than AI developer?" weighs the two.
        if (COMPARES.matcher(q.normalized()).find()) {
            return Optional.empty();
        }
        // What follows each verb of moving; a role named within its first words is moved into.
        List<String> after = new java.util.ArrayList<>();
        java.util.regex.Matcher move = MOVE.matcher(q.normalized());
        while (move.find()) {
            after.add(q.normalized().substring(move.end()) + " ");
        }
        List<Role> targets = q.roles().stream().filter(r -> r.names().stream().map(mentorbot.knowledge.Normalizer::normalize)
                .filter(n -> !n.isBlank()).anyMatch(n -> after.stream().anyMatch(a -> namedWithin(a, n)))).toList();
        if (targets.size() == 1) {
            return Optional.of(targets.get(0));
        }
        // "ml eng at a bank, what's a gen AI developer's day like?": the role the asker holds is the scene; the other is asked.
        List<Role> own = q.roles().stream().filter(r -> held(q.normalized(), r)).toList();
        return targets.isEmpty() && own.size() == 1 && !WEIGHS.matcher(q.asking()).find()
                ? q.roles().stream().filter(r -> r != own.get(0)).findFirst() : Optional.empty();
    }

    /** "Which AI engineer title covers building bots?" names the family to choose in, not the role asked about. */
    private static final java.util.regex.Pattern WHICH_TITLE = java.util.regex.Pattern.compile(
            "\\b(which|what)\\b.{0,25}\\b(title|titles|role|roles|kind|type|sort|specialization|specialisation|specialty)\\b");

    /** An asking sentence that sets the asker's work beside the other ("how does it differ from mine?"). */
    private static final java.util.regex.Pattern WEIGHS = java.util.regex.Pattern.compile(
            "\\b(distinguish\\w*|differ\\w*|compar\\w*|similar\\w*|same as|versus|vs|than|from my|like mine|overlap\\w*)\\b");

    /** Before a role's name, words that make it the asker's own ("I'm a", "I work as an"); or the message opens with it. */
    private static final java.util.regex.Pattern HOLDS = java.util.regex.Pattern.compile(
            "\\b(i m|im|i am|i work as|i ve been|working as|currently|former|ex)( an?| the)?( \\w+)? $");

    /** Asking whether the work told is normal for the job: "is that normal?", "is this part of the job?". */
    private static final java.util.regex.Pattern IS_IT_NORMAL = java.util.regex.Pattern.compile(
            "\\b(is|are) (that|this|it|all that|these|those) (normal|typical|usual|expected|standard|common"
                    + "|(a |an )?(normal |usual |real )?part of (the|an?|my|this) (job|role|work))\\b");

    /** Stems of the duty lines too general to tie a story to one of them. */
    private static final Set<String> GENERAL_STEMS = Set.of("model", "work", "job", "role", "build", "develop", "system",
            "make", "them", "their", "with", "from", "that", "this");

    /**
     * "3 months into my first AI dev job and it's mostly cleaning datasets and building features. is that normal?":
     * the duty of the one role the story names that shares the most of its words (two at least, more than any
     * other duty), when the asking sentence asks whether that is normal.
     */
    public static Optional<Answer> partOfTheJob(Question q, String story, KnowledgeBase kb) {
        // A role with responsibilities of its own (the AI engineer) is answered by the responsibility the story fits.
        if (q.roles().size() != 1 || !RoleAnswers.describedByDuties(q.roles().get(0)) || !IS_IT_NORMAL.matcher(q.asking()).find()) {
            return Optional.empty();
        }
        Role role = q.roles().get(0);
        Set<String> told = stems(story);
        String best = null;
        int most = 0;
        int next = 0;
        for (String duty : role.duties()) {
            Set<String> shared = stems(duty);
            shared.retainAll(told);
            if (shared.size() > most) {
                next = most;
                most = shared.size();
                best = duty;
            } else if (shared.size() > next) {
                next = shared.size();
            }
        }
        return most >= 2 && most > next ? Optional.of(RoleAnswers.partOfTheJob(role, best, kb)) : Optional.empty();
    }

    private static Set<String> stems(String text) {
        Set<String> out = new java.util.HashSet<>(List.of(mentorbot.knowledge.Stems.of(mentorbot.knowledge.Normalizer.normalize(text)).split(" ")));
        out.removeIf(s -> s.length() < 4 || GENERAL_STEMS.contains(s));
        return out;
    }

    /**
     * The roles a question sets side by side: "junior MLE… pick a specialisation: NLP or computer vision" weighs the
     * two the asker does not hold; the title they hold is where they stand.
     */
    public static List<Role> weighed(Question q) {
        return q.roles().size() > 2 ? q.roles().stream().filter(r -> !held(q.normalized(), r)).toList() : q.roles();
    }

    private static boolean held(String normalized, Role role) {
        String text = " " + normalized + " ";
        for (String name : role.names()) {
            String n = mentorbot.knowledge.Normalizer.normalize(name);
            int at = n.isBlank() ? -1 : text.indexOf(" " + n + " ");
            if (at >= 0) {
                String before = text.substring(0, at + 1).stripLeading();
                // "junior MLE, 1 yr in…": a message that opens with the title, its level before it, is about the asker.
                boolean opens = before.replaceFirst("^(an?|the) ", "").replaceFirst("^(junior|jr|mid|mid level|senior|sr|lead|staff|principal) ", "").isEmpty();
                if (opens || HOLDS.matcher(before.substring(Math.max(0, before.length() - 30))).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that may come between the verb and the role ("move into nlp", "become a senior mlops engineer"). */
    private static final int MOVE_GAP_WORDS = 2;

    private static boolean namedWithin(String text, String name) {
        String rest = text;
        for (int skipped = 0; skipped <= MOVE_GAP_WORDS; skipped++) {
            if (rest.startsWith(name + " ")) {
                return true;
            }
            int space = rest.indexOf(' ');
            if (space < 0) {
                return false;
            }
            rest = rest.substring(space + 1);
        }
        return false;
    }

    /** "What roles sit above senior?" asks about the career path past the level, not the titles at it. */
    private static final java.util.regex.Pattern PAST_THE_LEVEL = java.util.regex.Pattern.compile(
            "\\b(above|beyond|after|past|higher than|next step|up from|top of|at the top|highest|most senior|lead to|leads to)\\b");

    private static final java.util.regex.Pattern ASKS_PAY = java.util.regex.Pattern.compile(
            "\\b(pay|pays|paid|earn|earns|salary|salaries|comp|compensation|make|makes)\\b");

    /** Asking for titles at a level; "what my job actually is" asks about the asker's own job. */
    private static final java.util.regex.Pattern ROLES_AT_LEVEL = java.util.regex.Pattern.compile(
            "\\b(which|what)\\b.{0,30}\\b(?<!\\bmy )(titles?|roles?|jobs?|positions?)\\b|\\b(titles?|roles?|jobs?|positions?)\\b.{0,30}\\b(for|at|as) (a |an )?(junior|entry|mid|senior|beginner)");

    @Override
    public Answer answer(Question q, Entry entry, KnowledgeBase kb) {
        List<Role> roles = q.roles();
        // "I've been an ML engineer… I want to move into NLP engineering. What do I need to learn?": the role
        // moved into is asked about; the one the asker holds is their background.
        Optional<Role> target = q.shape() == Shape.COMPARISON ? Optional.empty() : movedInto(q);
        if (target.isPresent()) {
            return describe(target.get(), aspect(q), q, kb);
        }
        // "our help desk chatbot is terrible… as an AI developer, how would…?": a field named in passing beside a
        // title named as a job is the scene, not a second role to compare.
        List<Role> jobs = roles.stream().filter(r -> r.namedAsJobIn(q.normalized())).toList();
        if (roles.size() == 2 && q.shape() != Shape.COMPARISON && jobs.size() == 1) {
            Role job = jobs.get(0);
            // "which AI engineer title is about chatbots?": the family named is where to choose, the field the answer.
            if (job == kb.anchor(mentorbot.knowledge.Anchor.GENERAL_ROLE) && CHOOSES_A_TITLE.matcher(q.asking()).find()) {
                return describe(roles.get(roles.get(0) == job ? 1 : 0), RoleAnswers.Aspect.FIT, q, kb);
            }
            return describe(job, aspect(q), q, kb);
        }
        List<Role> weighed = weighed(q);
        if (weighed.size() == 2) {
            return RoleAnswers.compare(weighed.get(0), weighed.get(1), kb);
        }
        if (roles.size() >= 2) {
            return RoleAnswers.compare(roles.get(0), roles.get(1), kb);
        }
        boolean named = !roles.isEmpty();
        Role role = named ? roles.get(0) : (Role) entry;
        RoleAnswers.Aspect aspect = !named && (q.shape() == Shape.CHOICE || q.shape() == Shape.SITUATION)
                ? RoleAnswers.Aspect.FIT : aspect(q);
        return describe(role, aspect, q, kb);
    }

    /** The role, and for an asker who tells their own level ("I'm a junior dev…") the titles at it when the role is above. */
    private static Answer describe(Role role, RoleAnswers.Aspect aspect, Question q, KnowledgeBase kb) {
        boolean ownLevel = q.shape() == Shape.SITUATION || q.shape() == Shape.CHOICE || q.shape() == Shape.JUDGEMENT;
        return ownLevel && q.band().isPresent() ? RoleAnswers.describeFor(role, aspect, q.band().get(), kb)
                : RoleAnswers.describe(role, aspect, kb);
    }

    @Override
    public Optional<Answer> compare(Question q, Entry first, Entry second, KnowledgeBase kb) {
        return Optional.of(RoleAnswers.compare((Role) first, (Role) second, kb));
    }

    /** "Which AI engineering title is about language?" chooses a title; "what level is that title?" asks about one. */
    private static final java.util.regex.Pattern CHOOSES_A_TITLE = java.util.regex.Pattern.compile(
            "\\b(which|what)\\b(?:(?!\\b(that|this|the|its|my|your|their)\\b).){0,25}"
                    + "\\b(title|titles|specialization|specialisation|specialty|variation|kind of|type of|sort of)\\b");

    /** Words that may surround an aspect in a short question about a role ("and what level is that role?"). */
    private static final Set<String> AROUND = Set.of("what", "whats", "which", "is", "are", "the", "a", "an", "it", "its",
            "that", "this", "they", "them", "their", "role", "roles", "title", "job", "and", "so", "ok", "of", "for", "in",
            "does", "do", "use", "uses", "need", "needs", "needed", "have", "has", "at", "on", "how", "about", "usually", "typically",
            "main", "core", "key", "expected", "required", "require", "requires", "with", "one", "you", "to", "be");

    /** A question of a few words that asks one aspect of a role and names nothing else ("what level?"). */
    static boolean onlyAsksAnAspect(Question q) {
        java.util.Set<String> names = new java.util.HashSet<>();
        q.roles().forEach(r -> r.names().forEach(n -> names.addAll(List.of(mentorbot.knowledge.Normalizer.normalize(n).split(" ")))));
        // "I'm a pharmacist switching into AI engineering. realistic?" asks about the story, not the role's level.
        boolean story = !q.asking().equals(q.normalized());
        if (story && List.of(q.asking().split(" ")).stream().noneMatch(names::contains)) {
            return false;
        }
        // "Which AI engineering title is about language?" chooses among the family's titles.
        if (CHOOSES_A_TITLE.matcher(q.asking()).find()) {
            return false;
        }
        List<String> rest = List.of(q.asking().split(" ")).stream().filter(w -> !w.isEmpty() && !names.contains(w)
                && !AROUND.contains(w)).toList();
        return !rest.isEmpty() && rest.size() <= 2 && rest.stream().allMatch(w -> LEVEL.contains(w) || TOOLS.contains(w)
                || SKILLS.contains(w) || FOCUS.contains(w) || EXAMPLES.contains(w) || RELATED.contains(w));
    }

    /** "tell me about NLP engineers", "what level is it?": a question the role's card answers whole. */
    public static boolean asksOnlyAboutTheRole(Question q) {
        if (onlyAsksAnAspect(q)) {
            return true;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        q.roles().forEach(r -> r.names().forEach(n -> names.addAll(List.of(mentorbot.knowledge.Normalizer.normalize(n).split(" ")))));
        return List.of(q.asking().split(" ")).stream().filter(w -> !w.isEmpty() && !names.contains(w) && !AROUND.contains(w))
                .allMatch(w -> ABOUT.contains(w) || DUTIES.contains(w));
    }

    /** Words that ask for the role as a whole. */
    private static final Set<String> ABOUT = Set.of("tell", "me", "about", "explain", "describe", "who", "whats", "mean",
            "means", "info", "information", "overview", "like", "s");

    /** What the question asks about the role, from its words; the whole card follows either way. */
    static RoleAnswers.Aspect aspect(Question q) {
        // The asking sentences say what is asked; a story's words ("trying to see how close I am") do not.
        List<String> words = List.of((q.asking().isBlank() ? q.normalized() : q.asking()).split(" "));
        if (words.stream().anyMatch(LEVEL::contains)) {
            return RoleAnswers.Aspect.LEVEL;
        }
        if (words.stream().anyMatch(TOOLS::contains) || q.normalized().contains(" use")) {
            return RoleAnswers.Aspect.TOOLS;
        }
        if (words.stream().anyMatch(SKILLS::contains)) {
            return RoleAnswers.Aspect.SKILLS;
        }
        if (words.stream().anyMatch(RELATED::contains)) {
            return RoleAnswers.Aspect.RELATED;
        }
        if (words.stream().anyMatch(EXAMPLES::contains)) {
            return RoleAnswers.Aspect.EXAMPLES;
        }
        if (words.stream().anyMatch(FOCUS::contains)) {
            return RoleAnswers.Aspect.FOCUS;
        }
        if (words.stream().anyMatch(DUTIES::contains)) {
            return RoleAnswers.Aspect.DUTIES;
        }
        return RoleAnswers.Aspect.GENERAL;
    }
}
