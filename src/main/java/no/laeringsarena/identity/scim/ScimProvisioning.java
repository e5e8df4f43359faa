package no.laeringsarena.identity.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.IdentityValidationException;
import no.laeringsarena.identity.Organisation;
import no.laeringsarena.identity.OrganisationStaff;
import no.laeringsarena.identity.OrganisationUnit;
import no.laeringsarena.identity.PasswordHasher;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;

/**
 * What an organisation's own system does through SCIM, always within the organisation its token belongs to: a
 * person or unit of another organisation is "not found", never moved or changed. Each request is one transaction:
 * a refused request saves nothing. People are never deleted (their learning history stays): DELETE deactivates.
 */
@ApplicationScoped
public class ScimProvisioning {

    public static final int MAX_PAGE = 200;

    /** A person as SCIM shows them. */
    public record UserView(long id, String userName, String displayName, String externalId, boolean active,
                           OffsetDateTime created, Long groupId, String groupName) {
    }

    /** A unit as SCIM shows it, with the people placed in it. */
    public record GroupView(long id, String displayName, OffsetDateTime created, List<Member> members) {
    }

    public record Member(long id, String display) {
    }

    public record Page<T>(long total, int startIndex, List<T> resources) {
    }

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    OrganisationStaff rules;

    @Inject
    IdentityService identity;

    // ---- Users

    @Transactional
    public Page<UserView> users(long organisationId, ScimFilter filter, int startIndex, int count) {
        StringBuilder where = new StringBuilder("u.organisation.id = :org");
        List<Object> values = new ArrayList<>();
        if (filter != null) {
            for (ScimFilter.Comparison c : filter.comparisons()) {
                String p = "p" + values.size();
                switch (c.attribute()) {
                    case "id" -> {
                        where.append(" AND u.id = :").append(p);
                        values.add(parseId(c.value()).orElse(-1L));
                    }
                    case "userName", "emails.value" -> {
                        where.append(" AND LOWER(u.email) = :").append(p);
                        values.add(string(c).toLowerCase(Locale.ROOT).strip());
                    }
                    case "externalId" -> {
                        where.append(" AND u.externalId = :").append(p);
                        values.add(string(c));
                    }
                    case "displayName" -> {
                        where.append(" AND LOWER(u.displayName) = :").append(p);
                        values.add(string(c).toLowerCase(Locale.ROOT));
                    }
                    case "active" -> {
                        if (!(c.value() instanceof Boolean active)) {
                            throw ScimFilter.invalid("active is compared with true or false");
                        }
                        where.append(active ? " AND u.deactivatedAt IS NULL" : " AND u.deactivatedAt IS NOT NULL");
                    }
                    default -> throw ScimFilter.invalid("filtering on " + c.attribute() + " is not supported");
                }
            }
        }
        long total = bind(em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE " + where, Long.class),
                organisationId, values).getSingleResult();
        List<UserView> page = count == 0 ? List.of()
                : bind(em.createQuery("SELECT u FROM UserAccount u WHERE " + where + " ORDER BY u.id", UserAccount.class),
                organisationId, values).setFirstResult(startIndex - 1).setMaxResults(count)
                .getResultStream().map(ScimProvisioning::view).toList();
        return new Page<>(total, startIndex, page);
    }

    @Transactional
    public UserView user(long organisationId, String id) {
        return view(member(organisation(organisationId), id));
    }

    @Transactional
    public UserView createUser(long organisationId, ScimUser user) {
        Organisation organisation = organisation(organisationId);
        requireFreeUserName(user.userName(), null);
        requireFreeExternalId(organisation, user.externalId(), null);
        UserAccount person = new UserAccount(user.userName(), user.displayName(), PasswordHasher.NO_PASSWORD,
                organisation, EnumSet.of(Role.DELTAKER));
        person.setExternalId(user.externalId());
        if (!user.active()) {
            person.deactivate(OffsetDateTime.now());
        }
        em.persist(person);
        flush();
        return view(person);
    }

    @Transactional
    public UserView replaceUser(long organisationId, String id, ScimUser user) {
        Organisation organisation = organisation(organisationId);
        UserAccount person = member(organisation, id);
        apply(organisation, person, user);
        return view(person);
    }

    @Transactional
    public UserView patchUser(long organisationId, String id, JsonObject patch) {
        Organisation organisation = organisation(organisationId);
        UserAccount person = member(organisation, id);
        ScimUser current = new ScimUser(person.getEmail(), person.getDisplayName(), person.getExternalId(), person.isActive());
        apply(organisation, person, ScimPatch.applyToUser(current, patch).validated());
        return view(person);
    }

    /** DELETE: the person can no longer log in and leaves the reports; their history stays. */
    @Transactional
    public void deactivateUser(long organisationId, String id) {
        Organisation organisation = organisation(organisationId);
        rules.deactivate(organisation, member(organisation, id).getId());
    }

    private void apply(Organisation organisation, UserAccount person, ScimUser user) {
        if (!user.userName().equals(person.getEmail())) {
            requireFreeUserName(user.userName(), person.getId());
            person.changeEmail(user.userName());
        }
        requireFreeExternalId(organisation, user.externalId(), person.getId());
        person.setExternalId(user.externalId());
        person.rename(user.displayName());
        if (user.active() != person.isActive()) {
            if (user.active()) {
                rules.reactivate(organisation, person.getId());
            } else {
                rules.deactivate(organisation, person.getId());
            }
        }
        flush();
    }

    private void requireFreeUserName(String email, Long except) {
        Optional<UserAccount> holder = identity.findByEmail(email);
        if (holder.isPresent() && !holder.get().getId().equals(except)) {
            // also when the holder is in another organisation: people are never moved between organisations
            throw new ScimException(409, "uniqueness", "a user with this userName already exists");
        }
    }

    private void requireFreeExternalId(Organisation organisation, String externalId, Long except) {
        if (externalId == null) {
            return;
        }
        boolean taken = em.createQuery("SELECT u.id FROM UserAccount u WHERE u.organisation.id = :org "
                        + "AND u.externalId = :external", Long.class)
                .setParameter("org", organisation.getId()).setParameter("external", externalId).getResultStream()
                .anyMatch(holder -> !holder.equals(except));
        if (taken) {
            throw new ScimException(409, "uniqueness", "a user with this externalId already exists");
        }
    }

    // ---- Groups (units)

    @Transactional
    public Page<GroupView> groups(long organisationId, ScimFilter filter, int startIndex, int count) {
        Organisation organisation = organisation(organisationId);
        List<OrganisationUnit> units = em.createNamedQuery("OrganisationUnit.byOrganisation", OrganisationUnit.class)
                .setParameter("organisationId", organisation.getId()).getResultList().stream()
                .filter(u -> filter == null || filter.comparisons().stream().allMatch(c -> switch (c.attribute()) {
                    case "id" -> parseId(c.value()).map(id -> id.equals(u.getId())).orElse(false);
                    case "displayName" -> string(c).strip().equalsIgnoreCase(u.getName());
                    default -> throw ScimFilter.invalid("filtering on " + c.attribute() + " is not supported");
                }))
                .toList();
        List<GroupView> page = units.stream().skip(startIndex - 1L).limit(count).map(this::view).toList();
        return new Page<>(units.size(), startIndex, page);
    }

    @Transactional
    public GroupView group(long organisationId, String id) {
        return view(unit(organisation(organisationId), id));
    }

    /** A new unit at the top of the organisation's tree, with its first members. */
    @Transactional
    public GroupView createGroup(long organisationId, String displayName, List<String> memberIds) {
        Organisation organisation = organisation(organisationId);
        OrganisationUnit unit;
        try {
            unit = rules.addUnit(organisation, null, displayName);
        } catch (IdentityValidationException e) {
            throw unitProblem(e);
        }
        flush();
        for (String memberId : memberIds) {
            placeMember(organisation, memberId, unit.getId());
        }
        return view(unit);
    }

    @Transactional
    public GroupView patchGroup(long organisationId, String id, JsonObject patch) {
        Organisation organisation = organisation(organisationId);
        OrganisationUnit unit = unit(organisation, id);
        ScimPatch.GroupChanges changes = ScimPatch.applyToGroup(patch);
        if (changes.newName() != null) {
            try {
                rules.renameUnit(organisation, unit.getId(), changes.newName());
            } catch (IdentityValidationException e) {
                throw unitProblem(e);
            }
        }
        if (changes.removeAllMembers()) {
            membersOf(unit).forEach(person -> person.placeIn(null));
        }
        for (String memberId : changes.removeMembers()) {
            UserAccount person = memberOrRefuse(organisation, memberId);
            if (person.getUnit() != null && person.getUnit().getId().equals(unit.getId())) {
                person.placeIn(null);
            }
        }
        for (String memberId : changes.addMembers()) {
            placeMember(organisation, memberId, unit.getId());
        }
        flush();
        return view(unit);
    }

    /** Removes an empty unit; a unit with people, sub-units or course assignments is kept (409). */
    @Transactional
    public void deleteGroup(long organisationId, String id) {
        OrganisationUnit unit = unit(organisation(organisationId), id);
        long children = em.createQuery("SELECT COUNT(u) FROM OrganisationUnit u WHERE u.parent.id = :id", Long.class)
                .setParameter("id", unit.getId()).getSingleResult();
        long assignments = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM course_assignment WHERE unit_id = ?1")
                .setParameter(1, unit.getId()).getSingleResult()).longValue();
        if (!membersOf(unit).isEmpty() || children > 0 || assignments > 0) {
            throw new ScimException(409, null,
                    "the unit still has members, sub-units or course assignments; remove those first");
        }
        em.remove(unit);
        flush();
    }

    private void placeMember(Organisation organisation, String memberId, long unitId) {
        rules.placeInUnit(organisation, memberOrRefuse(organisation, memberId).getId(), unitId);
    }

    private UserAccount memberOrRefuse(Organisation organisation, String memberId) {
        try {
            return member(organisation, memberId);
        } catch (ScimException e) {
            throw ScimException.badRequest("invalidValue", "member " + memberId + " is not a user of this organisation");
        }
    }

    private List<UserAccount> membersOf(OrganisationUnit unit) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.unit.id = :unit ORDER BY u.displayName", UserAccount.class)
                .setParameter("unit", unit.getId()).getResultList();
    }

    private static ScimException unitProblem(IdentityValidationException e) {
        return e.messageKeys().contains("staff.unit.nameTaken")
                ? new ScimException(409, "uniqueness", "a unit with this displayName already exists at the same level")
                : ScimException.badRequest("invalidValue", "displayName is required, at most 200 characters, without › / >");
    }

    // ---- shared

    private Organisation organisation(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new ScimException(401, null, "the token's organisation no longer exists");
        }
        return organisation;
    }

    private UserAccount member(Organisation organisation, String id) {
        long userId = parseId(id).orElseThrow(() -> ScimException.notFound("User " + id));
        try {
            return rules.memberOf(organisation, userId);
        } catch (IdentityValidationException e) {
            throw ScimException.notFound("User " + id);
        }
    }

    private OrganisationUnit unit(Organisation organisation, String id) {
        long unitId = parseId(id).orElseThrow(() -> ScimException.notFound("Group " + id));
        try {
            return rules.unitOf(organisation, unitId);
        } catch (IdentityValidationException e) {
            throw ScimException.notFound("Group " + id);
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            // a concurrent request took the same userName, externalId or unit name first
            throw new ScimException(409, "uniqueness", "the resource conflicts with one saved at the same time");
        }
    }

    private static Optional<Long> parseId(Object id) {
        if (id instanceof String s && s.matches("\\d{1,18}")) {
            return Optional.of(Long.parseLong(s));
        }
        return Optional.empty();
    }

    private static String string(ScimFilter.Comparison c) {
        if (c.value() instanceof String s) {
            return s;
        }
        throw ScimFilter.invalid(c.attribute() + " is compared with a quoted string");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, long organisationId, List<Object> values) {
        query.setParameter("org", organisationId);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter("p" + i, values.get(i));
        }
        return query;
    }

    private static UserView view(UserAccount u) {
        OrganisationUnit unit = u.getUnit();
        return new UserView(u.getId(), u.getEmail(), u.getDisplayName(), u.getExternalId(), u.isActive(), u.getCreatedAt(),
                unit == null ? null : unit.getId(), unit == null ? null : unit.getName());
    }

    private GroupView view(OrganisationUnit unit) {
        return new GroupView(unit.getId(), unit.getName(), unit.getCreatedAt(),
                membersOf(unit).stream().map(u -> new Member(u.getId(), u.getDisplayName())).toList());
    }
}
