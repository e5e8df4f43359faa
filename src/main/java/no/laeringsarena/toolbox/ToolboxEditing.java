package no.laeringsarena.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.taxonomy.LocalizedName;
import no.laeringsarena.taxonomy.TaxonomyTerm;
import no.laeringsarena.taxonomy.TaxonomyTerms;
import no.laeringsarena.taxonomy.TermKind;

/**
 * The editors' work on toolbox items: create a draft, edit it and its metadata (sector, themes, phases, steps,
 * audiences, related items and courses), and see and compare its versions. Every change is
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
    public ToolboxItem create(ToolboxDraft draft, ToolboxMetadata metadata, Long userId) throws EditRefused {
        Resolved resolved = check(draft, metadata, true, null);
        if (ToolboxItems.find(em, draft.key()).isPresent()) {
            throw new EditRefused(List.of(new ToolboxDraft.Problem("key", "toolbox.edit.error.keyTaken")));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ToolboxItem item = new ToolboxItem(draft.key(), draft.type(), draft.section(), name(draft));
        describe(item, draft, metadata, resolved, now);
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
    public ToolboxItem update(String key, ToolboxDraft draft, ToolboxMetadata metadata, long basedOnVersion, Long userId)
            throws EditRefused {
        ToolboxItem item = ToolboxItems.find(em, key)
                .orElseThrow(() -> new IllegalArgumentException("no toolbox item " + key));
        Resolved resolved = check(draft, metadata, false, item);
        if (item.getVersion() != basedOnVersion) {
            throw new EditRefused(List.of(new ToolboxDraft.Problem(null, "toolbox.edit.error.changedMeanwhile")));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        recordBaselineIfNone(em, item);
        describe(item, draft, metadata, resolved, now);
        em.flush();
        recordVersion(em, item, draft.changeNote(), userId);
        ToolboxIndexing.itemChanged(em, item, ToolboxItems.checklist(em, item));
        return item;
    }

    /** Records the item's state as its next version; call in the transaction that changed it (after flush). */
    static void recordVersion(EntityManager em, ToolboxItem item, String note, Long userId) {
        Integer last = em.createNamedQuery("ToolboxItemVersion.last", Integer.class).setParameter("item", item)
                .getSingleResult();
        em.persist(new ToolboxItemVersion(item, last == null ? 1 : last + 1,
                ToolboxMetadata.describe(item, relatedCourseKeys(em, item)), note, userId, OffsetDateTime.now(ZoneOffset.UTC)));
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
            em.persist(new ToolboxItemVersion(item, 1, ToolboxMetadata.describe(item, relatedCourseKeys(em, item)), "", null,
                    item.getUpdatedAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : item.getUpdatedAt()));
            em.flush();
        }
    }

    /** A course an item can be related to. */
    public record CourseChoice(String key, String title) {
    }

    /** What the editor's metadata fields offer: sectors and themes in their order. */
    public List<TaxonomyTerm> terms(TermKind kind) {
        return TaxonomyTerms.all(em, kind);
    }

    /** Every item (any status), by bokmål name, for "related items". */
    public List<ToolboxItem> allItems() {
        return em.createQuery("SELECT i FROM ToolboxItem i ORDER BY i.name.nb", ToolboxItem.class).getResultList();
    }

    /** Every course but working copies, by title, for "related courses". */
    public List<CourseChoice> courses() {
        return em.createQuery("SELECT c.courseKey, c.title FROM Course c WHERE c.draftOf IS NULL ORDER BY c.title",
                Object[].class).getResultStream().map(r -> new CourseChoice((String) r[0], (String) r[1])).toList();
    }

    /** The keys of the courses the item is related to. */
    public List<String> relatedCourseKeys(ToolboxItem item) {
        return relatedCourseKeys(em, item);
    }

    static List<String> relatedCourseKeys(EntityManager em, ToolboxItem item) {
        if (item.getRelatedCourseIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c.courseKey FROM Course c WHERE c.id IN :ids ORDER BY c.courseKey", String.class)
                .setParameter("ids", item.getRelatedCourseIds()).getResultList();
    }

    /** What the metadata's keys name. */
    private record Resolved(TaxonomyTerm sector, Set<TaxonomyTerm> themes, Set<ToolboxItem> relatedItems,
                            Set<Long> relatedCourseIds) {
    }

    private Resolved check(ToolboxDraft draft, ToolboxMetadata metadata, boolean creating, ToolboxItem item)
            throws EditRefused {
        List<ToolboxDraft.Problem> problems = new ArrayList<>(draft.problems(creating, LocalDate.now(OSLO)));
        problems.addAll(metadata.problems());
        TaxonomyTerm sector = metadata.sectorKey() == null ? null
                : TaxonomyTerms.find(em, TermKind.SECTOR, metadata.sectorKey());
        if (metadata.sectorKey() != null && sector == null) {
            problems.add(new ToolboxDraft.Problem("sector", "toolbox.edit.error.sector"));
        }
        Set<TaxonomyTerm> themes = new HashSet<>();
        for (String key : metadata.themeKeys()) {
            TaxonomyTerm theme = TaxonomyTerms.find(em, TermKind.THEME, key);
            if (theme == null) {
                problems.add(new ToolboxDraft.Problem("themes", "toolbox.edit.error.theme"));
                break;
            }
            themes.add(theme);
        }
        Set<ToolboxItem> related = new HashSet<>();
        for (String key : metadata.relatedItemKeys()) {
            Optional<ToolboxItem> other = ToolboxItems.find(em, key);
            if (other.isEmpty() || other.get().equals(item) || key.equals(draft.key())) {
                problems.add(new ToolboxDraft.Problem("related-items", "toolbox.edit.error.relatedItem"));
                break;
            }
            related.add(other.get());
        }
        Set<Long> courseIds = new HashSet<>();
        if (!metadata.relatedCourseKeys().isEmpty()) {
            courseIds.addAll(em.createQuery("SELECT c.id FROM Course c WHERE c.courseKey IN :keys AND c.draftOf IS NULL",
                    Long.class).setParameter("keys", metadata.relatedCourseKeys()).getResultList());
            if (courseIds.size() != metadata.relatedCourseKeys().size()) {
                problems.add(new ToolboxDraft.Problem("related-courses", "toolbox.edit.error.relatedCourse"));
            }
        }
        if (!problems.isEmpty()) {
            throw new EditRefused(problems);
        }
        return new Resolved(sector, themes, related, courseIds);
    }

    private static LocalizedName name(ToolboxDraft draft) {
        return new LocalizedName(draft.nameNb(), blankToNull(draft.nameNn()), blankToNull(draft.nameEn()));
    }

    private static void describe(ToolboxItem item, ToolboxDraft draft, ToolboxMetadata metadata, Resolved resolved,
                                 OffsetDateTime now) {
        item.describe(draft.type(), draft.section(), name(draft), draft.summary(), draft.bodyMarkdown(),
                resolved.sector(), resolved.themes(), metadata.phases(), metadata.steps(), metadata.audience(),
                draft.owner(), draft.factCheckedOn(), item.getSortOrder(), now);
        item.relate(resolved.relatedItems(), resolved.relatedCourseIds(), now);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
