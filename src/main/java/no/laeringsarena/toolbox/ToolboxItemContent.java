package no.laeringsarena.toolbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.laeringsarena.content.ContentReference;
import no.laeringsarena.content.LocalizedText;

/**
 * A toolbox item as written in the content folder.
 *
 * @param bodyMarkdown the body; for a checklist only the introduction before its first phase
 * @param checklist    the checklist of a {@code sjekkliste}, otherwise null
 */
public record ToolboxItemContent(LocalizedText name, ToolboxItemType type, ToolboxSection section, ItemStatus status,
                                 String summary, String bodyMarkdown, Checklist checklist, ContentReference sector,
                                 List<ContentReference> themes, Set<MergerPhase> phases, Set<ImplementationStep> steps,
                                 List<String> audience, String owner, LocalDate factCheckedOn, int sortOrder) {
}
