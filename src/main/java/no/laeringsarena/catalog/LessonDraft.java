package no.laeringsarena.catalog;

/**
 * A lesson as a course holder writes it in the editor (its steps are edited one by one).
 *
 * @param bodyMarkdown TEXT: the text; VIDEO: the transcript; DOCUMENT: about the document; ACTIVE: an introduction
 * @param mediaUrl     VIDEO and DOCUMENT: an https address, or {@code media:<id>} for a file uploaded to the course;
 *                     PACKAGE: the unit of the package it plays, such as {@code cmi5:<id>} (set by the package import);
 *                     TEST: the key of the course's test that completes it (set in the content folder)
 * @param captionsUrl  VIDEO: a WebVTT captions track, an https address or {@code media:<id>}; optional
 */
public record LessonDraft(String title, LessonKind kind, boolean required, String bodyMarkdown, String mediaUrl,
                          String captionsUrl) {
}
