package no.laeringsarena.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Collator;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finding courses and learning paths. Only published courses are shown; drafts only to course holders. */
@ApplicationScoped
@Transactional
public class CourseCatalog {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    /**
     * The catalogue's order of the published courses matching the filter, as ids: only the id, title and update time
     * of each match are read (not whole courses), and sorted as the filter asks (titles in Norwegian alphabetical
     * order, which the database's collation may not know). The page shown loads its own courses by {@link #courses}.
     */
    public List<Long> publishedIds(CourseFilter filter) {
        StringBuilder jpql = new StringBuilder("SELECT c.id, c.title, c.updatedAt FROM Course c "
                + "WHERE c.status = no.laeringsarena.catalog.CourseStatus.PUBLISHED");
        if (filter.format() != null) {
            jpql.append(" AND c.format = :format");
        }
        if (filter.sectorKey() != null) {
            jpql.append(" AND c.sector.termKey = :sector");
        }
        if (filter.themeKey() != null) {
            jpql.append(" AND c.theme.termKey = :theme");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        if (filter.format() != null) {
            query.setParameter("format", filter.format());
        }
        if (filter.sectorKey() != null) {
            query.setParameter("sector", filter.sectorKey());
        }
        if (filter.themeKey() != null) {
            query.setParameter("theme", filter.themeKey());
        }
        Collator norwegian = Collator.getInstance(Locale.forLanguageTag("nb"));
        Comparator<Object[]> order = filter.sort() == CourseFilter.Sort.UPDATED
                ? Comparator.comparing((Object[] row) -> (OffsetDateTime) row[2]).reversed()
                : Comparator.comparing((Object[] row) -> (String) row[1], norwegian);
        return query.getResultList().stream().sorted(order).map(row -> (Long) row[0]).toList();
    }

    /** These courses, with their sector and theme, in the order of the ids given (ids of missing courses left out). */
    public List<Course> courses(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Course> byId = new HashMap<>();
        em.createQuery("SELECT c FROM Course c LEFT JOIN FETCH c.sector LEFT JOIN FETCH c.theme WHERE c.id IN :ids",
                Course.class).setParameter("ids", ids).getResultList().forEach(c -> byId.put(c.getId(), c));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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
