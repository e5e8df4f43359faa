package no.laeringsarena.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules for the people and units of one organisation, whoever acts on it: an organisation administrator on the
 * staff page ({@link StaffAdministration}) or the organisation's own system through SCIM. Every id is looked up
 * within the given organisation only: a person or unit of another organisation is "unknown", never touched.
 * Callers authenticate and authorise before they call (the organisation comes from the caller, never the request).
 */
@ApplicationScoped
public class OrganisationStaff {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    IdentityService identity;

    /** Adds a unit at the top of the organisation or below one of its units; siblings never share a name. */
    @Transactional
    public OrganisationUnit addUnit(Organisation organisation, Long parentId, String name) {
        String clean = unitName(organisation, parentId, null, name);
        OrganisationUnit parent = parentId == null ? null : unitOf(organisation, parentId);
        OrganisationUnit unit = new OrganisationUnit(organisation, parent, clean);
        em.persist(unit);
        return unit;
    }

    /** Renames a unit under the same rules as a new one. */
    @Transactional
    public void renameUnit(Organisation organisation, long unitId, String name) {
        OrganisationUnit unit = unitOf(organisation, unitId);
        unit.rename(unitName(organisation, unit.getParentId(), unit.getId(), name));
    }

    private String unitName(Organisation organisation, Long parentId, Long unitId, String name) {
        List<String> problems = new ArrayList<>();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200 || clean.matches(".*[›/>].*")) {
            problems.add("staff.unit.nameInvalid");
        }
        if (parentId != null) {
            unitOf(organisation, parentId);
        }
        if (problems.isEmpty() && identity.unitTree(organisation).nodes().stream().anyMatch(n ->
                Objects.equals(n.parentId(), parentId) && !Objects.equals(n.id(), unitId) && n.name().equalsIgnoreCase(clean))) {
            problems.add("staff.unit.nameTaken");
        }
        if (!problems.isEmpty()) {
            throw new IdentityValidationException(problems);
        }
        return clean;
    }

    @Transactional
    public void placeInUnit(Organisation organisation, long userId, Long unitId) {
        memberOf(organisation, userId).placeIn(unitId == null ? null : unitOf(organisation, unitId));
    }

    /** No more logins, out of the reports; everything the person did stays. */
    @Transactional
    public void deactivate(Organisation organisation, long userId) {
        memberOf(organisation, userId).deactivate(OffsetDateTime.now());
    }

    @Transactional
    public void reactivate(Organisation organisation, long userId) {
        memberOf(organisation, userId).reactivate();
    }

    /** A unit of the organisation; refused as unknown if it is another organisation's (or none). */
    public OrganisationUnit unitOf(Organisation organisation, long unitId) {
        OrganisationUnit unit = em.find(OrganisationUnit.class, unitId);
        if (unit == null || !unit.getOrganisation().getId().equals(organisation.getId())) {
            throw new IdentityValidationException(List.of("staff.unit.unknown"));
        }
        return unit;
    }

    /** A person of the organisation; refused as unknown if they belong to another organisation (or none). */
    public UserAccount memberOf(Organisation organisation, long userId) {
        UserAccount person = em.find(UserAccount.class, userId);
        if (person == null || !belongsTo(person, organisation)) {
            throw new IdentityValidationException(List.of("staff.person.unknown"));
        }
        return person;
    }

    /** Whether the person is in the organisation: people of other organisations are never moved or changed. */
    public static boolean belongsTo(UserAccount person, Organisation organisation) {
        return person.getOrganisation() != null && person.getOrganisation().getId().equals(organisation.getId());
    }
}
