package no.laeringsarena.elearning.scorm;

/** The two SCORM editions the platform plays, with the {@code window} object each one's SCOs look for. */
public enum ScormVersion {
    SCORM_12("1.2", "API"), SCORM_2004("2004", "API_1484_11");

    private final String label;
    private final String apiName;

    ScormVersion(String label, String apiName) {
        this.label = label;
        this.apiName = apiName;
    }

    public String label() {
        return label;
    }

    public String apiName() {
        return apiName;
    }

    /** The data model that checks values of this edition. */
    public CmiDataModel dataModel() {
        return this == SCORM_12 ? Scorm12DataModel.INSTANCE : Scorm2004DataModel.INSTANCE;
    }
}
