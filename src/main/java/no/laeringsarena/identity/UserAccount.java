package no.laeringsarena.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A person's account: e-mail (the login name), display name, password hash, organisation and roles. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byEmail", query = "SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "preferred_locale", nullable = false, length = 5)
    private String preferredLocale = "nb";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 40)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrganisationUnit unit;

    @Column(name = "deactivated_at")
    private OffsetDateTime deactivatedAt;

    @Column(name = "external_id", length = 200)
    private String externalId;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, Organisation organisation,
                       Set<Role> roles) {
        this.email = normaliseEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.organisation = organisation;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** E-mail addresses are compared without regard to case or surrounding space. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public void recordLogin(OffsetDateTime when) {
        this.lastLoginAt = when;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void setPreferredLocale(String languageTag) {
        this.preferredLocale = languageTag;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public OrganisationUnit getUnit() {
        return unit;
    }

    /** Places the person in a unit of their own organisation (or in none). */
    public void placeIn(OrganisationUnit newUnit) {
        if (newUnit != null && (organisation == null || !newUnit.getOrganisation().getId().equals(organisation.getId()))) {
            throw new IllegalArgumentException("a unit of another organisation");
        }
        this.unit = newUnit;
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    /** Grants a role in addition to those the person has. */
    public void grant(Role role) {
        roles.add(role);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** The id the person has in their organisation's own system (from SCIM provisioning), or null. */
    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String newExternalId) {
        this.externalId = newExternalId;
    }

    /** A new login e-mail (e.g. from the organisation's own system); uniqueness is checked by the caller. */
    public void changeEmail(String newEmail) {
        this.email = normaliseEmail(newEmail);
    }

    public boolean isActive() {
        return deactivatedAt == null;
    }

    public OffsetDateTime getDeactivatedAt() {
        return deactivatedAt;
    }

    /** A deactivated account cannot log in and leaves the reports; everything it did stays. */
    public void deactivate(OffsetDateTime when) {
        if (deactivatedAt == null) {
            deactivatedAt = when;
        }
    }

    public void reactivate() {
        deactivatedAt = null;
    }
}
