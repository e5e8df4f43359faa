package no.laeringsarena.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;

/**
 * Writes lines to the audit log and reads them back for system administrators. A line is written in the
 * transaction of what it records, so an action that is rolled back leaves no line claiming it happened; outside a
 * transaction (a refused login) it is written on its own.
 */
@ApplicationScoped
public class AuditLog {

    public static final int PAGE_SIZE = 50;

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    HttpServletRequest request;

    @Transactional
    public void record(AuditEvent event) {
        Long actorId = event.actorId();
        String actorLabel = event.actorLabel();
        if (!event.hasActor()) {
            Principal caller = callerPrincipal();
            if (caller == null) {
                actorLabel = AuditEvent.ANONYMOUS;
            } else {
                actorLabel = caller.getName();
                actorId = accountId(caller.getName());
            }
        }
        em.persist(new AuditEntry(event.type(), actorId, actorLabel, event.target(), event.details(), remoteAddress(),
                OffsetDateTime.now()));
    }

    /** Lines that match the filter, newest first; pages count from 1. */
    @RequiresRole(Role.SYSTEMADMINISTRATOR)
    public AuditPage search(AuditFilter filter, int page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pageCount);
        TypedQuery<AuditEntry> lines = em.createQuery("SELECT e FROM AuditEntry e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class);
        parameters.forEach(lines::setParameter);
        List<AuditEntry> entries = lines.setFirstResult((current - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        return new AuditPage(entries, total, current, PAGE_SIZE);
    }

    private static String where(AuditFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.type() != null) {
            conditions.add("e.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.person() != null) {
            Long id = filter.personAsId();
            String like = "(LOWER(e.actorLabel) LIKE :person ESCAPE '\\' OR LOWER(e.target) LIKE :person ESCAPE '\\')";
            conditions.add(id == null ? like : "(e.actorId = :personId OR " + like + ")");
            parameters.put("person", filter.personPattern());
            if (id != null) {
                parameters.put("personId", id);
            }
        }
        if (filter.fromInstant() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", filter.fromInstant());
        }
        if (filter.toExclusive() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", filter.toExclusive());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private Principal callerPrincipal() {
        try {
            return request.getUserPrincipal();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }

    private String remoteAddress() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }

    private Long accountId(String email) {
        List<?> ids = em.createNativeQuery("SELECT id FROM user_account WHERE lower(email) = ?1")
                .setParameter(1, email.strip().toLowerCase(Locale.ROOT)).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }
}
