package no.laeringsarena.toolbox;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Looking up toolbox items and their checklists, and replacing a checklist's stored structure. */
public final class ToolboxItems {

    private ToolboxItems() {
    }

    public static Optional<ToolboxItem> find(EntityManager em, String key) {
        return em.createNamedQuery("ToolboxItem.byKey", ToolboxItem.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    public static Checklist checklist(EntityManager em, ToolboxItem item) {
        return ChecklistEntry.toChecklist(em.createNamedQuery("ChecklistEntry.ofItem", ChecklistEntry.class)
                .setParameter("item", item).getResultList());
    }

    /** Names and texts of the item's attachments, in upload order. */
    static List<ToolboxIndexing.AttachmentText> attachmentTexts(EntityManager em, ToolboxItem item) {
        if (item.getId() == null) {
            return List.of();
        }
        return em.createNamedQuery("ToolboxAttachment.textsOfItem", Object[].class).setParameter("item", item)
                .getResultStream().map(row -> new ToolboxIndexing.AttachmentText((String) row[0], (String) row[1])).toList();
    }

    /** Stores this structure for the item's checklist, unless it is already the stored one. */
    static void replaceChecklist(EntityManager em, ToolboxItem item, Checklist checklist) {
        if (checklist(em, item).equals(checklist)) {
            return;
        }
        em.createNamedQuery("ChecklistEntry.deleteOfItem").setParameter("item", item).executeUpdate();
        List<ChecklistEntry> entries = ChecklistEntry.of(item, checklist);
        entries.forEach(em::persist);
    }
}
