/**
 * E-learning packages (e-læringspakker) that course holders upload as lessons: the shared package infrastructure,
 * and cmi5.
 * <p>
 * <b>Packages.</b> An upload ({@link no.laeringsarena.elearning.PackageUpload}) is unpacked once, safely
 * ({@link no.laeringsarena.elearning.PackageArchive}): bounded by the upload's size, the unpacked size, the
 * compression ratio (zip bombs) and the number of files, and every entry name is checked (no {@code ..}, no absolute
 * paths, no backslashes, no symbolic links); each refusal is a {@link no.laeringsarena.elearning.PackageProblem} with
 * a message in the user's language. The files are kept in the database, one row per file
 * ({@link no.laeringsarena.elearning.PackageStore}, {@link no.laeringsarena.elearning.ElearningPackage},
 * {@link no.laeringsarena.elearning.PackageFile}), and served at {@code /pakke/<public key>/<path>} by
 * {@link no.laeringsarena.elearning.web.PackageFileServlet}: a database lookup by exact path, so nothing outside the
 * package can ever be served; with a strict Content-Security-Policy that also sandboxes the document. Package
 * content runs in the player page ({@code /kurs/pakke.xhtml}) in an iframe sandboxed without
 * {@code allow-same-origin}: its scripts cannot read the platform's cookies, pages or storage. The public key is
 * random; the files of a package are for anyone who has its address (the sandboxed frame's requests carry no
 * session cookie), like an unlisted link: only the player page, which checks access to the course, gives it out.
 * <p>
 * A lesson of kind {@link no.laeringsarena.catalog.LessonKind#PACKAGE} plays one unit of a package; its
 * {@code mediaUrl} names the unit ({@code cmi5:<au id>}); the format's {@code PackageLauncher}
 * launches it. Such a lesson is completed by the package (cmi5 moveOn), never by a "mark as done" button.
 * <p>
 * <b>cmi5.</b> {@code Cmi5CourseStructure} reads and checks {@code cmi5.xml};
 * {@code PackageImport} creates a lesson per assignable unit (AU).
 * {@code Cmi5Launcher} launches an AU the cmi5 way (launch URL with endpoint, fetch,
 * registration, activityId, actor; LMS.LaunchData state; launched statement), {@code /cmi5/hent/<token>} hands out
 * the auth token once, and the AU then talks to the built-in LRS at /xapi with that token, restricted to its
 * learner and registration. {@code Cmi5Progress} sees the AU's statements as they are
 * stored, and when moveOn is met writes "satisfied" and completes the lesson.
 */
package no.laeringsarena.elearning;
