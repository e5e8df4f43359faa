package no.laeringsarena.forum;

import java.util.List;
import no.laeringsarena.content.ContentReference;
import no.laeringsarena.content.LocalizedText;

/**
 * A forum category as written in the content folder.
 *
 * @param sector       the sector it belongs to, or null
 * @param themes       the cross-cutting themes it relates to (may be empty)
 * @param ideaCategory collects project ideas (Prosjektidéer)
 * @param closed       a closed community: members only
 */
public record CategoryContent(LocalizedText name, String descriptionMarkdown, ContentReference sector,
                              List<ContentReference> themes, boolean ideaCategory, int sortOrder,
                              boolean closed) {
}
