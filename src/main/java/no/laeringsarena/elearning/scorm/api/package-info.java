/**
 * The SCORM run-time API over HTTP ({@code /api/scorm}) for the browser runtime, and the import of a SCORM package
 * into a course for course holders.
 */
package no.laeringsarena.elearning.scorm.api;
