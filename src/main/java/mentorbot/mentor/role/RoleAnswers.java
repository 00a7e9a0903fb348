package mentorbot.mentor.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Responsibility;
import mentorbot.knowledge.Role;
import mentorbot.mentor.Answer;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Sources;
import mentorbot.mentor.Subject;

/** Replies about roles: the list of titles, one role in full with a lead on what was asked, two roles side by side. */
public final class RoleAnswers {

    /** What a question about a role asks first; the whole card follows whatever it is. */
    public enum Aspect { GENERAL, LEVEL, FOCUS, DUTIES, SKILLS, TOOLS, EXAMPLES, RELATED, FIT }

    /** A role's own responsibilities from this many on; fewer are pointers to the closest AI engineer material. */
    private static final int OWN_RESPONSIBILITIES = 3;

    private RoleAnswers() {
    }

    public static Answer list(KnowledgeBase kb) {
        List<Role> table = kb.titleTableRoles();
        ReplyBuilder b = ReplyBuilder.titled("AI roles and job titles")
                .lead("The guide lists " + table.size() + " common AI engineer job titles, from the Junior AI Developer to the Senior ML Platform and MLOps Engineers, each with an experience level and a focus area.")
                .intro("Ask about any of them with /role and a name or alias (mlops, cv, nlp, genai…).");
        b.items("Job titles (experience level · focus area)", table.stream()
                .map(r -> r.title() + " — " + r.level() + " · " + r.focus())
                .toList());
        List<String> others = kb.roles().stream().filter(r -> !r.inTitleTable())
                .map(r -> r.focus() != null ? r.title() + " — " + r.focus()
                        : r.title() + " (not one of the job-title table's rows, so the guides give it no level or focus area)")
                .toList();
        b.items("Also covered", others);
        table.stream().filter(r -> r.level().startsWith("Senior")).findFirst()
                .ifPresent(r -> b.suggest(r.title(), "/role " + shortName(r)));
        kb.roles().stream().filter(r -> !r.inTitleTable()).findFirst()
                .ifPresent(r -> b.suggest(r.title(), "/role " + shortName(r)));
        return Answer.about(b.suggest("Salary ranges", "/salary")
                .suggest("Learning roadmap", "/roadmap")
                .footer(Sources.footer(kb, kb.titleTableRoles().get(0).source()))
                .build(), new Subject(null, null, null));
    }

    /** The title-table rows whose experience level spans a salary level's ("Junior to Senior" spans Entry/Junior). */
    public static Answer atLevel(mentorbot.knowledge.SalaryBand band, KnowledgeBase kb) {
        List<Role> at = titlesAt(band, kb);
        String names = names(at);
        ReplyBuilder b = ReplyBuilder.titled("Titles at " + band.level() + " level")
                .lead(at.isEmpty() ? "The job-title table lists no title at " + band.level() + " level."
                        : "At " + band.level() + " level the job-title table lists " + names + ".")
                .items("Every title (experience level · focus area)", kb.titleTableRoles().stream()
                        .map(r -> r.title() + " — " + r.level() + " · " + r.focus()).toList());
        at.stream().limit(3).forEach(r -> b.suggest(r.title(), "/role " + shortName(r)));
        return Answer.about(b.suggest("Salary ranges", "/salary " + band.level().toLowerCase(java.util.Locale.ROOT))
                .footer(Sources.footer(kb, kb.titleTableRoles().get(0).source())).build(), new Subject(null, band.level(), null));
    }

    private static List<Role> titlesAt(mentorbot.knowledge.SalaryBand band, KnowledgeBase kb) {
        return kb.titleTableRoles().stream().filter(r -> spans(r, band)).toList();
    }

    /** Whether a role's experience level takes in a salary level ("Junior to Senior" takes in Entry/Junior). */
    static boolean spans(Role role, mentorbot.knowledge.SalaryBand band) {
        if (role.level() == null) {
            return true;
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        words.add(mentorbot.knowledge.Normalizer.normalize(band.level()));
        band.aliases().forEach(a -> words.addAll(List.of(mentorbot.knowledge.Normalizer.normalize(a).split(" "))));
        return List.of(mentorbot.knowledge.Normalizer.normalize(role.level()).split(" ")).stream().anyMatch(words::contains);
    }

    private static String names(List<Role> roles) {
        return String.join(", ", roles.stream().map(r -> r.title() + " (" + r.level() + ")").toList());
    }

    /**
     * One role for someone at a level it does not take in ("junior dev, is MLOps engineer realistic now?"):
     * the role, then the titles the table lists at the asker's level, as the way there.
     */
    public static Answer describeFor(Role role, Aspect aspect, mentorbot.knowledge.SalaryBand asker, KnowledgeBase kb) {
        List<Role> at = titlesAt(asker, kb);
        Optional<String> note = spans(role, asker) || at.isEmpty() ? Optional.empty()
                : Optional.of(role.title() + " is listed at " + role.level() + " level; at " + asker.level()
                        + " level the job-title table lists " + names(at) + ".");
        return describe(role, lead(role, aspect, kb), note, kb);
    }

    public static Answer describe(Role role, KnowledgeBase kb) {
        return describe(role, Aspect.GENERAL, kb);
    }

    /** One role in full, led by the part of it that was asked about. */
    public static Answer describe(Role role, Aspect aspect, KnowledgeBase kb) {
        return describe(role, lead(role, aspect, kb), Optional.empty(), kb);
    }

    /** Whether the guides describe the role by duties of its own rather than by its own responsibilities. */
    static boolean describedByDuties(Role role) {
        return !role.duties().isEmpty() && !hasOwnResponsibilities(role);
    }

    /**
     * Whether the role has AI engineer responsibilities of its own (the AI engineer); a title pointed to fewer is one
     * the guides describe no further, and those are only the material closest to it.
     */
    public static boolean hasOwnResponsibilities(Role role) {
        return role.responsibilities().size() >= OWN_RESPONSIBILITIES;
    }

    /** The role, said first to have {@code duty} (one of its duties, "Name: what it is") among its duties. */
    static Answer partOfTheJob(Role role, String duty, KnowledgeBase kb) {
        int colon = duty.indexOf(": ");
        String name = colon < 0 ? duty : duty.substring(0, colon);
        String what = colon < 0 ? "" : " (" + duty.substring(colon + 2) + ")";
        return describe(role, "Yes, that is part of the job: " + Character.toLowerCase(name.charAt(0)) + name.substring(1)
                + " is one of the " + role.title() + "'s duties in the guides" + what + ".", Optional.empty(), kb);
    }

    /** @param atAskersLevel what the table lists at the asker's own level, when the role is above it */
    private static Answer describe(Role role, String lead, Optional<String> atAskersLevel, KnowledgeBase kb) {
        // A lead that opens with the summary's first sentence is not followed by it again.
        String opening = firstSentence(role.summary());
        String intro = lead.startsWith(opening) ? role.summary().substring(opening.length()).strip() : role.summary();
        ReplyBuilder b = ReplyBuilder.titled(role.title())
                .lead(lead)
                .intro(intro)
                .field("Experience level", role.level())
                .field("Focus area", role.focus());
        atAskersLevel.ifPresent(note -> b.text("At your level", note));
        if (role.level() == null) {
            b.text("Experience level", noLevel(role));
        }
        List<String> responsibilities = new ArrayList<>();
        for (String id : role.responsibilities()) {
            kb.responsibility(id).map(Responsibility::title).ifPresent(responsibilities::add);
        }
        if (hasOwnResponsibilities(role)) {
            b.items("Responsibilities", responsibilities);
        } else {
            b.items("What the role does", role.duties());
            // A title the guides describe no further: the AI engineer material closest to it, each with its levels.
            for (String id : role.responsibilities()) {
                kb.responsibility(id).ifPresent(r -> b.section("Closest AI engineer responsibility: " + r.title(), r.summary(),
                        r.levelExamples().stream().map(e -> e.level() + ": " + e.example()).toList()));
            }
        }
        b.items("Core skills", role.skills());
        if (!role.tools().isEmpty()) {
            b.text("Tools", String.join(", ", role.tools()));
        }
        b.items("What people in the role build", role.examples());
        List<String> related = relatedTitles(role, kb);
        if (!related.isEmpty()) {
            b.text("Related roles", String.join(", ", related));
        }
        b.suggest("Salary for this role", "/salary " + shortName(role))
                .suggest("Roadmap for this role", "/roadmap " + shortName(role));
        role.related().stream().limit(2).forEach(id -> kb.role(id)
                .ifPresent(r -> b.suggest(r.title(), "/role " + shortName(r))));
        b.suggest("Interview questions", "/interview");
        return Answer.about(b.footer(Sources.footer(kb, role.source())).build(), new Subject(role.id(), null, role.id()));
    }

    /** The sentence that answers what was asked about the role. */
    static String lead(Role role, Aspect aspect, KnowledgeBase kb) {
        String t = role.title();
        return switch (aspect) {
            case LEVEL -> role.level() == null ? noLevel(role)
                    : t + " is a " + role.level() + " title in the AI engineer job-title table" + (role.focus() == null ? "."
                    : ", with the focus area " + role.focus() + ".");
            case FOCUS -> role.focus() == null ? noLevel(role) : t + "'s focus area is " + role.focus()
                    + (role.level() == null ? "." : ", at " + role.level() + " level.");
            case TOOLS -> role.tools().isEmpty()
                    ? "The guides attach no tools to the " + t + " title itself, " + whatItIs(role)
                    : t + "s work with " + String.join(", ", role.tools()) + ".";
            case SKILLS -> role.skills().isEmpty()
                    ? "The guides list no skills for the " + t + " title itself, " + whatItIs(role)
                    : "Core skills of the " + t + ": " + String.join("; ", role.skills().subList(0, Math.min(3, role.skills().size()))) + ".";
            case DUTIES -> role.duties().isEmpty() ? firstSentence(role.summary())
                    : t + ": " + String.join("; ", role.duties().subList(0, Math.min(3, role.duties().size()))) + ".";
            case EXAMPLES -> role.examples().isEmpty() ? firstSentence(role.summary())
                    : t + "s build things like " + String.join("; ", role.examples().subList(0, Math.min(3, role.examples().size()))
                            .stream().map(mentorbot.mentor.Sentences::runOn).toList()) + ".";
            case RELATED -> relatedTitles(role, kb).isEmpty() ? firstSentence(role.summary())
                    : "Roles close to the " + t + ": " + String.join(", ", relatedTitles(role, kb)) + ".";
            case FIT -> t + " fits that best" + (role.focus() == null ? ": " + firstSentence(role.summary())
                    : ": its focus area is " + role.focus() + (role.level() == null ? "." : ", at " + role.level() + " level."));
            case GENERAL -> firstSentence(role.summary())
                    + (role.level() == null ? "" : " Level: " + role.level() + "; focus: " + role.focus() + ".");
        };
    }

    /** "which is a Mid-level variation of the AI engineer role…": the summary's first sentence, run on after a comma. */
    private static String whatItIs(Role role) {
        return "which is " + mentorbot.mentor.Sentences.runOn(firstSentence(role.summary()));
    }

    /** Two roles side by side: level, focus and what each does, led by how they differ. */
    public static Answer compare(Role a, Role b, KnowledgeBase kb) {
        ReplyBuilder r = ReplyBuilder.titled(a.title() + " and " + b.title())
                .lead(difference(a, b))
                .field(a.title(), cells(a))
                .field(b.title(), cells(b))
                .text(a.title(), a.summary())
                .text(b.title(), b.summary())
                .suggest(a.title(), "/role " + shortName(a))
                .suggest(b.title(), "/role " + shortName(b))
                .suggest("Salary ranges", "/salary")
                .footer(Sources.footer(kb, a.source()));
        return Answer.about(r.build(), new Subject(null, null, a.id()));
    }

    /** How two roles differ in the table's terms: level first, then focus. */
    static String difference(Role a, Role b) {
        if (a.level() != null && b.level() != null) {
            String levels = a.level().equals(b.level())
                    ? "Both are " + a.level() + " titles in the job-title table"
                    : a.title() + " is " + a.level() + " and " + b.title() + " is " + b.level() + " in the job-title table";
            return levels + "; " + a.title() + " focuses on " + a.focus() + ", " + b.title() + " on " + b.focus() + ".";
        }
        return a.title() + ": " + levelAndFocus(a) + ". " + b.title() + ": " + levelAndFocus(b) + ".";
    }

    private static List<String> relatedTitles(Role role, KnowledgeBase kb) {
        return role.related().stream().map(id -> kb.role(id).map(Role::title).orElse(id)).toList();
    }

    private static String firstSentence(String text) {
        int end = mentorbot.mentor.Sentences.leadEnd(text, 300);
        return text.substring(0, end).strip();
    }

    /** Why a role has no level: it is not a row of the job-title table (the only place the guides give levels). */
    static String noLevel(Role role) {
        return "The guides give no experience level " + (role.focus() == null ? "or focus area " : "") + "for the "
                + role.title() + "; it is not one of the job-title table's rows.";
    }

    /** "Senior level, focused on Deployment and Operations", with whatever part the guides give. */
    private static String levelAndFocus(Role r) {
        if (r.level() == null && r.focus() == null) {
            return "no experience level or focus area in the guides (not one of the job-title table's rows)";
        }
        return r.level() == null ? "focused on " + r.focus()
                : r.focus() == null ? r.level() + " level" : r.level() + " level, focused on " + r.focus();
    }

    /** The table cells "Senior · Deployment and Operations", or null (no field) when the guides give neither. */
    private static String cells(Role r) {
        if (r.level() == null && r.focus() == null) {
            return null;
        }
        return r.level() == null ? r.focus() : r.focus() == null ? r.level() : r.level() + " · " + r.focus();
    }

    /** The shortest alias, so suggested commands stay short ("/role mlops"). */
    public static String shortName(Role role) {
        return role.aliases().stream()
                .filter(a -> a.length() >= 2)
                .min((x, y) -> Integer.compare(x.length(), y.length()))
                .orElse(role.title().toLowerCase());
    }
}
