package no.laeringsarena.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.forum.ForumException;
import no.laeringsarena.forum.ForumParticipation;
import no.laeringsarena.forum.ForumReply;
import no.laeringsarena.forum.ForumRules;
import no.laeringsarena.forum.ForumService;
import no.laeringsarena.forum.ForumThread;
import no.laeringsarena.forum.PostEdit;
import no.laeringsarena.platform.MarkdownRenderer;
import no.laeringsarena.platform.web.Messages;

/**
 * One post of a thread, the opening post ({@code ?id=}) or a reply ({@code ?id=&svar=}): its edit form
 * ({@code forum/rediger.xhtml}, author or moderator) and its edit history ({@code forum/historikk.xhtml}, anyone who
 * may read the thread). 404 when the visitor may not read it, 403 when they may not edit it.
 */
@Named("forumPost")
@RequestScoped
public class ForumPostBean {

    @Inject
    ForumService forum;

    @Inject
    ForumParticipation participation;

    @Inject
    MarkdownRenderer markdown;

    private Optional<ForumThread> thread;
    private ForumReply reply;
    private List<PostEdit> history;
    private String title;
    private String body;

    public void loadHistory() throws IOException {
        if (getThread() == null || (Pages.longParam("svar") != null && getReply() == null)) {
            Pages.notFound();
        }
    }

    public void loadEdit() throws IOException {
        loadHistory();
        if (getThread() != null && !isCanEdit()) {
            Pages.forbidden();
        }
    }

    public ForumThread getThread() {
        if (thread == null) {
            thread = forum.thread(Pages.longParam("id"));
        }
        return thread.orElse(null);
    }

    /** The reply asked for (null for the opening post, or when it is not in the thread or not visible). */
    public ForumReply getReply() {
        Long replyId = Pages.longParam("svar");
        if (reply == null && replyId != null && getThread() != null) {
            reply = forum.replies(getThread()).stream().filter(r -> r.getId().equals(replyId) && !r.isDeleted())
                    .findFirst().orElse(null);
        }
        return reply;
    }

    public boolean isCanEdit() {
        ForumThread t = getThread();
        return t != null && ForumRules.canChangePost(t, getReply() == null ? t.getAuthorId() : getReply().getAuthorId(),
                forum.viewer());
    }

    public List<PostEdit> getHistory() {
        if (history == null) {
            history = getThread() == null ? List.of()
                    : participation.history(getThread().getId(), getReply() == null ? null : getReply().getId());
        }
        return history;
    }

    public String getCurrentHtml() {
        ForumThread t = getThread();
        return t == null ? "" : markdown.toSafeHtml(getReply() == null ? t.getBodyMarkdown() : getReply().getBodyMarkdown());
    }

    public String html(String markdownText) {
        return markdown.toSafeHtml(markdownText);
    }

    public String save() {
        ForumThread t = getThread();
        if (t == null) {
            return null;
        }
        List<String> problems = getReply() == null ? ForumRules.threadProblems(title, body) : ForumRules.bodyProblems(body);
        if (!problems.isEmpty()) {
            problems.forEach(p -> Messages.error(p.contains("title") ? "edit-form:title" : "edit-form:body", p,
                    ForumThread.MAX_TITLE, ForumThread.MAX_BODY));
            return null;
        }
        try {
            participation.edit(t.getId(), getReply() == null ? null : getReply().getId(), title, body);
        } catch (ForumException e) {
            Messages.error(null, e.messageKey(), ForumThread.MAX_TITLE, ForumThread.MAX_BODY);
            return null;
        }
        Pages.keepMessages();
        Messages.info(null, "forum.edit.saved");
        return "/forum/trad.xhtml?faces-redirect=true&id=" + t.getId();
    }

    public String getTitle() {
        return title == null && getThread() != null ? getThread().getTitle() : title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        if (body == null && getThread() != null) {
            return getReply() == null ? getThread().getBodyMarkdown() : getReply().getBodyMarkdown();
        }
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
