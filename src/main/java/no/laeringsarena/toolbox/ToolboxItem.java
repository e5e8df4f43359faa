package no.laeringsarena.toolbox;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.laeringsarena.taxonomy.LocalizedName;
import no.laeringsarena.taxonomy.TaxonomyTerm;

/**
 * One item of the toolbox: a guide, user journey, requirement spec, checklist, template... with the metadata
 * users filter by and the owner (forvalter) and "sist faktasjekket" date that tell how fresh it is.
 * {@code itemKey} is the stable key from the content folder. Only {@link ItemStatus#PUBLISERT} items are shown.
 */
@Entity
@Table(name = "toolbox_item")
@NamedQuery(name = "ToolboxItem.byKey", query = "SELECT i FROM ToolboxItem i WHERE i.itemKey = :key")
@NamedQuery(name = "ToolboxItem.byStatus",
        query = "SELECT i FROM ToolboxItem i WHERE i.status = :status ORDER BY i.section, i.sortOrder, i.name.nb")
public class ToolboxItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_key", nullable = false, unique = true, length = 100)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 30)
    private ToolboxItemType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ToolboxSection section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status = ItemStatus.UTKAST;

    @Embedded
    private LocalizedName name;

    @Column(nullable = false, length = 600)
    private String summary = "";

    @Column(name = "body_md", nullable = false)
    private String bodyMarkdown = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sector_id")
    private TaxonomyTerm sector;

    @ManyToMany
    @JoinTable(name = "toolbox_item_theme",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "term_id"))
    private Set<TaxonomyTerm> themes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "toolbox_item_phase", joinColumns = @JoinColumn(name = "item_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false, length = 30)
    private Set<MergerPhase> phases = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "toolbox_item_step", joinColumns = @JoinColumn(name = "item_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 30)
    private Set<ImplementationStep> steps = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "toolbox_item_audience", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "audience", nullable = false, length = 200)
    private List<String> audience = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "toolbox_item_related_item",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    private Set<ToolboxItem> relatedItems = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "toolbox_item_related_course", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "course_id", nullable = false)
    private Set<Long> relatedCourseIds = new HashSet<>();

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(name = "fact_checked_on", nullable = false)
    private LocalDate factCheckedOn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ToolboxItem() {
    }

    public ToolboxItem(String itemKey, ToolboxItemType type, ToolboxSection section, LocalizedName name) {
        this.itemKey = Objects.requireNonNull(itemKey);
        this.type = Objects.requireNonNull(type);
        this.section = Objects.requireNonNull(section);
        this.name = Objects.requireNonNull(name);
    }

    /** Sets everything but the key and the status; changes only what differs, so an unchanged item keeps its version. */
    public void describe(ToolboxItemType type, ToolboxSection section, LocalizedName name, String summary,
                         String bodyMarkdown, TaxonomyTerm sector, Set<TaxonomyTerm> themes, Set<MergerPhase> phases,
                         Set<ImplementationStep> steps, List<String> audience, String owner, LocalDate factCheckedOn,
                         int sortOrder, OffsetDateTime now) {
        boolean changed = type != this.type || section != this.section || !Objects.equals(name, this.name)
                || !Objects.equals(summary, this.summary) || !Objects.equals(bodyMarkdown, this.bodyMarkdown)
                || sector != this.sector || !Objects.equals(owner, this.owner)
                || !Objects.equals(factCheckedOn, this.factCheckedOn) || sortOrder != this.sortOrder;
        this.type = type;
        this.section = section;
        if (!Objects.equals(this.name, name)) {
            this.name = name;
        }
        this.summary = summary == null ? "" : summary;
        this.bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
        this.sector = sector;
        if (!this.themes.equals(themes)) {
            this.themes = new HashSet<>(themes);
            changed = true;
        }
        if (!this.phases.equals(phases)) {
            this.phases = new HashSet<>(phases);
            changed = true;
        }
        if (!this.steps.equals(steps)) {
            this.steps = new HashSet<>(steps);
            changed = true;
        }
        if (!this.audience.equals(audience)) {
            this.audience = new ArrayList<>(audience);
            changed = true;
        }
        this.owner = owner;
        this.factCheckedOn = factCheckedOn;
        this.sortOrder = sortOrder;
        if (changed || this.updatedAt == null) {
            this.updatedAt = now;
        }
    }

    /** Sets the related items (never the item itself) and courses (by id); true when anything changed. */
    public boolean relate(Set<ToolboxItem> items, Set<Long> courseIds, OffsetDateTime now) {
        if (items.contains(this)) {
            throw new IllegalArgumentException(this + " cannot be related to itself");
        }
        boolean changed = false;
        if (!relatedItems.equals(items)) {
            relatedItems = new HashSet<>(items);
            changed = true;
        }
        if (!relatedCourseIds.equals(courseIds)) {
            relatedCourseIds = new HashSet<>(courseIds);
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /** Publishes, archives or returns to draft. */
    public void changeStatus(ItemStatus status, OffsetDateTime now) {
        if (this.status != status) {
            this.status = Objects.requireNonNull(status);
            this.updatedAt = now;
        }
    }

    public boolean isPublished() {
        return status == ItemStatus.PUBLISERT;
    }

    public boolean isChecklist() {
        return type == ToolboxItemType.SJEKKLISTE;
    }

    public Long getId() {
        return id;
    }

    public String getItemKey() {
        return itemKey;
    }

    public ToolboxItemType getType() {
        return type;
    }

    public ToolboxSection getSection() {
        return section;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public LocalizedName getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public TaxonomyTerm getSector() {
        return sector;
    }

    public Set<TaxonomyTerm> getThemes() {
        return Set.copyOf(themes);
    }

    /** In phase order. */
    public List<MergerPhase> getPhases() {
        return phases.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(phases));
    }

    /** In step order. */
    public List<ImplementationStep> getSteps() {
        return steps.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(steps));
    }

    public List<String> getAudience() {
        return List.copyOf(audience);
    }

    /** In key order. */
    public List<ToolboxItem> getRelatedItems() {
        return relatedItems.stream().sorted(java.util.Comparator.comparing(ToolboxItem::getItemKey)).toList();
    }

    public Set<Long> getRelatedCourseIds() {
        return Set.copyOf(relatedCourseIds);
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getFactCheckedOn() {
        return factCheckedOn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "verktøy " + itemKey;
    }
}
