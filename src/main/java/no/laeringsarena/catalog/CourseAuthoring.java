package no.laeringsarena.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.identity.CallerRoles;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.taxonomy.TaxonomyTerm;
import no.laeringsarena.taxonomy.TaxonomyTerms;
import no.laeringsarena.taxonomy.TermKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writing courses in the UI (kursredigering). Every action checks, on the server, that the caller is a course holder,
 * editor or system administrator ({@link RequiresRole}) and that she may edit this course: she is its owner or a
 * co-author, or an editor (redaktør) or system administrator, who may edit every course. Every action runs in one
 * transaction and validates before it changes anything ({@link CourseValidation}), so nothing is half-saved.
 * <p>
 * A course that was never published is edited directly. A published course is edited in its working copy (a draft
 * course row created on the first change); learners keep the published version until the working copy is published
 * onto it ({@link #publish}), which applies {@link RevisionRule}. Every publication changes the course row's version,
 * so the content importer keeps the UI's version (see {@code content.ImportDecision}).
 * <p>
 * The caller's user id comes from the session (never from the request); courses are named by their key.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.KURSHOLDER, Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
public class CourseAuthoring {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    CallerRoles callerRoles;

    @Inject
    LearningService learning;

    @Inject
    @ConfigProperty(name = "laeringsarena.media.max-bytes", defaultValue = "26214400")
    long maxMediaBytes;

    /** A course as its editor lists it. */
    public record AuthoredCourse(Course course, boolean owner, boolean hasUnpublishedChanges) {
    }

    /** The courses the caller may edit: her own and co-authored ones; for editors and administrators, every course. */
    public List<AuthoredCourse> myCourses(long userId) {
        List<Course> courses = editsEverything()
                ? em.createNamedQuery("Course.allButWorkingCopies", Course.class).getResultList()
                : em.createNamedQuery("CourseAuthor.coursesOf", Course.class).setParameter("userId", userId).getResultList();
        return courses.stream().filter(c -> !c.isWorkingCopy())
                .map(c -> new AuthoredCourse(c, author(c, userId).map(CourseAuthor::isOwner).orElse(false),
                        workingCopy(c).isPresent()))
                .toList();
    }

    /** Creates a draft course with these details; the caller becomes its owner. */
    public Course create(long userId, CourseDetails details) {
        List<AuthoringProblem> problems = new ArrayList<>(CourseValidation.details(details));
        TaxonomyTerm sector = term(TermKind.SECTOR, details.sectorKey(), "sector", problems);
        TaxonomyTerm theme = term(TermKind.THEME, details.themeKey(), "theme", problems);
        failOn(problems);
        OffsetDateTime now = now();
        Course course = new Course(freeCourseKey(details.title()), details, sector, theme, now);
        em.persist(course);
        em.persist(new CourseAuthor(course, em.find(UserAccount.class, userId), true, now));
        em.flush();
        return course;
    }

    /** The version the editor shows: the working copy of a published course if there is one, else the course. */
    public Course forEditing(long userId, String key) {
        Course course = editable(userId, key);
        return workingCopy(course).orElse(course);
    }

    public void saveDetails(long userId, String key, CourseDetails details) {
        List<AuthoringProblem> problems = new ArrayList<>(CourseValidation.details(details));
        TaxonomyTerm sector = term(TermKind.SECTOR, details.sectorKey(), "sector", problems);
        TaxonomyTerm theme = term(TermKind.THEME, details.themeKey(), "theme", problems);
        failOn(problems);
        target(userId, key).target().editDetails(details, sector, theme, now());
    }

    public CourseModule addModule(long userId, String key, String title) {
        failOn(CourseValidation.moduleTitle(title));
        Editing editing = target(userId, key);
        CourseModule module = editing.target().addModule(title);
        editing.touch();
        em.flush();
        return module;
    }

    public void renameModule(long userId, String key, long moduleId, String title) {
        failOn(CourseValidation.moduleTitle(title));
        Editing editing = target(userId, key);
        editing.module(moduleId).rename(title);
        editing.touch();
    }

    public void removeModule(long userId, String key, long moduleId) {
        Editing editing = target(userId, key);
        editing.target().removeModule(editing.module(moduleId));
        editing.touch();
    }

    public void moveModule(long userId, String key, long moduleId, int delta) {
        Editing editing = target(userId, key);
        editing.target().moveModule(editing.module(moduleId), delta);
        editing.touch();
    }

    /** Adds a lesson at the end of the module; its key (what progress is kept by) is made from the title, for good. */
    public Lesson addLesson(long userId, String key, long moduleId, LessonDraft draft) {
        if (draft.kind() == LessonKind.PACKAGE) {
            throw new AuthoringException("kind", "authoring.error.packageByUpload");
        }
        if (draft.kind() == LessonKind.TEST) {
            throw new AuthoringException("kind", "authoring.error.testFromContent");
        }
        failOn(CourseValidation.lesson(draft));
        Editing editing = target(userId, key);
        checkMedia(editing.target(), draft);
        Lesson lesson = editing.module(moduleId).addLesson(freeLessonKey(editing.target(), draft.title()), draft);
        editing.touch();
        em.flush();
        return lesson;
    }

    /** Saves the lesson; answers its id in the version edited (a new working copy has new ids). */
    public long saveLesson(long userId, String key, long lessonId, LessonDraft draft) {
        Editing editing = target(userId, key);
        Lesson lesson = editing.lesson(lessonId);
        if ((lesson.getKind() == LessonKind.TEST) != (draft.kind() == LessonKind.TEST)) {
            throw new AuthoringException("kind", "authoring.error.testFromContent");
        }
        if (lesson.getKind() == LessonKind.TEST) {
            // the editor changes the text around a test lesson, never which test completes it
            draft = new LessonDraft(draft.title(), LessonKind.TEST, draft.required(), draft.bodyMarkdown(),
                    lesson.getMediaUrl(), null);
        }
        failOn(CourseValidation.lesson(draft));
        checkMedia(editing.target(), draft);
        if ((lesson.getKind() == LessonKind.PACKAGE) != (draft.kind() == LessonKind.PACKAGE)
                || lesson.getKind() == LessonKind.PACKAGE
                && (draft.mediaUrl() == null || !lesson.getMediaUrl().equals(draft.mediaUrl().strip()))) {
            throw new AuthoringException("kind", "authoring.error.packageByUpload");
        }
        lesson.edit(draft);
        editing.touch();
        em.flush();
        return lesson.getId();
    }

    /**
     * Adds a lesson playing one unit of an uploaded e-learning package ({@code elearning}, which checks that the unit
     * belongs to a package of this course before calling, in the same transaction).
     */
    public Lesson addPackageLesson(long userId, String key, long moduleId, LessonDraft draft) {
        if (draft.kind() != LessonKind.PACKAGE) {
            throw new IllegalArgumentException("not a package lesson: " + draft.kind());
        }
        failOn(CourseValidation.lesson(draft));
        Editing editing = target(userId, key);
        Lesson lesson = editing.module(moduleId).addLesson(freeLessonKey(editing.target(), draft.title()), draft);
        editing.touch();
        em.flush();
        return lesson;
    }

    /** The course (its published row, not a working copy) if the caller may edit it; for attaching packages to it. */
    public Course editableCourse(long userId, String key) {
        return editable(userId, key);
    }

    public void removeLesson(long userId, String key, long lessonId) {
        Editing editing = target(userId, key);
        Lesson lesson = editing.lesson(lessonId);
        lesson.getModule().removeLesson(lesson);
        editing.touch();
    }

    public void moveLesson(long userId, String key, long lessonId, int delta) {
        Editing editing = target(userId, key);
        Lesson lesson = editing.lesson(lessonId);
        lesson.getModule().moveLesson(lesson, delta);
        editing.touch();
    }

    /** Moves a module to a place (0-based) in the course, as the course holder dragged it. */
    public void moveModuleTo(long userId, String key, long moduleId, int place) {
        Editing editing = target(userId, key);
        if (!editing.target().moveModuleTo(editing.module(moduleId), place)) {
            throw new AuthoringException(null, "authoring.error.notFound");
        }
        editing.touch();
    }

    /** Moves a lesson to a place (0-based) within its module, as the course holder dragged it. */
    public void moveLessonTo(long userId, String key, long lessonId, int place) {
        Editing editing = target(userId, key);
        Lesson lesson = editing.lesson(lessonId);
        if (!lesson.getModule().moveLessonTo(lesson, place)) {
            throw new AuthoringException(null, "authoring.error.notFound");
        }
        editing.touch();
    }

    /** Adds a step to an active lesson; answers the lesson's id in the version edited. */
    public long addStep(long userId, String key, long lessonId, StepContent step) {
        failOn(CourseValidation.step(step));
        Editing editing = target(userId, key);
        Lesson lesson = editing.lesson(lessonId);
        if (lesson.getKind() != LessonKind.ACTIVE) {
            throw new AuthoringException(null, "authoring.error.stepsOnlyActive");
        }
        lesson.addStep(step);
        editing.touch();
        em.flush();
        return lesson.getId();
    }

    /** Removes a step (by its position in the lesson); answers the lesson's id in the version edited. */
    public long removeStep(long userId, String key, long lessonId, int stepPosition) {
        Editing editing = target(userId, key);
        Lesson lesson = editing.lesson(lessonId);
        lesson.removeStep(step(lesson, stepPosition));
        editing.touch();
        em.flush();
        return lesson.getId();
    }

    public long moveStep(long userId, String key, long lessonId, int stepPosition, int delta) {
        Editing editing = target(userId, key);
        Lesson lesson = editing.lesson(lessonId);
        lesson.moveStep(step(lesson, stepPosition), delta);
        editing.touch();
        em.flush();
        return lesson.getId();
    }

    /** A lesson of the version being edited, by its id there or (before a working copy existed) in the published one. */
    public Lesson lessonForEditing(long userId, String key, long lessonId) {
        Course course = editable(userId, key);
        Course shown = workingCopy(course).orElse(course);
        return new Editing(course, shown).lesson(lessonId);
    }

    /** What publishing now would do to learners (nothing for a course no one has started). */
    public RevisionRule.Impact publishImpact(long userId, String key) {
        Course course = editable(userId, key);
        Course source = workingCopy(course).orElse(course);
        List<CompletionRule.LessonRef> before = course.isPublished() ? course.lessonRefs() : List.of();
        return RevisionRule.assess(before, source.lessonRefs(), learnerStates(course));
    }

    /**
     * Publishes the course (or its working copy onto it). When learners are in progress and lessons change, the
     * course holder must have seen the warning: {@code confirmed} false then publishes nothing and answers the impact.
     *
     * @return the impact; {@link RevisionRule.Impact#needsConfirmation()} with nothing done when not confirmed
     */
    public RevisionRule.Impact publish(long userId, String key, boolean confirmed, String language) {
        Course course = editable(userId, key);
        Course source = workingCopy(course).orElse(course);
        failOn(CourseValidation.publishable(source));
        RevisionRule.Impact impact = publishImpact(userId, key);
        if (impact.needsConfirmation() && !confirmed) {
            return impact;
        }
        OffsetDateTime now = now();
        if (source != course) {
            course.copyFrom(source, now);
            em.remove(source);
        }
        course.changeStatus(CourseStatus.PUBLISHED, now);
        em.flush();
        List<CompletionRule.LessonRef> lessons = course.lessonRefs();
        for (Enrolment enrolment : enrolments(course)) {
            if (RevisionRule.completesOnPublish(lessons, enrolment.state())) {
                learning.completeAfterRevision(enrolment, language);
            }
        }
        CourseIndexing.courseChanged(em, course);
        return impact;
    }

    /** Takes the course out of the catalogue (learners keep their progress and continue when it is published again). */
    public void unpublish(long userId, String key) {
        Course course = editable(userId, key);
        course.changeStatus(CourseStatus.DRAFT, now());
        em.flush();
        CourseIndexing.courseChanged(em, course);
    }

    /** Learners who have started but not completed: they cannot continue while the course is unpublished. */
    public long learnersInProgress(long userId, String key) {
        return learnerStates(editable(userId, key)).stream().filter(s -> !s.completed()).count();
    }

    /** Throws away the working copy of a published course: the published version stays as it is. */
    public void discardChanges(long userId, String key) {
        workingCopy(editable(userId, key)).ifPresent(em::remove);
    }

    public List<CourseAuthor> authors(long userId, String key) {
        return authorsOf(editable(userId, key));
    }

    /** Adds a co-author by e-mail: only the owner (or an editor or administrator); she must be a course holder. */
    public void addCoAuthor(long userId, String key, String email) {
        Course course = editable(userId, key);
        requireOwnerOrEditor(userId, course);
        if (email == null || email.isBlank()) {
            throw new AuthoringException("coAuthorEmail", "authoring.error.emailMissing");
        }
        UserAccount user = em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                .setParameter("email", UserAccount.normaliseEmail(email)).getResultStream().findFirst()
                .filter(u -> u.getRoles().contains(Role.KURSHOLDER) || u.getRoles().contains(Role.REDAKTOR))
                .orElseThrow(() -> new AuthoringException("coAuthorEmail", "authoring.error.noSuchCourseHolder"));
        if (author(course, user.getId()).isPresent()) {
            throw new AuthoringException("coAuthorEmail", "authoring.error.alreadyAuthor");
        }
        em.persist(new CourseAuthor(course, user, false, now()));
    }

    public void removeCoAuthor(long userId, String key, long authorUserId) {
        Course course = editable(userId, key);
        requireOwnerOrEditor(userId, course);
        CourseAuthor author = author(course, authorUserId)
                .orElseThrow(() -> new AuthoringException(null, "authoring.error.notFound"));
        if (author.isOwner()) {
            throw new AuthoringException(null, "authoring.error.ownerStays");
        }
        em.remove(author);
    }

    /**
     * Keeps an uploaded file for the course: the type is detected from the content and must suit the use; the size is
     * bounded by {@code laeringsarena.media.max-bytes} (MicroProfile Config).
     */
    public CourseMedia upload(long userId, String key, String fileName, byte[] content, MediaType.Use use) {
        Course course = editable(userId, key);
        if (content == null || content.length == 0) {
            throw new AuthoringException("file", "authoring.error.fileMissing");
        }
        if (content.length > maxMediaBytes) {
            throw new AuthoringException("file", "authoring.error.fileTooLarge", maxMediaBytes / (1024 * 1024));
        }
        MediaType type = MediaType.detect(content).filter(t -> t.use() == use)
                .orElseThrow(() -> new AuthoringException("file", "authoring.error.fileType." + use.name().toLowerCase(Locale.ROOT)));
        CourseMedia media = new CourseMedia(course, safeFileName(fileName, type), type, content,
                em.find(UserAccount.class, userId), now());
        em.persist(media);
        em.flush();
        return media;
    }

    public long maxMediaBytes() {
        return maxMediaBytes;
    }

    // --- access ---

    private Course editable(long userId, String key) {
        Course course = key == null ? null : CourseContentType.find(em, key);
        if (course == null || course.isWorkingCopy()) {
            throw new AuthoringException(null, "authoring.error.notFound");
        }
        if (!mayEdit(userId, course)) {
            throw new AccessDeniedException("user " + userId + " may not edit " + course);
        }
        return course;
    }

    private boolean mayEdit(long userId, Course course) {
        return editsEverything()
                || callerRoles.has(Role.KURSHOLDER) && author(course, userId).isPresent();
    }

    private void requireOwnerOrEditor(long userId, Course course) {
        if (!editsEverything() && !author(course, userId).map(CourseAuthor::isOwner).orElse(false)) {
            throw new AccessDeniedException("only the owner chooses co-authors of " + course);
        }
    }

    private boolean editsEverything() {
        Set<Role> roles = callerRoles.current();
        return roles.contains(Role.REDAKTOR) || roles.contains(Role.SYSTEMADMINISTRATOR);
    }

    /** Where a change goes: a published course gets (or has) a working copy; a draft is changed itself. */
    private Editing target(long userId, String key) {
        Course course = editable(userId, key);
        Optional<Course> copy = workingCopy(course);
        if (copy.isPresent()) {
            return new Editing(course, copy.get());
        }
        if (!course.isPublished()) {
            return new Editing(course, course);
        }
        Course workingCopy = Course.workingCopyOf(course, now());
        em.persist(workingCopy);
        em.flush();
        return new Editing(course, workingCopy);
    }

    /**
     * The course and the version a change goes to. The editor may name a module or lesson by its id in the published
     * course when the working copy was made by this very change: then it is found by position (module) or key (lesson).
     */
    private record Editing(Course course, Course target) {

        CourseModule module(long moduleId) {
            return target.module(moduleId)
                    .or(() -> course.module(moduleId).filter(m -> target != course && m.getPosition() < target.getModules().size())
                            .map(m -> target.getModules().get(m.getPosition())))
                    .orElseThrow(() -> new AuthoringException(null, "authoring.error.notFound"));
        }

        Lesson lesson(long lessonId) {
            return target.lessonById(lessonId)
                    .or(() -> course.lessonById(lessonId).filter(l -> target != course)
                            .flatMap(l -> target.lesson(l.getLessonKey())))
                    .orElseThrow(() -> new AuthoringException(null, "authoring.error.notFound"));
        }

        void touch() {
            target.touch(now());
        }
    }

    private Optional<Course> workingCopy(Course course) {
        return em.createNamedQuery("Course.workingCopyOf", Course.class).setParameter("course", course)
                .getResultStream().findFirst();
    }

    private Optional<CourseAuthor> author(Course course, long userId) {
        return em.createNamedQuery("CourseAuthor.byCourseAndUser", CourseAuthor.class)
                .setParameter("course", course.root()).setParameter("userId", userId).getResultStream().findFirst();
    }

    private List<CourseAuthor> authorsOf(Course course) {
        return em.createNamedQuery("CourseAuthor.byCourse", CourseAuthor.class).setParameter("course", course.root())
                .getResultList();
    }

    private List<Enrolment> enrolments(Course course) {
        return em.createNamedQuery("Enrolment.byCourse", Enrolment.class).setParameter("course", course).getResultList();
    }

    private List<RevisionRule.LearnerState> learnerStates(Course course) {
        return enrolments(course).stream().map(Enrolment::state).toList();
    }

    // --- lookups within the course being edited ---

    private static LessonStep step(Lesson lesson, int position) {
        return lesson.getSteps().stream().filter(s -> s.getPosition() == position).findFirst()
                .orElseThrow(() -> new AuthoringException(null, "authoring.error.notFound"));
    }

    /** An uploaded file a lesson refers to must belong to this course and suit the lesson. */
    private void checkMedia(Course course, LessonDraft draft) {
        if (draft.kind() != LessonKind.VIDEO && draft.kind() != LessonKind.DOCUMENT) {
            return;
        }
        checkMediaReference(course, draft.mediaUrl(), "mediaUrl",
                draft.kind() == LessonKind.VIDEO ? MediaType.Use.VIDEO : MediaType.Use.DOCUMENT);
        if (draft.kind() == LessonKind.VIDEO) {
            checkMediaReference(course, draft.captionsUrl(), "captionsUrl", MediaType.Use.CAPTIONS);
        }
    }

    private void checkMediaReference(Course course, String reference, String field, MediaType.Use use) {
        if (reference == null || !reference.strip().startsWith(CourseMedia.REFERENCE_PREFIX)) {
            return;
        }
        long id = Long.parseLong(reference.strip().substring(CourseMedia.REFERENCE_PREFIX.length()));
        CourseMedia media = em.find(CourseMedia.class, id);
        boolean fits = media != null && media.getCourse().getId().equals(course.root().getId())
                && MediaType.detect(media.getData()).map(t -> t.use() == use).orElse(false);
        if (!fits) {
            throw new AuthoringException(field, "authoring.error.mediaNotInCourse");
        }
    }

    private TaxonomyTerm term(TermKind kind, String key, String field, List<AuthoringProblem> problems) {
        if (key == null || key.isBlank()) {
            return null;
        }
        TaxonomyTerm term = TaxonomyTerms.find(em, kind, key);
        if (term == null) {
            problems.add(AuthoringProblem.of(field, "authoring.error.unknownTerm"));
        }
        return term;
    }

    private static void failOn(List<AuthoringProblem> problems) {
        if (!problems.isEmpty()) {
            throw new AuthoringException(problems);
        }
    }

    // --- keys ---

    private String freeCourseKey(String title) {
        String base = Slugs.of(title, 80, "kurs");
        String key = base;
        for (int n = 2; CourseContentType.find(em, key) != null; n++) {
            key = base + "-" + n;
        }
        return key;
    }

    /** Unique among the lessons of the course, its published version, and lessons learners once did. */
    private String freeLessonKey(Course course, String title) {
        Set<String> taken = new HashSet<>();
        course.lessons().forEach(l -> taken.add(l.getLessonKey()));
        course.root().lessons().forEach(l -> taken.add(l.getLessonKey()));
        taken.addAll(em.createQuery("SELECT DISTINCT p.lessonKey FROM LessonProgress p WHERE p.enrolment.course = :course",
                String.class).setParameter("course", course.root()).getResultList());
        String base = Slugs.of(title, 80, "leksjon");
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private static String safeFileName(String fileName, MediaType type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.isBlank()) {
            stem = "fil";
        }
        if (stem.length() > 150) {
            stem = stem.substring(0, 150);
        }
        return stem + "." + type.extension();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
