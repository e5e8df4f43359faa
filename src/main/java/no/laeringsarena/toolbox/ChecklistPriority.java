package no.laeringsarena.toolbox;

/** Colour codes of a merger checklist: red must work from day one; yellow should be prioritised but may wait. */
public enum ChecklistPriority implements Keyed {
    ROD("rød"), GUL("gul");

    private final String key;

    ChecklistPriority(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String messageKey() {
        return "toolbox.priority." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
