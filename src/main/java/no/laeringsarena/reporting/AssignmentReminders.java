package no.laeringsarena.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.UnitTree;
import no.laeringsarena.platform.PlatformSettings;
import no.laeringsarena.platform.mail.MailOutbox;
import no.laeringsarena.platform.mail.OutgoingMail;
import no.laeringsarena.platform.web.Messages;

/**
 * Queues the deadline reminders ({@link DeadlineReminder}) for everyone who has an assigned course they have not
 * completed: durable and sent once, because each mail's idempotency key names the assignment, the person and the
 * reminder, and the mail outbox never queues a key twice.
 */
@ApplicationScoped
public class AssignmentReminders {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    MailOutbox mail;

    @Inject
    PlatformSettings settings;

    /** One sweep for the given day; returns how many reminders were newly queued. */
    @Transactional
    public int queueDue(LocalDate today) {
        List<CourseAssignment> assignments = em.createQuery("SELECT a FROM CourseAssignment a WHERE a.deadline "
                        + "BETWEEN :earliest AND :latest", CourseAssignment.class)
                .setParameter("earliest", DeadlineReminder.earliestDeadline(today))
                .setParameter("latest", DeadlineReminder.latestDeadline(today)).getResultList();
        int queued = 0;
        for (CourseAssignment assignment : assignments) {
            Optional<DeadlineReminder> due = DeadlineReminder.dueOn(today, assignment.getDeadline());
            if (due.isPresent()) {
                queued += remind(assignment, due.get());
            }
        }
        return queued;
    }

    private int remind(CourseAssignment assignment, DeadlineReminder reminder) {
        Set<Long> units = assignment.getUnit() == null ? null
                : identity.unitTree(assignment.getUnit().getOrganisation()).subtree(assignment.getUnit().getId());
        // people already reminded are left out here, so a sweep every 30 s does no work for them
        @SuppressWarnings("unchecked")
        List<Object[]> people = em.createNativeQuery("""
                        SELECT p.id, p.email, p.display_name, p.preferred_locale, p.unit_id
                          FROM user_account p
                          LEFT JOIN enrolment e ON e.user_id = p.id AND e.course_id = ?2
                         WHERE p.organisation_id = ?1 AND p.deactivated_at IS NULL AND e.completed_at IS NULL
                           AND NOT EXISTS (SELECT 1 FROM mail_outbox m
                                            WHERE m.idempotency_key = ?3 || p.id || ':' || ?4)""")
                .setParameter(1, assignment.getOrganisationId()).setParameter(2, assignment.getCourse().getId())
                .setParameter(3, "assignment-reminder:" + assignment.getId() + ":").setParameter(4, reminder.name())
                .getResultList();
        int queued = 0;
        for (Object[] person : people) {
            Long unitId = person[4] == null ? null : ((Number) person[4]).longValue();
            if (units != null && (unitId == null || !units.contains(unitId))) {
                continue;
            }
            Locale locale = Locale.forLanguageTag((String) person[3]);
            String title = assignment.getCourse().getTitle();
            String deadline = assignment.getDeadline().format(DateTimeFormatter.ofPattern("d. MMMM yyyy", locale));
            String link = settings.baseUrl().replaceAll("/+$", "") + "/kurs/kurs.xhtml?key="
                    + assignment.getCourse().getCourseKey();
            String key = "assignment-reminder:" + assignment.getId() + ":" + ((Number) person[0]).longValue() + ":"
                    + reminder.name();
            if (mail.enqueue(OutgoingMail.text(key, (String) person[1],
                    Messages.text(locale, reminder.messageKey() + ".subject", title),
                    Messages.text(locale, reminder.messageKey() + ".body", person[2], title, deadline, link)))) {
                queued++;
            }
        }
        return queued;
    }
}
