package no.laeringsarena.elearning.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseAuthoring;
import no.laeringsarena.catalog.Lesson;
import no.laeringsarena.catalog.LessonDraft;
import no.laeringsarena.catalog.LessonKind;
import no.laeringsarena.elearning.ElearningPackage;
import no.laeringsarena.elearning.PackageArchive;
import no.laeringsarena.elearning.PackageFormat;
import no.laeringsarena.elearning.PackageRejected;
import no.laeringsarena.elearning.PackageStore;
import no.laeringsarena.elearning.PackageUpload;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;

/**
 * Imports a SCORM package into a module of a course: unpacks it safely ({@link PackageUpload}), checks its manifest
 * ({@link ManifestParser}), keeps its files ({@link PackageStore}) and adds one required lesson per launchable item
 * of the default organisation, in the manifest's order, all in one transaction (a package with a problem leaves
 * nothing behind). The course holder must be allowed to edit the course ({@link CourseAuthoring}); a published
 * course gets the lessons in its working copy, for her to publish.
 */
@ApplicationScoped
@Transactional(rollbackOn = {PackageRejected.class, InvalidManifestException.class})
public class ScormImport {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    PackageStore store;

    @Inject
    CourseAuthoring authoring;

    /** What the import did: the package and the lessons made for it. */
    public record Imported(ElearningPackage elearningPackage, ScormManifest manifest, List<Lesson> lessons) {
    }

    @RequiresRole({Role.KURSHOLDER, Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public Imported importPackage(long userId, String courseKey, long moduleId, PackageUpload upload)
            throws PackageRejected, InvalidManifestException {
        authoring.editableCourse(userId, courseKey);
        return importArchive(userId, courseKey, moduleId, upload.displayName(), upload.open(store.limits()));
    }

    /**
     * Imports an archive already unpacked (for {@code elearning.PackageImport}, which opens every upload and hands
     * SCORM packages here): checks the manifest, keeps the files, makes the lessons.
     */
    @RequiresRole({Role.KURSHOLDER, Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public Imported importArchive(long userId, String courseKey, long moduleId, String fileName, PackageArchive archive)
            throws InvalidManifestException {
        Course course = authoring.editableCourse(userId, courseKey);
        if (PackageFormat.of(archive).orElse(null) != PackageFormat.SCORM) {
            throw new InvalidManifestException(List.of(ManifestProblem.of("noManifest")));
        }
        ScormManifest manifest = ManifestParser.parse(new ByteArrayInputStream(
                archive.file(PackageFormat.SCORM.structureFile()).orElseThrow()), archive::has);
        ElearningPackage saved = store.save(course, PackageFormat.SCORM, ScormSco.titleOf(manifest.title()),
                fileName, archive, userId);
        List<Lesson> lessons = new ArrayList<>();
        int position = 0;
        for (ScoLaunch launch : manifest.launchables()) {
            ScormSco sco = new ScormSco(saved, position++, manifest.version(), launch);
            em.persist(sco);
            em.flush();
            lessons.add(authoring.addPackageLesson(userId, courseKey, moduleId, new LessonDraft(sco.getTitle(),
                    LessonKind.PACKAGE, true, "", sco.reference(), null)));
        }
        return new Imported(saved, manifest, lessons);
    }
}
