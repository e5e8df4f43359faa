/**
 * The course pages: the catalogue with filters, a course with my progress, lessons of every kind (active lessons
 * step by step), Mine kurs on Min side, learning paths, the kursbevis download (owner only) and the public
 * verification page. Thin: the rules live in {@code no.laeringsarena.catalog}.
 */
package no.laeringsarena.catalog.web;
