package mentorbot.mentor.salary;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import mentorbot.knowledge.Anchor;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SalaryBand;
import mentorbot.mentor.Amount;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Place;
import mentorbot.mentor.Question;
import mentorbot.mentor.QuestionHandler;

/**
 * Pay questions in free text: the salary bands, the top-paying regions, what moves pay and what
 * generative AI developers earn. Reads the levels, role, place and sums a question names: a sum is
 * judged against its range; a place abroad or another currency is declined, since the guides give
 * US dollar figures only, and so is the pay of a job outside the field.
 */
public final class SalaryQuestions implements QuestionHandler {


    /**
     * Words that ask about pay; with a role, a level or a sum named, the question is about pay whatever it matched.
     * "How much does teamwork get evaluated?" gets something done to it, not paid. "Room to push for more?" is pay,
     * "ask for more feedback" is not.
     */
    private static final Pattern PAY = Pattern.compile(
            "\\b(pay|pays|paid|paying|salary|salaries|salry|salery|earn|earns|earning|earnings|compensation|comp|tc|income|wage|wages"
                    + "|package|lowball|lowballed|underpaid|overpaid|anchoring|negotiate|negotiating|counteroffer|going rate|market rate)\\b|\\b(push|ask|asking|negotiate) for more( money)?\\b(?! \\w)|\\bpush back\\b(?=.{0,40}\\b(offer|number|base|package|it|that)\\b)|\\b(offer|offered|number|base|package)\\b.{0,60}\\bpush back\\b|\\b(top|tops|max|maxes) out\\b|\\bhow much\\b.*\\b(make|makes|get(?!\\s+\\w+ed\\b))\\b"
                    + "|\\bwhat (do|does|did|would|will|could|can|might)\\b[^?.]{0,40}\\b(make|pull|pull in|pull down|bring in|take home)( then| now| there| at (that|this|the same) (tier|level|stage|scale)| at (those|these|such) (companies|firms|places))?$"
                    // "what do juniors make vs senior devs?", "what could I expect to make as a new grad?"
                    + "|\\bwhat (do|does)( \\w+){1,3} make (vs|versus|compared to|against)\\b|\\bexpect to make\\b(?! (a|an|the|it|sure|mistakes)\\b)"
                    + "|\\bmake (a year|per year|annually|starting out)\\b"
                    // "if I land an entry-level job, what would I realistically start at?": where the pay starts.
                    + "|\\bwhat (do|does|would|will|could|can|might) (\\w+ ){1,3}start (out )?(at|off at)\\b");
    /** Pay set aside ("pay aside, how will the work differ?", "besides the salary") or paid out ("pay off my loans"): not about earnings. */
    private static final Pattern PAY_ASIDE = Pattern.compile(
            "\\b(pay|salary|salaries|money|comp|compensation)( and \\w+)? aside\\b"
                    + "|\\b(aside from|besides|apart from|other than|beyond|not counting|ignoring|forget about|not about) (the )?(pay|salary|salaries|money|comp|compensation)\\b"
                    // "pay off my loans", "pay it back": paying, not being paid
                    + "|\\bpay (\\w+ )?(off|back|down)\\b"
                    // "do i have to pay for a master's?": paying for study, not being paid
                    + "|\\b(have to|need to|got to|gotta|must|should i|would i|to|can t|cannot|can not) pay for\\b"
                    // "about to pay 15 grand for it", "spent 12k on a bootcamp": a price, not pay
                    + "|\\b(pay|paying|paid|spend|spending|spent|invest|investing|drop|dropping) (\\d+ ?(k|grand|bucks|dollars)?|\\d+ \\d+) (for|on)\\b"
                    + "|\\bpay for (a |an |the |my |another |more )?(master|masters|degree|degrees|course|courses|bootcamps?|certif\\w*|school|college|uni|university|tuition|class|classes|programs?|programmes?|gpus?|compute|cloud)\\b");

    /** A lead as a level: "I'm a lead", "as a tech lead", "lead AI engineers", not "lead to" or "I lead a team". */
    private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile(
            "\\b(?:i m|im|i am|as|for|a|an|the|of|our)\\s+(?:tech\\s+|team\\s+)?lead\\b(?!\\s+(?:to|into|a|an|the|my|our|teams?|projects?|people|on))"
                    + "|\\blead\\s+(?:ai\\s+|ml\\s+|machine learning\\s+)?(?:engineers?|developers?|devs?|level|role|title|position)\\b");

    /**
     * Asking about the pay the story told: whether it could be higher ("is there room to push for more?") or whether
     * it is fair ("78k plus a 5k signing bonus. fair?"), not about another part of the package ("what bonus on top?").
     */
    public static boolean judgesTheSum(String asking, String message) {
        String lower = Normalizer.normalize(asking);
        // Only a bonus or stock told beside the sum makes "fair?" look like a question about them; "is that normal for
        // staff?" still asks about a level the guides do not price.
        return MORE_OF_THE_SUM.matcher(lower).find() || SUM_JUDGED.matcher(lower).find() && !NOT_SALARY.matcher(lower).find()
                && BEYOND_BASE.matcher(Normalizer.normalize(message)).find();
    }

    private static final Pattern SUM_JUDGED = Pattern.compile(
            "\\b(fair|reasonable|good|ok|okay|decent|normal|competitive|solid|acceptable|legit|low|high|in range|worth it|market rate)\\b");

    private static final Pattern MORE_OF_THE_SUM = Pattern.compile(
            "\\b(room (to|for) (push|grow|more|go higher)|(push|ask|hold out|aim|negotiate) for more|(get|earn|make|be paid|be making) more"
                    + "|underpaid|lowball\\w*|below (market|average)|leaving money)\\b");

    /** Whether the words ask about pay, once pay set aside is left out. */
    private static boolean asksPay(String normalized) {
        return PAY.matcher(PAY_ASIDE.matcher(normalized).replaceAll(" ")).find();
    }

    /** Asking where pay is highest: which cities, regions or states. */
    private static final Pattern WHERE_PAYS = Pattern.compile(
            "\\b(which|what|where|top|best|highest paying)\\b.{0,20}\\b(cities|city|regions?|places?|states?|areas?|locations?|metros?|parts? of the (us|usa|country|states))\\b"
                    + "|\\bwhere\\b.{0,40}\\b(live|move|relocate|located|based|settle)\\b");

    /** "Which factors besides location…?" asks what else moves pay, not where. */
    private static final Pattern BESIDES_PLACE = Pattern.compile("\\b(factors?|besides|other than|apart from|aside from|except)\\b");

    /** A level named in the asking sentence itself, not only in the story before it. */
    private static final Pattern LEVEL_ASKED = Pattern.compile("\\b(entry|junior|juniors|mid|senior|seniors|lead|leads|big tech|faang|(that|this|the same) (tier|level))\\b");

    /** Asking what to expect: "what should I expect?", "what can I expect given my level?". */
    private static final Pattern EXPECT = Pattern.compile("\\bwhat (should|can|could|would|do|might) i (realistically )?expect\\b");
    /** A move of job, company or city told. */
    private static final Pattern A_MOVE = Pattern.compile(
            "\\b(moving|move|relocat\\w*|switch(ing)? (jobs|companies|employers)|chang(e|ing) (jobs|companies|employers)"
                    + "|new (job|company|employer)|job hunt\\w*|job search\\w*)\\b");
    /** What else a move may make one expect: the interviews, the work itself. */
    private static final Pattern NOT_PAY_EXPECTED = Pattern.compile(
            "\\b(interview\\w*|onsite|on site|loop|screen\\w*|day to day|workload|tasks|responsibilit\\w*|learn\\w*|study\\w*)\\b");

    /** An ask that only sets two levels side by side: "what's entry vs senior for AI engineers?". */
    private static final Pattern LEVELS_ONLY = Pattern.compile(
            "(?:what |whats |how about |and )?(?:is |about )?(?:the )?(entry|junior|mid|senior|lead|big tech)(?: level)?"
                    + " (?:vs|versus|or|and|compared to|compared with) (?:the )?(entry|junior|mid|senior|lead|big tech)(?: level)?"
                    + "(?: for (?:an )?(?:ai engineers?|ai engineering|me|us))?");

    /** Words that make a sum named beside them a pay offer ("85K in Raleigh, should I push back?"). */
    private static final Pattern OFFER = Pattern.compile("\\b(offer|offered|offering|base|k|grand|push back)\\b");

    @Override
    public boolean owns(Entry entry, KnowledgeBase kb) {
        return entry instanceof SalaryBand || entry == kb.anchor(Anchor.TOP_PAYING_REGIONS)
                || entry == kb.anchor(Anchor.PAY_FACTORS) || entry == kb.anchor(Anchor.GENAI_EARNINGS);
    }

    @Override
    public Optional<Answer> answerFromSlots(Question q, KnowledgeBase kb) {
        boolean named = !q.roles().isEmpty() || !q.bands().isEmpty() || !q.amounts().isEmpty();
        // After a story, the asking sentence says whether pay is asked ("my employer will pay for one certification.
        // Which providers…?" is not); a sum named with an offer is judged wherever it stands.
        boolean story = !q.asking().equals(q.normalized());
        // "Which specializations command a premium?" asks about pay without a word for it. "…an offer at 240K against a
        // startup at 165K. beyond the money, what's the real tradeoff?" sets the offer's sum aside.
        boolean pay = asksPay(story ? q.asking() : q.normalized()) || SPECIALTY_PAY.matcher(q.asking()).find()
                || !q.amounts().isEmpty() && OFFER.matcher(q.normalized()).find() && !PAY_ASIDE.matcher(q.normalized()).find()
                // "making 25 lakh. is that good for india?": a sum in another currency, judged, is pay (which the guides lack).
                || q.amounts().stream().anyMatch(a -> !a.inDollars()) && SUM_JUDGED.matcher(q.asking()).find()
                // "…I want the US pay ladder as a reference. what's entry vs senior?": levels alone set side by side are
                // compared on what the story wants of them.
                || story && LEVELS_ONLY.matcher(q.asking()).matches() && asksPay(q.normalized())
                // "I'm an MLOps engineer hoping to move to a new company in Chicago. What should I expect?": on a move,
                // what to expect is the pay.
                || story && EXPECT.matcher(q.asking()).find() && A_MOVE.matcher(q.normalized()).find()
                && !NOT_PAY_EXPECTED.matcher(q.normalized()).find();
        // "what do mechanical engineers make there?": the pay of a job outside the field, whatever entry it matched.
        // "I'm torn between data science and AI engineering. What does a data scientist earn?": the job the asking
        // sentence prices is the other one, whatever field the story names.
        String asked = " " + q.asking() + " ";
        Optional<String> otherAsked = q.otherJobs().stream().filter(j -> asked.contains(" " + j)).findFirst();
        if (pay && asksPay(q.asking()) && (q.roles().isEmpty() && !q.otherJobs().isEmpty() || otherAsked.isPresent() && q.rolesAsked().isEmpty())) {
            return Optional.of(SalaryAnswers.otherJob(kb, otherAsked.orElseGet(() -> q.otherJobs().get(0))));
        }
        if (!named || !pay) {
            return Optional.empty();
        }
        // "…my salary feels high. What factors drive AI pay?": what moves pay, whoever asks.
        if (q.amounts().isEmpty() && PAY_FACTORS.matcher(q.asking()).find()) {
            return Optional.of(SalaryAnswers.factors(kb));
        }
        // "Which cities pay AI engineers best?": where, not how much at a level. "I'm mid-level and willing to
        // relocate. Which US regions pay the most?": the level is only the asker's.
        boolean levelAsked = !q.bands().isEmpty() && (!story || LEVEL_ASKED.matcher(q.asking()).find());
        if (!levelAsked && q.amounts().isEmpty() && WHERE_PAYS.matcher(q.asking()).find() && !BESIDES_PLACE.matcher(q.asking()).find()) {
            return Optional.of(answer(q.withSubjects(q.roles(), List.of(), q.skill()), kb.anchor(Anchor.TOP_PAYING_REGIONS), kb));
        }
        // "I'm mid-career. Which specialisations pay a premium?": what moves pay, whatever level the story tells.
        if (q.amounts().isEmpty() && SPECIALTY_PAY.matcher(q.asking()).find()) {
            boolean generative = q.roles().contains(kb.anchor(Anchor.GENAI_DEVELOPER)) || GENERATIVE_NICHE.matcher(q.normalized()).find();
            return Optional.of(generative ? SalaryAnswers.generativeEarnings(kb) : SalaryAnswers.factors(kb));
        }
        SalaryBand first = kb.salary().bands().get(0);
        return Optional.of(answer(q, first, kb));
    }

    /** Whether the asker moves (or hopes to) to the US place the question names. */
    private static boolean movesToTheUs(Question q) {
        if (q.usPlace().isEmpty()) {
            return false;
        }
        String place = q.usPlace().get().name().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = MOVING_TO.matcher(q.normalized());
        while (m.find()) {
            if (q.normalized().startsWith(place, m.end())) {
                return true;
            }
        }
        return false;
    }

    /** Moving somewhere: what follows is the place moved to. */
    private static final Pattern MOVING_TO = Pattern.compile("\\b(move|moving|moved|relocate|relocating|go|going) (over |back )?to (the )?");

    /** Asking what moves pay in general ("what factors drive AI pay?", "what determines a salary?"). */
    private static final Pattern PAY_FACTORS = Pattern.compile(
            "\\b(factors?|drives?|driving|drivers?|determines?|determining|influences?|affects?|affecting|moves?)\\b.{0,25}"
                    + "\\b(pay|salary|salaries|comp|compensation|earnings|income)\\b"
                    // "what pushes pay up from there?"
                    + "|\\b(push|pushes|pushing|bumps?|raises?|boosts?|drives?)\\b.{0,15}\\b(pay|salary|comp|compensation|earnings)\\b (up|higher)\\b"
                    + "|\\bwhat (makes|made) (the )?(pay|salary|salaries|comp|compensation)\\b");

    /** Asking which specialisations or skills earn more, not what a level earns. */
    private static final Pattern SPECIALTY_PAY = Pattern.compile(
            "\\b(which|what)\\b.{0,20}\\b(speciali[sz]ations?|specialties|specialities|niches?|skills?|areas?)\\b.{0,30}"
                    + "\\b(pay|pays|earn|earns|premium|more money|most money)\\b"
                    // "does a specialisation like mine affect what I can earn?"
                    + "|\\b(speciali[sz]ations?|speciali[sz]ing|specialties|specialities|niches?)\\b.{0,40}"
                    + "\\b(affects?|changes?|raises?|boosts?|increases?|bumps?|matters?|impacts?|moves?)\\b.{0,30}"
                    + "\\b(pay|earn|earnings|salary|salaries|comp|compensation)\\b"
                    // "does that niche command a premium?", "does AI safety pay a premium?"
                    + "|\\b(command|commands|pay|pays|earn|earns|get|gets|carry|carries)( you| me)? an? (pay |salary )?premium\\b"
                    // "if i specialize in multimodal, does that actually pay more?"
                    + "|\\bspeciali[sz](e|es|ed|ing)\\b.{0,60}\\b(pay|pays|paid|earn|earns)( \\w+)? (more|better|extra|higher)\\b");

    /** The niches the generative AI guide says command an even higher premium. */
    private static final Pattern GENERATIVE_NICHE = Pattern.compile("\\b(multimodal|multi modal|ai safety)\\b");

    /** Pay in so many words; "how much … get" may be stock or a bonus. */
    private static final Pattern LEVEL_PAY = Pattern.compile(
            "\\b(pay|paid|salary|salaries|earn|earns|earning|earnings|compensation|comp|tc|income|wage|wages)\\b"
                    + "|\\b(how much|what) (do|does|would|will|could|can|might)\\b[^?.]{0,40}\\bmake( at (that|this|the same) (tier|level))?$");
    /** Parts of a pay package beside base pay, longest first so a reply names "signing bonus" whole. */
    private static final String BESIDE_BASE_PAY = "signing bonus|sign on bonus|bonus|bonuses|stock options|stock grants?|stocks?"
            + "|equity|rsus?|benefits|perks|401k|pto|pension";
    /** What the guides give no figure for, whatever level is named. */
    private static final Pattern NOT_SALARY = Pattern.compile("\\b(" + BESIDE_BASE_PAY + "|vacation|raise|raises)\\b");

    /** Parts of a package other than base pay, which the guides give no figure for (a raise is base pay). */
    private static final Pattern BEYOND_BASE = Pattern.compile("\\b(" + BESIDE_BASE_PAY + ")\\b");

    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** "What bonuses are typical on top of base salary?": the pay named is what the asked part comes beside. */
    private static final Pattern BESIDE_BASE = Pattern.compile(
            "\\b(on top of|in addition to|besides|beyond|apart from|aside from|other than)( the| my| a| your)? (base|salary|pay)\\b");

    /** A dollar sum put to a guide level or role, or a level's pay asked outright, in the USA: the table answers whatever it sounds like. */
    @Override
    public boolean settles(Question q, KnowledgeBase kb) {
        boolean priced = !q.bands().isEmpty() || !q.roles().isEmpty();
        boolean dollars = !q.amounts().isEmpty() && q.amounts().stream().allMatch(Amount::inDollars);
        // "…mid-level ML engineer now. What range should I benchmark my pay against?": a level's pay, asked in so many words.
        boolean levelPay = q.amounts().isEmpty() && !q.bands().isEmpty() && LEVEL_PAY.matcher(q.asking()).find()
                && !NOT_SALARY.matcher(q.normalized()).find();
        return priced && (dollars || levelPay) && q.otherJobs().isEmpty() && q.placeAbroad().isEmpty() && q.foreignCurrency().isEmpty()
                && !asksWhatItLacks(q, kb) && answerFromSlots(q, kb).isPresent();
    }

    /**
     * "Which company's stock grants are more generous?", "how many RSUs does a senior get?": the guides price base
     * pay by level and place, nothing else, so a question that asks about another part of the package without
     * asking pay (a total or a package may include stock: "TC at big tech" is the band) is declined.
     */
    @Override
    public boolean asksWhatItLacks(Question q, KnowledgeBase kb) {
        // "base is 180K. what's a normal signing bonus and RSU grant on top of that?": the sum is the story's; the last
        // sentence asks.
        String[] sentences = q.text().strip().split("[.?!]+\\s+");
        String last = Normalizer.normalize(sentences[sentences.length - 1]);
        return NOT_SALARY.matcher(last).find() && (!asksPay(last) || BESIDE_BASE.matcher(last).find())
                && !DIGIT.matcher(last).find();
    }

    /** Two roles' or two levels' pay side by side. */
    @Override
    public Optional<Answer> compare(Question q, Entry first, Entry second, KnowledgeBase kb) {
        if (first instanceof Role a && second instanceof Role b) {
            return Optional.of(SalaryAnswers.compareRoles(kb, a, b));
        }
        return Optional.empty();
    }

    @Override
    public Answer answer(Question q, Entry entry, KnowledgeBase kb) {
        if (!q.otherJobs().isEmpty() && q.roles().isEmpty()) {
            return SalaryAnswers.otherJob(kb, q.otherJobs().get(0));
        }
        // "Grad student in the Netherlands hoping to move to San Francisco. What do juniors make?": the US place moved
        // to is where the pay is asked, the place abroad where the asker is now.
        Optional<Place> abroad = q.placeAbroad().filter(p -> !movesToTheUs(q));
        Optional<Amount> foreignSum = q.amounts().stream().filter(a -> !a.inDollars()).findFirst();
        if (abroad.isPresent() || q.foreignCurrency().isPresent() || foreignSum.isPresent()) {
            return SalaryAnswers.abroad(kb, abroad.map(p -> display(p.name()))
                    .orElse(q.foreignCurrency().or(() -> foreignSum.map(Amount::currency)).map(c -> c + " (another currency)").orElse("there")));
        }
        if (q.roles().size() >= 2 && q.placeAbroad().isEmpty() && q.amounts().isEmpty()) {
            return SalaryAnswers.compareRoles(kb, q.roles().get(0), q.roles().get(1));
        }
        List<SalaryBand> bands = q.bands();
        // The table is the AI engineer's own: naming that role filters nothing.
        Optional<Role> role = q.role().filter(r -> !Normalizer.normalize(kb.salary().scope()).startsWith(Normalizer.normalize(r.title()) + " "));
        boolean subject = !bands.isEmpty() || role.isPresent() || q.usPlace().isPresent();
        // "I'm a lead AI engineer on 250K": no band is named, and the table's levels stop below a lead; the top one applies.
        // A generative AI lead has the generative AI guide's own words for senior and lead pay.
        boolean lead = bands.isEmpty() && LEAD.matcher(q.normalized()).find()
                && !role.filter(r -> r == kb.anchor(Anchor.GENAI_DEVELOPER)).isPresent();
        if (lead) {
            bands = SalaryAnswers.topLevel(kb).map(List::of).orElse(bands);
        }
        if (bands.isEmpty() && role.isEmpty() && entry instanceof SalaryBand b && !q.roles().isEmpty()) {
            bands = List.of(b);
        }
        SalaryAnswers.Filter filter = new SalaryAnswers.Filter(bands, role, q.usPlace(), lead);
        // "95k base plus a 10k signing bonus. fair?": the guides price base pay only, so the base is judged, and the
        // bonus (the smaller sum) is said to be beyond them.
        java.util.regex.Matcher unpriced = BEYOND_BASE.matcher(q.normalized());
        Optional<String> beyondBase = unpriced.find() ? Optional.of(unpriced.group()) : Optional.empty();
        Optional<Amount> sum = beyondBase.isPresent()
                ? q.amounts().stream().filter(Amount::inDollars).max(java.util.Comparator.comparingLong(Amount::value))
                : q.amounts().stream().filter(Amount::inDollars).findFirst();
        if (sum.isPresent()) {
            return SalaryAnswers.judge(kb, sum.get(), filter, beyondBase);
        }
        boolean generative = role.filter(r -> r == kb.anchor(Anchor.GENAI_DEVELOPER)).isPresent();
        if (generative && bands.isEmpty()) {
            return SalaryAnswers.generativeEarnings(kb, q.usPlace());
        }
        // Where pay is higher, what moves it: a place named is an example, not a filter ("why does the Bay Area pay more?").
        boolean levelOrRole = !bands.isEmpty() || role.isPresent();
        if (!levelOrRole && entry == kb.anchor(Anchor.TOP_PAYING_REGIONS)) {
            return SalaryAnswers.regions(kb, q.usPlace());
        }
        if (!levelOrRole && entry == kb.anchor(Anchor.PAY_FACTORS)) {
            return SalaryAnswers.factors(kb);
        }
        if (!levelOrRole && entry == kb.anchor(Anchor.GENAI_EARNINGS)) {
            return SalaryAnswers.generativeEarnings(kb);
        }
        if ((!subject || role.filter(r -> r == kb.anchor(Anchor.GENAI_DEVELOPER)).isPresent() && bands.isEmpty())
                && entry == kb.anchor(Anchor.GENAI_EARNINGS)) {
            return SalaryAnswers.generativeEarnings(kb);
        }
        return SalaryAnswers.table(kb, filter);
    }

    private static String display(String place) {
        return place.length() <= 3 ? place.toUpperCase(java.util.Locale.ROOT)
                : Character.toUpperCase(place.charAt(0)) + place.substring(1);
    }
}
