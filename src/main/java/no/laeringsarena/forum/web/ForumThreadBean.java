package no.laeringsarena.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.forum.ForumException;
import no.laeringsarena.forum.ForumReply;
import no.laeringsarena.forum.ForumRules;
import no.laeringsarena.forum.ForumService;
import no.laeringsarena.forum.ForumThread;
import no.laeringsarena.forum.ForumViewer;
import no.laeringsarena.forum.ModerationAction;
import no.laeringsarena.forum.PostReport;
import no.laeringsarena.platform.MarkdownRenderer;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;

/**
 * One thread ({@code forum/trad.xhtml?id=...}) with its replies: reply, mark a reply as the solution (asker or
 * moderator), report a post, and for moderators hide/unhide, lock and pin. 404 when the visitor may not read it.
 */
@Named("forumThread")
@RequestScoped
public class ForumThreadBean {

    @Inject
    ForumService forum;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    LanguageSelection language;

    private Optional<ForumThread> thread;
    private List<ForumReply> replies;
    private ForumViewer viewer;
    private String body;
    private String reportTarget;
    private String reportReason;
    private String moderationReason;

    public void load() throws IOException {
        if (getThread() == null) {
            Pages.notFound();
        }
    }

    public ForumThread getThread() {
        if (thread == null) {
            thread = forum.thread(Pages.longParam("id"));
        }
        return thread.orElse(null);
    }

    public List<ForumReply> getReplies() {
        if (replies == null) {
            replies = getThread() == null ? List.of() : forum.replies(getThread());
        }
        return replies;
    }

    public String html(String markdownText) {
        return markdown.toSafeHtml(markdownText);
    }

    public boolean isCanReply() {
        return getThread() != null && ForumRules.canReply(getThread(), viewer());
    }

    public boolean isCanMarkSolved() {
        return getThread() != null && ForumRules.canMarkSolved(getThread(), viewer());
    }

    public boolean isCanReport() {
        return getThread() != null && ForumRules.canReport(getThread(), viewer());
    }

    public boolean isModerator() {
        return viewer().moderator();
    }

    public boolean isLoggedIn() {
        return viewer().loggedIn();
    }

    public String reply() {
        if (getThread() == null) {
            return null;
        }
        List<String> problems = ForumRules.bodyProblems(body);
        if (!problems.isEmpty()) {
            Messages.error("reply-form:body", problems.getFirst(), ForumThread.MAX_TITLE, ForumThread.MAX_BODY);
            return null;
        }
        return act(() -> forum.reply(getThread().getId(), body, Pages.longParam("quote"), language.getTag()), "forum.reply.saved");
    }

    public String markSolved(Long replyId) {
        return getThread() == null ? null : act(() -> forum.markSolved(getThread().getId(), replyId), "forum.solved.saved");
    }

    public String report() {
        if (getThread() == null) {
            return null;
        }
        List<String> problems = ForumRules.reasonProblems(reportReason);
        if (!problems.isEmpty()) {
            Messages.error("report-form:reason", problems.getFirst(), PostReport.MAX_REASON);
            return null;
        }
        Long replyId = reportTarget == null || reportTarget.isBlank() || reportTarget.equals("thread") ? null
                : parseId(reportTarget);
        return act(() -> forum.report(getThread().getId(), replyId, reportReason), "forum.report.saved");
    }

    /** Moderator tools on the thread: action on the thread itself or, with a reply id, on one reply. */
    public String moderate(String action, Long replyId) {
        if (getThread() == null) {
            return null;
        }
        List<String> problems = ForumRules.reasonProblems(moderationReason);
        if (!problems.isEmpty()) {
            Messages.error("moderation-form:reason", problems.getFirst(), PostReport.MAX_REASON);
            return null;
        }
        return act(() -> forum.moderate(ModerationAction.valueOf(action), getThread().getId(), replyId, moderationReason),
                "forum.moderation.done");
    }

    private String act(Runnable action, String confirmation) {
        try {
            action.run();
        } catch (ForumException e) {
            Messages.error(null, e.messageKey(), ForumThread.MAX_TITLE, ForumThread.MAX_BODY);
            return null;
        }
        Pages.keepMessages();
        Messages.info(null, confirmation);
        return "/forum/trad.xhtml?faces-redirect=true&id=" + getThread().getId();
    }

    private static Long parseId(String text) {
        return text.matches("\\d{1,18}") ? Long.valueOf(text) : -1L;
    }

    private ForumViewer viewer() {
        if (viewer == null) {
            viewer = forum.viewer();
        }
        return viewer;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getReportTarget() {
        return reportTarget;
    }

    public void setReportTarget(String reportTarget) {
        this.reportTarget = reportTarget;
    }

    public String getReportReason() {
        return reportReason;
    }

    public void setReportReason(String reportReason) {
        this.reportReason = reportReason;
    }

    public String getModerationReason() {
        return moderationReason;
    }

    public void setModerationReason(String moderationReason) {
        this.moderationReason = moderationReason;
    }
}
