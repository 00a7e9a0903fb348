package mentorbot.mentor.answer;

import java.util.ArrayList;
import java.util.List;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Responsibility;
import mentorbot.knowledge.Role;
import mentorbot.mentor.Answer;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Subject;

/** Replies about roles: the list of titles, one role in full, one role's level. */
public final class RoleAnswers {
    private RoleAnswers() {
    }

    public static Answer list(KnowledgeBase kb) {
        ReplyBuilder b = ReplyBuilder.titled("AI roles and job titles")
                .intro("The common AI engineer job titles, each with its experience level and focus area. Ask about any of them with /role and a name or alias (mlops, cv, nlp, genai…).");
        b.items("Job titles (experience level · focus area)", kb.titleTableRoles().stream()
                .map(r -> r.title() + " — " + r.level() + " · " + r.focus())
                .toList());
        List<String> others = kb.roles().stream().filter(r -> !r.inTitleTable())
                .map(r -> r.focus() != null ? r.title() + " — " + r.focus()
                        : r.title() + " (not one of the job-title table's rows, so the guides give it no level or focus area)")
                .toList();
        b.items("Also covered", others);
        return Answer.about(b.suggest("MLOps Engineer", "/role mlops")
                .suggest("Generative AI Developer", "/role genai")
                .suggest("Salary ranges", "/salary")
                .suggest("Learning roadmap", "/roadmap")
                .footer(Sources.footer("seed-ai-engineer"))
                .build(), new Subject(null, null, "role"));
    }

    public static Answer describe(Role role, KnowledgeBase kb) {
        ReplyBuilder b = ReplyBuilder.titled(role.title())
                .intro(role.summary())
                .field("Experience level", role.level())
                .field("Focus area", role.focus());
        if (role.level() == null) {
            b.text("Experience level", noLevel(role));
        }
        List<String> work = new ArrayList<>(role.duties());
        for (String id : role.responsibilities()) {
            kb.responsibility(id).map(Responsibility::title).ifPresent(work::add);
        }
        b.items("What the role does", work);
        b.items("Core skills", role.skills());
        b.items("Tools", List.of(String.join(", ", role.tools())).stream().filter(s -> !s.isEmpty()).toList());
        b.items("What people in the role build", role.examples());
        List<String> related = role.related().stream().map(id -> kb.role(id).map(Role::title).orElse(id)).toList();
        if (!related.isEmpty()) {
            b.text("Related roles", String.join(", ", related));
        }
        b.suggest("Salary for this role", "/salary " + shortName(role))
                .suggest("Roadmap for this role", "/roadmap " + shortName(role));
        role.related().stream().limit(2).forEach(id -> kb.role(id)
                .ifPresent(r -> b.suggest(r.title(), "/role " + shortName(r))));
        b.suggest("Interview questions", "/interview");
        return Answer.about(b.footer(Sources.footer(role.source())).build(), new Subject(role.id(), null, "role"));
    }

    /** Just the level and focus of a role: the answer to "what experience level is that?". */
    public static Answer level(Role role) {
        String text = role.level() == null
                ? noLevel(role) + (role.focus() == null ? "" : " Its focus area is " + role.focus() + ".")
                : role.title() + " is listed at " + role.level() + " level"
                        + (role.inTitleTable() ? " in the AI engineer job-title table" : "")
                        + (role.focus() == null ? "" : ", with a focus on " + role.focus()) + ".";
        return Answer.about(ReplyBuilder.titled(role.title() + ": experience level")
                .intro(text)
                .field("Experience level", role.level())
                .field("Focus area", role.focus())
                .suggest("More about the role", "/role " + shortName(role))
                .suggest("Salary for this role", "/salary " + shortName(role))
                .footer(Sources.footer(role.source()))
                .build(), new Subject(role.id(), null, "level"));
    }

    /** Two roles side by side: level, focus and what each does. */
    public static Answer compare(Role a, Role b, KnowledgeBase kb) {
        ReplyBuilder r = ReplyBuilder.titled(a.title() + " and " + b.title())
                .intro(a.title() + ": " + levelAndFocus(a) + ". " + b.title() + ": " + levelAndFocus(b) + ".")
                .field(a.title(), cells(a))
                .field(b.title(), cells(b))
                .text(a.title(), a.summary())
                .text(b.title(), b.summary())
                .suggest(a.title(), "/role " + shortName(a))
                .suggest(b.title(), "/role " + shortName(b))
                .suggest("Salary ranges", "/salary")
                .footer(Sources.footer(a.source()));
        return Answer.about(r.build(), new Subject(null, null, "role"));
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
