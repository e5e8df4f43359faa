package no.laeringsarena.catalog;

/** A draft (utkast) is seen only by course holders; a published course by everyone. */
public enum CourseStatus {
    DRAFT, PUBLISHED
}
