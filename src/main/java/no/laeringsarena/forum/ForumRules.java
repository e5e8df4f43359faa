package no.laeringsarena.forum;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The forum's rules in one place, free of the database so they can be tested: who may read, post, reply,
 * mark as solved, report and moderate, and what a valid post looks like (problems as message keys).
 */
public final class ForumRules {

    /** Accounts younger than this post under {@link #NEW_ACCOUNT_POSTS_PER_HOUR}: spam comes from fresh accounts. */
    public static final Duration NEW_ACCOUNT_PERIOD = Duration.ofDays(3);
    public static final int NEW_ACCOUNT_POSTS_PER_HOUR = 5;
    /** Files on one post (opening post or reply). */
    public static final int MAX_ATTACHMENTS_PER_POST = 5;
    /** Largest file on a post (the platform's upload limit applies too, whichever is smaller). */
    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    private ForumRules() {
    }

    /** The author edits or deletes their own post; a moderator any post. Nobody acts on a post they cannot read. */
    public static boolean canChangePost(ForumThread thread, Long authorId, ForumViewer viewer) {
        return viewer.loggedIn() && canRead(thread, viewer)
                && (viewer.moderator() || (authorId != null && authorId.equals(viewer.userId()) && !thread.isLocked()));
    }

    /** Likes, votes and follows: any logged-in reader. */
    public static boolean canReact(ForumThread thread, ForumViewer viewer) {
        return viewer.loggedIn() && canRead(thread, viewer);
    }

    /**
     * Has a young account posted too much? Accounts younger than {@link #NEW_ACCOUNT_PERIOD} may post
     * {@link #NEW_ACCOUNT_POSTS_PER_HOUR} threads and replies in any hour; moderators and older accounts have no limit.
     */
    public static boolean postingLimitReached(OffsetDateTime accountCreatedAt, long postsInLastHour, OffsetDateTime now,
                                              boolean moderator) {
        if (moderator || accountCreatedAt == null) {
            return false;
        }
        boolean young = accountCreatedAt.isAfter(now.minus(NEW_ACCOUNT_PERIOD));
        return young && postsInLastHour >= NEW_ACCOUNT_POSTS_PER_HOUR;
    }

    /** Problems with a project idea's template fields, as message keys (empty when fine). */
    public static List<String> ideaProblems(String title, String problem, String beneficiaries, String solution) {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("forum.error.titleMissing");
        } else if (title.strip().length() > ForumThread.MAX_TITLE) {
            problems.add("forum.error.titleTooLong");
        }
        if (problem == null || problem.isBlank()) {
            problems.add("forum.idea.error.problemMissing");
        }
        if (beneficiaries == null || beneficiaries.isBlank()) {
            problems.add("forum.idea.error.beneficiariesMissing");
        }
        if (solution == null || solution.isBlank()) {
            problems.add("forum.idea.error.solutionMissing");
        }
        int length = (problem == null ? 0 : problem.length()) + (beneficiaries == null ? 0 : beneficiaries.length())
                + (solution == null ? 0 : solution.length());
        if (length > ForumThread.MAX_BODY - 500) {
            problems.add("forum.error.bodyTooLong");
        }
        return problems;
    }

    /** Problems with a status change of an idea: the move must be allowed and a reason given. */
    public static List<String> ideaMoveProblems(IdeaStatus current, IdeaStatus next, String reason) {
        List<String> problems = new ArrayList<>();
        if (current == null || next == null || !current.canMoveTo(next)) {
            problems.add("forum.idea.error.transition");
        }
        problems.addAll(reasonProblems(reason));
        return problems;
    }

    /** Problems with a system in the "Hvem bruker hva" list. */
    public static List<String> systemProblems(String name, String vendor, String area) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("systems.error.nameMissing");
        }
        for (String text : new String[] {name, vendor, area}) {
            if (text != null && text.strip().length() > SystemInUse.MAX_TEXT) {
                problems.add("systems.error.tooLong");
                break;
            }
        }
        return problems;
    }

    /** Open categories are read by everyone; closed ones by their approved members and moderators. */
    public static boolean canRead(ForumCategory category, ForumViewer viewer) {
        return !category.isClosed() || viewer.moderator()
                || viewer.memberOf().contains(category.getCategoryKey());
    }

    /** A hidden or deleted thread is seen by moderators only. */
    public static boolean canRead(ForumThread thread, ForumViewer viewer) {
        return canRead(thread.getCategory(), viewer) && (!thread.isHidden() && !thread.isDeleted() || viewer.moderator());
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
        return !thread.isHidden() && !thread.isDeleted() && !thread.getCategory().isClosed();
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

    /** Problems with one more file on a post that has {@code existing} already (empty when fine). */
    public static List<String> attachmentProblems(long existing) {
        return existing >= MAX_ATTACHMENTS_PER_POST ? List.of("forum.attachment.error.tooMany") : List.of();
    }

    /**
     * The name an attachment is stored and offered under: the last part of what the browser sent (no folders),
     * without control characters, at most {@link ForumAttachment#MAX_FILE_NAME} characters; "vedlegg" when nothing
     * is left. The name says nothing about the type: that is detected from the content.
     */
    public static String attachmentName(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.length() > ForumAttachment.MAX_FILE_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, ForumAttachment.MAX_FILE_NAME - extension.length()) + extension;
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "vedlegg" : name;
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
