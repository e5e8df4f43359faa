package no.laeringsarena.toolbox;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.laeringsarena.search.SearchDocument;
import no.laeringsarena.search.SearchOutbox;
import no.laeringsarena.taxonomy.TaxonomyTerm;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * What the search index holds for a toolbox item, written to the search outbox in the caller's transaction:
 * a published item is added or replaced; a draft or archived item is removed.
 */
public final class ToolboxIndexing {

    /** The kind of document in the content index. */
    public static final String KIND = "toolbox";

    /**
     * Most characters of attachment text in one document, all attachments together: keeps the body well under what
     * Elasticsearch highlights by default (1,000,000 characters), so a large attachment never breaks a search.
     */
    static final int MAX_ATTACHMENT_CHARS = 400_000;

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private ToolboxIndexing() {
    }

    public static String documentId(String itemKey) {
        return KIND + ":" + itemKey;
    }

    /** Call in the transaction that saved the item (after flush). */
    public static void itemChanged(EntityManager em, ToolboxItem item, Checklist checklist) {
        if (item.isPublished()) {
            SearchOutbox.upsert(em, document(item, checklist, ToolboxItems.attachmentTexts(em, item)));
        } else {
            SearchOutbox.delete(em, documentId(item.getItemKey()));
        }
    }

    public static SearchDocument document(ToolboxItem item, Checklist checklist) {
        return document(item, checklist, List.of());
    }

    /** The item's document with the text of its attachments (file name, then text) after its own. */
    public static SearchDocument document(ToolboxItem item, Checklist checklist, List<AttachmentText> attachments) {
        StringBuilder body = new StringBuilder(item.getSummary()).append("\n\n")
                .append(TEXT.render(PARSER.parse(item.getBodyMarkdown())));
        checklist.phases().forEach(phase -> {
            body.append("\n").append(phase.title());
            phase.groups().forEach(group -> {
                body.append("\n").append(group.title());
                group.items().forEach(i -> body.append("\n").append(i.text()));
            });
        });
        int room = MAX_ATTACHMENT_CHARS;
        for (AttachmentText a : attachments) {
            if (room <= 0) {
                break;
            }
            String text = a.text().length() > room ? a.text().substring(0, room) : a.text();
            body.append("\n\n").append(a.fileName()).append("\n").append(text);
            room -= text.length();
        }
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("type", List.of(item.getType().key()));
        facets.put("section", List.of(item.getSection().key()));
        facets.put("sector", List.of(item.getSector() == null ? "tverrgaende" : item.getSector().getTermKey()));
        facets.put("theme", item.getThemes().stream().map(TaxonomyTerm::getTermKey).sorted().toList());
        facets.put("phase", item.getPhases().stream().map(Keyed::key).toList());
        facets.put("step", item.getSteps().stream().map(Keyed::key).toList());
        facets.put("audience", new ArrayList<>(item.getAudience()));
        facets.put("date", List.of(item.getFactCheckedOn().toString()));   // "newest first": last fact-checked
        facets.entrySet().removeIf(e -> e.getValue().isEmpty());
        return new SearchDocument(documentId(item.getItemKey()), KIND, item.getName().getNb(),
                body.toString().strip(), "nb", "verktoy.xhtml?key=" + item.getItemKey(), facets);
    }

    /** An attachment's name and extracted text, as indexed. */
    public record AttachmentText(String fileName, String text) {
    }
}
