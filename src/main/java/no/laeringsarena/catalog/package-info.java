/**
 * The course catalogue and taking courses: courses (kurs) with ordered modules and lessons (text, video,
 * document and active lessons with steps), enrolments and lesson progress, the completion rule, certificates
 * (kursbevis) with a public verification code, and learning paths (læringssti). Courses and learning paths are
 * seeded from {@code content/kurs/} and {@code content/laeringsstier/} by the content importer (types
 * {@code kurs} and {@code laeringssti}). Learning events (launched, experienced, completed, earned) are fired
 * from here in the transaction that records them.
 */
package no.laeringsarena.catalog;
