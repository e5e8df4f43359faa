package no.laeringsarena.catalog;

/**
 * What the catalogue is narrowed to and sorted by; null fields mean "all".
 *
 * @param sort {@link Sort#TITLE} (A–Å) or {@link Sort#UPDATED} (newest first)
 */
public record CourseFilter(CourseFormat format, String sectorKey, String themeKey, Sort sort) {

    public enum Sort {
        TITLE, UPDATED
    }

    public static CourseFilter all() {
        return new CourseFilter(null, null, null, Sort.TITLE);
    }
}
