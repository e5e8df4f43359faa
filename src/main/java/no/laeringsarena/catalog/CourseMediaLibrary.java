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

    /**
     * The file if this caller (user id from the session, or empty for a guest) may see it, without its bytes (a
     * video may be large; its bytes are read range by range with {@link #bytes}).
     */
    public Optional<MediaFile> readable(long mediaId, Optional<Long> userId) {
        Object[] row = em.createQuery("""
                SELECT m.id, m.fileName, m.contentType, m.sizeBytes, m.uploadedAt, m.course
                FROM CourseMedia m WHERE m.id = :id""", Object[].class).setParameter("id", mediaId)
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        MediaFile file = new MediaFile((Long) row[0], (String) row[1], (String) row[2], (Long) row[3],
                (java.time.OffsetDateTime) row[4]);
        Course course = (Course) row[5];
        if (course.isPublished() && (course.isOpenAccess() || userId.isPresent())) {
            return Optional.of(file);
        }
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = callerRoles.current();
        boolean editor = roles.contains(Role.REDAKTOR) || roles.contains(Role.SYSTEMADMINISTRATOR);
        boolean author = roles.contains(Role.KURSHOLDER) && !em.createNamedQuery("CourseAuthor.byCourseAndUser", CourseAuthor.class)
                .setParameter("course", course).setParameter("userId", userId.get()).getResultList().isEmpty();
        return editor || author ? Optional.of(file) : Optional.empty();
    }

    /**
     * {@code length} bytes of the file from byte {@code first} (0-based), read by the database without loading the
     * rest (the column is stored uncompressed, so PostgreSQL reads only the chunks asked for).
     */
    public byte[] bytes(long mediaId, long first, int length) {
        return (byte[]) em.createNativeQuery("SELECT substring(data FROM CAST(?1 AS integer) FOR CAST(?2 AS integer)) FROM course_media WHERE id = ?3")
                .setParameter(1, first + 1).setParameter(2, length).setParameter(3, mediaId).getSingleResult();
    }
}
