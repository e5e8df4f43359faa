package no.laeringsarena.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.laeringsarena.taxonomy.LocalizedName;
import no.laeringsarena.taxonomy.TaxonomyTerm;

/**
 * A forum category such as "Arkiv og dokumenthåndtering" or "Prosjektidéer". {@code categoryKey} is the
 * stable key from the content folder. An idea category holds project ideas that follow the idea template
 * and get a status (innmeldt, vurderes, prioritert, avslått).
 */
@Entity
@Table(name = "forum_category")
@NamedQuery(name = "ForumCategory.byKey", query = "SELECT c FROM ForumCategory c WHERE c.categoryKey = :key")
@NamedQuery(name = "ForumCategory.all", query = "SELECT c FROM ForumCategory c ORDER BY c.sortOrder, c.name.nb")
public class ForumCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_key", nullable = false, unique = true, length = 100)
    private String categoryKey;

    @Embedded
    private LocalizedName name;

    @Column(name = "description_md", nullable = false)
    private String descriptionMarkdown = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sector_id")
    private TaxonomyTerm sector;

    @ManyToMany
    @JoinTable(name = "forum_category_theme",
            joinColumns = @JoinColumn(name = "category_id"),
            inverseJoinColumns = @JoinColumn(name = "term_id"))
    private Set<TaxonomyTerm> themes = new HashSet<>();

    @Column(name = "idea_category", nullable = false)
    private boolean ideaCategory;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean closed;

    @Version
    private long version;

    protected ForumCategory() {
    }

    public ForumCategory(String categoryKey, LocalizedName name) {
        this.categoryKey = Objects.requireNonNull(categoryKey);
        this.name = Objects.requireNonNull(name);
    }

    /** Sets everything but the key; changes only what differs, so an unchanged category keeps its version. */
    public void describe(LocalizedName name, String descriptionMarkdown, TaxonomyTerm sector,
                         List<TaxonomyTerm> themes, boolean ideaCategory, int sortOrder) {
        if (!Objects.equals(this.name, name)) {
            this.name = name;
        }
        this.descriptionMarkdown = descriptionMarkdown == null ? "" : descriptionMarkdown;
        if (this.sector != sector) {
            this.sector = sector;
        }
        Set<TaxonomyTerm> newThemes = new HashSet<>(themes);
        if (!this.themes.equals(newThemes)) {
            this.themes = newThemes;
        }
        this.ideaCategory = ideaCategory;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getCategoryKey() {
        return categoryKey;
    }

    public LocalizedName getName() {
        return name;
    }

    public String getDescriptionMarkdown() {
        return descriptionMarkdown;
    }

    public TaxonomyTerm getSector() {
        return sector;
    }

    public Set<TaxonomyTerm> getThemes() {
        return Set.copyOf(themes);
    }

    /** Does this category collect project ideas (template and status)? */
    public boolean isIdeaCategory() {
        return ideaCategory;
    }

    /** Is this a closed community, readable by its members (and moderators) only? */
    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        if (this.closed != closed) {
            this.closed = closed;
        }
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "forumkategori " + categoryKey;
    }
}
