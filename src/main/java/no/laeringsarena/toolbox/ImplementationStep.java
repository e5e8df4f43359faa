package no.laeringsarena.toolbox;

/** The four main steps (hovedsteg) of carrying out an improvement, in order. */
public enum ImplementationStep implements Keyed {
    KARTLEGGE("kartlegge"),
    ANSKAFFE("anskaffe"),
    GJENNOMFORE("gjennomfore"),
    REALISERE("realisere");

    private final String key;

    ImplementationStep(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String messageKey() {
        return "toolbox.step." + key;
    }
}
