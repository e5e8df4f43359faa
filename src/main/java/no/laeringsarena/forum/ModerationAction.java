package no.laeringsarena.forum;

/** What a moderator can do to a post; each action is written to the audit log. */
public enum ModerationAction {
    HIDE, UNHIDE, LOCK, UNLOCK, PIN, UNPIN, DISMISS_REPORT, APPROVE_MEMBER, EDIT_POST, DELETE_POST, IDEA_STATUS, DELETE_THREAD,
    RESTORE_THREAD, REMOVE_ATTACHMENT, MOVE_THREAD, RETAG_THREAD;

    /** Message-bundle key of the action's name. */
    public String messageKey() {
        return "forum.action." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
