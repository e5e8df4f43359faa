/** JSON API for tests (not yet: tests are taken through the pages in {@code assessment.web}). */
package no.laeringsarena.assessment.api;
