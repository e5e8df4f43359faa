/** Faces beans and the CSV download for the organisation report and for a learner's assigned courses. */
package no.laeringsarena.reporting.web;
