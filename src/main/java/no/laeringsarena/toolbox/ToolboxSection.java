package no.laeringsarena.toolbox;

/** The seven sections of the toolbox, in the order they are shown. */
public enum ToolboxSection implements Keyed {
    STRATEGISKE_FORINGER("strategiske-foringer"),
    BRUKERREISE_OG_TJENESTEPRODUKSJON("brukerreise-og-tjenesteproduksjon"),
    GRUNNDATAREGISTRE("grunndataregistre"),
    MALBILDE_OG_ARKITEKTUR("malbilde-og-arkitektur"),
    FELLESLOSNINGER("felleslosninger"),
    INFRASTRUKTUR("infrastruktur"),
    STANDARDER_OG_GRENSESNITT("standarder-og-grensesnitt");

    private final String key;

    ToolboxSection(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String messageKey() {
        return "toolbox.section." + key;
    }
}
