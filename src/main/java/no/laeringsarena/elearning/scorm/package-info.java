/**
 * SCORM 1.2 and SCORM 2004 (4th edition) packages on top of the shared e-learning package store: reading and
 * checking {@code imsmanifest.xml} ({@link no.laeringsarena.elearning.scorm.ManifestParser}), the CMI data model
 * kept on the server per learner, SCO and attempt ({@link no.laeringsarena.elearning.scorm.ScormAttempt}, validated
 * by {@link no.laeringsarena.elearning.scorm.Scorm12DataModel} and {@link no.laeringsarena.elearning.scorm.Scorm2004DataModel}
 * with the spec's error codes), and the mapping of completion and score into lesson progress and xAPI statements
 * ({@link no.laeringsarena.elearning.scorm.ScormSessions}). The browser side is {@code /elearning/scorm-runtime.js},
 * which offers {@code window.API} and {@code window.API_1484_11} to the SCO and persists through
 * {@link no.laeringsarena.elearning.scorm.api.ScormRuntimeResource}.
 * <p>
 * Sequencing is simple: the learner may open any SCO of the default organisation; there is no IMS Simple
 * Sequencing engine ({@code adl.nav.request} is accepted and ignored).
 */
package no.laeringsarena.elearning.scorm;
