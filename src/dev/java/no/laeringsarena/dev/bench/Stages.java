package no.laeringsarena.dev.bench;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningObjectKind;
import no.laeringsarena.learningrecord.LearningResult;
import no.laeringsarena.learningrecord.LearningStatements;
import no.laeringsarena.learningrecord.LearningVerb;
import no.laeringsarena.learningrecord.xapi.StatementCompletion;
import no.laeringsarena.learningrecord.xapi.StatementIndex;

/** The generator's stages in dependency order; each writes rows [from, to) of its kind with COPY. */
final class Stages {

    interface Stage {
        String name();

        long total();

        int chunk();

        void write(Connection connection, int from, int to) throws Exception;

        /** After the last chunk: move the id sequences past the generated ids, derived rows. */
        void finish(Connection connection) throws SQLException;
    }

    private final Plan plan;
    private final String baseUrl;
    private final String passwordHash;
    private final List<Long> sectors;
    private final List<Long> categories;
    private final JsonObject authority;

    Stages(Plan plan, String baseUrl, String passwordHash, List<Long> sectors, List<Long> categories) {
        this.plan = plan;
        this.baseUrl = baseUrl;
        this.passwordHash = passwordHash;
        this.sectors = sectors;
        this.categories = categories;
        this.authority = LearningStatements.platformAuthority(baseUrl);
    }

    List<Stage> all() {
        return List.of(
                stage("organisations", plan.organisations, 1000, this::organisations, "organisation", "organisation_unit"),
                stage("users", plan.users, 5000, this::users, "user_account"),
                stage("courses", plan.courses, 100, this::courses, "course", "course_module", "lesson", "course_author"),
                stage("enrolments", plan.enrolments, 5000, this::enrolments, "enrolment", "lesson_progress"),
                new SimpleStage("xapi-statements (x5)", plan.enrolments, 2000, this::statements, c -> exec(c, """
                        INSERT INTO xapi_activity (id, definition, updated)
                        SELECT DISTINCT ON (object_activity_id) object_activity_id, statement->'object'->'definition', stored
                        FROM xapi_statement WHERE object_activity_id IS NOT NULL AND statement->'object' ? 'definition'
                        ORDER BY object_activity_id, seq DESC
                        ON CONFLICT (id) DO NOTHING""")),
                stage("toolbox-items", plan.toolboxItems, 1000, this::toolboxItems, "toolbox_item"),
                stage("toolbox-attachments", plan.attachments, 100, this::attachments, "toolbox_attachment"),
                stage("forum-threads", plan.threads, 200, this::threads, "forum_thread", "forum_reply",
                        "forum_subscription"));
    }

    // --- organisations and people ---

    private void organisations(Connection c, int from, int to) throws Exception {
        CopyRows orgs = new CopyRows("organisation", "id, name, kind, kommunenummer, organisasjonsnummer, created_at");
        CopyRows units = new CopyRows("organisation_unit", "id, organisation_id, parent_id, name, created_at");
        for (int o = from; o < to; o++) {
            boolean county = o % 40 == 39;
            OffsetDateTime created = Plan.EPOCH.minusDays(800);
            orgs.add(Plan.BASE + o).add(plan.organisationName(o)).add(county ? "FYLKESKOMMUNE" : "KOMMUNE")
                    .add(county ? null : String.format("%04d", 3000 + o)).add(organisasjonsnummer(o)).add(created).endRow();
            for (int u = 0; u < Plan.UNITS_PER_ORGANISATION; u++) {
                units.add(plan.unitId(o, u)).add(Plan.BASE + o).add(null).add(Plan.UNIT_NAMES[u]).add(created).endRow();
            }
        }
        orgs.send(c);
        units.send(c);
    }

    /** A valid organisation number (MOD11 check digit), different for every organisation. */
    static String organisasjonsnummer(int org) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        for (int offset = 0; offset < 11; offset++) {
            String first8 = Long.toString(91_000_000L + org * 11L + offset);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (first8.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return first8 + check;
            }
        }
        throw new IllegalStateException("no organisation number for " + org);
    }

    private void users(Connection c, int from, int to) throws Exception {
        CopyRows accounts = new CopyRows("user_account", "id, email, display_name, password_hash, organisation_id, "
                + "preferred_locale, created_at, last_login_at, unit_id");
        CopyRows roles = new CopyRows("user_role", "user_id, role");
        CopyRows pseudonyms = new CopyRows("learner_pseudonym", "user_id, pseudonym");
        for (int u = from; u < to; u++) {
            long id = Plan.BASE + u;
            int org = plan.organisationOf(u);
            double locale = plan.unit(6, u);
            OffsetDateTime created = Plan.EPOCH.minusMinutes((long) (plan.unit(7, u) * 760 * 24 * 60));
            accounts.add(id).add(plan.email(u)).add(plan.displayName(u)).add(passwordHash).add(Plan.BASE + org)
                    .add(locale < 0.88 ? "nb" : locale < 0.98 ? "nn" : "en").add(created)
                    .add(plan.unit(8, u) < 0.7 ? created.plusDays(plan.below(30, 9, u)) : null)
                    .add(plan.unitId(org, plan.unitOf(u))).endRow();
            roles.add(id).add("DELTAKER").endRow();
            if (u < plan.organisations) {
                roles.add(id).add("VIRKSOMHETSADMINISTRATOR").endRow();
            }
            if (plan.isTrainer(u)) {
                roles.add(id).add("KURSHOLDER").endRow();
            }
            if (u % 100 == 33) {
                roles.add(id).add("LEDER").endRow();
            }
            if (u % 1000 == 501) {
                roles.add(id).add("MODERATOR").endRow();
            }
            pseudonyms.add(id).add(plan.pseudonym(u)).endRow();
        }
        accounts.send(c);
        roles.send(c);
        pseudonyms.send(c);
    }

    // --- courses ---

    private static final String[] FORMATS = {"NETTKURS", "NETTKURS", "NETTKURS", "VIDEOLEKSJON", "AKTIV_LEKSJON", "FYSISK_KURS"};

    private void courses(Connection c, int from, int to) throws Exception {
        CopyRows courses = new CopyRows("course", "id, course_key, title, summary, learning_goals, format, sector_id, "
                + "audience, duration_minutes, owner, status, open_access, updated_at, fact_checked_on");
        CopyRows modules = new CopyRows("course_module", "id, course_id, position, title");
        CopyRows lessons = new CopyRows("lesson", "id, module_id, position, lesson_key, title, kind, required, body_md");
        CopyRows authors = new CopyRows("course_author", "id, course_id, user_id, owner, added_at");
        for (int k = from; k < to; k++) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(plan.hash(13, k));
            long id = Plan.BASE + k;
            int owner = plan.trainer(k);
            OffsetDateTime updated = Plan.EPOCH.minusDays(plan.below(700, 14, k));
            String title = plan.courseTitle(k);
            courses.add(id).add(plan.courseKey(k)).add(title)
                    .add("Kurset gir deg det du trenger om " + title.toLowerCase(java.util.Locale.ROOT) + ". "
                            + Vocabulary.paragraphs(random, 1, 2))
                    .add("Forstå hovedbegrepene\nKjenne til ansvar og roller\nKunne bruke det i egen kommune")
                    .add(FORMATS[plan.below(FORMATS.length, 15, k)])
                    .add(sectors.isEmpty() ? null : sectors.get(plan.below(sectors.size(), 16, k)))
                    .add("Ansatte i kommunen").add(15 * (1 + plan.below(12, 17, k))).add(plan.displayName(owner))
                    .add("PUBLISHED").add(k % 20 == 0).add(updated).add(updated.toLocalDate()).endRow();
            authors.add(id).add(id).add(Plan.BASE + owner).add(true).add(updated).endRow();
            for (int m = 0; m < plan.modules(k); m++) {
                long moduleId = Plan.BASE + k * 8L + m;
                modules.add(moduleId).add(id).add(m).add("Modul " + (m + 1) + ": "
                        + Vocabulary.capitalised(Vocabulary.pick(random, Vocabulary.SUBJECTS))).endRow();
                for (int l = 0; l < plan.lessons(k, m); l++) {
                    lessons.add(Plan.BASE + (k * 8L + m) * 8 + l).add(moduleId).add(l).add(Plan.lessonKey(m, l))
                            .add(plan.lessonTitle(k, m, l)).add("TEXT").add(true)
                            .add(Vocabulary.paragraphs(random, 3, 3)).endRow();
                }
            }
        }
        courses.send(c);
        authors.send(c);
        modules.send(c);
        lessons.send(c);
    }

    private void enrolments(Connection c, int from, int to) throws Exception {
        CopyRows enrolments = new CopyRows("enrolment",
                "id, user_id, course_id, registration, started_at, completed_at, last_lesson_key");
        CopyRows progress = new CopyRows("lesson_progress", "id, enrolment_id, lesson_key, completed_at");
        for (int e = from; e < to; e++) {
            int course = plan.enrolmentCourse(e);
            OffsetDateTime started = plan.enrolmentStarted(e);
            List<String> keys = lessonKeys(course);
            int done = plan.lessonsDone(e);
            OffsetDateTime completed = plan.completed(e) ? lessonTime(started, done) : null;
            enrolments.add(Plan.BASE + e).add(Plan.BASE + plan.enrolmentUser(e)).add(Plan.BASE + course)
                    .add(plan.registration(e)).add(started).add(completed).add(keys.get(Math.min(done, keys.size() - 1)))
                    .endRow();
            for (int l = 0; l < done; l++) {
                progress.add(Plan.BASE + e * 32L + l).add(Plan.BASE + e).add(keys.get(l)).add(lessonTime(started, l + 1))
                        .endRow();
            }
        }
        enrolments.send(c);
        progress.send(c);
    }

    private List<String> lessonKeys(int course) {
        List<String> keys = new java.util.ArrayList<>();
        for (int m = 0; m < plan.modules(course); m++) {
            for (int l = 0; l < plan.lessons(course, m); l++) {
                keys.add(Plan.lessonKey(m, l));
            }
        }
        return keys;
    }

    private static OffsetDateTime lessonTime(OffsetDateTime started, int lessonsDone) {
        return started.plusMinutes(17L * lessonsDone);
    }

    // --- xAPI: what LearningService records for an enrolment, through the LRS's own statement shape ---

    private void statements(Connection c, int from, int to) throws Exception {
        CopyRows rows = new CopyRows("xapi_statement", "id, statement, stored, voided, voids, actor_key, verb_id, "
                + "object_activity_id, object_agent_key, object_statement_id, registration, related_activities, "
                + "related_agents, client_key, agent_keys");
        for (int e = from; e < to; e++) {
            int course = plan.enrolmentCourse(e);
            int user = plan.enrolmentUser(e);
            String courseKey = plan.courseKey(course);
            LearningObject courseObject = LearningObject.of(LearningObjectKind.COURSE, courseKey, plan.courseTitle(course));
            OffsetDateTime started = plan.enrolmentStarted(e);
            List<String> keys = lessonKeys(course);
            String language = plan.unit(6, user) < 0.88 ? "nb" : "nn";
            statement(rows, e, 0, new LearningEvent(Plan.BASE + user, LearningVerb.LAUNCHED, courseObject, null,
                    plan.registration(e), null, language, started), user);
            int lessonsToRecord = plan.completed(e) ? 3 : 4;
            for (int l = 0; l < lessonsToRecord; l++) {
                String key = keys.get(l);
                int module = Integer.parseInt(key.split("-")[1]) - 1;
                int lesson = Integer.parseInt(key.split("-")[2]) - 1;
                statement(rows, e, 1 + l, new LearningEvent(Plan.BASE + user, LearningVerb.EXPERIENCED,
                        LearningObject.of(LearningObjectKind.LESSON, courseKey + "/" + key,
                                plan.lessonTitle(course, module, lesson)), courseObject, plan.registration(e),
                        LearningResult.completion(null), language, lessonTime(started, l + 1)), user);
            }
            if (plan.completed(e)) {
                OffsetDateTime done = lessonTime(started, plan.lessonsDone(e));
                statement(rows, e, 4, new LearningEvent(Plan.BASE + user, LearningVerb.COMPLETED, courseObject, null,
                        plan.registration(e), LearningResult.completion(Duration.between(started, done)), language, done),
                        user);
            }
        }
        rows.send(c);
    }

    private void statement(CopyRows rows, int enrolment, int n, LearningEvent event, int user) {
        UUID id = plan.uuid(25, enrolment, n);
        OffsetDateTime stored = event.timestamp().plusSeconds(1 + plan.below(5, 26, enrolment, n));
        JsonObject statement = StatementCompletion.complete(
                LearningStatements.toStatement(event, baseUrl, plan.pseudonym(user), id), id, stored, authority);
        StatementIndex index = StatementIndex.of(statement);
        rows.add(id).add(statement.toString()).add(stored).add(false).add(null).add(index.actorKey())
                .add(index.verbId()).add(index.objectActivityId()).add(index.objectAgentKey())
                .add(index.objectStatementId()).add(index.registration()).add(jsonArray(index.relatedActivities()))
                .add(jsonArray(index.relatedAgents())).add(null).add(jsonArray(index.agentKeys())).endRow();
    }

    private static String jsonArray(Collection<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    // --- toolbox ---

    private void toolboxItems(Connection c, int from, int to) throws Exception {
        CopyRows items = new CopyRows("toolbox_item", "id, item_key, item_type, section, status, name_nb, summary, "
                + "body_md, sector_id, owner, fact_checked_on, sort_order, updated_at");
        for (int i = from; i < to; i++) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(plan.hash(32, i));
            String title = plan.toolboxTitle(i);
            OffsetDateTime updated = Plan.EPOCH.minusDays(plan.below(900, 33, i));
            items.add(Plan.BASE + i).add(Vocabulary.slug(title) + "-" + i).add(Plan.TOOLBOX_TYPES[plan.toolboxPattern(i)])
                    .add(Plan.SECTIONS[plan.below(Plan.SECTIONS.length, 34, i)]).add("PUBLISERT").add(title)
                    .add(Vocabulary.paragraphs(random, 1, 2))
                    .add("## Bakgrunn\n\n" + Vocabulary.paragraphs(random, 2, 3) + "\n\n## Slik gjør du det\n\n"
                            + Vocabulary.paragraphs(random, 2, 3))
                    .add(sectors.isEmpty() ? null : sectors.get(plan.below(sectors.size(), 35, i)))
                    .add(Vocabulary.placeName(plan.below(plan.organisations, 36, i)) + " kommune")
                    .add(updated.toLocalDate()).add(i).add(updated).endRow();
        }
        items.send(c);
    }

    private void attachments(Connection c, int from, int to) throws Exception {
        CopyRows rows = new CopyRows("toolbox_attachment", "id, item_id, file_name, attachment_type, size_bytes, "
                + "sha256, content, extracted_text, uploaded_at");
        for (int a = from; a < to; a++) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(plan.hash(37, a));
            int item = plan.attachmentItem(a);
            String text = plan.toolboxTitle(item) + " – vedlegg " + (a + 1) + "\n\n" + Vocabulary.paragraphs(random, 6, 4);
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            rows.add(Plan.BASE + a).add(Plan.BASE + item).add("vedlegg-" + (a + 1) + ".txt").add("TXT")
                    .add(content.length).add(sha256(content)).add("\\x" + HexFormat.of().formatHex(content)).add(text)
                    .add(Plan.EPOCH.minusDays(plan.below(900, 38, a))).endRow();
        }
        rows.send(c);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- forum ---

    private int[] replyCounts;
    private long[] firstReply;

    private void threads(Connection c, int from, int to) throws Exception {
        if (replyCounts == null) {
            replyCounts = plan.replyCounts();
            firstReply = new long[replyCounts.length];
            for (int t = 1; t < replyCounts.length; t++) {
                firstReply[t] = firstReply[t - 1] + replyCounts[t - 1];
            }
        }
        CopyRows threads = new CopyRows("forum_thread", "id, category_id, title, body_md, author_id, author_name, "
                + "organisation_label, created_at, last_activity_at, reply_count");
        CopyRows replies = new CopyRows("forum_reply", "id, thread_id, author_id, author_name, organisation_label, "
                + "body_md, created_at");
        // who follows the thread: its author and everyone who replied (as the forum does when they post)
        CopyRows follows = new CopyRows("forum_subscription", "id, user_id, thread_id, created_at");
        for (int t = from; t < to; t++) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(plan.hash(44, t));
            int author = plan.postAuthor(-1 - t);
            OffsetDateTime created = Plan.EPOCH.minusMinutes((long) (plan.unit(45, t) * 700 * 24 * 60));
            OffsetDateTime last = created.plusMinutes(37L * replyCounts[t]);
            threads.add(Plan.BASE + t).add(categories.get(plan.below(categories.size(), 46, t))).add(plan.threadTitle(t))
                    .add(Vocabulary.paragraphs(random, 2, 2)).add(Plan.BASE + author).add(plan.displayName(author))
                    .add(plan.organisationName(plan.organisationOf(author))).add(created).add(last).add(replyCounts[t])
                    .endRow();
            java.util.Set<Integer> followers = new java.util.HashSet<>();
            long followId = Plan.BASE + firstReply[t] + t;
            followers.add(author);
            follows.add(followId++).add(Plan.BASE + author).add(Plan.BASE + t).add(created).endRow();
            for (int r = 0; r < replyCounts[t]; r++) {
                long reply = firstReply[t] + r;
                int replier = plan.postAuthor(reply);
                if (followers.add(replier)) {
                    follows.add(followId++).add(Plan.BASE + replier).add(Plan.BASE + t).add(created.plusMinutes(37L * (r + 1)))
                            .endRow();
                }
                replies.add(Plan.BASE + reply).add(Plan.BASE + t).add(Plan.BASE + replier).add(plan.displayName(replier))
                        .add(plan.organisationName(plan.organisationOf(replier))).add(Vocabulary.paragraphs(random, 1, 2))
                        .add(created.plusMinutes(37L * (r + 1))).endRow();
            }
        }
        threads.send(c);
        replies.send(c);
        follows.send(c);
    }

    // --- plumbing ---

    @FunctionalInterface
    interface ChunkWriter {
        void write(Connection connection, int from, int to) throws Exception;
    }

    @FunctionalInterface
    interface Finisher {
        void finish(Connection connection) throws SQLException;
    }

    private Stage stage(String name, long total, int chunk, ChunkWriter writer, String... tablesWithSerialIds) {
        return new SimpleStage(name, total, chunk, writer, c -> {
            for (String table : tablesWithSerialIds) {
                exec(c, "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(SELECT greatest(max(id), 1) FROM " + table + "))");
            }
        });
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private record SimpleStage(String name, long total, int chunk, ChunkWriter writer, Finisher finisher)
            implements Stage {

        @Override
        public void write(Connection connection, int from, int to) throws Exception {
            writer.write(connection, from, to);
        }

        @Override
        public void finish(Connection connection) throws SQLException {
            finisher.finish(connection);
        }
    }
}
