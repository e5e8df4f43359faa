package no.laeringsarena.forum;

import java.util.ArrayList;
import java.util.List;

/**
 * The forum's rules in one place, free of the database so they can be tested: who may read, post, reply,
 * mark as solved, report and moderate, and what a valid post looks like (problems as message keys).
 */
public final class ForumRules {

    private ForumRules() {
    }

    /** Open categories are read by everyone; closed ones by their approved members and moderators. */
    public static boolean canRead(ForumCategory category, ForumViewer viewer) {
        return !category.isClosed() || viewer.moderator()
                || viewer.memberOf().contains(category.getCategoryKey());
    }

    /** A hidden thread is seen by moderators only. */
    public static boolean canRead(ForumThread thread, ForumViewer viewer) {
        return canRead(thread.getCategory(), viewer) && (!thread.isHidden() || viewer.moderator());
    }

    public static boolean canStartThread(ForumCategory category, ForumViewer viewer) {
        return viewer.loggedIn() && canRead(category, viewer);
    }

    /** A locked thread takes replies from moderators only. */
    public static boolean canReply(ForumThread thread, ForumViewer viewer) {
        return viewer.loggedIn() && canRead(thread, viewer) && (!thread.isLocked() || viewer.moderator());
    }

    /** The asker or a moderator marks the reply that solved the question. */
    public static boolean canMarkSolved(ForumThread thread, ForumViewer viewer) {
        return viewer.loggedIn() && canRead(thread, viewer)
                && (viewer.moderator() || thread.isStartedBy(viewer.userId()));
    }

    public static boolean canReport(ForumThread thread, ForumViewer viewer) {
        return viewer.loggedIn() && canRead(thread, viewer);
    }

    /** Should the search index hold this thread? Only when everyone may read it. */
    public static boolean publiclyVisible(ForumThread thread) {
        return !thread.isHidden() && !thread.getCategory().isClosed();
    }

    /** Problems with a new thread, as message keys (empty when fine). */
    public static List<String> threadProblems(String title, String body) {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("forum.error.titleMissing");
        } else if (title.strip().length() > ForumThread.MAX_TITLE) {
            problems.add("forum.error.titleTooLong");
        }
        problems.addAll(bodyProblems(body));
        return problems;
    }

    /** Problems with a post body, as message keys (empty when fine). */
    public static List<String> bodyProblems(String body) {
        if (body == null || body.isBlank()) {
            return List.of("forum.error.bodyMissing");
        }
        if (body.strip().length() > ForumThread.MAX_BODY) {
            return List.of("forum.error.bodyTooLong");
        }
        return List.of();
    }

    public static List<String> reasonProblems(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of("forum.error.reasonMissing");
        }
        if (reason.strip().length() > PostReport.MAX_REASON) {
            return List.of("forum.error.reasonTooLong");
        }
        return List.of();
    }
}
