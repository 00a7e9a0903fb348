package mentorbot.plan;

/**
 * One thing to do in a learning plan, built from the knowledge.
 *
 * @param id     stable across knowledge reloads: made from the ids of the knowledge it comes from (a progression row
 *               and a level, a step, a project, the habits topic and the habit's name), so progress follows it
 * @param source the knowledge entry it comes from (a daily tip about that entry fits it)
 * @param text   what to do, as the guides say it
 */
public record PlanItem(String id, ItemKind kind, String source, String text) {
}
