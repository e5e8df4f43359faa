package no.laeringsarena.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.forum.ForumAttachmentInfo;
import no.laeringsarena.forum.ForumAttachments;
import no.laeringsarena.forum.ForumFileType;
import no.laeringsarena.forum.ForumParticipation;
import no.laeringsarena.forum.IdeaStatus;
import no.laeringsarena.forum.ForumException;
import no.laeringsarena.forum.ForumReply;
import no.laeringsarena.forum.ForumRules;
import no.laeringsarena.forum.ForumService;
import no.laeringsarena.forum.ForumTags;
import no.laeringsarena.forum.ForumThread;
import no.laeringsarena.forum.ForumViewer;
import no.laeringsarena.forum.ModerationAction;
import no.laeringsarena.forum.PostReport;
import no.laeringsarena.platform.MarkdownRenderer;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.upload.UploadRejected;
import no.laeringsarena.platform.web.Messages;

/**
 * One thread ({@code forum/trad.xhtml?id=...}) with its replies and their files: reply, attach files to one's own
 * posts, mark a reply as the solution (asker or moderator), report a post, and for moderators hide/unhide, lock, pin
 * and delete/restore the thread. 404 when the visitor may not read it.
 */
@Named("forumThread")
@RequestScoped
public class ForumThreadBean {

    @Inject
    ForumService forum;

    @Inject
    ForumParticipation participation;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    ForumAttachments attachments;

    @Inject
    LanguageSelection language;

    private Optional<ForumThread> thread;
    private List<ForumReply> replies;
    private ForumViewer viewer;
    private String body;
    private String reportTarget;
    private String reportReason;
    private String moveTarget;
    private String moderationReason;
    private String tagText;
    private String ideaStatus;
    private String ideaReason;
    private Map<Long, Long> likeCounts;
    private Set<Long> myLikes;
    private List<ForumAttachmentInfo> files;
    private Part upload;

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

    /** Likes of a post: 0 for the opening post, else the reply id. */
    public long likes(Long postId) {
        if (likeCounts == null) {
            likeCounts = getThread() == null ? Map.of() : participation.likeCounts(getThread());
        }
        return likeCounts.getOrDefault(postId == null ? 0L : postId, 0L);
    }

    public boolean likedByMe(Long postId) {
        if (myLikes == null) {
            myLikes = getThread() == null ? Set.of() : participation.myLikes(getThread());
        }
        return myLikes.contains(postId == null ? 0L : postId);
    }

    public boolean canChange(Long authorId) {
        return getThread() != null && ForumRules.canChangePost(getThread(), authorId, viewer());
    }

    public boolean isCanReact() {
        return getThread() != null && ForumRules.canReact(getThread(), viewer());
    }

    public boolean isFollowing() {
        return getThread() != null && participation.followsThread(getThread());
    }

    public long getVotes() {
        return getThread() == null || !getThread().isIdea() ? 0 : participation.voteCount(getThread());
    }

    public boolean isVoted() {
        return getThread() != null && getThread().isIdea() && participation.hasVoted(getThread());
    }

    public List<IdeaStatus> getNextIdeaSteps() {
        return getThread() == null || !getThread().isIdea() ? List.of()
                : getThread().getIdeaStatus().nextSteps().stream().sorted().toList();
    }

    /** The quoted post's text as a Markdown quote, to start the reply box when "Siter" was pressed. */
    public String getQuoteText() {
        Long quote = Pages.longParam("quote");
        if (quote == null || getThread() == null) {
            return null;
        }
        String author;
        String text;
        if (quote == 0L) {
            author = getThread().getAuthorName() == null ? getThread().getOrganisationLabel() : getThread().getAuthorName();
            text = getThread().getBodyMarkdown();
        } else {
            ForumReply quoted = getReplies().stream().filter(r -> r.getId().equals(quote) && !r.isDeleted() && !r.isHidden())
                    .findFirst().orElse(null);
            if (quoted == null) {
                return null;
            }
            author = quoted.getAuthorName();
            text = quoted.getBodyMarkdown();
        }
        StringBuilder md = new StringBuilder("> **").append(author == null ? "" : author.replace("*", "")).append("**:\n");
        Arrays.stream(text.strip().split("\\R")).limit(30).forEach(line -> md.append("> ").append(line).append('\n'));
        return md.append('\n').toString();
    }

    /** The quoted reply's id for the reply form (null for none or the opening post). */
    public Long getQuoteId() {
        Long quote = Pages.longParam("quote");
        return quote == null || quote == 0L ? null : quote;
    }

    public String toggleLike(Long replyId) {
        return getThread() == null ? null
                : act(() -> participation.toggleLike(getThread().getId(), replyId == null || replyId == 0L ? null : replyId), null);
    }

    public String toggleFollow() {
        return getThread() == null ? null : act(() -> Messages.info(null,
                participation.toggleFollowThread(getThread().getId()) ? "forum.follow.started" : "forum.follow.stopped"), null);
    }

    public String toggleVote() {
        return getThread() == null ? null : act(() -> participation.toggleVote(getThread().getId()), null);
    }

    public String delete(Long replyId) {
        return getThread() == null ? null : act(() -> participation.deleteReply(getThread().getId(), replyId), "forum.deleted");
    }

    /** The files of a post the visitor may see: 0 for the opening post, else the reply id. */
    public List<ForumAttachmentInfo> attachmentsOf(Long postId) {
        if (files == null) {
            files = getThread() == null ? List.of() : attachments.of(getThread(), getReplies());
        }
        Long replyId = postId == null || postId == 0L ? null : postId;
        return files.stream().filter(f -> java.util.Objects.equals(f.replyId(), replyId)).toList();
    }

    /** "Bilder og dokumenter, høyst 10 MB og 5 filer per innlegg." */
    public String getUploadHelp() {
        return Messages.text("forum.attachment.help", attachments.maxBytes() / (1024 * 1024), ForumRules.MAX_ATTACHMENTS_PER_POST,
                ForumFileType.listed());
    }

    /** Attaches the uploaded file to the opening post (0) or a reply; problems are told at the top of the page. */
    public String attach(Long postId) throws IOException {
        if (getThread() == null) {
            return null;
        }
        String field = null;
        long max = attachments.maxBytes();
        if (upload == null || upload.getSize() == 0) {
            Messages.error(field, "upload.rejected.empty");
            return null;
        }
        if (upload.getSize() > max) {
            Messages.error(field, "upload.rejected.too-large", max / (1024 * 1024));
            return null;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes((int) max + 1);
        }
        Long replyId = postId == null || postId == 0L ? null : postId;
        try {
            ForumAttachmentInfo added = attachments.attach(getThread().getId(), replyId, upload.getSubmittedFileName(), content);
            Pages.keepMessages();
            Messages.info(null, "forum.attachment.added", added.fileName());
        } catch (UploadRejected rejected) {
            Messages.error(field, rejected.reason().messageKey(), max / (1024 * 1024), ForumFileType.listed());
            return null;
        } catch (ForumException e) {
            Messages.error(field, e.messageKey(), ForumRules.MAX_ATTACHMENTS_PER_POST);
            return null;
        }
        return "/forum/trad.xhtml?faces-redirect=true&id=" + getThread().getId();
    }

    public String removeAttachment(Long attachmentId) {
        return getThread() == null ? null : act(() -> attachments.remove(attachmentId), "forum.attachment.removed");
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String moveIdea() {
        if (getThread() == null) {
            return null;
        }
        IdeaStatus next = Arrays.stream(IdeaStatus.values()).filter(v -> v.name().equals(ideaStatus)).findFirst().orElse(null);
        List<String> problems = ForumRules.ideaMoveProblems(getThread().getIdeaStatus(), next, ideaReason);
        if (!problems.isEmpty()) {
            Messages.error("idea-form:reason", problems.getFirst(), PostReport.MAX_REASON);
            return null;
        }
        return act(() -> participation.moveIdea(getThread().getId(), next, ideaReason), "forum.idea.moved");
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
        return act(() -> forum.reply(getThread().getId(), body, getQuoteId(), language.getTag()), "forum.reply.saved");
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

    /** Moves the thread to the category chosen in the moderation form. */
    public String moveThread() {
        if (getThread() == null) {
            return null;
        }
        List<String> problems = ForumRules.reasonProblems(moderationReason);
        if (!problems.isEmpty()) {
            Messages.error("moderation-form:reason", problems.getFirst(), PostReport.MAX_REASON);
            return null;
        }
        return act(() -> forum.moveThread(getThread().getId(), moveTarget, moderationReason), "forum.moderation.moved");
    }

    /** A moderator replaces the thread's tags with those in the moderation form. */
    public String retag() {
        if (getThread() == null) {
            return null;
        }
        if (!TagMessages.valid(ForumTags.parse(tagText), "moderation-form:tags")) {
            return null;
        }
        return act(() -> forum.retag(getThread().getId(), tagText), "forum.tags.saved");
    }

    /** The tags field of the moderation form: the thread's tags until a moderator types others. */
    public String getTagText() {
        return tagText != null || getThread() == null ? tagText : ForumTags.display(getThread().getTags());
    }

    public void setTagText(String tagText) {
        this.tagText = tagText;
    }

    /** The categories a moderator may move this thread to: not its own, not idea intake. */
    public List<no.laeringsarena.forum.ForumCategory> getMoveTargets() {
        if (getThread() == null || getThread().getCategory().isIdeaCategory()) {
            return List.of();
        }
        return forum.categories().stream()
                .filter(c -> !c.isIdeaCategory() && !c.getId().equals(getThread().getCategory().getId())).toList();
    }

    public String getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(String moveTarget) {
        this.moveTarget = moveTarget;
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
        if (confirmation != null) {
            Messages.info(null, confirmation);
        }
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

    /** The reply text; on the page after "Siter" it starts as the quoted post. */
    public String getBody() {
        return body == null ? getQuoteText() : body;
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

    public String getIdeaStatus() {
        return ideaStatus;
    }

    public void setIdeaStatus(String ideaStatus) {
        this.ideaStatus = ideaStatus;
    }

    public String getIdeaReason() {
        return ideaReason;
    }

    public void setIdeaReason(String ideaReason) {
        this.ideaReason = ideaReason;
    }

    public String getModerationReason() {
        return moderationReason;
    }

    public void setModerationReason(String moderationReason) {
        this.moderationReason = moderationReason;
    }
}
