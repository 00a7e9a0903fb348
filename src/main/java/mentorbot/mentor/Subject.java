package mentorbot.mentor;

/**
 * What a question or answer was about, for follow-ups. Any part may be null.
 *
 * @param roleId  a role id from the knowledge model
 * @param level   an experience or skill level as the knowledge model names it ("Senior", "Advanced")
 * @param entryId the entry the answer was built from, which tells the feature a follow-up goes to
 */
public record Subject(String roleId, String level, String entryId) {

    public static final Subject NONE = new Subject(null, null, null);

    public boolean isEmpty() {
        return roleId == null && level == null && entryId == null;
    }

    /**
     * This subject with the gaps filled from {@code older}. A level belongs to its role, so a
     * new role does not inherit the old role's level.
     */
    public Subject orElse(Subject older) {
        boolean sameRole = roleId == null || roleId.equals(older.roleId);
        return new Subject(roleId != null ? roleId : older.roleId,
                level != null ? level : (sameRole ? older.level : null),
                entryId != null ? entryId : older.entryId);
    }
}
