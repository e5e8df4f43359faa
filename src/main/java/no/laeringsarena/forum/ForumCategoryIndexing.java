package no.laeringsarena.forum;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.laeringsarena.search.SearchDocument;
import no.laeringsarena.search.SearchOutbox;
import no.laeringsarena.taxonomy.TaxonomyTerm;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** A forum category in the search index (kind "forum-category", facet type "forumkategori"), through the outbox. */
final class ForumCategoryIndexing {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private ForumCategoryIndexing() {
    }

    /** Call in the transaction that saved the category (after flush). */
    static void categoryChanged(EntityManager em, ForumCategory category) {
        if (category.isClosed()) {
            SearchOutbox.delete(em, "forum-category:" + category.getCategoryKey());
            return;
        }
        SearchOutbox.upsert(em, document(category));
    }

    /** The document of an open category. */
    static SearchDocument document(ForumCategory category) {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("type", List.of("forumkategori"));
        facets.put("sector", List.of(category.getSector() == null ? "tverrgaende" : category.getSector().getTermKey()));
        List<String> themes = category.getThemes().stream().map(TaxonomyTerm::getTermKey).sorted().toList();
        if (!themes.isEmpty()) {
            facets.put("theme", themes);
        }
        return new SearchDocument("forum-category:" + category.getCategoryKey(), "forum-category",
                category.getName().getNb(), TEXT.render(PARSER.parse(category.getDescriptionMarkdown())).strip(), "nb",
                "forum.xhtml", facets);
    }
}
