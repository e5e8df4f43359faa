package no.laeringsarena.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A municipality, county municipality or other public body that users belong to. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.byOrgnr", query = "SELECT o FROM Organisation o WHERE o.organisasjonsnummer = :orgnr")
@NamedQuery(name = "Organisation.all", query = "SELECT o FROM Organisation o ORDER BY o.name")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationKind kind;

    @Column(length = 4)
    private String kommunenummer;

    @Column(nullable = false, length = 9, unique = true)
    private String organisasjonsnummer;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind, String kommunenummer, Organisasjonsnummer orgnr) {
        this.name = name;
        this.kind = kind;
        this.kommunenummer = kommunenummer;
        this.organisasjonsnummer = orgnr.value();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getKommunenummer() {
        return kommunenummer;
    }

    public String getOrganisasjonsnummer() {
        return organisasjonsnummer;
    }
}
