package no.laeringsarena.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.laeringsarena.forum.ForumParticipation;
import no.laeringsarena.forum.SystemInUse;
import no.laeringsarena.taxonomy.TaxonomyTerm;
import no.laeringsarena.forum.ForumCategory;
import no.laeringsarena.forum.ForumException;
import no.laeringsarena.forum.ForumRules;
import no.laeringsarena.forum.ForumService;
import no.laeringsarena.forum.ForumTags;
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
    ForumParticipation participation;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    LanguageSelection language;

    private Optional<ForumCategory> category;
    private List<ForumThread> threads;
    private String title;
    private String body;
    private String systemName;
    private String tags;
    private Map<Long, List<String>> threadTags;
    private String problem;
    private String beneficiaries;
    private String solution;
    private String sector;
    private Map<Long, Long> votes;

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

    /** The threads of the page shown ({@code ?side=}, {@value #PAGE_SIZE} a page): a big category is never listed whole. */
    public List<ForumThread> getThreads() {
        if (threads == null) {
            threads = getCategory() == null ? List.of() : forum.threads(getCategory(), getTagFilter(),
                    (getPaging().page() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return threads;
    }

    static final int PAGE_SIZE = 50;
    private no.laeringsarena.platform.web.Paging paging;

    public no.laeringsarena.platform.web.Paging getPaging() {
        if (paging == null) {
            paging = no.laeringsarena.platform.web.Paging.of(Pages.param("side"), PAGE_SIZE,
                    getCategory() == null ? 0 : forum.threadCount(getCategory(), getTagFilter()));
        }
        return paging;
    }

    /** The tag the list is filtered by ({@code ?tag=...}, stored form), or null. */
    public String getTagFilter() {
        return ForumTags.filter(Pages.param("tag"));
    }

    /** The tags of a thread in the list (loaded for the whole list at once). */
    public List<String> tags(ForumThread thread) {
        if (threadTags == null) {
            threadTags = forum.tagsOf(getThreads());
        }
        return threadTags.getOrDefault(thread.getId(), List.of());
    }

    /** The category's most used tags, to filter by. */
    public List<String> getPopularTags() {
        return getCategory() == null ? List.of() : forum.popularTags(getCategory(), 20);
    }

    public boolean isCanStart() {
        return getCategory() != null && ForumRules.canStartThread(getCategory(), viewer());
    }

    public boolean isLoggedIn() {
        return viewer().loggedIn();
    }

    public boolean isFollowing() {
        return getCategory() != null && participation.followsCategory(getCategory());
    }

    public String toggleFollow() {
        if (getCategory() == null) {
            return null;
        }
        try {
            Messages.info(null, participation.toggleFollowCategory(getCategory().getCategoryKey())
                    ? "forum.follow.startedCategory" : "forum.follow.stopped");
        } catch (ForumException e) {
            Messages.error(null, e.messageKey());
        }
        return null;
    }

    /** Votes of an idea in the list. */
    public long votes(ForumThread thread) {
        if (votes == null) {
            votes = participation.voteCounts(getThreads());
        }
        return votes.getOrDefault(thread.getId(), 0L);
    }

    public List<TaxonomyTerm> getSectors() {
        return participation.sectors();
    }

    public String start() {
        if (getCategory() == null) {
            return null;
        }
        boolean idea = getCategory().isIdeaCategory();
        List<String> problems = idea ? ForumRules.ideaProblems(title, problem, beneficiaries, solution)
                : ForumRules.threadProblems(title, body);
        if (!problems.isEmpty()) {
            problems.forEach(p -> Messages.error(fieldOf(p), p, ForumThread.MAX_TITLE, ForumThread.MAX_BODY));
            return null;
        }
        if (systemName != null && systemName.strip().length() > SystemInUse.MAX_TEXT) {
            Messages.error("thread-form:system", "systems.error.tooLong", SystemInUse.MAX_TEXT);
            return null;
        }
        if (!TagMessages.valid(ForumTags.parse(tags), "thread-form:tags")) {
            return null;
        }
        String text = idea ? ideaMarkdown() : body;
        try {
            ForumThread thread = forum.startThread(getCategory().getCategoryKey(), title, text, systemName, tags,
                    language.getTag());
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

    private static String fieldOf(String problemKey) {
        if (problemKey.contains("title")) {
            return "thread-form:title";
        }
        if (problemKey.contains("problem")) {
            return "thread-form:problem";
        }
        if (problemKey.contains("beneficiaries")) {
            return "thread-form:beneficiaries";
        }
        if (problemKey.contains("solution")) {
            return "thread-form:solution";
        }
        return "thread-form:body";
    }

    /** The idea template's fields as one Markdown post with a heading per field, in the writer's language. */
    private String ideaMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(Messages.text("forum.idea.problem")).append("\n\n").append(problem.strip()).append("\n\n");
        md.append("## ").append(Messages.text("forum.idea.beneficiaries")).append("\n\n").append(beneficiaries.strip()).append("\n\n");
        md.append("## ").append(Messages.text("forum.idea.solution")).append("\n\n").append(solution.strip()).append("\n\n");
        getSectors().stream().filter(t -> t.getTermKey().equals(sector)).findFirst().ifPresent(t ->
                md.append("## ").append(Messages.text("forum.idea.sector")).append("\n\n").append(t.getName().in(language.getTag())).append("\n"));
        return md.toString().strip();
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

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getSystemName() {
        return systemName;
    }

    public void setSystemName(String systemName) {
        this.systemName = systemName;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getBeneficiaries() {
        return beneficiaries;
    }

    public void setBeneficiaries(String beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
