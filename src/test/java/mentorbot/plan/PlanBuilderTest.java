package mentorbot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mentorbot.knowledge.Anchor;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.KnowledgeException;
import mentorbot.knowledge.KnowledgeLoader;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SkillLevel;
import mentorbot.mentor.Action;
import mentorbot.testing.Knowledge;
import org.junit.jupiter.api.Test;

/** A plan for every role of the knowledge, built from the knowledge alone. */
class PlanBuilderTest {

    private final KnowledgeBase kb = Knowledge.real();

    @Test
    void everyOneOfTheTwelveRolesGetsAPlanFromTheKnowledgeAlone() {
        assertEquals(12, kb.roles().size());
        Set<String> projects = new HashSet<>(kb.topic(Anchor.PORTFOLIO_PROJECTS).related());
        for (Role role : kb.roles()) {
            SkillLevel target = PlanBuilder.target(kb, role);
            List<PlanItem> items = PlanBuilder.build(kb, role, SkillLevel.FOUNDATIONAL);
            String name = role.title();
            assertEquals(kb.progression().size() * (target.ordinal() + 1), count(items, ItemKind.SKILL), name);
            assertEquals(kb.steps().size(), count(items, ItemKind.STEP), name);
            assertEquals(kb.topic(Anchor.LEARNING_HABITS).points().size(), count(items, ItemKind.HABIT), name);
            long p = count(items, ItemKind.PROJECT);
            assertTrue(p >= 1 && p <= 2, name + ": " + p + " projects");
            items.stream().filter(i -> i.kind() == ItemKind.PROJECT).forEach(i -> assertTrue(projects.contains(i.id()), i.id()));
            assertEquals(items.size(), items.stream().map(PlanItem::id).distinct().count(), name + ": ids are unique");
            items.forEach(i -> assertEquals(i.id(), new Action.PlanDone(i.id()).itemId(), "a button can carry " + i.id()));
            items.forEach(i -> assertTrue(kb.contains(i.source()), i.source()));
        }
    }

    @Test
    void aRoleReachesTheTopOfItsExperienceLevelAndOnlyRolesWithoutOneGoAllTheWay() {
        for (Role role : kb.roles()) {
            String level = role.level() == null ? "" : role.level().toLowerCase(Locale.ROOT);
            SkillLevel expected = level.isEmpty() || level.contains("senior") ? SkillLevel.ADVANCED
                    : level.contains("mid") ? SkillLevel.INTERMEDIATE : SkillLevel.FOUNDATIONAL;
            assertEquals(expected, PlanBuilder.target(kb, role), role.title() + " (" + role.level() + ")");
        }
    }

    @Test
    void aPlanStartsAtTheLearnersLevel() {
        Role mlops = kb.role("mlops-engineer").orElseThrow();
        List<PlanItem> items = PlanBuilder.build(kb, mlops, SkillLevel.INTERMEDIATE);
        assertEquals(kb.progression().size() * 2, count(items, ItemKind.SKILL));
        assertTrue(items.get(0).id().endsWith("-intermediate"), items.get(0).id());
    }

    @Test
    void projectsFitTheRole() {
        assertEquals("project-custom-chatbot", firstProject("conversational-ai-engineer"));
        assertEquals("project-image-generation-tool", firstProject("computer-vision-engineer"));
    }

    @Test
    void itemIdsSurviveAKnowledgeReload() throws KnowledgeException {
        KnowledgeBase again = new KnowledgeLoader().load(Knowledge.DIR);
        for (Role role : kb.roles()) {
            assertEquals(PlanBuilder.build(kb, role, SkillLevel.FOUNDATIONAL).stream().map(PlanItem::id).toList(),
                    PlanBuilder.build(again, again.role(role.id()).orElseThrow(), SkillLevel.FOUNDATIONAL).stream()
                            .map(PlanItem::id).toList());
        }
    }

    private String firstProject(String roleId) {
        return PlanBuilder.build(kb, kb.role(roleId).orElseThrow(), SkillLevel.FOUNDATIONAL).stream()
                .filter(i -> i.kind() == ItemKind.PROJECT).findFirst().orElseThrow().id();
    }

    private static long count(List<PlanItem> items, ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).count();
    }
}
