package no.laeringsarena.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import no.laeringsarena.search.SearchDocument;
import no.laeringsarena.search.SearchDocumentSource;

/** Published toolbox items with their checklists and attachment texts, for a full reindex. */
@ApplicationScoped
@Transactional
public class ToolboxSearchSource implements SearchDocumentSource {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Override
    public String name() {
        return "toolbox";
    }

    @Override
    public List<SearchDocument> documents() {
        return em.createNamedQuery("ToolboxItem.byStatus", ToolboxItem.class)
                .setParameter("status", ItemStatus.PUBLISERT).getResultStream()
                .map(item -> ToolboxIndexing.document(item, ToolboxItems.checklist(em, item),
                        ToolboxItems.attachmentTexts(em, item)))
                .toList();
    }
}
