package no.laeringsarena.elearning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseAuthoring;
import no.laeringsarena.catalog.Lesson;
import no.laeringsarena.catalog.LessonDraft;
import no.laeringsarena.catalog.LessonKind;
import no.laeringsarena.elearning.scorm.InvalidManifestException;
import no.laeringsarena.elearning.scorm.ScormImport;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.identity.Role;

/**
 * A course holder uploads a package into a module of her course: it is unpacked safely, its course structure is
 * checked (every problem reported), its files kept, and one lesson made per unit (a cmi5 AU), at the end of the
 * module (SCORM packages by {@link ScormImport}). All in one transaction: a refused package leaves nothing behind. Who may edit the course is checked by
 * {@link CourseAuthoring}.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.KURSHOLDER, Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
public class PackageImport {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    CourseAuthoring authoring;

    @Inject
    PackageStore store;

    @Inject
    ScormImport scormImport;

    /** The package kept and the lessons made of it. */
    public record Imported(ElearningPackage elearningPackage, List<Lesson> lessons) {
    }

    /** @throws PackageImportFailed with every problem found; nothing is kept then */
    public Imported importPackage(long userId, String courseKey, long moduleId, PackageUpload upload) {
        Course course = authoring.editableCourse(userId, courseKey);
        PackageArchive archive;
        try {
            archive = upload.open(store.limits());
        } catch (PackageRejected e) {
            throw new PackageImportFailed(List.of(ImportProblem.of(e)));
        }
        PackageFormat format = PackageFormat.of(archive).orElseThrow(() -> new PackageImportFailed(
                List.of(ImportProblem.of(new PackageRejected(PackageProblem.NO_COURSE_STRUCTURE, null)))));
        return switch (format) {
            case CMI5 -> cmi5(userId, course, courseKey, moduleId, upload, archive);
            case SCORM -> scorm(userId, courseKey, moduleId, upload, archive);
        };
    }

    /** SCORM 1.2 and 2004: {@link ScormImport} checks the manifest, keeps the files and makes a lesson per SCO. */
    private Imported scorm(long userId, String courseKey, long moduleId, PackageUpload upload, PackageArchive archive) {
        try {
            ScormImport.Imported imported = scormImport.importArchive(userId, courseKey, moduleId, upload.displayName(),
                    archive);
            return new Imported(imported.elearningPackage(), imported.lessons());
        } catch (InvalidManifestException e) {
            // each problem as its bokmål sentence (a manifest problem has up to two details; ImportProblem has one)
            throw new PackageImportFailed(e.problems().stream().map(p -> {
                String text = Messages.text(Locale.of("nb"), p.messageKey(), p.args().toArray());
                return new ImportProblem("scorm.manifest.problem", text, text);
            }).toList());
        }
    }

    private Imported cmi5(long userId, Course course, String courseKey, long moduleId, PackageUpload upload,
                          PackageArchive archive) {
        Cmi5CourseStructure structure = Cmi5CourseStructure.read(archive.file(PackageFormat.CMI5.structureFile())
                .orElseThrow(), archive);
        if (!structure.valid()) {
            throw new PackageImportFailed(structure.problems());
        }
        ElearningPackage saved = store.save(course, PackageFormat.CMI5, structure.courseTitle(), upload.displayName(),
                archive, userId);
        List<Lesson> lessons = new ArrayList<>();
        int position = 0;
        for (Cmi5CourseStructure.Au definition : structure.aus()) {
            Cmi5Au au = new Cmi5Au(saved, position++, structure.courseId(), definition);
            em.persist(au);
            em.flush();
            lessons.add(authoring.addPackageLesson(userId, courseKey, moduleId,
                    new LessonDraft(definition.title(), LessonKind.PACKAGE, true, "", au.reference(), null)));
        }
        return new Imported(saved, lessons);
    }
}
