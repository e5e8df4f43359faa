package no.laeringsarena.assessment;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Finding tests by key. */
public final class Tests {

    private Tests() {
    }

    public static Optional<CourseTest> find(EntityManager em, String key) {
        return em.createNamedQuery("CourseTest.byKey", CourseTest.class).setParameter("key", key)
                .getResultStream().findFirst();
    }
}
