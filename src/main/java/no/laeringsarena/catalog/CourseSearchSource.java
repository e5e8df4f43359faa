package no.laeringsarena.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import no.laeringsarena.search.SearchDocument;
import no.laeringsarena.search.SearchDocumentSource;

/** Published courses, for a full reindex. */
@ApplicationScoped
@Transactional
public class CourseSearchSource implements SearchDocumentSource {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public List<SearchDocument> documents() {
        return em.createNamedQuery("Course.published", Course.class).getResultStream()
                .map(CourseIndexing::document).toList();
    }
}
