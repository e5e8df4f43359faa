package no.laeringsarena.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.util.List;
import no.laeringsarena.audit.AuditEvent;
import no.laeringsarena.audit.AuditEventType;
import no.laeringsarena.audit.AuditLog;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.webinar.RegistrationService;

/**
 * Deletes an account in one transaction, by its owner or by a system administrator:
 * <ul>
 * <li>deleted: the profile and roles, enrolments and lesson progress, test attempts and answers, webinar
 * registrations (a freed seat goes to the first on the waiting list), notifications and their settings, forum likes,
 * votes, follows, memberships and reports, checklist progress, invitations, the calendar feed, mail to the address,
 * and the link from the person's xAPI pseudonym to the account;</li>
 * <li>kept without the person: forum threads and replies (shown as "Tidligere bruker"), and lines about work the
 * person did for others (moderation log, course assignments, uploaded course files);</li>
 * <li>certificates and xAPI statements: per {@link PrivacySettings}.</li>
 * </ul>
 * The audit log keeps the deletion, with the account id and nothing else about the person.
 */
@ApplicationScoped
public class AccountDeletion {

    /** How the author of a kept forum post is shown once their account is gone. */
    public static final String FORMER_USER = "Tidligere bruker";

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    IdentityService identity;

    @Inject
    PrivacySettings settings;

    @Inject
    PersonalDataExport export;

    @Inject
    RegistrationService registrations;

    @Inject
    AuditLog audit;

    /** The caller deletes their own account, confirming with their e-mail address. */
    @Transactional
    public void deleteOwnAccount(String typedEmail) {
        UserAccount caller = caller();
        if (!DeletionConfirmation.confirms(typedEmail, caller.getEmail())) {
            throw new PrivacyException("privacy.delete.confirmMismatch");
        }
        refuseLastAdministrator(caller);
        String actor = AuditEvent.account(caller.getId());
        erase(caller);
        audit.record(AuditEvent.by(caller.getId(), actor, AuditEventType.ACCOUNT_DELETED, actor, details("av brukeren selv")));
    }

    /** A system administrator deletes someone else's account, named by e-mail address and typed twice. */
    @Transactional
    @RequiresRole(Role.SYSTEMADMINISTRATOR)
    public long deleteByAdministrator(String email, String emailRepeated) {
        UserAccount admin = caller();
        UserAccount person = (email == null || email.isBlank() ? null : identity.findByEmail(email).orElse(null));
        if (person == null) {
            throw new PrivacyException("privacy.admin.unknownUser");
        }
        if (!DeletionConfirmation.confirms(emailRepeated, person.getEmail())) {
            throw new PrivacyException("privacy.delete.confirmMismatch");
        }
        if (person.getId().equals(admin.getId())) {
            throw new PrivacyException("privacy.admin.notSelf");
        }
        refuseLastAdministrator(person);
        long id = person.getId();
        erase(person);
        audit.record(AuditEvent.by(admin.getId(), admin.getEmail(), AuditEventType.ACCOUNT_DELETED,
                AuditEvent.account(id), details("av systemadministrator")));
        return id;
    }

    private String details(String by) {
        return by + "; kursbevis: " + settings.certificatesOnDelete().name() + "; xAPI-utsagn: "
                + settings.statementsOnDelete().name();
    }

    private void refuseLastAdministrator(UserAccount person) {
        if (person.getRoles().contains(Role.SYSTEMADMINISTRATOR)) {
            Number others = (Number) em.createNativeQuery("SELECT count(*) FROM user_role r JOIN user_account u ON u.id = r.user_id "
                    + "WHERE r.role = 'SYSTEMADMINISTRATOR' AND u.deactivated_at IS NULL AND u.id <> ?1")
                    .setParameter(1, person.getId()).getSingleResult();
            if (others.longValue() == 0) {
                throw new PrivacyException("privacy.delete.lastAdministrator");
            }
        }
    }

    private void erase(UserAccount person) {
        long id = person.getId();
        ExportSubject subject = export.subjectOf(person);
        // webinar: give up seats and waiting places in events still to come, so the waiting list moves on
        @SuppressWarnings("unchecked")
        List<String> upcoming = em.createNativeQuery("SELECT ev.event_key FROM event_registration r JOIN event ev ON ev.id = r.event_id "
                + "WHERE r.user_id = ?1 AND r.status IN ('REGISTERED', 'WAITING') AND ev.starts_at > now()")
                .setParameter(1, id).getResultList();
        upcoming.forEach(key -> registrations.cancel(id, key, person.getPreferredLocale()));
        em.flush();

        // forum: posts stay, without the person
        update("UPDATE forum_thread SET author_id = NULL, author_name = ?2 WHERE author_id = ?1", id, FORMER_USER);
        update("UPDATE forum_reply SET author_id = NULL, author_name = ?2 WHERE author_id = ?1", id, FORMER_USER);
        update("UPDATE forum_post_edit SET editor_id = NULL, editor_name = ?2 WHERE editor_id = ?1", id, FORMER_USER);
        update("UPDATE forum_reply SET deleted_by = NULL WHERE deleted_by = ?1", id);
        update("UPDATE forum_moderation_log SET moderator_id = NULL WHERE moderator_id = ?1", id);
        update("UPDATE forum_suspension SET moderator_id = NULL WHERE moderator_id = ?1", id);
        update("UPDATE forum_membership SET approved_by = NULL WHERE approved_by = ?1", id);
        update("DELETE FROM forum_report WHERE reporter_id = ?1", id);
        // identity, catalog, reporting: work done for others stays, without the person
        update("UPDATE user_invitation SET created_by = NULL WHERE created_by = ?1", id);
        update("UPDATE course_assignment SET assigned_by = NULL WHERE assigned_by = ?1", id);
        // reporting: courses assigned to the person by name go with them
        update("DELETE FROM course_assignment WHERE user_id = ?1", id);
        update("UPDATE course_media SET uploaded_by = NULL WHERE uploaded_by = ?1", id);
        update("UPDATE event_recording SET uploaded_by = NULL WHERE uploaded_by = ?1", id);
        update("DELETE FROM course_author WHERE user_id = ?1", id);
        // certificates (for courses completed and events attended), per policy
        if (settings.certificatesOnDelete() == CertificatePolicy.REVOKE) {
            update("UPDATE certificate SET user_id = NULL, holder_name = '', revoked_at = now() WHERE user_id = ?1", id);
        } else {
            update("UPDATE certificate SET user_id = NULL WHERE user_id = ?1", id);
        }
        // learning: enrolments and their progress (attempts go with the account)
        update("DELETE FROM enrolment WHERE user_id = ?1", id);
        // mail to the address, sent or waiting
        update("DELETE FROM mail_outbox WHERE lower(recipient) = ?1", subject.email());
        // xAPI: documents about the person always; statements per policy (the pseudonym link goes with the account)
        if (subject.agentKey() != null) {
            update("DELETE FROM xapi_document WHERE agent_key = ?1", subject.agentKey());
            if (settings.statementsOnDelete() == StatementPolicy.DELETE) {
                String about = "SELECT id FROM xapi_statement WHERE agent_keys @> jsonb_build_array(CAST(?1 AS text))";
                update("DELETE FROM xapi_outbox WHERE statement_id IN (" + about + ")", subject.agentKey());
                update("DELETE FROM xapi_statement WHERE id IN (" + about + ")", subject.agentKey());
            }
        }
        // the account; roles, pseudonym, attempts, registrations, notifications, follows, likes, votes, memberships,
        // suspensions, checklist progress, invitations and the calendar feed go with it (ON DELETE CASCADE)
        update("DELETE FROM user_account WHERE id = ?1", id);
        em.clear();
    }

    private void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    private UserAccount caller() {
        Principal principal = security.getCallerPrincipal();
        UserAccount account = principal == null ? null : identity.findByEmail(principal.getName()).orElse(null);
        if (account == null) {
            throw new no.laeringsarena.identity.AccessDeniedException("not logged in");
        }
        return account;
    }
}
