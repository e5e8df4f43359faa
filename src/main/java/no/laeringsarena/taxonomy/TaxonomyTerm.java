package no.laeringsarena.taxonomy;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sector, theme or sub-area. Sub-areas have a parent sector. {@code termKey} is the stable key from the
 * content folder (unique per kind); aliases are other names people use for the term (e.g. "Skole og
 * oppvekst" for Oppvekst og utdanning), for search and display.
 */
@Entity
@Table(name = "taxonomy_term")
@NamedQuery(name = "TaxonomyTerm.byKindAndKey",
        query = "SELECT t FROM TaxonomyTerm t WHERE t.kind = :kind AND t.termKey = :key")
@NamedQuery(name = "TaxonomyTerm.byKind",
        query = "SELECT t FROM TaxonomyTerm t WHERE t.kind = :kind ORDER BY t.sortOrder, t.name.nb")
@NamedQuery(name = "TaxonomyTerm.children",
        query = "SELECT t FROM TaxonomyTerm t WHERE t.parent = :parent ORDER BY t.sortOrder, t.name.nb")
public class TaxonomyTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TermKind kind;

    @Column(name = "term_key", nullable = false, length = 100)
    private String termKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private TaxonomyTerm parent;

    @Embedded
    private LocalizedName name;

    @ElementCollection
    @CollectionTable(name = "taxonomy_term_alias", joinColumns = @JoinColumn(name = "term_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = 200)
    private List<String> aliases = new ArrayList<>();

    @Column(name = "description_md", nullable = false)
    private String descriptionMarkdown = "";

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected TaxonomyTerm() {
    }

    public TaxonomyTerm(TermKind kind, String termKey, LocalizedName name) {
        this.kind = Objects.requireNonNull(kind);
        this.termKey = Objects.requireNonNull(termKey);
        this.name = Objects.requireNonNull(name);
    }

    /** Sets everything but kind and key; changes only what differs, so an unchanged term keeps its version. */
    public void describe(LocalizedName name, TaxonomyTerm parent, List<String> aliases, String descriptionMarkdown,
                         int sortOrder) {
        if (parent != null && kind != TermKind.SUB_AREA) {
            throw new IllegalArgumentException("only sub-areas have a parent: " + termKey);
        }
        if (!Objects.equals(this.name, name)) {
            this.name = name;
        }
        if (this.parent != parent) {
            this.parent = parent;
        }
        if (!this.aliases.equals(aliases)) {
            this.aliases = new ArrayList<>(aliases);
        }
        this.descriptionMarkdown = descriptionMarkdown == null ? "" : descriptionMarkdown;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public TermKind getKind() {
        return kind;
    }

    public String getTermKey() {
        return termKey;
    }

    public TaxonomyTerm getParent() {
        return parent;
    }

    public LocalizedName getName() {
        return name;
    }

    public List<String> getAliases() {
        return List.copyOf(aliases);
    }

    public String getDescriptionMarkdown() {
        return descriptionMarkdown;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return kind + " " + termKey;
    }
}
