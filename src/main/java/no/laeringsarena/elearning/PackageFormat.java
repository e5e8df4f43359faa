package no.laeringsarena.elearning;

/** The kinds of e-learning package, by the course structure file at the package's root. */
public enum PackageFormat {
    CMI5("cmi5.xml"), SCORM("imsmanifest.xml");

    private final String structureFile;

    PackageFormat(String structureFile) {
        this.structureFile = structureFile;
    }

    public String structureFile() {
        return structureFile;
    }

    /** The format whose structure file the archive has at its root; cmi5 wins if both are there. */
    public static java.util.Optional<PackageFormat> of(PackageArchive archive) {
        for (PackageFormat format : values()) {
            if (archive.has(format.structureFile)) {
                return java.util.Optional.of(format);
            }
        }
        return java.util.Optional.empty();
    }
}
