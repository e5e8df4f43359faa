package no.laeringsarena.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import no.laeringsarena.platform.PlatformSettings;
import no.laeringsarena.platform.mail.MailOutbox;
import no.laeringsarena.platform.mail.OutgoingMail;
import no.laeringsarena.platform.web.Messages;

/**
 * Queues the mail about assignments: the notice that a course or learning path has been assigned (also to people who
 * join the unit or get the role later), and the deadline reminders ({@link DeadlineReminder}) for everyone who has not
 * completed it. Durable and sent once, because each mail's idempotency key names the assignment, the person and the
 * mail, and the mail outbox never queues a key twice. A reminder whose window was already open when the person was
 * told of the assignment is left out: the notice said it.
 */
@ApplicationScoped
public class AssignmentReminders {

    /** At most this many mails per kind and sweep; the next sweep goes on. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    MailOutbox mail;

    @Inject
    PlatformSettings settings;

    /**
     * One sweep for the given day; returns how many mails were newly queued. Notices go out for assignments made or
     * changed in the last two days on every sweep, and for all live ones — people who joined a unit or got a role
     * since — only when {@code everyAssignment}, as the scheduler asks every ten minutes: that sweep looks at every
     * person of every live assignment, too much to do every 30 seconds in a large organisation.
     */
    @Transactional
    public int queueDue(LocalDate today, boolean everyAssignment) {
        int queued = queueNotices(today, everyAssignment);
        for (DeadlineReminder reminder : DeadlineReminder.values()) {
            queued += queueReminders(today, reminder);
        }
        return queued;
    }

    /** The notice to everyone an assignment (deadline today or later) is for, who has not completed it nor been told. */
    private int queueNotices(LocalDate today, boolean everyAssignment) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(AssignmentAudience.UNITS_BELOW + """
                        SELECT a.id, p.id, p.email, p.display_name, p.preferred_locale, a.deadline, a.course_id
                          FROM course_assignment a
                        """ + AssignmentAudience.PEOPLE + """
                         WHERE a.deadline >= ?1 AND p.email NOT LIKE '%.invalid'
                           AND (CAST(?3 AS BOOLEAN) OR a.assigned_at > now() - interval '2 days') AND
                        """ + AssignmentAudience.IN_UNIT + " AND " + AssignmentAudience.NOT_COMPLETED + """
                           AND NOT EXISTS (SELECT 1 FROM mail_outbox m
                                            WHERE m.idempotency_key = 'assignment-notice:' || a.id || ':' || p.id)
                         ORDER BY a.id, p.id LIMIT ?2""")
                .setParameter(1, Date.valueOf(today)).setParameter(2, BATCH).setParameter(3, everyAssignment)
                .getResultList();
        int queued = 0;
        for (Object[] row : rows) {
            String key = "assignment-notice:" + number(row[0]) + ":" + number(row[1]);
            queued += send(key, row, "reporting.notice");
        }
        return queued;
    }

    private int queueReminders(LocalDate today, DeadlineReminder reminder) {
        LocalDate[] deadlines = reminder.deadlinesDueOn(today);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(AssignmentAudience.UNITS_BELOW + """
                        SELECT a.id, p.id, p.email, p.display_name, p.preferred_locale, a.deadline, a.course_id
                          FROM course_assignment a
                        """ + AssignmentAudience.PEOPLE + """
                         WHERE a.deadline BETWEEN ?1 AND ?2 AND p.email NOT LIKE '%.invalid' AND
                        """ + AssignmentAudience.IN_UNIT + " AND " + AssignmentAudience.NOT_COMPLETED + """
                           AND NOT EXISTS (SELECT 1 FROM mail_outbox m
                                            WHERE m.idempotency_key = 'assignment-reminder:' || a.id || ':' || p.id || ':' || ?3)
                           AND NOT EXISTS (SELECT 1 FROM mail_outbox n
                                            WHERE n.idempotency_key = 'assignment-notice:' || a.id || ':' || p.id
                                              AND n.created_at >= CAST(a.deadline - CAST(?4 AS INTEGER) AS timestamp)
                                                                  AT TIME ZONE 'Europe/Oslo')
                         ORDER BY a.id, p.id LIMIT ?5""")
                .setParameter(1, Date.valueOf(deadlines[0])).setParameter(2, Date.valueOf(deadlines[1]))
                .setParameter(3, reminder.name()).setParameter(4, reminder.opensDaysBefore()).setParameter(5, BATCH)
                .getResultList();
        int queued = 0;
        for (Object[] row : rows) {
            String key = "assignment-reminder:" + number(row[0]) + ":" + number(row[1]) + ":" + reminder.name();
            queued += send(key, row, reminder.messageKey());
        }
        return queued;
    }

    /** One mail; {@code row} is assignment id, person id, e-mail, name, locale, deadline, course id (null: a path). */
    private int send(String key, Object[] row, String messageKey) {
        CourseAssignment assignment = em.find(CourseAssignment.class, number(row[0]));
        Locale locale = Locale.forLanguageTag((String) row[4]);
        String title = assignment.subjectTitle();
        String deadline = assignment.getDeadline().format(DateTimeFormatter.ofPattern("d. MMMM yyyy", locale));
        String link = settings.baseUrl().replaceAll("/+$", "")
                + (assignment.isPath() ? "/kurs/laeringssti.xhtml?key=" : "/kurs/kurs.xhtml?key=") + assignment.subjectKey();
        String body = messageKey + (assignment.isPath() ? ".pathBody" : ".body");
        return mail.enqueue(OutgoingMail.text(key, (String) row[2], Messages.text(locale, messageKey + ".subject", title),
                Messages.text(locale, body, row[3], title, deadline, link))) ? 1 : 0;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
