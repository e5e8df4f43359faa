package no.laeringsarena.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.laeringsarena.forum.ForumCategory;
import no.laeringsarena.forum.ForumService;
import no.laeringsarena.platform.MarkdownRenderer;

/** The forum's front page: the categories the visitor may read, with their descriptions rendered from Markdown. */
@Named("forumCategories")
@RequestScoped
public class ForumCategoriesBean {

    @Inject
    ForumService forum;

    @Inject
    MarkdownRenderer markdown;

    private List<ForumCategory> categories;

    public List<ForumCategory> getAll() {
        if (categories == null) {
            categories = forum.categories();
        }
        return categories;
    }

    public String description(ForumCategory category) {
        return markdown.toSafeHtml(category.getDescriptionMarkdown());
    }
}
