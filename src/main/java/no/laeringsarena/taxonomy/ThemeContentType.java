package no.laeringsarena.taxonomy;

/** {@code type: tema} — cross-cutting areas, files in {@code content/taksonomi/tema/}. */
public class ThemeContentType extends TaxonomyTermContentType {

    public static final String TYPE = "tema";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "tverrgående tema (taksonomi/tema)";
    }

    @Override
    public int importOrder() {
        return 10;
    }

    @Override
    TermKind kind() {
        return TermKind.THEME;
    }
}
