package no.laeringsarena.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.laeringsarena.forum.CategoryMembership;
import no.laeringsarena.forum.ForumException;
import no.laeringsarena.forum.ForumRules;
import no.laeringsarena.forum.ForumService;
import no.laeringsarena.forum.ModerationAction;
import no.laeringsarena.forum.ModerationLogEntry;
import no.laeringsarena.forum.PostReport;
import no.laeringsarena.platform.web.Messages;

/**
 * The moderator queue ({@code forum/moderering.xhtml}, moderators and system administrators): open reports with
 * hide and dismiss, join requests for closed categories, and the latest lines of the audit log.
 */
@Named("moderation")
@RequestScoped
public class ModerationBean {

    @Inject
    ForumService forum;

    private List<PostReport> reports;
    private String reason;
    private String suspendEmail;
    private Integer suspendDays;

    public List<PostReport> getReports() {
        if (reports == null) {
            reports = forum.openReports();
        }
        return reports;
    }

    public List<CategoryMembership> getJoinRequests() {
        return forum.joinRequests();
    }

    public List<ModerationLogEntry> getLog() {
        return forum.auditLog(50);
    }

    public String actionName(ModerationAction action) {
        return Messages.text(action.messageKey());
    }

    /** Hides the reported post (the reply, or the thread when the report is about the thread). */
    public String hide(PostReport report) {
        return act(ModerationAction.HIDE, report);
    }

    public String dismiss(PostReport report) {
        return act(ModerationAction.DISMISS_REPORT, report);
    }

    public String approve(CategoryMembership membership) {
        try {
            forum.approveMembership(membership.getId(), reason);
        } catch (ForumException e) {
            Messages.error(null, e.messageKey(), PostReport.MAX_REASON);
            return null;
        }
        Pages.keepMessages();
        Messages.info(null, "forum.join.approved");
        return "/forum/moderering.xhtml?faces-redirect=true";
    }

    public List<ForumService.SuspensionLine> getSuspensions() {
        return forum.activeSuspensions();
    }

    /** Suspends a user from posting for some days (empty: until lifted). */
    public String suspend() {
        List<String> problems = ForumRules.reasonProblems(reason);
        if (!problems.isEmpty()) {
            Messages.error("suspend-form:reason", problems.getFirst(), PostReport.MAX_REASON);
            return null;
        }
        try {
            forum.suspend(suspendEmail, suspendDays, reason);
        } catch (ForumException e) {
            Messages.error("suspend-form:email", e.messageKey(), PostReport.MAX_REASON);
            return null;
        }
        Pages.keepMessages();
        Messages.info(null, "forum.suspension.saved");
        return "/forum/moderering.xhtml?faces-redirect=true";
    }

    public String lift(Long suspensionId) {
        try {
            forum.liftSuspension(suspensionId);
        } catch (ForumException e) {
            Messages.error(null, e.messageKey());
            return null;
        }
        Pages.keepMessages();
        Messages.info(null, "forum.suspension.lifted");
        return "/forum/moderering.xhtml?faces-redirect=true";
    }

    public String getSuspendEmail() {
        return suspendEmail;
    }

    public void setSuspendEmail(String suspendEmail) {
        this.suspendEmail = suspendEmail;
    }

    public Integer getSuspendDays() {
        return suspendDays;
    }

    public void setSuspendDays(Integer suspendDays) {
        this.suspendDays = suspendDays;
    }

    private String act(ModerationAction action, PostReport report) {
        List<String> problems = ForumRules.reasonProblems(reason);
        if (!problems.isEmpty()) {
            Messages.error(null, problems.getFirst(), PostReport.MAX_REASON);
            return null;
        }
        try {
            forum.moderate(action, report.getThread().getId(), report.getReply() == null ? null : report.getReply().getId(), reason);
        } catch (ForumException e) {
            Messages.error(null, e.messageKey(), PostReport.MAX_REASON);
            return null;
        }
        Pages.keepMessages();
        Messages.info(null, "forum.moderation.done");
        return "/forum/moderering.xhtml?faces-redirect=true";
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
