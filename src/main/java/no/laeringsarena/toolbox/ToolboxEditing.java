package no.laeringsarena.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.taxonomy.LocalizedName;

/**
 * The editors' work on toolbox items: create a draft, edit it, and see and compare its versions. Every change is
 * checked ({@link ToolboxDraft#problems}), saved with a new {@link ToolboxItemVersion} and its search index change in
 * one transaction, or not at all. An edit based on an older version than the saved one is refused (someone else saved
 * in between), so nobody overwrites another editor's work unknowingly.
 */
@ApplicationScoped
@Transactional(rollbackOn = EditRefused.class)
public class ToolboxEditing {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    /** Creates a new item as a draft (not shown to readers, not indexed) with version 1. */
    @RequiresRole({Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public ToolboxItem create(ToolboxDraft draft, Long userId) throws EditRefused {
        check(draft, true);
        if (ToolboxItems.find(em, draft.key()).isPresent()) {
            throw new EditRefused(List.of(new ToolboxDraft.Problem("key", "toolbox.edit.error.keyTaken")));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ToolboxItem item = new ToolboxItem(draft.key(), draft.type(), draft.section(), name(draft));
        describe(item, draft, now);
        em.persist(item);
        em.flush();
        recordVersion(em, item, draft.changeNote(), userId);
        ToolboxIndexing.itemChanged(em, item, ToolboxItems.checklist(em, item));
        return item;
    }

    /**
     * Saves an edit of an existing item, made from the form loaded at {@code basedOnVersion}; the item keeps its status
     * (a published item stays published and its search document follows).
     */
    @RequiresRole({Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
    public ToolboxItem update(String key, ToolboxDraft draft, long basedOnVersion, Long userId) throws EditRefused {
        check(draft, false);
        ToolboxItem item = ToolboxItems.find(em, key)
                .orElseThrow(() -> new IllegalArgumentException("no toolbox item " + key));
        if (item.getVersion() != basedOnVersion) {
            throw new EditRefused(List.of(new ToolboxDraft.Problem(null, "toolbox.edit.error.changedMeanwhile")));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        recordBaselineIfNone(em, item);
        describe(item, draft, now);
        em.flush();
        recordVersion(em, item, draft.changeNote(), userId);
        ToolboxIndexing.itemChanged(em, item, ToolboxItems.checklist(em, item));
        return item;
    }

    /** Records the item's state as its next version; call in the transaction that changed it (after flush). */
    static void recordVersion(EntityManager em, ToolboxItem item, String note, Long userId) {
        Integer last = em.createNamedQuery("ToolboxItemVersion.last", Integer.class).setParameter("item", item)
                .getSingleResult();
        em.persist(new ToolboxItemVersion(item, last == null ? 1 : last + 1, note, userId,
                OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /** Newest first. */
    public List<ToolboxItemVersion> versions(ToolboxItem item) {
        return em.createNamedQuery("ToolboxItemVersion.ofItem", ToolboxItemVersion.class).setParameter("item", item)
                .getResultList();
    }

    public Optional<ToolboxItemVersion> version(ToolboxItem item, int number) {
        return versions(item).stream().filter(v -> v.getNumber() == number).findFirst();
    }

    /** An item from the content folder has no versions yet: its state before the first change becomes version 1. */
    static void recordBaselineIfNone(EntityManager em, ToolboxItem item) {
        Integer last = em.createNamedQuery("ToolboxItemVersion.last", Integer.class).setParameter("item", item)
                .getSingleResult();
        if (last == null) {
            em.persist(new ToolboxItemVersion(item, 1, "", null,
                    item.getUpdatedAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : item.getUpdatedAt()));
            em.flush();
        }
    }

    private static void check(ToolboxDraft draft, boolean creating) throws EditRefused {
        List<ToolboxDraft.Problem> problems = draft.problems(creating, LocalDate.now(OSLO));
        if (!problems.isEmpty()) {
            throw new EditRefused(problems);
        }
    }

    private static LocalizedName name(ToolboxDraft draft) {
        return new LocalizedName(draft.nameNb(), blankToNull(draft.nameNn()), blankToNull(draft.nameEn()));
    }

    private static void describe(ToolboxItem item, ToolboxDraft draft, OffsetDateTime now) {
        item.describe(draft.type(), draft.section(), name(draft), draft.summary(), draft.bodyMarkdown(),
                item.getSector(), item.getThemes(), java.util.Set.copyOf(item.getPhases()),
                java.util.Set.copyOf(item.getSteps()), item.getAudience(), draft.owner(), draft.factCheckedOn(),
                item.getSortOrder(), now);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
