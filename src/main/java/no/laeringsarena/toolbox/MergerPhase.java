package no.laeringsarena.toolbox;

/** The six phases of a digital municipal merger, in order. */
public enum MergerPhase implements Keyed {
    FOR_DU_STARTER("for-du-starter"),
    KARTLEGGING_OG_MALBILDE("kartlegging-og-malbilde"),
    PLANLEGGING_OG_ANSKAFFELSE("planlegging-og-anskaffelse"),
    GJENNOMFORING("gjennomforing"),
    OVERGANGSFASE("overgangsfase"),
    DRIFT("drift");

    private final String key;

    MergerPhase(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String messageKey() {
        return "toolbox.phase." + key;
    }
}
