package no.laeringsarena.toolbox;

import java.util.Locale;

/** What kind of tool an item is (the facet "innholdstype"). */
public enum ToolboxItemType implements Keyed {
    VEILEDER, BRUKERREISE, KRAVSPESIFIKASJON, SJEKKLISTE, MAL, METODIKK, ARKITEKTURPRINSIPP, STANDARD, ARBEIDSPROSESS;

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String messageKey() {
        return "toolbox.type." + key();
    }
}
