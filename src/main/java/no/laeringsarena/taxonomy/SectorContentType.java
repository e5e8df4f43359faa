package no.laeringsarena.taxonomy;

/** {@code type: sektor} — files in {@code content/taksonomi/sektorer/}. */
public class SectorContentType extends TaxonomyTermContentType {

    public static final String TYPE = "sektor";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "sektor (taksonomi/sektorer)";
    }

    @Override
    public int importOrder() {
        return 10;
    }

    @Override
    TermKind kind() {
        return TermKind.SECTOR;
    }
}
