package no.laeringsarena.forum;

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
import java.time.OffsetDateTime;
import no.laeringsarena.identity.Organisation;

/**
 * "Hvem bruker hva": one system an organisation uses (name, vendor, area), kept by the organisation's
 * virksomhetsadministrator, so that people can find others who use the same system.
 */
@Entity
@Table(name = "organisation_system")
@NamedQuery(name = "SystemInUse.ofOrganisation", query = "SELECT s FROM SystemInUse s WHERE s.organisation = :organisation "
        + "ORDER BY lower(s.name)")
@NamedQuery(name = "SystemInUse.byName", query = "SELECT s FROM SystemInUse s JOIN FETCH s.organisation WHERE lower(s.name) = :name "
        + "ORDER BY s.organisation.name")
@NamedQuery(name = "SystemInUse.all", query = "SELECT s FROM SystemInUse s JOIN FETCH s.organisation ORDER BY lower(s.name), s.organisation.name")
public class SystemInUse {

    public static final int MAX_TEXT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = MAX_TEXT)
    private String name;

    @Column(nullable = false, length = MAX_TEXT)
    private String vendor;

    @Column(nullable = false, length = MAX_TEXT)
    private String area;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected SystemInUse() {
    }

    SystemInUse(Organisation organisation, String name, String vendor, String area, OffsetDateTime createdAt) {
        this.organisation = organisation;
        this.name = name;
        this.vendor = vendor;
        this.area = area;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public String getVendor() {
        return vendor;
    }

    public String getArea() {
        return area;
    }
}
