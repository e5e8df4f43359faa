package no.laeringsarena.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A unit (enhet) of an organisation — a sector, a workplace, a department — in a tree under the organisation:
 * e.g. Demo kommune › Helse og velferd › Sykehjem Nord. People belong to at most one unit.
 */
@Entity
@Table(name = "organisation_unit")
@NamedQuery(name = "OrganisationUnit.byOrganisation",
        query = "SELECT u FROM OrganisationUnit u WHERE u.organisation.id = :organisationId ORDER BY u.name")
public class OrganisationUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrganisationUnit parent;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Version
    private long version;

    protected OrganisationUnit() {
    }

    public OrganisationUnit(Organisation organisation, OrganisationUnit parent, String name) {
        if (parent != null && !parent.getOrganisation().getId().equals(organisation.getId())) {
            throw new IllegalArgumentException("a parent unit of another organisation");
        }
        this.organisation = organisation;
        this.parent = parent;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public OrganisationUnit getParent() {
        return parent;
    }

    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    public String getName() {
        return name;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public void rename(String newName) {
        this.name = newName;
    }
}
