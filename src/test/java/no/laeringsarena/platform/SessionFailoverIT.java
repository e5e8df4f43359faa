package no.laeringsarena.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.laeringsarena.dev.PayaraProcess;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.testsupport.FacesClient;
import no.laeringsarena.testsupport.MailSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two Payara Micro instances with the built war on loopback, one Hazelcast cluster (src/main/payara/cluster.asadmin):
 * a learner logs in and opens a course page on instance A; A is killed; with the same session cookie, instance B
 * shows her Min side and accepts the course page's form (its view-scoped state came through the data grid). Before
 * that, while both run: a mail is sent once, not by each instance's mail timer.
 * Also: the PostgreSQL advisory lock ({@link ClusterLock}) that keeps work which must not run twice at once (the
 * search outbox, the start-up imports) to one instance at a time.
 * No Arquillian: this class starts and stops its own two processes, with the database, search node and mail server
 * of the integration-test run (testsupport's launcher-session listeners).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionFailoverIT {

    // a learner of this test's own (other test classes change the demo users' progress in the same database)
    private static final String EMAIL = "klynge-" + System.currentTimeMillis() + "@it.laeringsarena.no";
    private static final String NAME = "Klara Klynge";

    private static PayaraProcess first;
    private static PayaraProcess second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        int hazelcastPort = Integer.getInteger("it.hazelcastPort", 6900);
        String members = "127.0.0.1:" + hazelcastPort + ",127.0.0.1:" + (hazelcastPort + 1);
        // also when the test JVM is stopped before @AfterAll (Ctrl-C, a fork timeout): no Payara is left running
        Runtime.getRuntime().addShutdownHook(new Thread(SessionFailoverIT::stopBoth, "stop-failover-instances"));
        try {
            first = start("a", hazelcastPort, members);
            first.awaitReady(Duration.ofSeconds(240));
            // one after the other: on two cores, two boots at once only take twice as long each
            second = start("b", hazelcastPort + 1, members);
            second.awaitReady(Duration.ofSeconds(240));
            createLearner();
        } catch (Exception | Error e) {
            stopBoth();
            throw e;
        }
    }

    private static PayaraProcess start(String name, int hazelcastPort, String members) throws IOException {
        Map<String, String> props = new LinkedHashMap<>();
        for (String key : List.of("db.url", "db.user", "db.password", "search.url", "smtp.host", "smtp.port",
                "dev.mail.dir")) {
            props.put(key, required(key));
        }
        props.put("laeringsarena.demo-data", "true");
        int httpPort = freePort();
        props.put("base.url", "http://localhost:" + httpPort);
        List<String> cluster = List.of("--clustermode", "tcpip:" + members, "--startport", Integer.toString(hazelcastPort),
                "--interfaces", "127.0.0.1", "--clustername", "laeringsarena-failover-" + members.hashCode(),
                "--name", "instance-" + name,
                "--postbootcommandfile", Path.of(required("preboot.file")).resolveSibling("cluster.asadmin").toString());
        Path tmp = Path.of(required("it.dataDir"), "failover-" + name);
        return PayaraProcess.start(Path.of(required("payara.microJar")), Path.of(required("laeringsarena.war")),
                Path.of(required("preboot.file")), Path.of(required("payara.logging")), tmp, httpPort, props, cluster,
                "[" + name + "] ");
    }

    @AfterAll
    static synchronized void stopBoth() {
        for (PayaraProcess payara : new PayaraProcess[] {first, second}) {
            if (payara != null) {
                payara.close();
            }
        }
        first = null;
        second = null;
    }

    @Test
    @Order(1)
    void withTwoInstancesSendingTheMailOutboxAConfirmationIsMailedOnce() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);
        try (Connection c = database().getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO event (event_key, kind, title, description_md, starts_at, ends_at, registration_deadline,
                                   capacity, waiting_list, join_url, status)
                VALUES ('it-klynge', 'WEBINAR', 'Klyngewebinar', 'To instanser', ?, ?, ?, 10, TRUE,
                        'https://mote.example/klynge', 'OPEN')""")) {
            s.setObject(1, start);
            s.setObject(2, start.plusHours(1));
            s.setObject(3, start.minusDays(1));
            s.executeUpdate();
        }
        FacesClient learner = new FacesClient(URI.create(first.baseUrl() + "/"), "nb");
        learner.logIn(EMAIL, DemoData.PASSWORD);
        FacesClient.Page page = learner.get("webinar/arrangement.xhtml?key=it-klynge");
        assertTrue(learner.submit(page, "event-form", Map.of(), "register").contains("Du er påmeldt."));

        MailSession.awaitText(EMAIL, "Du er påmeldt: Klyngewebinar");
        Thread.sleep(12_000);   // two more rounds of both instances' mail timers (every 5 s)
        assertEquals(1, MailSession.count(EMAIL, "Du er påmeldt: Klyngewebinar"), "one mail, not one per instance");
    }

    @Test
    @Order(3)
    void aLoggedInSessionWithAnOpenPageSurvivesTheInstanceItStartedOnBeingKilled() throws Exception {
        URI a = URI.create(first.baseUrl() + "/");
        URI b = URI.create(second.baseUrl() + "/");
        FacesClient onA = new FacesClient(a, "nb");
        FacesClient.Page minSide = onA.logIn(EMAIL, DemoData.PASSWORD);
        assertTrue(minSide.uri().toString().contains("min-side"), minSide.uri().toString());
        assertTrue(minSide.contains(NAME), "logged in on A");
        String session = onA.sessionId().orElseThrow();
        FacesClient.Page course = onA.get("kurs/kurs.xhtml?key=gevinstrealisering");
        assertTrue(course.contains("id=\"course-form:start\""), "the course page offers to start the course");

        first.kill();
        assertFalse(first.process().isAlive());
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> onA.get("min-side.xhtml"), "A is gone");

        FacesClient onB = onA.sameVisitorAt(b);
        long failingOver = System.nanoTime();
        FacesClient.Page minSideOnB = firstAnswer(onB, "min-side.xhtml");
        System.out.printf("SessionFailoverIT: B answered for the session of killed A in %d ms%n",
                (System.nanoTime() - failingOver) / 1_000_000);
        assertEquals(200, minSideOnB.status());
        assertTrue(minSideOnB.uri().getPath().endsWith("min-side.xhtml"), "not sent to log in: " + minSideOnB.uri());
        assertTrue(minSideOnB.contains(NAME), "B knows who she is");
        assertEquals(session, onB.sessionId().orElseThrow(), "the same session");

        // the form of the page A rendered, posted to B: its view state and view-scoped bean live in the session
        FacesClient.Page lesson = onB.submit(FacesClient.servedBy(course, b), "course-form", Map.of(), "start");
        assertEquals(200, lesson.status());
        assertTrue(lesson.uri().toString().contains("leksjon=fire-hovedsteg"),
                "the course started from the page A rendered: " + lesson.uri());
        assertTrue(lesson.contains(NAME));
    }

    @Test
    @Order(2)
    void oneInstanceAtATimeHoldsAClusterLockAndTheOtherWaitsForIt() throws Exception {
        // two lock holders on two database sessions, as two instances have (the running instances only take
        // the STARTUP lock while they start, so it is free now)
        ClusterLock here = new ClusterLock(database());
        ClusterLock there = new ClusterLock(database());
        Optional<String> held = here.tryRun(ClusterLock.Name.STARTUP, () -> {
            assertTrue(there.tryRun(ClusterLock.Name.STARTUP, () -> "twice").isEmpty(), "the other instance is refused");
            return "once";
        });
        assertEquals(Optional.of("once"), held);
        assertEquals(Optional.of("after"), there.tryRun(ClusterLock.Name.STARTUP, () -> "after"), "released");

        CountDownLatch holding = new CountDownLatch(1);
        Thread first = new Thread(() -> here.run(ClusterLock.Name.STARTUP, () -> {
            holding.countDown();
            sleep(800);
            return null;
        }));
        first.start();
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        long started = System.nanoTime();
        there.run(ClusterLock.Name.STARTUP, () -> null);
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        first.join(10_000);
        assertTrue(waitedMillis >= 400, "run() waited for the holder to finish; waited " + waitedMillis + " ms");
    }

    /** A new learner with the demo users' password (its hash copied from the demo learner). */
    private static void createLearner() throws SQLException {
        try (Connection c = database().getConnection(); PreparedStatement s = c.prepareStatement("""
                WITH u AS (INSERT INTO user_account (email, display_name, password_hash)
                           SELECT ?, ?, password_hash FROM user_account WHERE email = 'deltaker@demo.laeringsarena.no'
                           RETURNING id)
                INSERT INTO user_role (user_id, role) SELECT id, 'DELTAKER' FROM u""")) {
            s.setString(1, EMAIL);
            s.setString(2, NAME);
            assertEquals(1, s.executeUpdate(), "the test's learner is created");
        }
    }

    private static DataSource database() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(required("db.url"));
        dataSource.setUser(required("db.user"));
        dataSource.setPassword(required("db.password"));
        return dataSource;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The first request to B after A died: the data grid may still be taking over A's partitions (a few seconds at
     * most), so a request that times out in this client is sent again, up to three times.
     */
    private static FacesClient.Page firstAnswer(FacesClient client, String path) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.get(path);
            } catch (java.net.http.HttpTimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run through ./mvnw verify)");
        }
        return value;
    }
}
