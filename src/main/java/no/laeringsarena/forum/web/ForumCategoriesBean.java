package no.laeringsarena.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import no.laeringsarena.forum.ForumCategory;
import no.laeringsarena.forum.ForumService;
import no.laeringsarena.forum.ForumTags;
import no.laeringsarena.forum.ForumThread;
import no.laeringsarena.platform.MarkdownRenderer;

/**
 * The forum's front page: the categories the visitor may read, with their descriptions rendered from Markdown; with
 * {@code ?tag=...} first the threads with that tag in all those categories.
 */
@Named("forumCategories")
@RequestScoped
public class ForumCategoriesBean {

    /** Threads listed for one tag at most. */
    static final int MAX_TAGGED = 100;

    @Inject
    ForumService forum;

    @Inject
    MarkdownRenderer markdown;

    private List<ForumCategory> categories;
    private List<ForumThread> tagged;
    private Map<Long, List<String>> threadTags;

    public List<ForumCategory> getAll() {
        if (categories == null) {
            categories = forum.categories();
        }
        return categories;
    }

    /** The tag asked for ({@code forum.xhtml?tag=...}, stored form), or null. */
    public String getTagFilter() {
        return ForumTags.filter(Pages.param("tag"));
    }

    /** Threads with the tag asked for, in every category the visitor may read. */
    public List<ForumThread> getTagged() {
        if (tagged == null) {
            tagged = forum.tagged(getTagFilter(), MAX_TAGGED);
        }
        return tagged;
    }

    public List<String> tags(ForumThread thread) {
        if (threadTags == null) {
            threadTags = forum.tagsOf(getTagged());
        }
        return threadTags.getOrDefault(thread.getId(), List.of());
    }

    public String description(ForumCategory category) {
        return markdown.toSafeHtml(category.getDescriptionMarkdown());
    }
}
