package no.laeringsarena.elearning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import org.eclipse.microprofile.config.Config;

/**
 * Keeping packages and reading their files. The limits come from MicroProfile Config:
 * {@code elearning.package.max-upload-bytes}, {@code elearning.package.max-unpacked-bytes},
 * {@code elearning.package.max-files}, {@code elearning.package.max-ratio} (defaults {@link PackageLimits#DEFAULTS}).
 * Saving is for course writers; the caller has checked that she may edit the course (see {@link PackageImport}).
 */
@ApplicationScoped
@Transactional
public class PackageStore {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    Config config;

    public PackageLimits limits() {
        PackageLimits d = PackageLimits.DEFAULTS;
        return new PackageLimits(
                config.getOptionalValue("elearning.package.max-upload-bytes", Long.class).orElse(d.maxUploadBytes()),
                config.getOptionalValue("elearning.package.max-unpacked-bytes", Long.class).orElse(d.maxUnpackedBytes()),
                config.getOptionalValue("elearning.package.max-files", Integer.class).orElse(d.maxFiles()),
                config.getOptionalValue("elearning.package.max-ratio", Long.class).orElse(d.maxRatio()));
    }

    /** Keeps the archive's files as a package of the course (its published row if this is a working copy). */
    @RequiresRole({Role.KURSHOLDER, Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public ElearningPackage save(Course course, PackageFormat format, String title, String fileName,
                                 PackageArchive archive, long userId) {
        ElearningPackage saved = new ElearningPackage(course.root(), format, title, fileName, archive,
                em.find(UserAccount.class, userId), OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(saved);
        for (Map.Entry<String, byte[]> file : archive.files().entrySet()) {
            em.persist(new PackageFile(saved, file.getKey(), file.getValue()));
        }
        em.flush();
        return saved;
    }

    public Optional<ElearningPackage> byPublicKey(UUID key) {
        return em.createNamedQuery("ElearningPackage.byPublicKey", ElearningPackage.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    public Optional<ElearningPackage> find(long id) {
        return Optional.ofNullable(em.find(ElearningPackage.class, id));
    }

    /** A file of the package by its exact path; nothing else can be found this way. */
    public Optional<PackageFile> file(UUID key, String path) {
        if (!PackageArchive.isSafePath(path)) {
            return Optional.empty();
        }
        return em.createNamedQuery("PackageFile.byKeyAndPath", PackageFile.class).setParameter("key", key)
                .setParameter("path", path).getResultStream().findFirst();
    }
}
