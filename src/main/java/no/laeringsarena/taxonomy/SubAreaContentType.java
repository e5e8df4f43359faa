package no.laeringsarena.taxonomy;

import no.laeringsarena.content.ContentReference;
import no.laeringsarena.content.FrontMatterFields;

/**
 * {@code type: omrade} — a service area (tjenesteområde) under one sector, files in
 * {@code content/taksonomi/omrader/}; {@code parent} (required) is the sector's key.
 */
public class SubAreaContentType extends TaxonomyTermContentType {

    public static final String TYPE = "omrade";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "tjenesteområde under en sektor (taksonomi/omrader)";
    }

    @Override
    public int importOrder() {
        return 20;
    }

    @Override
    TermKind kind() {
        return TermKind.SUB_AREA;
    }

    @Override
    ContentReference parent(FrontMatterFields fields) {
        return fields.requiredReference(PARENT, SectorContentType.TYPE);
    }
}
