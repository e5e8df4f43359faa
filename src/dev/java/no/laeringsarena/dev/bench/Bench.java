package no.laeringsarena.dev.bench;

import static no.laeringsarena.platform.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.identity.PasswordHasher;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningObjectKind;
import no.laeringsarena.learningrecord.LearningResult;
import no.laeringsarena.learningrecord.LearningStatements;
import no.laeringsarena.learningrecord.LearningVerb;
import no.laeringsarena.learningrecord.xapi.StatementCompletion;
import no.laeringsarena.learningrecord.xapi.StatementIndex;
import no.laeringsarena.learningrecord.xapi.StatementQuery;
import no.laeringsarena.learningrecord.xapi.StatementQuerySql;
import no.laeringsarena.testsupport.FacesClient;

/**
 * The benchmarks that need more than wrk (bench/README.md), each beside its baseline in the same run:
 * <ul>
 *     <li>{@code login}: the whole login (login page, form post) against PasswordHasher.verify alone;</li>
 *     <li>{@code xapi-post}: POST /xapi/statements batches against raw JDBC inserts of the same rows;</li>
 *     <li>{@code xapi-get}: GET /xapi/statements by agent and verb against the same SQL over JDBC;</li>
 *     <li>{@code session EMAIL}: logs in and prints the session cookie (for wrk on Min side);</li>
 *     <li>{@code reindex}: rebuilds the search index through the admin page, as a system administrator would;</li>
 *     <li>{@code sql QUERY}: prints the first value the query gives (for the scripts' choice of course and thread);</li>
 *     <li>{@code hash}: prints a hash of the demo password as the platform makes one today.</li>
 * </ul>
 * Settings (system properties): base (http://localhost:8080), db.url / db.user / db.password (the dev run's embedded
 * database), concurrency (4), seconds (20), warmup (5), batch (50); XAPI_BOOTSTRAP_KEY / XAPI_BOOTSTRAP_SECRET.
 */
public final class Bench {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final String base = System.getProperty("base", "http://localhost:8080/");
    private final int concurrency = Integer.getInteger("concurrency", 4);
    private final double seconds = Double.parseDouble(System.getProperty("seconds", "20"));
    private final double warmup = Double.parseDouble(System.getProperty("warmup", "5"));
    private final int batch = Integer.getInteger("batch", 50);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench();
        switch (args.length == 0 ? "" : args[0]) {
            case "login" -> bench.login();
            case "xapi-post" -> bench.xapiPost();
            case "xapi-get" -> bench.xapiGet();
            case "session" -> System.out.println(bench.session(args[1]));
            case "reindex" -> bench.reindex();
            case "sql" -> System.out.println(column(args[1]).get(0));
            case "hash" -> System.out.println(new PasswordHasher().hash(DemoData.PASSWORD.toCharArray()));
            default -> throw new IllegalArgumentException(
                    "use one of: login, xapi-post, xapi-get, session EMAIL, reindex, sql QUERY, hash");
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("db.url", "jdbc:postgresql://127.0.0.1:15432/postgres"),
                System.getProperty("db.user", "postgres"), System.getProperty("db.password", "postgres"));
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("no rows for " + sql + " (generate the data first)");
        }
        return values;
    }

    // --- login ---

    private void login() throws Exception {
        List<String> emails = column("SELECT email FROM user_account WHERE id >= " + Plan.BASE + " ORDER BY id LIMIT 500");
        PasswordHasher hasher = new PasswordHasher();
        // the hash as the platform makes it today (older generated data may still hold hashes a login replaces)
        String hash = hasher.hash(DemoData.PASSWORD.toCharArray());
        System.out.printf("login, %d concurrent, %.0f s each (after %.0f s warm-up)%n", concurrency, seconds, warmup);
        Load.run("PasswordHasher.verify alone", concurrency, warmup, seconds, t -> {
            if (!hasher.verify(DemoData.PASSWORD.toCharArray(), hash)) {
                throw new IllegalStateException("hash does not match");
            }
            return 1;
        });
        Load.run("login (page + form post)", concurrency, warmup, seconds,
                t -> logIn(emails.get(ThreadLocalRandom.current().nextInt(emails.size())), DemoData.PASSWORD) != null ? 1 : -1);
    }

    /** The browser's login: GET the login page (session + view state), POST the form; the session id when it worked. */
    private String logIn(String email, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "logg-inn.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = VIEW_STATE.matcher(page.body());
        String cookie = page.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new IllegalStateException("no session cookie"));
        if (!viewState.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String form = form(Map.of("login-form", "login-form", "login-form:email", email, "login-form:password", password,
                "login-form:submit", "", "jakarta.faces.ViewState", viewState.group(1)));
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "logg-inn.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (post.statusCode() / 100 != 3) {
            return null;
        }
        return post.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(cookie);
    }

    private String session(String email) throws Exception {
        String id = logIn(email, DemoData.PASSWORD);
        if (id == null) {
            throw new IllegalStateException("login failed for " + email);
        }
        return id;
    }

    private static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    // --- reindex ---

    private void reindex() throws Exception {
        FacesClient admin = new FacesClient(URI.create(base), "nb");
        admin.logIn("systemadmin@demo.laeringsarena.no", DemoData.PASSWORD);
        FacesClient.Page page = admin.get("admin/sokeindeks.xhtml");
        long started = System.nanoTime();
        admin.submit(page, "reindex-form", Map.of(), "start");
        do {
            Thread.sleep(2000);
            page = admin.get("admin/sokeindeks.xhtml");
            Matcher status = Pattern.compile("id=\"reindex-status\"[^>]*>([^<]*)<").matcher(page.body());
            System.out.printf("\r%-100s", status.find() ? status.group(1).strip() : "status " + page.status());
        } while (page.body().contains("id=\"reindex-form:poll\""));
        System.out.printf("%nReindex finished after %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    // --- xAPI ---

    private record Learner(UUID pseudonym, String courseKey, String courseTitle) {
    }

    private List<Learner> learners() throws SQLException {
        List<Learner> learners = new ArrayList<>();
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT p.pseudonym, c.course_key, c.title FROM enrolment e JOIN learner_pseudonym p ON p.user_id = e.user_id
                JOIN course c ON c.id = e.course_id ORDER BY e.id LIMIT 2000""")) {
            while (rs.next()) {
                learners.add(new Learner(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3)));
            }
        }
        if (learners.isEmpty()) {
            throw new IllegalStateException("no enrolments (generate the data first)");
        }
        return learners;
    }

    private List<JsonObject> statements(List<Learner> learners, String homePage) {
        List<JsonObject> out = new ArrayList<>(batch);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < batch; i++) {
            Learner learner = learners.get(random.nextInt(learners.size()));
            LearningObject course = LearningObject.of(LearningObjectKind.COURSE, learner.courseKey(), learner.courseTitle());
            int lesson = 1 + random.nextInt(3);
            out.add(LearningStatements.toStatement(new LearningEvent(0, LearningVerb.EXPERIENCED,
                    LearningObject.of(LearningObjectKind.LESSON, learner.courseKey() + "/leksjon-1-" + lesson,
                            learner.courseTitle() + " – del " + lesson), course, UUID.randomUUID(),
                    LearningResult.completion(null), "nb", OffsetDateTime.now()), homePage, learner.pseudonym(),
                    UUID.randomUUID()));
        }
        return out;
    }

    private String homePage() throws SQLException {
        String actor = column("SELECT statement->'actor'->'account'->>'homePage' FROM xapi_statement LIMIT 1").get(0);
        return actor == null ? base.replaceAll("/$", "") : actor;
    }

    private String basicAuth() {
        String key = System.getenv("XAPI_BOOTSTRAP_KEY");
        String secret = System.getenv("XAPI_BOOTSTRAP_SECRET");
        if (key == null || secret == null) {
            throw new IllegalStateException("set XAPI_BOOTSTRAP_KEY and XAPI_BOOTSTRAP_SECRET (the same as for the dev run)");
        }
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private void xapiPost() throws Exception {
        List<Learner> learners = learners();
        String homePage = homePage();
        String auth = basicAuth();
        JsonObject authority = LearningStatements.platformAuthority(homePage);
        System.out.printf("xAPI POST, batches of %d statements, %d concurrent, %.0f s each%n", batch, concurrency, seconds);
        if (!Boolean.getBoolean("only.api")) {
            rawInserts(learners, homePage, authority);
        }
        Load.run("POST /xapi/statements", concurrency, warmup, seconds, t -> {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            statements(learners, homePage).forEach(array::add);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "xapi/statements"))
                    .header("Authorization", auth).header("X-Experience-API-Version", "2.0.0")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(array.build().toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("status " + response.statusCode() + ": " + response.body());
            }
            return batch;
        });
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM xapi_statement WHERE client_key = 'bench-jdbc'");
        }
    }

    /** The baseline: the same rows inserted over JDBC, one transaction per batch. */
    private void rawInserts(List<Learner> learners, String homePage, JsonObject authority) throws Exception {
        Connection[] connections = new Connection[concurrency];
        for (int i = 0; i < concurrency; i++) {
            connections[i] = database();
            connections[i].setAutoCommit(false);
        }
        try {
            Load.run("raw JDBC insert (same rows)", concurrency, warmup, seconds, t -> {
                Connection c = connections[t];
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO xapi_statement (id, statement, stored, voided, voids, actor_key, verb_id,
                            object_activity_id, object_agent_key, object_statement_id, registration, related_activities,
                            related_agents, client_key, agent_keys)
                        VALUES (CAST(? AS uuid), CAST(? AS jsonb), ?, false, null, ?, ?, ?, null, null, CAST(? AS uuid),
                            CAST(? AS jsonb), CAST(? AS jsonb), 'bench-jdbc', CAST(? AS jsonb))""")) {
                    for (JsonObject received : statements(learners, homePage)) {
                        UUID id = UUID.fromString(received.getString("id"));
                        OffsetDateTime stored = OffsetDateTime.now();
                        JsonObject statement = StatementCompletion.complete(received, id, stored, authority);
                        StatementIndex index = StatementIndex.of(statement);
                        insert.setString(1, id.toString());
                        insert.setString(2, statement.toString());
                        insert.setObject(3, stored);
                        insert.setString(4, index.actorKey());
                        insert.setString(5, index.verbId());
                        insert.setString(6, index.objectActivityId());
                        insert.setString(7, index.registration() == null ? null : index.registration().toString());
                        insert.setString(8, array(index.relatedActivities()));
                        insert.setString(9, array(index.relatedAgents()));
                        insert.setString(10, array(index.agentKeys()));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                c.commit();
                return batch;
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static String array(java.util.Collection<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    /** One filtered GET: its label and the query parameters for a learner. */
    private record Filter(String label, java.util.function.Function<Learner, Map<String, String>> parameters) {
    }

    private void xapiGet() throws Exception {
        List<Learner> learners = learners();
        String homePage = homePage();
        String auth = basicAuth();
        String verb = "http://adlnet.gov/expapi/verbs/experienced";
        String since = column("SELECT to_char(max(stored) - interval '30 days', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                + "FROM xapi_statement").get(0);
        java.util.function.Function<Learner, String> agent = learner -> JSON.createObjectBuilder().add("objectType", "Agent")
                .add("account", JSON.createObjectBuilder().add("homePage", homePage).add("name", learner.pseudonym().toString()))
                .build().toString();
        java.util.function.Function<Learner, String> activity = learner -> LearningStatements.activityIri(homePage,
                LearningObjectKind.COURSE, learner.courseKey());
        List<Filter> filters = List.of(
                new Filter("agent", l -> Map.of("agent", agent.apply(l))),
                new Filter("agent&verb", l -> Map.of("agent", agent.apply(l), "verb", verb)),
                new Filter("activity", l -> Map.of("activity", activity.apply(l))),
                new Filter("verb&since", l -> Map.of("verb", verb, "since", since)));
        System.out.printf("xAPI GET (limit 10), %d concurrent, %.0f s each; since = %s%n", concurrency, seconds, since);
        for (Filter filter : filters) {
            Connection[] connections = new Connection[concurrency];
            for (int i = 0; i < concurrency; i++) {
                connections[i] = database();
            }
            try {
                Load.run("raw JDBC select ?" + filter.label(), concurrency, warmup, seconds, t -> {
                    Learner learner = learners.get(ThreadLocalRandom.current().nextInt(learners.size()));
                    Map<String, List<String>> query = new java.util.HashMap<>();
                    filter.parameters().apply(learner).forEach((k, v) -> query.put(k, List.of(v)));
                    query.put("limit", List.of("10"));
                    StatementQuerySql sql = StatementQuerySql.of(StatementQuery.parse(query), null).positional();
                    try (PreparedStatement select = connections[t].prepareStatement(sql.text())) {
                        for (int i = 0; i < sql.parameters().size(); i++) {
                            select.setObject(i + 1, sql.parameters().get(i));
                        }
                        try (ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                rs.getString(2);
                            }
                        }
                        return 1;
                    }
                });
            } finally {
                for (Connection c : connections) {
                    c.close();
                }
            }
            Load.run("GET /xapi/statements?" + filter.label(), concurrency, warmup, seconds, t -> {
                Learner learner = learners.get(ThreadLocalRandom.current().nextInt(learners.size()));
                StringBuilder url = new StringBuilder(base + "xapi/statements?limit=10");
                filter.parameters().apply(learner).forEach((k, v) -> url.append('&').append(k).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url.toString()))
                        .header("Authorization", auth).header("X-Experience-API-Version", "2.0.0").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("status " + response.statusCode() + ": " + response.body());
                }
                return 1;
            });
        }
    }
}
