package no.laeringsarena.taxonomy;

import java.util.List;
import no.laeringsarena.content.ContentReference;
import no.laeringsarena.content.LocalizedText;

/**
 * A taxonomy term as written in the content folder.
 *
 * @param parent only sub-areas have one: the sector they belong to
 */
public record TermContent(LocalizedText name, List<String> aliases, ContentReference parent, int sortOrder,
                          String descriptionMarkdown) {
}
