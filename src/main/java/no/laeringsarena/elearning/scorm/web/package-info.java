/** The SCORM player page and the serving of SCORM package files at {@code /scorm-pakke/<key>/<path>}. */
package no.laeringsarena.elearning.scorm.web;
