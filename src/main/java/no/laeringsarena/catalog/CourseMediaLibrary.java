package no.laeringsarena.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.identity.CallerRoles;
import no.laeringsarena.identity.Role;

/**
 * Reading uploaded course files: who may see one sees the course. A file of a published course is for everyone
 * logged in (and guests too when the course is open); a file of a course not published only for those who may
 * edit it (its authors, editors, system administrators).
 */
@ApplicationScoped
@Transactional
public class CourseMediaLibrary {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    CallerRoles callerRoles;

    /** The file if this caller (user id from the session, or empty for a guest) may see it. */
    public Optional<CourseMedia> readable(long mediaId, Optional<Long> userId) {
        CourseMedia media = em.find(CourseMedia.class, mediaId);
        if (media == null) {
            return Optional.empty();
        }
        Course course = media.getCourse();
        if (course.isPublished() && (course.isOpenAccess() || userId.isPresent())) {
            return Optional.of(media);
        }
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = callerRoles.current();
        boolean editor = roles.contains(Role.REDAKTOR) || roles.contains(Role.SYSTEMADMINISTRATOR);
        boolean author = roles.contains(Role.KURSHOLDER) && !em.createNamedQuery("CourseAuthor.byCourseAndUser", CourseAuthor.class)
                .setParameter("course", course).setParameter("userId", userId.get()).getResultList().isEmpty();
        return editor || author ? Optional.of(media) : Optional.empty();
    }
}
