package no.laeringsarena.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.laeringsarena.audit.AuditEvent;
import no.laeringsarena.audit.AuditEventType;
import no.laeringsarena.audit.AuditLog;

/**
 * Municipal mergers (kommunesammenslåing): a system administrator merges one organisation into another, in one
 * transaction, after a preview of what will move. The merged organisation is kept, pointing to where it went: its
 * organisasjonsnummer still finds the new organisation and is never reused. Its people (with their learning history,
 * which is theirs), units, assignments and systems move under a new top unit named after it — which from then on is
 * the merged organisation's report. Its administrators lose the administrator role (they would otherwise administer
 * the whole new organisation), its SCIM tokens are revoked, and external ids that clash with the new organisation's
 * are cleared for the new organisation's own provisioning to set. Logged in the audit log.
 */
@ApplicationScoped
@RequiresRole(Role.SYSTEMADMINISTRATOR)
public class OrganisationMerger {

    /** What a merger moves and changes; the preview shows it before the administrator confirms. */
    public record Preview(long fromId, String fromName, long intoId, String intoName, String unitName, long people,
                          long units, long assignments, long systems, long duplicateSystems, long administrators,
                          long scimTokens, long externalIdClashes) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** What merging {@code fromId} into {@code intoId} would do, changing nothing. */
    public Preview preview(Long fromId, Long intoId) {
        Organisation from = fromId == null ? null : em.find(Organisation.class, fromId);
        Organisation into = intoId == null ? null : em.find(Organisation.class, intoId);
        List<String> problems = OrganisationMerge.problems(from, into);
        if (!problems.isEmpty()) {
            throw new IdentityValidationException(problems);
        }
        long a = from.getId();
        long b = into.getId();
        return new Preview(a, from.getName(), b, into.getName(), OrganisationMerge.unitName(from, topUnitNames(b)),
                count("SELECT count(*) FROM user_account WHERE organisation_id = ?1", a),
                count("SELECT count(*) FROM organisation_unit WHERE organisation_id = ?1", a),
                count("SELECT count(*) FROM course_assignment WHERE organisation_id = ?1", a),
                count("SELECT count(*) FROM organisation_system WHERE organisation_id = ?1", a),
                count("SELECT count(*) FROM organisation_system s WHERE s.organisation_id = ?1 AND lower(s.name) IN "
                        + "(SELECT lower(t.name) FROM organisation_system t WHERE t.organisation_id = ?2)", a, b),
                count("SELECT count(*) FROM user_role r JOIN user_account u ON u.id = r.user_id WHERE u.organisation_id = ?1 "
                        + "AND r.role = 'VIRKSOMHETSADMINISTRATOR'", a),
                count("SELECT count(*) FROM scim_token WHERE organisation_id = ?1 AND revoked_at IS NULL", a),
                count("SELECT count(*) FROM user_account u WHERE u.organisation_id = ?1 AND u.external_id IN "
                        + "(SELECT v.external_id FROM user_account v WHERE v.organisation_id = ?2 AND v.external_id IS NOT NULL)",
                        a, b));
    }

    /** Merges {@code fromId} into {@code intoId}, all or nothing; returns what was done (the preview's figures). */
    @Transactional
    public Preview merge(Long fromId, Long intoId) {
        Organisation from = fromId == null ? null : em.find(Organisation.class, fromId);
        Organisation into = intoId == null ? null : em.find(Organisation.class, intoId);
        if (from != null) {
            // two administrators merging at once: the second waits here and then sees the first's result
            em.lock(from, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            em.refresh(from);
        }
        Preview done = preview(fromId, intoId);
        long a = from.getId();
        long b = into.getId();
        OrganisationUnit top = new OrganisationUnit(into, null, done.unitName());
        em.persist(top);
        em.flush();
        long unit = top.getId();
        update("UPDATE organisation_unit SET merged_from_id = ?1 WHERE id = ?2", a, unit);
        // units: the merged organisation's top units go under the new one, the rest keep their parents
        update("UPDATE organisation_unit SET organisation_id = ?2, parent_id = coalesce(parent_id, ?3) "
                + "WHERE organisation_id = ?1", a, b, unit);
        // people: external ids that clash are cleared; administrators of the old organisation are not the new one's
        update("UPDATE user_account u SET external_id = NULL WHERE u.organisation_id = ?1 AND u.external_id IN "
                + "(SELECT v.external_id FROM user_account v WHERE v.organisation_id = ?2 AND v.external_id IS NOT NULL)", a, b);
        update("DELETE FROM user_role r USING user_account u WHERE u.id = r.user_id AND u.organisation_id = ?1 "
                + "AND r.role = 'VIRKSOMHETSADMINISTRATOR'", a);
        update("UPDATE user_account SET organisation_id = ?2, unit_id = coalesce(unit_id, ?3) WHERE organisation_id = ?1",
                a, b, unit);
        // assignments stay with the people they were for: the whole old organisation is now its unit
        update("UPDATE course_assignment SET organisation_id = ?2, unit_id = ?3 WHERE organisation_id = ?1 "
                + "AND unit_id IS NULL AND user_id IS NULL", a, b, unit);
        update("UPDATE course_assignment SET organisation_id = ?2 WHERE organisation_id = ?1", a, b);
        // systems: one of a name per organisation
        update("DELETE FROM organisation_system s WHERE s.organisation_id = ?1 AND lower(s.name) IN "
                + "(SELECT lower(t.name) FROM organisation_system t WHERE t.organisation_id = ?2)", a, b);
        update("UPDATE organisation_system SET organisation_id = ?2 WHERE organisation_id = ?1", a, b);
        update("UPDATE scim_token SET revoked_at = now() WHERE organisation_id = ?1 AND revoked_at IS NULL", a);
        from.mergeInto(into, OffsetDateTime.now());
        audit.record(AuditEvent.byCaller(AuditEventType.ORGANISATION_MERGED, "organisasjon " + a,
                from.getName() + " (" + from.getOrganisasjonsnummer() + ") inn i " + into.getName() + " ("
                        + into.getOrganisasjonsnummer() + "): " + done.people() + " personer, " + done.units() + " enheter, "
                        + done.assignments() + " tildelinger, " + done.systems() + " systemer, " + done.administrators()
                        + " administratorroller fjernet, " + done.scimTokens() + " SCIM-nøkler trukket tilbake"));
        em.flush();
        em.clear();
        return done;
    }

    private Set<String> topUnitNames(long organisationId) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT name FROM organisation_unit WHERE organisation_id = ?1 "
                + "AND parent_id IS NULL").setParameter(1, organisationId).getResultList();
        return new HashSet<>(names);
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
