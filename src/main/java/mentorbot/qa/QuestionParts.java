package mentorbot.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a message into the questions it asks ("two things: which certs matter, and is a phd
 * needed?"). Sentences that ask nothing ("I've tested software for six years.") are the asker's
 * situation: they stay with the question they lead to, so that question is read with them.
 */
final class QuestionParts {

    /** Words that open a question; a clause that starts with one after ", and" is a question of its own. */
    /** Question words as chat mistypes them: "wich ai eng responsibility fits me", "wat do i learn". */
    private static final Set<String> MISTYPED = Set.of("wich", "whcih", "wat", "wut", "waht", "wht");

    private static final Set<String> OPENERS = withMistyped("what", "whats", "how", "which", "where", "who", "why",
            "when", "is", "are", "do", "does", "did", "can", "could", "should", "would", "will", "and", "also", "tell", "gimme",
            "explain", "list", "give", "show", "walk", "describe", "any", "whos", "wheres", "hows", "am", "was", "lay", "outline",
            "map", "sketch", "suggest", "recommend", "help", "compare", "summarize", "summarise", "break", "point");
    private static final Set<String> CLAUSE_OPENERS = withMistyped("what", "whats", "how", "which", "where", "who",
            "why", "when", "is", "are", "do", "does", "can", "could", "should", "would", "will", "also", "tell", "list",
            "give", "explain", "describe", "whos", "wheres", "hows", "am", "the");

    private static Set<String> withMistyped(String... words) {
        Set<String> all = new java.util.HashSet<>(MISTYPED);
        all.addAll(List.of(words));
        return Set.copyOf(all);
    }

    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)^\\s*(?:(?:two|2|three|3|a couple of|couple|a few|few|some|quick|multiple|several)\\s+(?:quick\\s+)?(?:questions?|qs|q's|things)"
                    + "(?:\\s+(?:from|for|about|on|before)\\s+[^:?!.]{1,60}?)?|questions?|q's)\\s*[:\\-–—]\\s*");
    /**
     * A sentence ends at ?, ! or a full stop after a word of two letters or more or an acronym, plural too ("…stay
     * hands-on. What…", "…into AI. What…", "…paid APIs. where…"), or after a one-letter word before a capital ("…in SAS
     * and R. Which…", a language's name); "St. Louis", "vs. Gemini", "e.g. Python" and "U.S." go on.
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[?!])\\s+|(?<=(?:[A-Za-z][a-z]|[A-Z]{2}|[0-9][A-Za-z]|['’][a-z]|[0-9)\\]\"'’])[.])(?<!\\b(?i:vs|st|dr|mr|ms|mrs|jr|sr|no|co|mt|ft|approx)[.])\\s+(?=[A-Za-z])"
                    + "|(?<=\\s[A-Z][.])\\s+(?=[A-Z])|\\s*\\n+\\s*"
            // "…at a mid-size co. what level…": a company's short name ends the sentence when a question follows.
            + "|(?<=\\b(?i:co)[.])\\s+(?=(?i:what|how|which|where|why|is|are|do|does|can|should)\\b)"
            // "…build the bots that'll replace me 😅 what's that job called": an emoji closes a chat sentence.
            + "|(?<=\\p{So}|\\p{Cs})\\s+(?=[A-Za-z])");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)(?:,|;)?\\s+(?:and|also|plus|&|\\+)\\s+(?=\\S)|;\\s+|,\\s+(?=(?:and\\s+)?(?:also|plus)\\b)"
            + "|,\\s+(?=(?:what|whats|what's|how|which|where|why|who|when|is|are|does|do|can|should|will|would)\\b)");
    private static final Pattern NUMBERED = Pattern.compile("(?:^|\\s)(?:\\(?[1-3][).]|[1-3]\\s*-)\\s+");

    private QuestionParts() {
    }

    /** The message's sentences, each without a lead-in ("Two questions:"), at the start or after the asker's story. */
    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String s : NUMBERED.matcher(text.strip()).replaceAll("\n").split("\n")) {
            for (String t : SENTENCE_END.split(s.strip())) {
                // "Junior here. Two questions: what…, and what…?": the lead-in can follow the asker's story.
                String sentence = LEAD_IN.matcher(t).replaceFirst("").strip();
                if (!sentence.isBlank()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /** The questions in order; a message asking one thing comes back whole, as the only part. */
    static List<String> of(String message) {
        List<String> sentences = sentences(message);
        List<String> questions = new ArrayList<>();
        StringBuilder situation = new StringBuilder();
        boolean marked = asksOtherwise(message, sentences);
        for (String s : sentences) {
            if (asks(s, marked)) {
                for (String clause : clauses(s)) {
                    questions.add(situation.isEmpty() ? clause : situation + " " + clause);
                    situation.setLength(0);
                }
            } else {
                situation.append(situation.isEmpty() ? "" : " ").append(s);
            }
        }
        if (!situation.isEmpty()) {
            if (questions.isEmpty()) {
                questions.add(situation.toString());
            } else {
                int last = questions.size() - 1;
                questions.set(last, questions.get(last) + " " + situation);
            }
        }
        return questions.size() <= 1 ? List.of(message.strip()) : List.copyOf(questions);
    }

    /** The sentences of a message that ask nothing: the asker's story ("3rd-year law student, no coding yet."), or "". */
    static String story(String message) {
        StringBuilder story = new StringBuilder();
        List<String> all = sentences(message);
        boolean marked = asksOtherwise(message, all);
        for (String s : all) {
            if (!asks(s, marked)) {
                story.append(story.isEmpty() ? "" : " ").append(s);
            }
        }
        return story.toString();
    }

    /**
     * The sentences of one question that ask, without the situation that leads to them ("I've tested
     * software for six years. What do I learn first?" gives the second sentence); the question
     * itself when it has no such lead.
     */
    static String asking(String question) {
        List<String> sentences = new ArrayList<>();
        for (String t : SENTENCE_END.split(question.strip())) {
            if (!t.isBlank()) {
                sentences.add(t.strip());
            }
        }
        boolean marked = asksOtherwise(question, sentences);
        List<String> asks = new ArrayList<>(sentences.stream().filter(t -> asks(t, marked)).map(QuestionParts::withoutSituation).toList());
        // "…I can only learn ONE framework properly. which?": a bare question word asks about the sentence before it.
        if (asks.size() == 1 && BARE_ASK.matcher(asks.get(0)).matches()) {
            int at = sentenceOf(sentences, asks.get(0));
            if (at > 0 && !asks(sentences.get(at - 1), marked)) {
                asks.set(0, sentences.get(at - 1) + " " + asks.get(0));
            }
        }
        // "I can take either Information Theory or Advanced Databases. I'm aiming at gen AI — which one fits better?":
        // "which one" chooses between the things the sentence before offered.
        if (asks.size() == 1 && WHICH_OF_THEM.matcher(asks.get(0)).lookingAt() && !asks.get(0).contains(" or ")) {
            String ask = asks.get(0);
            toldBefore(sentences, ask, CHOICE_TOLD).ifPresent(offered -> asks.set(0, offered + " " + ask));
        }
        // "My parents keep saying AI engineering is a bubble. Are they right?": the claim told is what is judged.
        // The whole sentence: "pitched me a deep learning role and said it's perfect for grads" says what "it" is.
        if (asks.size() == 1 && TRUTH_ASKED.matcher(asks.get(0)).matches()) {
            String ask = asks.get(0);
            toldBefore(sentences, ask, CLAIM).map(String::strip)
                    .ifPresent(said -> asks.set(0, said + (said.matches(".*[.!]$") ? " " : ". ") + ask));
        }
        // "…she asked me what job title she should be aiming for and i have no clue. thoughts?": an ask that says nothing
        // leaves the asking to the question the story reports.
        if (asks.size() == 1 && ASKS_NOTHING.matcher(asks.get(0)).matches()) {
            String ask = asks.get(0);
            toldBefore(sentences, ask, REPORTED_ASK).ifPresent(reported -> asks.set(0, reported + " " + ask));
        }
        boolean same = asks.size() == sentences.size() && String.join(" ", asks).equals(String.join(" ", sentences));
        return asks.isEmpty() || same ? question.strip() : String.join(" ", asks);
    }

    /** The index of the sentence an asking part was cut from (it may have lost a lead-in), or -1. */
    private static int sentenceOf(List<String> sentences, String ask) {
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (sentences.get(i).endsWith(ask)) {
                return i;
            }
        }
        return -1;
    }

    /** The nearest sentence before the one {@code ask} came from that {@code told} finds something in, if any. */
    private static java.util.Optional<String> toldBefore(List<String> sentences, String ask, Pattern told) {
        for (int i = sentenceOf(sentences, ask) - 1; i >= 0; i--) {
            if (told.matcher(sentences.get(i)).find()) {
                return java.util.Optional.of(sentences.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    /** An ask that names nothing: "thoughts?", "any advice?", "what would you do?". */
    private static final Pattern ASKS_NOTHING = Pattern.compile(
            "(?i)(?:(?:so |and |ok |or |any |your )?(?:thoughts|thought|advice|ideas|opinions?|help|suggestions|tips|what do you think|what would you do"
                    + "|what would you say|what would you suggest|what do you suggest|does (?:that|this|it) (?:even )?make (?:any )?sense"
                    + "|(?:is )?(?:it|this|that) (?:a )?(?:dumb|stupid|silly|weird|naive)(?: question)?)"
                    + "(?: here| on this| on that| pls| please)?[\\s,]*)+[?!.]*");
    /** A sentence that reports a question someone has: "she asked me what…", "I'm wondering which…", "no idea what…". */
    private static final Pattern REPORTED_ASK = Pattern.compile(
            "(?i)\\b(?:asked|asks|asking|wonder(?:s|ed|ing)?|no idea|no clue|not sure|don'?t know|dont know|idk|curious|figure out)"
                    + "\\s+(?:me\\s+|us\\s+)?(?:what|which|how|where|whether|if)\\b");

    /** Choosing between things named before: "which one fits…", "which of the two…", "which of them…". */
    private static final Pattern WHICH_OF_THEM = Pattern.compile(
            "(?i)(?:so |and |but |ok )?(?:which|what) (?:one|of (?:the|these|those) (?:two|options|ones|courses|classes)|of them|of the two)\\b");
    /** A sentence that offers a choice: "either X or Y", "torn between X and Y". */
    private static final Pattern CHOICE_TOLD = Pattern.compile("(?i)\\beither\\b.+\\bor\\b|\\bbetween\\b.+\\band\\b");

    /** A question word alone ("which?", "which one?", "why tho?"), which names nothing it asks about. */
    private static final Pattern BARE_ASK = Pattern.compile("(?i)(?:so |and |but |ok )?(?:which|which one|why|how|where)(?: then| tho| though)?\\s*[?!.]*");

    /** Asking whether what was told is so: "are they right?", "is that true?", "legit?". */
    private static final Pattern TRUTH_ASKED = Pattern.compile(
            "(?i)(?:(?:so |but |and |ok )?(?:(?:are|is|were|was) (?:they|he|she|that|this|it|he|my \\w+|the \\w+) (?:right|true|correct|legit|accurate|wrong|onto something)"
                    + "|(?:is )?(?:that |this |it )?(?:true|legit|accurate|correct|right)|do(?:es)? (?:they|he|she) have a point|(?:any )?truth (?:to|in) (?:that|this|it))"
                    + "(?: or not| or (?:is it |are they )?(?:wrong|exaggerating|overreacting))?"
                    // "...what do I tell them?", "how do I convince him otherwise?": answering the claim is judging it.
                    + "|(?:so |but |and |ok )?(?:what (?:do|should|can|could) i (?:tell|say to|answer|reply to|show) (?:them|him|her|my \\w+)"
                    + "|how (?:do|should|can|could) i (?:convince|persuade|answer|respond to|reply to) (?:them|him|her|my \\w+)(?: otherwise)?))"
                    + "\\s*[?!.]*");
    /** What someone else claims in a story: "articles saying AI is a bubble", "my uncle says seniors make 300k". */
    private static final Pattern CLAIM = Pattern.compile(
            "(?i)\\b(?:say|saying|says|said|claims?|claiming|claimed|told me|tells me|telling me|keeps? telling me|insists?|swears?|warns?|warned|warning"
                    + "|(?<!\\bi )(?:thinks?|believes?|reckons?|(?:is|are) convinced))"
                    + "(?: me)?(?: that)?\\s+[^,;]{8,}");

    /** A chat request closing a story ("be honest", "real talk?"): it asks for a view on all that was told. */
    private static final Pattern VIEW_ASKED = Pattern.compile(
            "(?i)(?:pls |please |just |ok |so )?(?:be honest|be real|be straight with me|give it to me straight|real talk|no sugarcoating|brutal honesty"
                    + "|honest opinions?|advice|thoughts|opinions?|help)(?: pls| please| lol| tho)?\\s*[?!.]*");

    /** "I'm a teacher, what should I learn first?" asks "what should I learn first?". */
    private static String withoutSituation(String sentence) {
        Matcher m = SITUATION_THEN_QUESTION.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        // "data analyst (sql, tableau) moving into ai eng, what does the day to day involve?" tells a story without
        // its "I"; "besides python, what languages…?" and "for a junior, what's the pay?" only qualify the question.
        String before = sentence.substring(0, m.start());
        // "…: one page or two, and what font…?" joins two questions: only a question straight after the comma follows a story.
        boolean joined = JOINED.matcher(sentence.substring(m.end())).lookingAt();
        // "PEFT vs building models from scratch — where does each sit?" names what is asked about before the dash.
        boolean toldWithoutI = !joined && !SIDES.matcher(before).find() && !OPENERS.contains(firstWord(sentence))
                && !QUALIFIERS.contains(firstWord(sentence)) && before.strip().split("\\s+").length >= STORY_CLAUSE_WORDS;
        return SELF.contains(firstWord(sentence)) || toldWithoutI || IDENTITY.matcher(before.strip()).matches()
                ? sentence.substring(m.end()).strip() : sentence;
    }

    /**
     * The story without what the asker says they dislike or want to avoid ("I love math but hate deployment" tells of
     * math): a role close to those words is the one they do not want.
     */
    static String withoutDislikes(String story) {
        return DISLIKE.matcher(story).replaceAll(" ");
    }

    /**
     * The sentences in which the asker says what draws them ("I like the idea of AI that touches the physical world"),
     * joined; empty when none does. What someone likes chooses a title better than where they come from.
     */
    static String interests(String story) {
        return String.join(" ", sentences(story).stream().filter(s -> INTEREST.matcher(s).find()).toList());
    }

    private static final Pattern INTEREST = Pattern.compile(
            "(?i)\\b(?:i (?:really |mostly |just )?(?:like|love|enjoy|prefer)|i'?m (?:really |mostly )?(?:into|drawn to|passionate about|fascinated by|excited (?:by|about))"
                    + "|(?:excites?|fascinates?|interests?) me|what i (?:like|love|enjoy))\\b");

    /** What the asker says they dislike or want to avoid, each as told ("not into chatbots"). */
    static List<String> dislikes(String story) {
        return DISLIKE.matcher(story).results().map(java.util.regex.MatchResult::group).toList();
    }

    private static final Pattern DISLIKE = Pattern.compile(
            "(?i)(?:\\b(?:but|and|though|yet)\\s+)?\\b(?:i\\s+)?(?:hate|hated|dislike|detest|loathe|can'?t stand|cannot stand|don'?t (?:like|enjoy|want(?: to)?|care (?:for|about))"
                    + "|do not (?:like|enjoy|want(?: to)?)|am not into|'?m not into|not into|not a fan of|no interest in|(?:would|'d) rather not|avoid|bored by|tired of"
                    // "AI that touches the physical world rather than chatbots"
                    + "|rather than|instead of|as opposed to)\\b[^,.;!?]*");

    /** A few words that say who the asker is: "ex-teacher", "former nurse", "accountant, 40", "QA tester here". */
    private static final Pattern IDENTITY = Pattern.compile(
            "(?i)(?:ex|former|retired)[- ]?[\\w -]{2,30}(?:,\\s*\\d{2})?|[\\w -]{2,30},\\s*\\d{2}(?:\\s*(?:yo|y/o|years old))?|[\\w -]{2,30}\\shere");

    private static final Pattern SIDES = Pattern.compile("(?i)\\b(vs|versus|or|compared (to|with))\\b");
    private static final Pattern JOINED = Pattern.compile("(?i)(so|but|and)\\b");

    /** First words of a clause that qualifies the question rather than telling about the asker ("if", "besides"). */
    private static final Set<String> QUALIFIERS = Set.of("if", "besides", "apart", "other", "for", "in", "at", "with",
            "without", "after", "before", "since", "once", "given", "compared", "between", "from", "on", "regarding",
            "about", "except", "beyond", "outside", "when", "assuming", "say", "so", "but", "and", "or", "then", "ok", "okay",
            "now", "because", "while", "though", "although", "unless", "whether", "until", "considering");

    /** Words before a comma that tell a story without an "I" ("data analyst at a bank moving into AI,"). */
    static final int STORY_CLAUSE_WORDS = 4;

    /** First words of a clause in which the asker tells about themselves. */
    private static final Set<String> SELF = Set.of("i", "im", "ive", "id", "my", "me", "we", "were", "weve", "our", "as", "currently", "former", "ex");

    private static final Pattern SITUATION_THEN_QUESTION = Pattern.compile(
            "(?i)[,;:\\u2014\\u2013-]\\s+(?=(?:so\\s+|but\\s+|and\\s+)?(?:what|whats|what's|how|which|where|why|who|when|is|are|does|do|can|could|should|would|will|am)\\b)");

    /** A sentence that asks something: a question mark, or a question word or request at its start. */
    /** A message with a question mark, or a sentence that asks outright: what the asker wonders is then their story. */
    private static boolean asksOtherwise(String message, List<String> sentences) {
        return message.contains("?") || sentences.stream().anyMatch(t -> asks(t, true));
    }

    /**
     * Whether a sentence asks. {@code marked}: the message asks otherwise ({@link #asksOtherwise}), and then a
     * sentence saying what the asker wonders is their story; without one it is their question.
     */
    private static boolean asks(String sentence, boolean marked) {
        if (sentence.endsWith("?") || VIEW_ASKED.matcher(sentence).matches()) {
            return true;
        }
        // "If I moved into AI, which role would use that" (a part of a compound, its question mark left with the last part).
        // "Before I sink our savings into this: is AI engineering growing" (cut the same way after a lead-in).
        if ((firstWord(sentence).equals("if") || !sentence.endsWith(".")) && SITUATION_THEN_QUESTION.matcher(sentence).find()) {
            return true;
        }
        // "if i wanted to move into an AI engineer role what would my interviews focus on and what pay…": a question
        // inside a sentence typed without comma or question mark.
        if (!sentence.endsWith(".") && EMBEDDED_ASK.matcher(sentence).find()) {
            return true;
        }
        // "realistically how long until I'm hired" (a part cut from a question, its question mark left with the last);
        // "MLOps is what I'd love to do." tells.
        if (!sentence.endsWith(".") && opensWithQuestionWord(sentence) && !STATES.matcher(sentence).lookingAt()) {
            return true;
        }
        // "I'm curious what my options look like from senior onward." asks, though it ends with a full stop.
        if (!marked && WONDERS.matcher(sentence).lookingAt()) {
            return true;
        }
        String first = firstWord(sentence);
        return OPENERS.contains(first) && !TELLS.matcher(sentence).lookingAt() && !TOLD_WITHOUT_I.matcher(sentence).lookingAt();
    }

    /** The asker saying what they wonder: "I'm curious what…", "I wonder whether…", "I'd like to know how…". */
    private static final Pattern WONDERS = Pattern.compile(
            "(?i)(?:so |and |but |now |honestly )?i(?:(?:'m| am|m)? (?:really |just |also |mostly |still )?(?:curious|wonder|wondering|want to know)"
                    + "|(?:'d| would|d) (?:really |also )?(?:like|love) to know)"
                    + "(?: about)? (?:what|which|how|where|whether|if)\\b");

    /** A question word, an auxiliary and who or what it asks about, anywhere in a sentence: "…role what would my interviews…". */
    private static final Pattern EMBEDDED_ASK = Pattern.compile(
            "(?i)\\b(?:what|how|which|where|why)\\s+(?:would|should|do|does|did|can|could|will)\\s+(?:i|my|we|you|they|it|the|a|an)\\b");

    /**
     * "did my thesis on neural nets.", "was a nurse for ten years.": a story told without its "I", not a question.
     * A full stop ends it: "did my resume get rejected for no degree" may ask without its question mark.
     */
    private static final Pattern TOLD_WITHOUT_I = Pattern.compile("(?i)(?:did|was|am)\\s+(?:a|an|my)\\b[^?]*[.]$");

    /** "MLOps is what I love", "that's how I…": a question word after a verb of being begins no question. */
    private static final Pattern STATES = Pattern.compile("(?i)\\S+(?:\\s+\\S+)?\\s+(?:is|are|was|were|s)\\s+(?:what|how|which|where|why)\\b|\\S*['’]s\\s");

    /** "What excites me most is building bots.", "What I want is…": a question word that opens a statement. */
    private static final Pattern TELLS = Pattern.compile(
            "(?i)what\\s+(?:i|we|excites|interests|drives|draws|attracts|motivates|matters|appeals|fascinates|gets)\\b[^?]*\\b(?:is|are|was)\\b");

    /** "for AI engineering pay does the city even matter": a question that opens with what it is about. */
    private static final Pattern QUALIFIED_ASK = Pattern.compile(
            "(?i)(?:for|in|at|with|besides|apart from|other than)\\s+[^,;]{1,40}?\\s(?:does|do|is|are|can|will|would|should)"
                    + "\\s+(?:the|a|an|my|i|it|this|that|you|they|we|someone|anyone)\\b");

    /** Words that, repeated after "and", give the same question a second subject ("…do on pipelines and on monitoring?"). */
    private static final Set<String> REPEATED = Set.of("on", "about", "around", "regarding", "with", "in");

    /**
     * A question split at "and"/"also"/";" where the next clause opens a question of its own, or where the
     * same question goes on about a second subject ("what will a junior do on data pipelines and on model
     * monitoring?" asks what a junior does on each).
     */
    private static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        int start = 0;
        String stem = "";
        while (m.find()) {
            String rest = sentence.substring(m.end());
            String before = (stem + sentence.substring(start, m.start())).strip();
            boolean comma = m.group().strip().startsWith(",") || m.group().strip().startsWith(";");
            String next = firstWord(rest);
            // "I've been a data analyst for 3 years, what should I learn first?" is one question with its situation;
            // "If I became an AI engineer, which project would use that, and how's demand?" asks before the break.
            boolean situation = comma && !OPENERS.contains(firstWord(before)) && !opensWithQuestionWord(before)
                    && !SITUATION_THEN_QUESTION.matcher(before).find() && !QUALIFIED_ASK.matcher(before).lookingAt();
            int repeated = REPEATED.contains(next) && OPENERS.contains(firstWord(before))
                    ? before.toLowerCase(Locale.ROOT).lastIndexOf(" " + next + " ") : -1;
            // "…, and at what roadmap level does that sit?": a question word after a preposition opens a clause too;
            // a bare "and at what level?" goes on asking the same question.
            // "Which is it, and roughly what would it pay?": a word of manner before the question word opens one as well.
            boolean opens = CLAUSE_OPENERS.contains(next) || MANNER.contains(next) && QUESTION_WORDS.contains(secondWord(rest))
                    || PREPOSITIONS.contains(next) && QUESTION_WORDS.contains(secondWord(rest))
                    && rest.strip().split("\\s+").length >= OWN_CLAUSE_WORDS;
            if (before.split("\\s+").length >= 3 && opens && (comma || !next.equals("the"))
                    && !isComparison(before) && !situation && !(comma && namesChoices(before))) {
                out.add(before);
                start = m.end();
                stem = "";
            } else if (repeated > 0 && !isComparison(before)) {
                out.add(before);
                start = m.end();
                stem = before.substring(0, repeated) + " ";
            }
        }
        out.add((stem + sentence.substring(start)).strip());
        return out;
    }

    /**
     * A clause whose question word comes after a word or two of manner ("realistically what would I earn",
     * "honestly, how hard is it"), not after the asker's own words ("I'm a teacher, what…" is a situation).
     */
    private static boolean opensWithQuestionWord(String clause) {
        String[] words = WORD_BREAK.split(clause.strip(), LEADING_WORDS + 2);
        for (int i = 0; i < Math.min(LEADING_WORDS + 1, words.length); i++) {
            String w = bare(words[i]);
            if (SELF.contains(w)) {
                return false;
            }
            if (QUESTION_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words of manner a question may open with before its question word. */
    private static final int LEADING_WORDS = 2;
    /** Words of manner that may come before a question word: "roughly what", "realistically how long". */
    private static final Set<String> MANNER = Set.of("roughly", "realistically", "honestly", "approximately", "typically",
            "generally", "usually", "basically", "practically", "ballpark");
    private static final Set<String> QUESTION_WORDS = withMistyped("what", "whats", "how", "hows", "which", "where", "wheres",
            "why"); // not "who" or "when": "teacher who codes", "back when I…" tell

    /**
     * "Which visa, H-1B or O-1, is easier?": the choices named between commas, the question going on after them,
     * so the clause before the comma is the subject of what follows, not a question of its own.
     */
    private static boolean namesChoices(String before) {
        int comma = before.lastIndexOf(',');
        return comma > 0 && CHOICES.matcher(before.substring(comma + 1)).matches();
    }

    private static final Pattern CHOICES = Pattern.compile("(?i)\\s*\\S+(?:\\s+\\S+)?\\s+or\\s+\\S+(?:\\s+\\S+)?\\s*");

    /** "the difference between X and what Y does": one question, not two. */
    private static boolean isComparison(String before) {
        String b = before.toLowerCase(Locale.ROOT);
        return b.endsWith(" between") || b.contains("difference between") || b.contains(" compare ");
    }

    /** Words of a clause opened by a preposition that asks a question of its own. */
    private static final int OWN_CLAUSE_WORDS = 5;
    private static final Set<String> PREPOSITIONS = Set.of("at", "in", "on", "for", "from", "to", "by", "with", "into");

    private static String secondWord(String s) {
        String[] words = WORD_BREAK.split(s.stripLeading(), 3);
        return words.length < 2 ? "" : bare(words[1]);
    }

    private static String firstWord(String s) {
        return bare(WORD_BREAK.split(s.stripLeading(), 2)[0]);
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,:;]+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");

    /** A word in lower case, letters only: "how's" is "hows", as with a curly apostrophe. */
    private static String bare(String word) {
        return NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
