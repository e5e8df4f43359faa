/**
 * The course catalogue and taking courses: courses (kurs) with ordered modules and lessons (text, video,
 * document and active lessons with steps), enrolments and lesson progress, the completion rule, certificates
 * (kursbevis, for a course completed or — issued by the webinar package — an event attended) with a public
 * verification code, and learning paths (læringssti). Courses and learning paths are
 * seeded from {@code content/kurs/} and {@code content/laeringsstier/} by the content importer (types
 * {@code kurs} and {@code laeringssti}). Learning events (launched, experienced, completed, earned) are fired
 * from here in the transaction that records them.
 * <p>
 * Course holders (kursholdere), editors and system administrators also write courses in the UI
 * ({@link no.laeringsarena.catalog.CourseAuthoring}): a new course is a draft seen only by them; a published course
 * is changed in a working copy (a draft of its own) while learners keep the published version, until the working
 * copy is published onto it. Uploaded files ({@link no.laeringsarena.catalog.CourseMedia}) are kept in the database,
 * their type detected from the content ({@link no.laeringsarena.catalog.MediaType}).
 * <p>
 * <b>What a learner in progress sees when a changed course is published</b> ({@link no.laeringsarena.catalog.RevisionRule}):
 * <ol>
 * <li>Progress is kept by the lesson's key, which is made once from its first title and never changes: renaming,
 * editing or moving a lesson (even to another module) keeps everyone's progress in it.</li>
 * <li>A removed lesson no longer counts, neither for completion nor for the percentage.</li>
 * <li>A learner who has completed the course stays completed, at 100 %, and keeps her kursbevis, whatever is
 * added later; she may take new lessons if she likes.</li>
 * <li>A learner in progress must also take lessons that became required (new ones, or optional ones made
 * required).</li>
 * <li>A learner in progress who, after the change, has done every required lesson (say the one she lacked was
 * removed) has the course completed at publication, with kursbevis and a completed learning event.</li>
 * <li>Unpublishing hides the course; learners in progress cannot continue until it is published again, and keep
 * their progress.</li>
 * </ol>
 * Before publishing a change that removes lessons or adds required ones while learners are in progress, and before
 * unpublishing while learners are in progress, the course holder sees how many learners are affected and must
 * confirm. We chose this over pinning learners to the version they started: one version of a course at a time is
 * what learners and their leaders (reports, assignments) understand, and course holders mostly fix and extend.
 * <p>
 * Every publication from the UI changes the course row's version, so the content importer
 * ({@code content.ImportDecision}) keeps the UI's version when the course file changes later (unless the file says
 * {@code tving-import: true}).
 */
package no.laeringsarena.catalog;
