package no.laeringsarena.dev.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.laeringsarena.identity.DemoData;

/**
 * A Moodle-style test plan (the shape of moodlehq/moodle-performance-comparison): {@code users} virtual users start
 * evenly over {@code rampup} seconds; each runs {@code loops} loops of log in, view a course, view a lesson, view a
 * forum category, view a discussion, post a reply, with a random think time before every step. As in Moodle's plan,
 * every loop starts with fresh cookies (so every loop logs in again). Each user takes a course they are enrolled in
 * and a thread in an open category. Every step checks its answer (status and a marker on the page); a wrong answer
 * is an error. Prints p50/p95/p99 and throughput per step.
 *
 * <p>Settings (system properties): base, db.url/db.user/db.password (as {@link Bench}), users (1000), loops (6),
 * rampup (100 s), think.min / think.max (1 and 3 s).
 */
public final class TestPlan {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final List<String> STEPS = List.of("log in", "view course", "view lesson", "view forum",
            "view discussion", "post reply");

    private final URI base = URI.create(System.getProperty("base", "http://localhost:8080/"));
    private final int users = Integer.getInteger("users", 1000);
    private final int loops = Integer.getInteger("loops", 6);
    private final double rampup = Double.parseDouble(System.getProperty("rampup", "100"));
    private final double thinkMin = Double.parseDouble(System.getProperty("think.min", "1"));
    private final double thinkMax = Double.parseDouble(System.getProperty("think.max", "3"));
    /** "every-loop" (Moodle's plan: fresh cookies and a new login every loop) or "once" (one login per user). */
    private final boolean loginEveryLoop = !"once".equals(System.getProperty("login", "every-loop"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new LinkedHashMap<>();
    private final Map<String, AtomicLong> errors = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

    private record Learner(String email, String courseKey, String lessonKey) {
    }

    private record Discussion(String categoryKey, long threadId) {
    }

    public static void main(String[] args) throws Exception {
        new TestPlan().run();
    }

    private TestPlan() {
        for (String step : STEPS) {
            latencies.put(step, new ConcurrentLinkedQueue<>());
            errors.put(step, new AtomicLong());
        }
    }

    private void run() throws Exception {
        List<Learner> learners = learners();
        List<Discussion> discussions = discussions();
        System.out.printf("Moodle-style plan: %d users, %d loops, %.0f s ramp-up, think %.1f–%.1f s, log in %s; %d learners, %d threads%n",
                users, loops, rampup, thinkMin, thinkMax, loginEveryLoop ? "every loop" : "once", learners.size(),
                discussions.size());
        long started = System.nanoTime();
        // stopped early (Ctrl-C, kill): still print what was measured
        Thread summary = new Thread(() -> report(started));
        Runtime.getRuntime().addShutdownHook(summary);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            Learner learner = learners.get(u % learners.size());
            Discussion discussion = discussions.get(u % discussions.size());
            long startAt = started + (long) (u * rampup / users * 1e9);
            int user = u;
            threads.add(Thread.ofVirtual().start(() -> {
                sleepUntil(startAt);
                String session = null;
                for (int loop = 0; loop < loops; loop++) {
                    session = runLoop(learner, discussion, user, loop, loginEveryLoop ? null : session);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Runtime.getRuntime().removeShutdownHook(summary);
        report(started);
    }

    private void report(long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        long requests = 0;
        for (String step : STEPS) {
            long[] sorted = latencies.get(step).stream().mapToLong(Long::longValue).sorted().toArray();
            requests += sorted.length + errors.get(step).get();
            System.out.println(String.format(Locale.ROOT, "%-34s p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  %9.1f ops/s  errors %d",
                    "plan: " + step, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted.length / seconds, errors.get(step).get()));
        }
        System.out.printf(Locale.ROOT, "plan: %d steps in %.1f s (%.1f steps/s), errors %d%n", requests, seconds,
                requests / seconds, errors.values().stream().mapToLong(AtomicLong::get).sum());
        firstErrors.stream().limit(5).forEach(e -> System.err.println("first errors: " + e));
    }

    /**
     * One loop; with no session, fresh cookies and a login first, as a Moodle plan's thread does after its cookie
     * manager is cleared. Returns the session for the next loop.
     */
    private String runLoop(Learner learner, Discussion discussion, int user, int loop, String loggedIn) {
        String[] session = {loggedIn};
        if (session[0] == null) {
            step("log in", () -> {
                session[0] = logIn(learner.email());
                return session[0] != null;
            });
        }
        if (session[0] == null) {
            return null;
        }
        step("view course", () -> get("kurs/kurs.xhtml?key=" + learner.courseKey(), session[0])
                .filter(body -> body.contains("id=\"my-progress\"")).isPresent());
        step("view lesson", () -> get("kurs/leksjon.xhtml?kurs=" + learner.courseKey() + "&leksjon=" + learner.lessonKey(),
                session[0]).filter(body -> body.contains("id=\"lesson-title\"")).isPresent());
        step("view forum", () -> get("forum/kategori.xhtml?key=" + discussion.categoryKey(), session[0])
                .filter(body -> body.contains("trad.xhtml?id=")).isPresent());
        String[] thread = new String[1];
        step("view discussion", () -> {
            thread[0] = get("forum/trad.xhtml?id=" + discussion.threadId(), session[0])
                    .filter(body -> body.contains("id=\"reply-form\"")).orElse(null);
            return thread[0] != null;
        });
        if (thread[0] == null) {
            return session[0];
        }
        String text = "Svar fra testplanen, bruker " + user + " runde " + loop;
        step("post reply", () -> {
            Matcher viewState = VIEW_STATE.matcher(thread[0]);
            int form = thread[0].indexOf("id=\"reply-form\"");
            if (form < 0 || !viewState.find(form)) {
                return false;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("reply-form", "reply-form");
            fields.put("reply-form:body", text);
            fields.put("reply-form:send", "");
            fields.put("jakarta.faces.ViewState", viewState.group(1));
            return post("forum/trad.xhtml?id=" + discussion.threadId(), fields, session[0])
                    .filter(body -> body.contains(text)).isPresent();
        });
        return session[0];
    }

    @FunctionalInterface
    private interface Step {
        boolean run() throws Exception;
    }

    private void step(String name, Step step) {
        double think = thinkMin + ThreadLocalRandom.current().nextDouble() * (thinkMax - thinkMin);
        sleepUntil(System.nanoTime() + (long) (think * 1e9));
        long start = System.nanoTime();
        boolean ok;
        try {
            ok = step.run();
            if (!ok) {
                firstErrors.add(name + ": unexpected answer");
            }
        } catch (Exception e) {
            ok = false;
            firstErrors.add(name + ": " + e);
        }
        long took = System.nanoTime() - start;
        if (ok) {
            latencies.get(name).add(took);
        } else {
            errors.get(name).incrementAndGet();
        }
    }

    /** The browser's login: the login page, the form post, and the page it redirects to; the session id. */
    private String logIn(String email) throws Exception {
        HttpResponse<String> page = http.send(request("logg-inn.xhtml", null).GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(null);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (cookie == null || !viewState.find()) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login-form", "login-form");
        fields.put("login-form:email", email);
        fields.put("login-form:password", DemoData.PASSWORD);
        fields.put("login-form:submit", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        HttpResponse<String> post = http.send(request("logg-inn.xhtml", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
        if (post.statusCode() / 100 != 3) {
            return null;
        }
        String session = post.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(cookie);
        Optional<String> landing = follow(post, session);
        return landing.isPresent() ? session : null;
    }

    private Optional<String> get(String path, String session) throws Exception {
        HttpResponse<String> response = http.send(request(path, session).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() / 100 == 3 ? follow(response, session)
                : response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    }

    private Optional<String> post(String path, Map<String, String> fields, String session) throws Exception {
        HttpResponse<String> response = http.send(request(path, session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() / 100 == 3 ? follow(response, session)
                : response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    }

    private Optional<String> follow(HttpResponse<String> redirect, String session) throws Exception {
        String location = redirect.headers().firstValue("Location").orElse(null);
        if (location == null) {
            return Optional.empty();
        }
        URI target = redirect.uri().resolve(location);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "nb").header("Cookie", "JSESSIONID=" + session).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    }

    private HttpRequest.Builder request(String path, String session) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "nb");
        return session == null ? builder : builder.header("Cookie", "JSESSIONID=" + session);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    // --- the data the users take: generated learners with a course they are enrolled in, threads in open categories

    private List<Learner> learners() throws SQLException {
        List<Learner> learners = new ArrayList<>();
        query("""
                SELECT DISTINCT ON (u.id) u.email, c.course_key, l.lesson_key
                FROM enrolment e JOIN user_account u ON u.id = e.user_id JOIN course c ON c.id = e.course_id
                JOIN course_module m ON m.course_id = c.id JOIN lesson l ON l.module_id = m.id
                WHERE u.id >= %d AND c.status = 'PUBLISHED' AND m.position = 1 AND l.position = 1
                ORDER BY u.id LIMIT %d""".formatted(Plan.BASE, users),
                rs -> learners.add(new Learner(rs.getString(1), rs.getString(2), rs.getString(3))));
        if (learners.isEmpty()) {
            throw new IllegalStateException("no enrolled learners (generate the data first: bench/README.md)");
        }
        return learners;
    }

    private List<Discussion> discussions() throws SQLException {
        List<Discussion> discussions = new ArrayList<>();
        query("""
                SELECT c.category_key, t.id FROM forum_thread t JOIN forum_category c ON c.id = t.category_id
                WHERE t.id >= %d AND NOT t.hidden AND NOT t.locked AND NOT c.idea_category AND NOT c.closed AND t.reply_count < %d
                ORDER BY t.id LIMIT %d""".formatted(Plan.BASE, Plan.LONG_THREAD_REPLIES, users),
                rs -> discussions.add(new Discussion(rs.getString(1), rs.getLong(2))));
        if (discussions.isEmpty()) {
            throw new IllegalStateException("no forum threads (generate the data first: bench/README.md)");
        }
        return discussions;
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, Row row) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("db.url", "jdbc:postgresql://127.0.0.1:15432/postgres"),
                System.getProperty("db.user", "postgres"), System.getProperty("db.password", "postgres"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }
}
