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
    public long estimatedCount() {
        return em.createQuery("SELECT COUNT(c) FROM Course c WHERE c.status = no.laeringsarena.catalog.CourseStatus.PUBLISHED",
                Long.class).getSingleResult();
    }

    @Override
    public Page documents(int page, int size) {
        List<Course> courses = em.createQuery("SELECT c FROM Course c WHERE c.status = "
                        + "no.laeringsarena.catalog.CourseStatus.PUBLISHED ORDER BY c.id", Course.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return Page.of(courses.stream().map(CourseIndexing::document).toList(), courses.size(), size);
    }
}
