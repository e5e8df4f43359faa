package no.laeringsarena.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration as users meet it: 100 people press Meld deg på at the same moment for 20 seats — exactly 20 get a
 * seat and 80 queue as 1..80; a cancellation gives the seat to number 1; the .ics has the Oslo start; the join
 * link appears only for a registered participant and only in the last 15 minutes before the start. The seed
 * webinars show on webinarer and the timeplan.
 */
@ExtendWith(ArquillianExtension.class)
class EventRegistrationIT {

    private static final int USERS = 100;
    private static final int SEATS = 20;
    private static final String JOIN_URL = "https://webinar.example/it-sending";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void hundredConcurrentSignUpsForTwentySeatsGiveTwentySeatsAndAnOrderedWaitingList() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.HOURS);
        insertEvent("it-tjue-plasser", start, start.plusHours(1), start.minusDays(1), SEATS);
        List<FacesClient> people = loggedInUsers("it-kapasitet", USERS);

        List<FacesClient.Page> pages = new ArrayList<>();
        for (FacesClient person : people) {
            FacesClient.Page page = person.get("webinar/arrangement.xhtml?key=it-tjue-plasser");
            assertTrue(page.contains("id=\"event-form:register\""), "everyone is offered Meld deg på");
            pages.add(page);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        List<Future<FacesClient.Page>> answers = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            FacesClient person = people.get(i);
            FacesClient.Page page = pages.get(i);
            answers.add(pool.submit(() -> {
                go.await();
                return person.submit(page, "event-form", Map.of(), "register");
            }));
        }
        go.countDown();
        int seatedAnswers = 0;
        for (Future<FacesClient.Page> answer : answers) {
            FacesClient.Page page = answer.get();
            assertEquals(200, page.status());
            if (page.contains("Du er påmeldt.")) {
                seatedAnswers++;
            } else {
                assertTrue(page.contains("Du står på venteliste som nr."), page.body());
            }
        }
        pool.shutdown();

        assertEquals(SEATS, seatedAnswers, "exactly as many people were told they have a seat as there are seats");
        assertEquals(SEATS, count("it-tjue-plasser", "REGISTERED"), "no overbooking");
        assertEquals(USERS - SEATS, count("it-tjue-plasser", "WAITING"));
        assertEquals(range(1, USERS - SEATS), positions("it-tjue-plasser"), "the waiting list is numbered 1..80");
        assertEquals("FULL", eventStatus("it-tjue-plasser"));

        // the first in line and someone with a seat
        String firstInLine = emailAt("it-tjue-plasser", 1);
        String seated = anyRegisteredEmail("it-tjue-plasser");
        FacesClient seatedPerson = people.get(indexOf(seated));
        FacesClient waitingPerson = people.get(indexOf(firstInLine));
        assertTrue(waitingPerson.get("webinar/arrangement.xhtml?key=it-tjue-plasser").contains("Du står på venteliste som nr. 1."));

        FacesClient.Page myPage = seatedPerson.get("webinar/arrangement.xhtml?key=it-tjue-plasser");
        assertFalse(myPage.contains(JOIN_URL), "no join link two days before the start, even for a participant");
        assertTrue(myPage.contains("15 minutter før start"));
        FacesClient.Page cancelled = seatedPerson.submit(myPage, "event-form", Map.of(), "cancel");
        assertTrue(cancelled.contains("Du er meldt av."));

        assertEquals("REGISTERED", statusOf("it-tjue-plasser", firstInLine), "number 1 got the freed seat");
        assertEquals(SEATS, count("it-tjue-plasser", "REGISTERED"));
        assertEquals(range(1, USERS - SEATS - 1), positions("it-tjue-plasser"), "the others moved up");
        assertTrue(waitingPerson.get("webinar/arrangement.xhtml?key=it-tjue-plasser").contains("Du er påmeldt."));

        // the calendar file, parsed with the same library
        FacesClient.Download ics = seatedPerson.download("webinar/kalender?key=it-tjue-plasser");
        assertEquals(200, ics.status());
        assertTrue(ics.contentType().startsWith("text/calendar"), ics.contentType());
        String text = new String(ics.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("TZID=Europe/Oslo"), text);
        assertFalse(text.contains(JOIN_URL), "the calendar file never carries the join link");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        VEvent vevent = (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
        ZonedDateTime icsStart = (ZonedDateTime) vevent.getStartDate().orElseThrow().getDate();
        assertEquals(start.toInstant(), icsStart.toInstant());
        String osloWallClock = java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
                .format(OsloTime.inOslo(start));
        assertTrue(text.contains("DTSTART;TZID=Europe/Oslo:" + osloWallClock), "the start on the Oslo clock: " + text);
    }

    @Test
    void theJoinLinkIsOnlyForRegisteredParticipantsFromFifteenMinutesBeforeTheStart() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10);
        insertEvent("it-snart", start, start.plusHours(1), start.minusMinutes(2), 5);
        List<FacesClient> people = loggedInUsers("it-lenke", 2);
        FacesClient participant = people.get(0);
        FacesClient other = people.get(1);

        FacesClient.Page page = participant.get("webinar/arrangement.xhtml?key=it-snart");
        assertFalse(page.contains(JOIN_URL));
        FacesClient.Page registered = participant.submit(page, "event-form", Map.of(), "register");
        assertTrue(registered.contains("Du er påmeldt."));
        assertTrue(registered.contains("href=\"" + JOIN_URL + "\""), "the participant gets the link 10 minutes before");

        assertFalse(other.get("webinar/arrangement.xhtml?key=it-snart").contains(JOIN_URL), "not for someone not registered");
        FacesClient guest = new FacesClient(base.toURI(), "nb");
        assertFalse(guest.get("webinar/arrangement.xhtml?key=it-snart").contains(JOIN_URL), "not for a guest");

        FacesClient.Page again = participant.get("webinar/arrangement.xhtml?key=it-snart");
        FacesClient.Page off = participant.submit(again, "event-form", Map.of(), "cancel");
        assertFalse(off.contains(JOIN_URL), "not after cancelling");
    }

    @Test
    void theSeedEventsAreListedInOsloTimeAndOnTheTimeplanByMonth() throws Exception {
        FacesClient guest = new FacesClient(base.toURI(), "nb");
        FacesClient.Page list = guest.get("webinarer.xhtml");
        assertTrue(list.contains("Nasjonale felleskomponenter: hva finnes, og hva kommer?"), "W1");
        assertTrue(list.contains("Programvareroboter i migrering"), "W2");
        assertTrue(list.contains("Arkiv i nye kommuner"), "W3");
        assertTrue(list.contains("Fagdag: digital kommunesammenslåing"));
        assertTrue(list.contains("onsdag 10. mars 2027 kl. 10:00–11:00"), "W1 in Oslo (winter) time");
        assertTrue(list.contains("onsdag 12. mai 2027 kl. 10:00–11:30"), "W3 in Oslo (summer) time");
        assertTrue(list.contains("60 ledige plasser"));

        FacesClient.Page event = guest.get("webinar/arrangement.xhtml?key=fagdag-digital-sammenslaing");
        assertTrue(event.contains("Haakon VIIs gate 9") && event.contains("Logg inn for å melde deg på"));
        assertEquals(404, guest.get("webinar/arrangement.xhtml?key=finnes-ikke").status());

        FacesClient.Page plan = guest.get("timeplan.xhtml");
        int march = plan.body().indexOf("Mars 2027");
        int april = plan.body().indexOf("April 2027");
        int september = plan.body().indexOf("September 2027");
        assertTrue(march > 0 && april > march && september > april, "months in date order");
        assertTrue(plan.body().indexOf("Programvareroboter") > april);

        FacesClient english = new FacesClient(base.toURI(), "en").withChosenLanguage("en");
        assertTrue(english.get("webinarer.xhtml").contains("Wednesday 10 March 2027, 10:00–11:00"));
    }

    // ---- set-up and checks straight in the database ----

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
    }

    private static void insertEvent(String key, OffsetDateTime start, OffsetDateTime end, OffsetDateTime deadline,
                                    int capacity) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO event (event_key, kind, title, description_md, starts_at, ends_at, registration_deadline,
                                   capacity, waiting_list, join_url, status)
                VALUES (?, 'WEBINAR', ?, 'Testwebinar', ?, ?, ?, ?, TRUE, ?, 'OPEN')""")) {
            s.setString(1, key);
            s.setString(2, "Testwebinar " + key);
            s.setObject(3, start);
            s.setObject(4, end);
            s.setObject(5, deadline);
            s.setInt(6, capacity);
            s.setString(7, JOIN_URL);
            s.executeUpdate();
        }
    }

    /** Creates users with the demo password (copying its hash) and logs each in, four at a time. */
    private List<FacesClient> loggedInUsers(String prefix, int n) throws Exception {
        try (Connection c = db()) {
            String hash;
            try (PreparedStatement s = c.prepareStatement("SELECT password_hash FROM user_account WHERE email = ?")) {
                s.setString(1, "deltaker@demo.laeringsarena.no");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    hash = r.getString(1);
                }
            }
            for (int i = 0; i < n; i++) {
                try (PreparedStatement s = c.prepareStatement("""
                        WITH u AS (INSERT INTO user_account (email, display_name, password_hash)
                                   VALUES (?, ?, ?) RETURNING id)
                        INSERT INTO user_role (user_id, role) SELECT id, 'DELTAKER' FROM u""")) {
                    s.setString(1, email(prefix, i));
                    s.setString(2, "Deltaker " + prefix + " " + i);
                    s.setString(3, hash);
                    s.executeUpdate();
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<FacesClient>> logins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String email = email(prefix, i);
            logins.add(pool.submit(() -> {
                FacesClient client = new FacesClient(base.toURI(), "nb");
                FacesClient.Page after = client.logIn(email, DemoData.PASSWORD);
                assertFalse(after.uri().toString().contains("logg-inn"), "logged in " + email);
                return client;
            }));
        }
        List<FacesClient> clients = new ArrayList<>();
        for (Future<FacesClient> login : logins) {
            clients.add(login.get());
        }
        pool.shutdown();
        return clients;
    }

    private static String email(String prefix, int i) {
        return prefix + "-" + i + "@it.laeringsarena.no";
    }

    private static int indexOf(String email) {
        String local = email.substring(0, email.indexOf('@'));
        return Integer.parseInt(local.substring(local.lastIndexOf('-') + 1));
    }

    private static long count(String key, String status) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("""
                SELECT COUNT(*) FROM event_registration r JOIN event e ON e.id = r.event_id
                WHERE e.event_key = ? AND r.status = ?""")) {
            s.setString(1, key);
            s.setString(2, status);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static List<Integer> positions(String key) throws SQLException {
        List<Integer> positions = new ArrayList<>();
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("""
                SELECT r.position FROM event_registration r JOIN event e ON e.id = r.event_id
                WHERE e.event_key = ? AND r.status = 'WAITING' ORDER BY r.position""")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    positions.add(r.getInt(1));
                }
            }
        }
        return positions;
    }

    private static String eventStatus(String key) throws SQLException {
        return single("SELECT status FROM event WHERE event_key = ?", key);
    }

    private static String emailAt(String key, int position) throws SQLException {
        return single("""
                SELECT u.email FROM event_registration r JOIN event e ON e.id = r.event_id JOIN user_account u ON u.id = r.user_id
                WHERE e.event_key = ? AND r.status = 'WAITING' AND r.position = """ + position, key);
    }

    private static String anyRegisteredEmail(String key) throws SQLException {
        return single("""
                SELECT u.email FROM event_registration r JOIN event e ON e.id = r.event_id JOIN user_account u ON u.id = r.user_id
                WHERE e.event_key = ? AND r.status = 'REGISTERED' ORDER BY r.id LIMIT 1""", key);
    }

    private static String statusOf(String key, String email) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("""
                SELECT r.status FROM event_registration r JOIN event e ON e.id = r.event_id JOIN user_account u ON u.id = r.user_id
                WHERE e.event_key = ? AND u.email = ?""")) {
            s.setString(1, key);
            s.setString(2, email);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static String single(String sql, String key) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql);
                return r.getString(1);
            }
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> list = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            list.add(i);
        }
        return list;
    }
}
