package no.laeringsarena.toolbox;

import java.util.Locale;

/** Where an item is in its life: only published items are shown to users and found by search. */
public enum ItemStatus implements Keyed {
    UTKAST, PUBLISERT, ARKIVERT;

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String messageKey() {
        return "toolbox.status." + key();
    }
}
