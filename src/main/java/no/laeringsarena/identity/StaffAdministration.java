package no.laeringsarena.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.laeringsarena.audit.AuditEvent;
import no.laeringsarena.audit.AuditEventType;
import no.laeringsarena.audit.AuditLog;
import no.laeringsarena.platform.PlatformSettings;
import no.laeringsarena.platform.mail.MailOutbox;
import no.laeringsarena.platform.mail.OutgoingMail;
import no.laeringsarena.platform.web.Messages;

/**
 * What an organisation administrator does with the people and units of their own organisation — never another one,
 * whatever ids a request carries: build the unit tree, import staff from a spreadsheet, place people in units,
 * deactivate and reactivate accounts. Each change is written to the audit log.
 */
@ApplicationScoped
@RequiresRole(Role.VIRKSOMHETSADMINISTRATOR)
public class StaffAdministration {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    IdentityService identity;

    @Inject
    PlatformSettings settings;

    @Inject
    MailOutbox mail;

    @Inject
    AuditLog audit;

    @Inject
    OrganisationStaff rules;

    public String organisationName() {
        return caller().getOrganisation().getName();
    }

    public UnitTree units() {
        return identity.unitTree(caller().getOrganisation());
    }

    /** Adds a unit at the top of the organisation or below one of its units; siblings never share a name. */
    @Transactional
    public OrganisationUnit addUnit(Long parentId, String name) {
        OrganisationUnit unit = rules.addUnit(caller().getOrganisation(), parentId, name);
        record(AuditEventType.UNIT_ADDED, "enhet " + unit.getId(), unit.getOrganisation().getName() + ": " + unit.getName());
        return unit;
    }

    /** The organisation's people, active first, then by name. */
    public List<StaffMember> staff() {
        Organisation organisation = caller().getOrganisation();
        UnitTree tree = identity.unitTree(organisation);
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.organisation.id = :org", UserAccount.class)
                .setParameter("org", organisation.getId()).getResultStream()
                .map(u -> {
                    Long unitId = u.getUnit() == null ? null : u.getUnit().getId();
                    String path = unitId == null ? "" : tree.node(unitId).map(UnitTree.Node::path).orElse("");
                    return new StaffMember(u.getId(), u.getDisplayName(), u.getEmail(), unitId, path,
                            u.getRoles(), u.isActive(), u.getLastLoginAt(),
                            PasswordHasher.NO_PASSWORD.equals(u.getPasswordHash()));
                })
                .sorted(Comparator.comparing(StaffMember::active).reversed()
                        .thenComparing(m -> m.name().toLowerCase(Locale.forLanguageTag("nb"))))
                .toList();
    }

    @Transactional
    public void placeInUnit(long userId, Long unitId) {
        rules.placeInUnit(caller().getOrganisation(), userId, unitId);
        record(AuditEventType.PLACED_IN_UNIT, AuditEvent.account(userId), unitId == null ? "ingen enhet" : "enhet " + unitId);
    }

    /** Deactivates a person's account: no more logins, out of the reports; an administrator never locks out themselves. */
    @Transactional
    public void deactivate(long userId) {
        UserAccount admin = caller();
        if (admin.getId() == userId) {
            throw new IdentityValidationException(List.of("staff.deactivate.self"));
        }
        rules.deactivate(admin.getOrganisation(), userId);
        record(AuditEventType.ACCOUNT_DEACTIVATED, AuditEvent.account(userId), "");
    }

    @Transactional
    public void reactivate(long userId) {
        rules.reactivate(caller().getOrganisation(), userId);
        record(AuditEventType.ACCOUNT_REACTIVATED, AuditEvent.account(userId), "");
    }

    /**
     * Makes an invitation link through which a person of the organisation sets their password, and sends it to them
     * by e-mail through the mail outbox (nothing is lost while the mail server is down). The link is returned to be
     * shown once to the administrator as well; an earlier link of the person's still works until it expires or is used.
     */
    @Transactional
    public String invite(long userId) {
        UserAccount admin = caller();
        UserAccount person = memberOf(admin.getOrganisation(), userId);
        if (!person.isActive()) {
            throw new IdentityValidationException(List.of("staff.invite.inactive"));
        }
        Invitation.Issued issued = Invitation.issue(person, admin, OffsetDateTime.now());
        em.persist(issued.invitation());
        em.flush();
        String link = settings.baseUrl().replaceAll("/+$", "") + "/invitasjon.xhtml?token=" + issued.token();
        Locale locale = Locale.forLanguageTag(person.getPreferredLocale());
        mail.enqueue(OutgoingMail.text("invitation:" + issued.invitation().getId(), person.getEmail(),
                Messages.text(locale, "invitation.mail.subject", admin.getOrganisation().getName()),
                Messages.text(locale, "invitation.mail.body", person.getDisplayName(), admin.getOrganisation().getName(),
                        link, Invitation.VALID_FOR.toDays())));
        record(AuditEventType.INVITATION_SENT, AuditEvent.account(userId), "invitasjon " + issued.invitation().getId());
        return link;
    }

    /**
     * Imports a staff list (see {@link StaffCsv}). Bad rows are reported and left out; the good ones are written in
     * one transaction: new people get an account without a password (they set one through an invitation), people already in the
     * organisation get the new name, unit and any added roles, and units named in the file are created as needed.
     * A person who belongs to another organisation is never moved by an import.
     */
    @Transactional
    public StaffImportReport importStaff(String csv) {
        Organisation organisation = caller().getOrganisation();
        StaffCsv.Parsed parsed = StaffCsv.parse(csv);
        List<StaffCsv.RowProblem> problems = new ArrayList<>(parsed.problems());
        Map<String, OrganisationUnit> unitsByPath = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unitsBefore = identity.unitTree(organisation).nodes().size();
        for (StaffCsv.StaffRow row : parsed.rows()) {
            Optional<UserAccount> existing = identity.findByEmail(row.email());
            if (existing.isPresent() && !OrganisationStaff.belongsTo(existing.get(), organisation)) {
                problems.add(new StaffCsv.RowProblem(row.line(), "staff.import.otherOrganisation", row.email()));
                continue;
            }
            OrganisationUnit unit = row.unitPath().isEmpty() ? null : unitAt(organisation, row.unitPath(), unitsByPath);
            if (existing.isPresent()) {
                UserAccount person = existing.get();
                person.rename(row.name());
                person.placeIn(unit);
                EnumSet<Role> added = EnumSet.noneOf(Role.class);
                row.roles().stream().filter(r -> !person.getRoles().contains(r)).forEach(added::add);
                added.forEach(person::grant);
                if (!added.isEmpty()) {
                    record(AuditEventType.ROLES_GRANTED, AuditEvent.account(person.getId()), "import: " + added);
                }
                updated++;
            } else {
                UserAccount person = new UserAccount(row.email(), row.name(), PasswordHasher.NO_PASSWORD, organisation,
                        EnumSet.copyOf(row.roles()));
                person.placeIn(unit);
                em.persist(person);
                created++;
            }
        }
        em.flush();
        int unitsCreated = identity.unitTree(organisation).nodes().size() - unitsBefore;
        problems.sort(Comparator.comparingLong(StaffCsv.RowProblem::line));
        record(AuditEventType.STAFF_IMPORTED, "organisasjon " + organisation.getId(), "nye " + created + ", endret "
                + updated + ", nye enheter " + unitsCreated + ", avviste linjer " + problems.size());
        return new StaffImportReport(created, updated, unitsCreated, problems);
    }

    private OrganisationUnit unitAt(Organisation organisation, List<String> path, Map<String, OrganisationUnit> cache) {
        OrganisationUnit parent = null;
        StringBuilder key = new StringBuilder();
        for (String segment : path) {
            key.append('/').append(segment.toLowerCase(Locale.ROOT));
            OrganisationUnit known = cache.get(key.toString());
            if (known == null) {
                known = child(organisation, parent, segment).orElse(null);
                if (known == null) {
                    known = new OrganisationUnit(organisation, parent, segment);
                    em.persist(known);
                    em.flush();
                }
                cache.put(key.toString(), known);
            }
            parent = known;
        }
        return parent;
    }

    private Optional<OrganisationUnit> child(Organisation organisation, OrganisationUnit parent, String name) {
        String where = parent == null ? "u.parent IS NULL" : "u.parent = :parent";
        var query = em.createQuery("SELECT u FROM OrganisationUnit u WHERE u.organisation.id = :org AND " + where
                        + " AND LOWER(u.name) = :name", OrganisationUnit.class)
                .setParameter("org", organisation.getId()).setParameter("name", name.toLowerCase(Locale.ROOT));
        if (parent != null) {
            query.setParameter("parent", parent);
        }
        return query.getResultStream().findFirst();
    }

    private UserAccount memberOf(Organisation organisation, long userId) {
        return rules.memberOf(organisation, userId);
    }

    private void record(AuditEventType type, String target, String details) {
        UserAccount admin = caller();
        audit.record(AuditEvent.by(admin.getId(), admin.getEmail(), type, target, details));
    }

    private UserAccount caller() {
        return identity.callerWithOrganisation(security.getCallerPrincipal());
    }
}
