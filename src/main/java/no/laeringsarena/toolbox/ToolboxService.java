package no.laeringsarena.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningObjectKind;
import no.laeringsarena.learningrecord.LearningResult;
import no.laeringsarena.learningrecord.LearningVerb;
import no.laeringsarena.platform.upload.ExtractedText;

/**
 * What users and editors do with the toolbox: read published items, keep their own checklist progress, and
 * (editors) publish, archive or withdraw an item, which changes the search index through the outbox in the
 * same transaction.
 */
@ApplicationScoped
@Transactional
public class ToolboxService {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    Event<LearningEvent> learningEvents;

    /** Published items in section order. */
    public List<ToolboxItem> published() {
        return em.createNamedQuery("ToolboxItem.byStatus", ToolboxItem.class)
                .setParameter("status", ItemStatus.PUBLISERT).getResultList();
    }

    /** An item a reader may see: published ones for everyone, any item for editors. */
    public Optional<ToolboxItem> visible(String key, boolean editor) {
        if (key == null || !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return Optional.empty();
        }
        return ToolboxItems.find(em, key).filter(i -> editor || i.isPublished());
    }

    /** The items this one is related to that the reader may see, by name. */
    public List<ToolboxItem> relatedItems(ToolboxItem item, boolean editor) {
        return item.getRelatedItems().stream().filter(i -> editor || i.isPublished())
                .sorted(java.util.Comparator.comparing(i -> i.getName().getNb())).toList();
    }

    /** The published courses this item is related to, by title. */
    public List<ToolboxEditing.CourseChoice> relatedCourses(ToolboxItem item) {
        if (item.getRelatedCourseIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c.courseKey, c.title FROM Course c WHERE c.id IN :ids "
                        + "AND c.status = no.laeringsarena.catalog.CourseStatus.PUBLISHED ORDER BY c.title", Object[].class)
                .setParameter("ids", item.getRelatedCourseIds()).getResultStream()
                .map(r -> new ToolboxEditing.CourseChoice((String) r[0], (String) r[1])).toList();
    }

    public Checklist checklist(ToolboxItem item) {
        return ToolboxItems.checklist(em, item);
    }

    /** The user's ticks and note on a checklist (empty when they have none yet). */
    public Optional<ChecklistProgress> progress(ToolboxItem item, long userId) {
        return em.createNamedQuery("ChecklistProgress.of", ChecklistProgress.class)
                .setParameter("item", item).setParameter("userId", userId)
                .getResultStream().findFirst();
    }

    /**
     * Saves what the user ticked on a published checklist, and their note. Refs the checklist does not have are
     * ignored. Fires "completed" the first time every item is ticked.
     */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public ChecklistProgress saveProgress(String itemKey, long userId, Set<String> ticked, String note, String language) {
        ToolboxItem item = visible(itemKey, false).filter(ToolboxItem::isChecklist)
                .orElseThrow(() -> new IllegalArgumentException("no published checklist " + itemKey));
        Checklist checklist = checklist(item);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ChecklistProgress progress = progress(item, userId).orElseGet(() -> {
            ChecklistProgress created = new ChecklistProgress(item, userId, now);
            em.persist(created);
            return created;
        });
        if (progress.record(checklist, ticked, note, now)) {
            learningEvents.fire(new LearningEvent(userId, LearningVerb.COMPLETED,
                    new LearningObject(LearningObjectKind.TOOLBOX_ITEM, item.getItemKey(), item.getName().getNb(),
                            item.getName().getNn(), item.getName().getEn()),
                    null, null, LearningResult.completion(null), language, now));
        }
        return progress;
    }

    /**
     * The user's own progress on a checklist they may see (published, or any for editors), ready to export; empty for
     * anything else. Nobody can export another person's progress: it is always the caller's own.
     */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public Optional<ChecklistReport> checklistReport(String itemKey, long userId, String personName, boolean editor,
                                                     String language) {
        return visible(itemKey, editor).filter(ToolboxItem::isChecklist).map(item -> ChecklistReport.of(item,
                checklist(item), progress(item, userId).orElse(null), personName, language,
                OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /** The item's attachments, without their bytes. */
    public List<AttachmentInfo> attachments(ToolboxItem item) {
        if (item.getId() == null) {
            return List.of();
        }
        return em.createNamedQuery("ToolboxAttachment.infoOfItem", Object[].class).setParameter("item", item)
                .getResultStream()
                .map(row -> new AttachmentInfo((Long) row[0], (String) row[1],
                        (no.laeringsarena.platform.upload.AttachmentType) row[2], ((Number) row[3]).longValue(),
                        (OffsetDateTime) row[4]))
                .toList();
    }

    /** An attachment a reader may download: of a published item, or of any item for editors (bytes read here). */
    public Optional<AttachmentDownload> downloadable(long attachmentId, boolean editor) {
        return Optional.ofNullable(em.find(ToolboxAttachment.class, attachmentId))
                .filter(a -> editor || a.getItem().isPublished())
                .map(a -> new AttachmentDownload(a.getFileName(), a.getType(), a.getContent()));
    }

    /** A file as downloaded. */
    public record AttachmentDownload(String fileName, no.laeringsarena.platform.upload.AttachmentType type,
                                     byte[] content) {
    }

    /**
     * Attaches a checked upload (see {@link no.laeringsarena.platform.upload.TikaTextExtractor}) to an item, under a
     * safe name with the detected type's extension, and puts its text into the item's search document, all in one
     * transaction. The same file twice on one item, or more than {@value ToolboxAttachment#MAX_PER_ITEM}, is refused.
     */
    @RequiresRole({Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public AttachmentInfo attach(String itemKey, String uploadedName, byte[] content, ExtractedText text, Long userId) {
        ToolboxItem item = ToolboxItems.find(em, itemKey)
                .orElseThrow(() -> new IllegalArgumentException("no toolbox item " + itemKey));
        String sha256 = sha256(content);
        if (em.createNamedQuery("ToolboxAttachment.sameFile", Long.class).setParameter("item", item)
                .setParameter("sha256", sha256).getSingleResult() > 0) {
            throw new AttachmentRefused("toolbox.attachment.duplicate");
        }
        if (attachments(item).size() >= ToolboxAttachment.MAX_PER_ITEM) {
            throw new AttachmentRefused("toolbox.attachment.tooMany");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ToolboxAttachment attachment = new ToolboxAttachment(item, AttachmentNames.safe(uploadedName, text.type()),
                content, sha256, text, userId, now);
        em.persist(attachment);
        em.flush();
        ToolboxIndexing.itemChanged(em, item, checklist(item));
        return new AttachmentInfo(attachment.getId(), attachment.getFileName(), attachment.getType(),
                attachment.getSizeBytes(), now);
    }

    /**
     * Attaches a file from the content folder ({@link ToolboxSeedAttachments}) unless the item already has it (same
     * bytes or same name), so every start-up may call it again. False when nothing was attached (no such item, already
     * there, or the item is full).
     */
    public boolean seedAttachment(String itemKey, String fileName, byte[] content, ExtractedText text) {
        ToolboxItem item = ToolboxItems.find(em, itemKey).orElse(null);
        if (item == null) {
            return false;
        }
        String safeName = AttachmentNames.safe(fileName, text.type());
        List<AttachmentInfo> existing = attachments(item);
        if (existing.size() >= ToolboxAttachment.MAX_PER_ITEM
                || existing.stream().anyMatch(a -> a.fileName().equals(safeName))
                || em.createNamedQuery("ToolboxAttachment.sameFile", Long.class).setParameter("item", item)
                        .setParameter("sha256", sha256(content)).getSingleResult() > 0) {
            return false;
        }
        em.persist(new ToolboxAttachment(item, safeName, content, sha256(content), text, null,
                OffsetDateTime.now(ZoneOffset.UTC)));
        em.flush();
        ToolboxIndexing.itemChanged(em, item, checklist(item));
        return true;
    }

    /** Removes an attachment of the item; its text leaves the search document in the same transaction. */
    @RequiresRole({Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public void removeAttachment(String itemKey, long attachmentId) {
        ToolboxAttachment attachment = em.find(ToolboxAttachment.class, attachmentId);
        if (attachment == null || !attachment.getItem().getItemKey().equals(itemKey)) {
            throw new IllegalArgumentException("no attachment " + attachmentId + " on " + itemKey);
        }
        ToolboxItem item = attachment.getItem();
        em.remove(attachment);
        em.flush();
        ToolboxIndexing.itemChanged(em, item, checklist(item));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Publishes, archives or withdraws (to draft) an item, recorded as a new version; the search index follows
     * through the outbox.
     */
    @RequiresRole({Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public void changeStatus(String itemKey, ItemStatus status, Long userId) {
        ToolboxItem item = ToolboxItems.find(em, itemKey)
                .orElseThrow(() -> new IllegalArgumentException("no toolbox item " + itemKey));
        if (item.getStatus() == status) {
            return;
        }
        ToolboxEditing.recordBaselineIfNone(em, item);
        item.changeStatus(status, OffsetDateTime.now(ZoneOffset.UTC));
        em.flush();
        ToolboxEditing.recordVersion(em, item, "", userId);
        ToolboxIndexing.itemChanged(em, item, checklist(item));
    }
}
