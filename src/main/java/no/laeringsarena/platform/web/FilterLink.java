package no.laeringsarena.platform.web;

/**
 * A filter shown as a link (a facet value, a type, a sort order): its label, how many results it has (or -1 when
 * not counted), the address that applies or removes it, and whether it is applied now.
 */
public record FilterLink(String label, long count, String url, boolean active) {

    public boolean isCounted() {
        return count >= 0;
    }
}
