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
    public long estimatedCount() {
        return em.createQuery("SELECT COUNT(i) FROM ToolboxItem i WHERE i.status = :status", Long.class)
                .setParameter("status", ItemStatus.PUBLISERT).getSingleResult();
    }

    @Override
    public Page documents(int page, int size) {
        List<ToolboxItem> items = em.createQuery("SELECT i FROM ToolboxItem i WHERE i.status = :status ORDER BY i.id",
                        ToolboxItem.class).setParameter("status", ItemStatus.PUBLISERT)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return Page.of(items.stream().map(item -> ToolboxIndexing.document(item, ToolboxItems.checklist(em, item),
                ToolboxItems.attachmentTexts(em, item))).toList(), items.size(), size);
    }
}
