package no.laeringsarena.privacy;

import java.util.List;

/**
 * One JSON file of the personal data export: a file name and the query whose rows (one JSON object each, column
 * names as keys) it holds. Every table that holds something about a person has its section here; deletion
 * ({@link AccountDeletion}) handles the same tables.
 */
public record ExportSection(String file, String sql) {

    /** Everything the platform holds about a person, by capability. No password hash, no secret token. */
    public static final List<ExportSection> ALL = List.of(
            // identity
            new ExportSection("profil.json", """
                    SELECT u.id, u.email, u.display_name, o.name AS organisation, o.organisasjonsnummer,
                           un.name AS unit, u.preferred_locale, u.created_at, u.last_login_at, u.deactivated_at,
                           (SELECT string_agg(r.role, ',' ORDER BY r.role) FROM user_role r WHERE r.user_id = u.id) AS roles
                    FROM user_account u LEFT JOIN organisation o ON o.id = u.organisation_id
                         LEFT JOIN organisation_unit un ON un.id = u.unit_id
                    WHERE u.id = :user"""),
            new ExportSection("invitasjoner.json", """
                    SELECT i.created_at, i.expires_at, i.used_at FROM user_invitation i WHERE i.user_id = :user
                    ORDER BY i.created_at"""),
            // catalog
            new ExportSection("kurs-pameldinger.json", """
                    SELECT c.course_key, c.title AS course_title, e.registration, e.started_at, e.completed_at,
                           e.last_lesson_key
                    FROM enrolment e JOIN course c ON c.id = e.course_id WHERE e.user_id = :user ORDER BY e.started_at"""),
            new ExportSection("leksjonsfremdrift.json", """
                    SELECT c.course_key, p.lesson_key, p.completed_at
                    FROM lesson_progress p JOIN enrolment e ON e.id = p.enrolment_id JOIN course c ON c.id = e.course_id
                    WHERE e.user_id = :user ORDER BY p.completed_at"""),
            new ExportSection("kursbevis.json", """
                    SELECT CASE WHEN c.event_id IS NULL THEN 'kurs' ELSE 'deltakelse' END AS kind, co.course_key,
                           ev.event_key, c.holder_name, c.course_title AS title, c.held_on, c.issued_at, c.hours,
                           c.verification_code, c.revoked_at
                    FROM certificate c LEFT JOIN course co ON co.id = c.course_id LEFT JOIN event ev ON ev.id = c.event_id
                    WHERE c.user_id = :user ORDER BY c.issued_at"""),
            // elearning: what the person reached in each cmi5 unit, waivers with their reason included
            new ExportSection("e-laering-cmi5.json", """
                    SELECT c.course_key, a.title AS unit_title, s.registration, s.completed_at, s.passed_at,
                           s.failed_at, s.satisfied_at, s.waived_at, s.waived_reason
                    FROM cmi5_au_state s JOIN cmi5_au a ON a.id = s.au_id JOIN elearning_package p ON p.id = a.package_id
                         JOIN course c ON c.id = p.course_id
                    WHERE s.user_id = :user ORDER BY s.id"""),
            new ExportSection("kursforfatter.json", """
                    SELECT c.course_key, c.title AS course_title, a.owner, a.added_at
                    FROM course_author a JOIN course c ON c.id = a.course_id WHERE a.user_id = :user ORDER BY a.added_at"""),
            // assessment
            new ExportSection("testforsok.json", """
                    SELECT a.id AS attempt_id, t.test_key, t.title AS test_title, a.attempt_number, a.registration,
                           a.started_at, a.deadline, a.submitted_at, a.auto_submitted, a.score, a.max_score, a.passed
                    FROM test_attempt a JOIN course_test t ON t.id = a.test_id WHERE a.user_id = :user
                    ORDER BY a.started_at"""),
            new ExportSection("testsvar.json", """
                    SELECT s.attempt_id, s.question_key, s.response, s.saved_at, s.fraction, s.status,
                           s.manual_points, s.trainer_feedback, s.graded_at
                    FROM attempt_answer s JOIN test_attempt a ON a.id = s.attempt_id WHERE a.user_id = :user
                    ORDER BY s.attempt_id, s.saved_at"""),
            // forum
            new ExportSection("forum-trader.json", """
                    SELECT t.id, t.title, t.body_md, t.author_name, t.organisation_label, t.created_at, t.edited_at,
                           t.hidden, t.system_name, t.idea_status
                    FROM forum_thread t WHERE t.author_id = :user ORDER BY t.created_at"""),
            new ExportSection("forum-svar.json", """
                    SELECT r.id, r.thread_id, t.title AS thread_title, r.body_md, r.author_name, r.organisation_label,
                           r.created_at, r.edited_at, r.hidden, r.deleted_at
                    FROM forum_reply r JOIN forum_thread t ON t.id = r.thread_id WHERE r.author_id = :user
                    ORDER BY r.created_at"""),
            new ExportSection("forum-redigeringer.json", """
                    SELECT e.thread_id, e.reply_id, e.previous_body, e.edited_at FROM forum_post_edit e
                    WHERE e.editor_id = :user ORDER BY e.edited_at"""),
            new ExportSection("forum-liker.json", """
                    SELECT l.thread_id, l.reply_id, l.created_at FROM forum_like l WHERE l.user_id = :user
                    ORDER BY l.created_at"""),
            new ExportSection("forum-stemmer.json", """
                    SELECT v.thread_id, t.title AS thread_title, v.created_at
                    FROM forum_idea_vote v JOIN forum_thread t ON t.id = v.thread_id WHERE v.user_id = :user"""),
            new ExportSection("forum-folger.json", """
                    SELECT s.thread_id, t.title AS thread_title, c.category_key, s.created_at
                    FROM forum_subscription s LEFT JOIN forum_thread t ON t.id = s.thread_id
                         LEFT JOIN forum_category c ON c.id = s.category_id
                    WHERE s.user_id = :user ORDER BY s.created_at"""),
            new ExportSection("forum-rapporter.json", """
                    SELECT p.thread_id, p.reply_id, p.reason, p.status, p.created_at FROM forum_report p
                    WHERE p.reporter_id = :user ORDER BY p.created_at"""),
            new ExportSection("forum-medlemskap.json", """
                    SELECT c.category_key, m.status, m.requested_at
                    FROM forum_membership m JOIN forum_category c ON c.id = m.category_id WHERE m.user_id = :user"""),
            new ExportSection("forum-suspensjoner.json", """
                    SELECT s.reason, s.created_at, s.suspended_until, s.lifted_at FROM forum_suspension s
                    WHERE s.user_id = :user ORDER BY s.created_at"""),
            // webinar
            new ExportSection("arrangementer.json", """
                    SELECT ev.event_key, ev.title AS event_title, ev.starts_at, r.status, r.position, r.created_at,
                           r.updated_at, a.marked_at AS attended_marked_at
                    FROM event_registration r JOIN event ev ON ev.id = r.event_id
                         LEFT JOIN event_attendance a ON a.registration_id = r.id
                    WHERE r.user_id = :user ORDER BY ev.starts_at"""),
            new ExportSection("arrangement-opptak.json", """
                    SELECT ev.event_key, ev.title AS event_title, r.file_name, r.size_bytes, r.uploaded_at
                    FROM event_recording r JOIN event ev ON ev.id = r.event_id WHERE r.uploaded_by = :user
                    ORDER BY r.uploaded_at"""),
            new ExportSection("kalenderabonnement.json", """
                    SELECT f.created_at FROM calendar_feed_token f WHERE f.user_id = :user"""),
            // toolbox
            new ExportSection("sjekklister.json", """
                    SELECT i.item_key, i.name_nb AS item_title, p.note, p.completed_at, p.updated_at,
                           (SELECT string_agg(k.item_ref || COALESCE(' (' || (k.ticked_at AT TIME ZONE 'UTC')::text
                                        || ' UTC)', ''), ',' ORDER BY k.item_ref)
                            FROM checklist_progress_tick k WHERE k.progress_id = p.id) AS ticked
                    FROM checklist_progress p JOIN toolbox_item i ON i.id = p.toolbox_item_id WHERE p.user_id = :user"""),
            // notification
            new ExportSection("varsler.json", """
                    SELECT n.kind, n.actor_name, n.subject, n.link, n.created_at, n.read_at, n.emailed_at
                    FROM notification n WHERE n.recipient_id = :user ORDER BY n.created_at"""),
            new ExportSection("varslingsinnstillinger.json", """
                    SELECT p.email_frequency FROM notification_preference p WHERE p.user_id = :user"""),
            new ExportSection("e-post.json", """
                    SELECT m.subject, m.created_at, m.sent_at FROM mail_outbox m WHERE lower(m.recipient) = :email
                    ORDER BY m.created_at"""),
            // reporting: the courses and learning paths the person's organisation assigned to them (the whole
            // organisation, their unit or a unit above it, a role they have, or them by name)
            new ExportSection("kurstildelinger.json", """
                    WITH RECURSIVE up AS (
                        SELECT un.id, un.parent_id FROM organisation_unit un
                        WHERE un.id = (SELECT unit_id FROM user_account WHERE id = :user)
                        UNION SELECT p.id, p.parent_id FROM organisation_unit p JOIN up ON p.id = up.parent_id)
                    SELECT c.course_key, c.title AS course_title, lp.path_key, lp.title AS path_title, a.deadline,
                           a.assigned_at, CASE WHEN a.user_id IS NOT NULL THEN 'person' WHEN a.role IS NOT NULL THEN a.role
                                               WHEN a.unit_id IS NOT NULL THEN 'unit' ELSE 'organisation' END AS assigned_to
                    FROM course_assignment a LEFT JOIN course c ON c.id = a.course_id
                    LEFT JOIN learning_path lp ON lp.id = a.learning_path_id
                    WHERE a.organisation_id = (SELECT organisation_id FROM user_account WHERE id = :user)
                      AND (a.unit_id IS NULL OR a.unit_id IN (SELECT id FROM up))
                      AND (a.user_id IS NULL OR a.user_id = :user)
                      AND (a.role IS NULL OR a.role IN (SELECT r.role FROM user_role r WHERE r.user_id = :user))
                    ORDER BY a.deadline"""),
            // learningrecord: statements where the person's pseudonym is the actor, the object or a group member
            new ExportSection("xapi-utsagn.json", """
                    SELECT s.statement, s.stored, s.voided FROM xapi_statement s
                    WHERE s.agent_keys @> jsonb_build_array(CAST(:agent AS text)) ORDER BY s.seq"""),
            new ExportSection("xapi-dokumenter.json", """
                    SELECT d.kind, d.activity_id, d.document_id, d.content_type, d.updated,
                           encode(d.content, 'base64') AS content_base64
                    FROM xapi_document d WHERE d.agent_key = :agent AND d.agent_key <> ''"""),
            // audit: what the person did, and what was done to their account
            new ExportSection("revisjonslogg.json", """
                    SELECT e.occurred_at, e.event_type, e.target, e.details, e.remote_address FROM audit_event e
                    WHERE e.actor_id = :user OR e.target = :auditTarget ORDER BY e.occurred_at"""));
}
