package no.laeringsarena.catalog;

/** How a course is taken; the content folder writes these in lower case with hyphens ({@code nettkurs}, {@code aktiv-leksjon}). */
public enum CourseFormat {
    NETTKURS, FYSISK_KURS, VIDEOLEKSJON, AKTIV_LEKSJON;

    /** "fysisk-kurs" → FYSISK_KURS; null when unknown. */
    public static CourseFormat fromContent(String text) {
        for (CourseFormat format : values()) {
            if (format.contentName().equals(text)) {
                return format;
            }
        }
        return null;
    }

    public String contentName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Message-bundle key of the display name. */
    public String messageKey() {
        return "catalog.format." + contentName();
    }
}
