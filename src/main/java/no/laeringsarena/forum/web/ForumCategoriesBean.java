package no.laeringsarena.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.laeringsarena.forum.ForumCategory;
import no.laeringsarena.platform.MarkdownRenderer;

/** The forum's front page: its categories, with their descriptions rendered from Markdown. */
@Named("forumCategories")
@RequestScoped
public class ForumCategoriesBean {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    MarkdownRenderer markdown;

    private List<ForumCategory> categories;

    public List<ForumCategory> getAll() {
        if (categories == null) {
            categories = em.createNamedQuery("ForumCategory.all", ForumCategory.class).getResultList();
        }
        return categories;
    }

    public String description(ForumCategory category) {
        return markdown.toSafeHtml(category.getDescriptionMarkdown());
    }
}
