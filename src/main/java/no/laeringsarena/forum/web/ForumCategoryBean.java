package no.laeringsarena.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.forum.ForumCategory;
import no.laeringsarena.forum.ForumException;
import no.laeringsarena.forum.ForumRules;
import no.laeringsarena.forum.ForumService;
import no.laeringsarena.forum.ForumThread;
import no.laeringsarena.forum.ForumViewer;
import no.laeringsarena.platform.MarkdownRenderer;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;

/**
 * One category ({@code forum/kategori.xhtml?key=...}): its threads, pinned first, then by last activity, and the
 * form to start a thread. A closed category shows non-members only a request-to-join notice.
 */
@Named("forumCategory")
@RequestScoped
public class ForumCategoryBean {

    @Inject
    ForumService forum;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    LanguageSelection language;

    private Optional<ForumCategory> category;
    private List<ForumThread> threads;
    private String title;
    private String body;

    /** 404 for unknown keys; a closed category the visitor is outside of shows the join notice instead. */
    public void load() throws IOException {
        if (getCategory() == null && getClosedOutside() == null) {
            Pages.notFound();
        }
    }

    public ForumCategory getCategory() {
        if (category == null) {
            category = forum.category(Pages.param("key"));
        }
        return category.orElse(null);
    }

    /** The closed category the visitor may not read yet (for the join notice), or null. */
    public ForumCategory getClosedOutside() {
        return getCategory() != null ? null : forum.closedCategory(Pages.param("key")).orElse(null);
    }

    public String getDescriptionHtml() {
        return getCategory() == null ? "" : markdown.toSafeHtml(getCategory().getDescriptionMarkdown());
    }

    public List<ForumThread> getThreads() {
        if (threads == null) {
            threads = getCategory() == null ? List.of() : forum.threads(getCategory());
        }
        return threads;
    }

    public boolean isCanStart() {
        return getCategory() != null && ForumRules.canStartThread(getCategory(), viewer());
    }

    public boolean isLoggedIn() {
        return viewer().loggedIn();
    }

    public String start() {
        if (getCategory() == null) {
            return null;
        }
        List<String> problems = ForumRules.threadProblems(title, body);
        if (!problems.isEmpty()) {
            problems.forEach(p -> Messages.error(p.contains("title") ? "thread-form:title" : "thread-form:body", p,
                    ForumThread.MAX_TITLE, ForumThread.MAX_BODY));
            return null;
        }
        try {
            ForumThread thread = forum.startThread(getCategory().getCategoryKey(), title, body, language.getTag());
            Pages.keepMessages();
            Messages.info(null, "forum.thread.started");
            return "/forum/trad.xhtml?faces-redirect=true&id=" + thread.getId();
        } catch (ForumException e) {
            Messages.error(null, e.messageKey(), ForumThread.MAX_TITLE, ForumThread.MAX_BODY);
            return null;
        }
    }

    public String requestMembership() {
        ForumCategory closed = getClosedOutside();
        if (closed == null || !viewer().loggedIn()) {
            return null;
        }
        forum.requestMembership(closed.getCategoryKey());
        Messages.info(null, "forum.join.requested");
        return null;
    }

    private ForumViewer viewer() {
        return forum.viewer();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
