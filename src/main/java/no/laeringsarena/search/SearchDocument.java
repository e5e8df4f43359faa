package no.laeringsarena.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the content index holds for one searchable thing, whatever capability owns it.
 *
 * @param id       unique across the index, e.g. "article:42" (the owner's type and key)
 * @param type     the owner's item type, used to filter ("article", "course", "forum-thread"...)
 * @param title    shown in results and suggestions
 * @param body     the searchable text (plain text, no markup)
 * @param language "nb", "nn" or "en"
 * @param url      where the result links to (not searched)
 * @param facets   facet name to values, filterable as keywords (e.g. "topic" to ["arkiv", "personvern"])
 */
public record SearchDocument(String id, String type, String title, String body, String language, String url,
                             Map<String, List<String>> facets) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        facets = facets == null ? Map.of() : Map.copyOf(facets);
    }
}
