package mentorbot.mentor;

/**
 * What a question or answer is about. Any part may be null.
 *
 * @param roleId     a role id from the knowledge model
 * @param level      an experience or skill level word as the knowledge model names it ("Senior", "Advanced")
 * @param topic      a broad intent such as "salary" or "roadmap"
 */
public record Subject(String roleId, String level, String topic) {

    public static final Subject NONE = new Subject(null, null, null);

    public boolean isEmpty() {
        return roleId == null && level == null && topic == null;
    }

    /**
     * This subject with the gaps filled from {@code older}. A level belongs to its role, so a
     * new role does not inherit the old role's level.
     */
    public Subject orElse(Subject older) {
        boolean sameRole = roleId == null || roleId.equals(older.roleId);
        return new Subject(roleId != null ? roleId : older.roleId,
                level != null ? level : (sameRole ? older.level : null),
                topic != null ? topic : older.topic);
    }
}
