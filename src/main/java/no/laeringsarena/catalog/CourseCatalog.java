package no.laeringsarena.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finding courses and learning paths. Only published courses are shown; drafts only to course holders. */
@ApplicationScoped
@Transactional
public class CourseCatalog {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    /** Published courses matching the filter, sorted as it asks (titles in Norwegian alphabetical order). */
    public List<Course> published(CourseFilter filter) {
        Comparator<Course> order = filter.sort() == CourseFilter.Sort.UPDATED
                ? Comparator.comparing(Course::getUpdatedAt).reversed()
                : Comparator.comparing(Course::getTitle, Collator.getInstance(Locale.forLanguageTag("nb")));
        return em.createNamedQuery("Course.published", Course.class).getResultList().stream()
                .filter(filter::matches).sorted(order).toList();
    }

    /** The course with this key if this visitor may see it: published, or a draft for those who may see drafts. */
    public Optional<Course> visible(String key, boolean maySeeDrafts) {
        if (key == null) {
            return Optional.empty();
        }
        Course course = CourseContentType.find(em, key);
        return Optional.ofNullable(course).filter(c -> c.isPublished() || maySeeDrafts);
    }

    public List<LearningPath> learningPaths() {
        return em.createNamedQuery("LearningPath.all", LearningPath.class).getResultList();
    }

    public Optional<LearningPath> learningPath(String key) {
        return em.createNamedQuery("LearningPath.byKey", LearningPath.class).setParameter("key", key)
                .getResultStream().findFirst();
    }
}
