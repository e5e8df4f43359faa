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
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import no.laeringsarena.identity.DemoData;
import no.laeringsarena.testsupport.Deployments;
import no.laeringsarena.testsupport.FacesClient;
import no.laeringsarena.testsupport.MailSession;
import no.laeringsarena.testsupport.TestDatabase;
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

        // each seeded webinar links to its seeded forum thread for questions before it
        for (String[] seeded : new String[][] {{"arkiv-i-nye-kommuner", "Spørsmål til webinaret «Arkiv i nye kommuner»"},
                {"felleskomponenter-na-og-fremover", "Spørsmål til webinaret «Nasjonale felleskomponenter»"},
                {"programvareroboter-i-migrering", "Spørsmål til webinaret «Programvareroboter i migrering»"}}) {
            FacesClient.Page webinar = guest.get("webinar/arrangement.xhtml?key=" + seeded[0]);
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"questions-link\"[^>]*href=\"[^\"]*trad\\.xhtml\\?id=(\\d+)\"|href=\"[^\"]*trad\\.xhtml\\?id=(\\d+)\"[^>]*id=\"questions-link\"").matcher(webinar.body());
            assertTrue(link.find(), seeded[0] + " links to its questions thread");
            String threadId = link.group(1) != null ? link.group(1) : link.group(2);
            assertTrue(guest.get("forum/trad.xhtml?id=" + threadId).contains(seeded[1]), "the thread for " + seeded[0]);
        }

        FacesClient.Page plan = guest.get("timeplan.xhtml");
        int march = plan.body().indexOf("Mars 2027");
        int april = plan.body().indexOf("April 2027");
        int september = plan.body().indexOf("September 2027");
        assertTrue(march > 0 && april > march && september > april, "months in date order");
        assertTrue(plan.body().indexOf("Programvareroboter") > april);

        FacesClient english = new FacesClient(base.toURI(), "en").withChosenLanguage("en");
        assertTrue(english.get("webinarer.xhtml").contains("Wednesday 10 March 2027, 10:00–11:00"));
    }

    @Test
    void signingUpMailsAConfirmationWithACalendarFileThenOneReminderAndThePromotedGetsTheirSeatByMail() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.HOURS);
        insertEvent("it-epost", start, start.plusHours(1), start.minusDays(1), 1);
        List<FacesClient> people = loggedInUsers("it-epost", 2);
        String first = email("it-epost", 0);
        String second = email("it-epost", 1);

        FacesClient.Page page = people.get(0).get("webinar/arrangement.xhtml?key=it-epost");
        assertTrue(people.get(0).submit(page, "event-form", Map.of(), "register").contains("Du er påmeldt."));
        MimeMessage confirmation = awaitMail(first, "Du er påmeldt: Testwebinar it-epost");
        assertTrue(text(confirmation).contains("Hei, Deltaker it-epost 0!"), text(confirmation));
        Calendar calendar = new CalendarBuilder().build(new StringReader(attachment(confirmation, ".ics")));
        VEvent vevent = (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
        assertEquals(start.toInstant(), ((ZonedDateTime) vevent.getStartDate().orElseThrow().getDate()).toInstant());
        assertEquals("Testwebinar it-epost", vevent.getSummary().getValue());

        FacesClient.Page other = people.get(1).get("webinar/arrangement.xhtml?key=it-epost");
        assertTrue(people.get(1).submit(other, "event-form", Map.of(), "register").contains("venteliste som nr. 1"));
        assertTrue(text(awaitMail(second, "Du står på venteliste: Testwebinar it-epost")).contains("nr. 1"));

        // tomorrow at this time: the day-before reminder is due for the one with a seat (she got it two days ago)
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("""
                UPDATE event SET starts_at = now() + interval '23 hours', ends_at = now() + interval '24 hours',
                                 registration_deadline = now() + interval '22 hours' WHERE event_key = 'it-epost'""")) {
            s.executeUpdate();
        }
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("""
                UPDATE event_registration SET updated_at = now() - interval '2 days'
                WHERE status = 'REGISTERED' AND event_id = (SELECT id FROM event WHERE event_key = 'it-epost')""")) {
            s.executeUpdate();
        }
        MimeMessage reminder = awaitMail(first, "Påminnelse, i morgen: Testwebinar it-epost");
        assertTrue(text(reminder).contains("Velkommen til «Testwebinar it-epost» i morgen"), text(reminder));
        Thread.sleep(20_000);  // more than one round of the reminder sweep (15 s) and of sending (5 s)
        assertEquals(1, mailsTo(first, "Påminnelse").size(), "the reminder is sent once");
        assertEquals(0, mailsTo(second, "Påminnelse").size(), "not to someone on the waiting list");

        FacesClient.Page mine = people.get(0).get("webinar/arrangement.xhtml?key=it-epost");
        assertTrue(people.get(0).submit(mine, "event-form", Map.of(), "cancel").contains("Du er meldt av."));
        MimeMessage promoted = awaitMail(second, "Du har fått plass: Testwebinar it-epost");
        assertTrue(text(promoted).contains("du er nå påmeldt"), text(promoted));
        assertTrue(attachment(promoted, ".ics").contains("BEGIN:VEVENT"));
    }

    @Test
    void aKursholderPlansAWebinarMovesItAddsASeatAndCancelsItAndParticipantsAreToldEachTime() throws Exception {
        FacesClient trainer = new FacesClient(base.toURI(), "nb");
        trainer.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);
        java.time.LocalDateTime wallClock = java.time.LocalDateTime.now(OsloTime.ZONE).plusDays(4)
                .truncatedTo(ChronoUnit.HOURS).withHour(10);

        // every wrong field at once, and nothing saved
        FacesClient.Page form = trainer.get("kursholder/arrangement.xhtml");
        FacesClient.Page refused = trainer.submit(form, "event-form", Map.of("kind", "WEBINAR", "title", " ",
                "description", "Om planlegging.", "start", wallClock.toString(), "end", wallClock.minusHours(1).toString(),
                "capacity", "1"), "save");
        assertTrue(refused.contains("Skriv en tittel."), refused.body());
        assertTrue(refused.contains("Slutten må være etter starten."));
        assertTrue(refused.contains("Et webinar trenger lenken til sendingen."));
        assertEquals("0", single("SELECT count(*) FROM event WHERE description_md = ?", "Om planlegging."));

        Map<String, String> fields = new java.util.HashMap<>(Map.of("kind", "WEBINAR", "title", "IT planlagt webinar",
                "description", "Om planlegging.", "start", wallClock.toString(), "end", wallClock.plusHours(1).toString(),
                "capacity", "1", "waitingList", "on", "open", "on", "joinUrl", JOIN_URL));
        FacesClient.Page created = trainer.submit(trainer.get("kursholder/arrangement.xhtml"), "event-form", fields, "save");
        assertTrue(created.contains("Arrangementet er opprettet."), created.body());
        assertTrue(created.uri().toString().contains("key=it-planlagt-webinar"), created.uri().toString());
        assertTrue(trainer.get("kursholder/arrangementer.xhtml").contains("IT planlagt webinar"));

        // a forum thread for questions before the webinar, linked from the event page
        FacesClient.Page noCategory = trainer.submit(trainer.get("kursholder/arrangement.xhtml?key=it-planlagt-webinar"),
                "questions-form", Map.of("category", ""), "open-questions");
        assertTrue(noCategory.contains("Velg en forumkategori."), noCategory.body());
        FacesClient.Page opened = trainer.submit(trainer.get("kursholder/arrangement.xhtml?key=it-planlagt-webinar"),
                "questions-form", Map.of("category", "kommunesammenslaing-erfaringer"), "open-questions");
        assertTrue(opened.contains("Spørsmålstråden er åpnet"), opened.body());
        long thread = TestDatabase.count("SELECT questions_thread_id FROM event WHERE event_key = ?", "it-planlagt-webinar");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM forum_thread WHERE id = ? AND title = 'Spørsmål til «IT planlagt webinar»'", thread));
        FacesClient.Page publicPage = new FacesClient(base.toURI(), "nb").get("webinar/arrangement.xhtml?key=it-planlagt-webinar");
        assertTrue(publicPage.contains("forum/trad.xhtml?id=" + thread), "the event page links to the question thread");

        List<FacesClient> people = loggedInUsers("it-plan", 2);
        for (FacesClient person : people) {
            FacesClient.Page page = person.get("webinar/arrangement.xhtml?key=it-planlagt-webinar");
            assertEquals(200, person.submit(page, "event-form", Map.of(), "register").status());
        }
        String seated = email("it-plan", 0);
        String waiting = email("it-plan", 1);
        awaitMail(seated, "Du er påmeldt: IT planlagt webinar");
        awaitMail(waiting, "Du står på venteliste: IT planlagt webinar");

        // an hour later and one more seat: the seated person hears of the new time, the waiting one gets the seat
        fields.put("start", wallClock.plusHours(1).toString());
        fields.put("end", wallClock.plusHours(2).toString());
        fields.put("capacity", "2");
        FacesClient.Page edit = trainer.get("kursholder/arrangement.xhtml?key=it-planlagt-webinar");
        assertTrue(edit.contains("value=\"" + wallClock + "\""), "the form shows the saved Oslo time");
        FacesClient.Page saved = trainer.submit(edit, "event-form", fields, "save");
        assertTrue(saved.contains("Endringene er lagret."), saved.body());
        MimeMessage moved = awaitMail(seated, "Endret tid eller sted: IT planlagt webinar");
        assertTrue(text(moved).contains(String.format("%02d:00", wallClock.plusHours(1).getHour())), text(moved));
        awaitMail(waiting, "Du har fått plass: IT planlagt webinar");
        assertEquals("REGISTERED", statusOf("it-planlagt-webinar", waiting));

        // someone else's event: refused, on the page and on a forged postback
        FacesClient editor = new FacesClient(base.toURI(), "nb");
        editor.logIn("redaktor@demo.laeringsarena.no", DemoData.PASSWORD);
        assertEquals(403, editor.get("kursholder/arrangement.xhtml?key=it-planlagt-webinar").status());
        assertEquals(404, trainer.get("kursholder/arrangement.xhtml?key=finnes-ikke").status());
        assertEquals(403, trainer.get("kursholder/arrangement.xhtml?key=fagdag-digital-sammenslaing").status(),
                "events from the content folder are changed in their files");

        FacesClient.Page cancelled = trainer.submit(trainer.get("kursholder/arrangement.xhtml?key=it-planlagt-webinar"),
                "cancel-form", Map.of("reason", "Foredragsholderen er syk."), "cancel");
        assertTrue(cancelled.contains("Arrangementet er avlyst"), cancelled.body());
        for (String person : List.of(seated, waiting)) {
            MimeMessage notice = awaitMail(person, "Avlyst: IT planlagt webinar");
            assertTrue(text(notice).contains("Foredragsholderen er syk."), text(notice));
            assertTrue(attachment(notice, ".ics").contains("STATUS:CANCELLED"));
        }
        assertEquals("CANCELLED", eventStatus("it-planlagt-webinar"));
    }

    @Test
    void anEditorsAnnouncementIsShownOnTheFrontPageAndTheTimeplanUntilWithdrawn() throws Exception {
        FacesClient editor = new FacesClient(base.toURI(), "nb");
        editor.logIn("redaktor@demo.laeringsarena.no", DemoData.PASSWORD);
        FacesClient.Page form = editor.get("redaksjon/kunngjoringer.xhtml");
        FacesClient.Page refused = editor.submit(form, "announcement-form", Map.of("title", "", "body", "",
                "until", "2020-01-01T10:00"), "save");
        assertTrue(refused.contains("Skriv en tittel.") && refused.contains("Skriv en tekst.")
                && refused.contains("Sluttiden har passert."), refused.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM announcement WHERE title = ?", "Ny runde av sammenslåingskurset"));

        FacesClient.Page published = editor.submit(editor.get("redaksjon/kunngjoringer.xhtml"), "announcement-form",
                Map.of("title", "Ny runde av sammenslåingskurset", "body",
                        "Påmeldingen er [åpen](https://laeringsarena.example/kurs). <script>alert(1)</script>"), "save");
        assertTrue(published.contains("Kunngjøringen er publisert."), published.body());

        FacesClient guest = new FacesClient(base.toURI(), "nb");
        for (String page : List.of("index.xhtml", "timeplan.xhtml")) {
            FacesClient.Page shown = guest.get(page);
            assertTrue(shown.contains("Ny runde av sammenslåingskurset"), page);
            assertTrue(shown.contains("href=\"https://laeringsarena.example/kurs\""), "Markdown is rendered on " + page);
            assertFalse(shown.contains("<script>alert(1)"), "and sanitised on " + page);
        }
        FacesClient participant = new FacesClient(base.toURI(), "nb");
        participant.logIn("deltaker@demo.laeringsarena.no", DemoData.PASSWORD);
        assertEquals(403, participant.get("redaksjon/kunngjoringer.xhtml").status());

        FacesClient.Page list = editor.get("redaksjon/kunngjoringer.xhtml");
        java.util.regex.Matcher withdraw = java.util.regex.Pattern
                .compile("id=\"(announcement-list:[^\"]+:withdraw)\"").matcher(list.body());
        assertTrue(withdraw.find(), list.body());
        FacesClient.Page withdrawn = editor.submit(list, "announcement-list", Map.of(),
                withdraw.group(1).substring("announcement-list:".length()));
        assertTrue(withdrawn.contains("Kunngjøringen er trukket tilbake."), withdrawn.body());
        assertFalse(guest.get("timeplan.xhtml").contains("Ny runde av sammenslåingskurset"));
    }

    @Test
    void aMailQueuedWhileTheMailServerIsDownIsDeliveredExactlyOnceWhenItIsBack() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).truncatedTo(ChronoUnit.HOURS);
        insertEvent("it-smtp-nede", start, start.plusHours(1), start.minusDays(1), 5);
        FacesClient person = loggedInUsers("it-smtp-nede", 1).get(0);
        String address = email("it-smtp-nede", 0);

        MailSession.server().stopSmtp();
        try {
            FacesClient.Page page = person.get("webinar/arrangement.xhtml?key=it-smtp-nede");
            assertTrue(person.submit(page, "event-form", Map.of(), "register").contains("Du er påmeldt."),
                    "signing up works while the mail server is down");
            awaitTrue(() -> TestDatabase.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND attempts > 0 "
                    + "AND sent_at IS NULL AND last_error IS NOT NULL", address) == 1, "a failed try is recorded");
        } finally {
            MailSession.server().startSmtp();
        }
        // instead of waiting out the backoff
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient = ? AND sent_at IS NULL")) {
            s.setString(1, address);
            s.executeUpdate();
        }
        awaitMail(address, "Du er påmeldt: Testwebinar it-smtp-nede");
        Thread.sleep(12_000);  // a couple more sending rounds
        assertEquals(1, mailsTo(address, "Du er påmeldt").size(), "delivered exactly once");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND sent_at IS NOT NULL "
                + "AND attempts >= 2", address));
    }

    @Test
    void thePersonalCalendarFeedListsMyEventsAndARevokedLinkAnswers404() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(4).truncatedTo(ChronoUnit.HOURS);
        insertEvent("it-feed", start, start.plusHours(2), start.minusDays(1), 5);
        FacesClient person = loggedInUsers("it-feed", 1).get(0);
        FacesClient.Page page = person.get("webinar/arrangement.xhtml?key=it-feed");
        person.submit(page, "event-form", Map.of(), "register");

        FacesClient.Page mine = person.get("min-side.xhtml");
        assertTrue(mine.contains("Lag kalenderlenke"));
        FacesClient.Page made = person.submit(mine, "calendar-feed-form", Map.of(), "renew");
        assertTrue(made.contains("Kalenderlenken er laget."), made.body());
        String oldFeed = feedPath(made);
        assertTrue(made.contains("webcal://"), "the subscribe link opens the calendar app");

        FacesClient.Download feed = new FacesClient(base.toURI(), "nb").download(oldFeed);
        assertEquals(200, feed.status());
        assertTrue(feed.contentType().startsWith("text/calendar"), feed.contentType());
        String ics = new String(feed.body(), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertTrue(calendar.getComponents(Component.VEVENT).stream()
                .anyMatch(v -> ((VEvent) v).getSummary().getValue().equals("Testwebinar it-feed")), ics);

        FacesClient.Page renewed = person.submit(person.get("min-side.xhtml"), "calendar-feed-form", Map.of(), "renew");
        assertTrue(renewed.contains("Den gamle virker ikke lenger."));
        String newFeed = feedPath(renewed);
        assertFalse(newFeed.equals(oldFeed));
        FacesClient stranger = new FacesClient(base.toURI(), "nb");
        assertEquals(404, stranger.download(oldFeed).status(), "the old link is revoked");
        assertEquals(200, stranger.download(newFeed).status());
        assertEquals(404, stranger.download("webinar/min-kalender/" + "A".repeat(43) + ".ics").status());
    }

    @Test
    void theTrainerMarksAttendanceReadsTheAttendeeFileAndSharesTheRecordingByMail() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30);
        insertEvent("it-oppmote", start, start.plusHours(2), start.minusHours(1), 10);
        List<FacesClient> people = loggedInUsers("it-oppmote", 3);
        for (int i = 0; i < 3; i++) {
            seat("it-oppmote", email("it-oppmote", i));
        }
        assertEquals(403, people.get(0).get("webinar/oppfolging.xhtml?key=it-oppmote").status(),
                "a participant cannot follow up");
        FacesClient trainer = new FacesClient(base.toURI(), "nb");
        trainer.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);

        FacesClient.Page followUp = trainer.get("webinar/oppfolging.xhtml?key=it-oppmote");
        assertEquals(200, followUp.status());
        assertTrue(followUp.contains("Deltaker it-oppmote 0") && followUp.contains("Deltaker it-oppmote 2"));
        String first = Long.toString(registrationId("it-oppmote", email("it-oppmote", 0)));
        FacesClient.Page saved = trainer.submit(followUp, "attendance-form", Map.of("attended", first), "save");
        assertTrue(saved.contains("1 nye deltakere er registrert som til stede"), saved.body());
        assertEquals(1, attendedStatements("it-oppmote"));

        byte[] csv = ("Name (Original Name),User Email,Join Time\n"
                + "Deltaker 1," + email("it-oppmote", 1).toUpperCase(java.util.Locale.ROOT) + ",10:01\n"
                + "Deltaker 0," + email("it-oppmote", 0) + ",09:59\n"
                + "Gjest,ukjent@annen-kommune.no,10:05\n").getBytes(StandardCharsets.UTF_8);
        FacesClient.Page imported = trainer.submitWithFile(saved, "csv-form", Map.of(), "file", "deltakere.csv",
                "text/csv", csv, "import");
        assertTrue(imported.contains("2 deltakere er funnet"), imported.body());
        assertTrue(imported.contains("ukjent@annen-kommune.no"), "the line that matched nobody is reported");
        assertEquals(2, TestDatabase.count("""
                SELECT COUNT(*) FROM event_attendance a JOIN event_registration r ON r.id = a.registration_id
                JOIN event e ON e.id = r.event_id WHERE e.event_key = ?""", "it-oppmote"));
        assertEquals(2, attendedStatements("it-oppmote"), "one attended statement per participant, not per import");

        FacesClient.Page published = trainer.submit(imported, "materials-form",
                Map.of("recording", "https://video.example/opptak-it", "slides", "https://filer.example/it-oppmote.pdf"),
                "publish");
        assertTrue(published.contains("3 deltakere får e-post"), published.body());
        for (int i = 0; i < 3; i++) {
            MimeMessage mail = awaitMail(email("it-oppmote", i), "Opptak og presentasjon: Testwebinar it-oppmote");
            assertTrue(text(mail).contains("https://video.example/opptak-it"), text(mail));
        }
        FacesClient.Page eventPage = people.get(2).get("webinar/arrangement.xhtml?key=it-oppmote");
        assertTrue(eventPage.contains("href=\"https://video.example/opptak-it\""), "the participant sees the recording");
        FacesClient.Page bad = trainer.submit(trainer.get("webinar/oppfolging.xhtml?key=it-oppmote"), "materials-form",
                Map.of("recording", "javascript:alert(1)", "slides", ""), "publish");
        assertTrue(bad.contains("Lenkene må være fullstendige https-adresser."));

        // the recording becomes a video lesson in a course's draft (the system administrator may edit every course)
        FacesClient admin = new FacesClient(base.toURI(), "nb");
        admin.logIn("systemadmin@demo.laeringsarena.no", DemoData.PASSWORD);
        long module = TestDatabase.count("SELECT min(m.id) FROM course_module m JOIN course c ON c.id = m.course_id"
                + " WHERE c.course_key = ?", "anskaffelser-rundt-sammenslaing");
        FacesClient.Page adminPage = admin.get("webinar/oppfolging.xhtml?key=it-oppmote");
        FacesClient.Page unchosen = admin.submit(adminPage, "lesson-form", Map.of("place", ""), "add-lesson");
        assertTrue(unchosen.contains("Velg kurs og modul."), unchosen.body());
        FacesClient.Page added = admin.submit(admin.get("webinar/oppfolging.xhtml?key=it-oppmote"), "lesson-form",
                Map.of("place", "anskaffelser-rundt-sammenslaing|" + module), "add-lesson");
        assertTrue(added.contains("«Opptak: Testwebinar it-oppmote» er lagt til i kursets utkast."), added.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM lesson WHERE title = ? AND kind = 'VIDEO'"
                + " AND media_url = 'https://video.example/opptak-it'", "Opptak: Testwebinar it-oppmote"));
        assertFalse(people.get(2).get("kurs/kurs.xhtml?key=anskaffelser-rundt-sammenslaing")
                .contains("Opptak: Testwebinar it-oppmote"), "learners see it only once the course is published");
    }

    @Test
    void attendanceGivesAKursbevisOnlyItsHolderDownloadsAndAnyoneVerifiesAndAnUploadedRecordingPlaysForParticipantsOnly()
            throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30);
        insertEvent("it-bevis", start, start.plusMinutes(90), start.minusHours(1), 10);
        List<FacesClient> people = loggedInUsers("it-bevis", 3);
        seat("it-bevis", email("it-bevis", 0));
        seat("it-bevis", email("it-bevis", 1));
        FacesClient attendee = people.get(0);
        FacesClient absent = people.get(1);
        FacesClient outsider = people.get(2);
        FacesClient trainer = new FacesClient(base.toURI(), "nb");
        trainer.logIn("kursholder@demo.laeringsarena.no", DemoData.PASSWORD);

        // attendance recorded: a kursbevis for deltakelse, with its own earned statement besides attended
        String attendeeRegistration = Long.toString(registrationId("it-bevis", email("it-bevis", 0)));
        FacesClient.Page saved = trainer.submit(trainer.get("webinar/oppfolging.xhtml?key=it-bevis"), "attendance-form",
                Map.of("attended", attendeeRegistration), "save");
        assertTrue(saved.contains("1 nye deltakere er registrert som til stede"), saved.body());
        String code = single("""
                SELECT c.verification_code FROM certificate c JOIN event e ON e.id = c.event_id
                JOIN user_account u ON u.id = c.user_id WHERE e.event_key = 'it-bevis' AND u.email = ?""", email("it-bevis", 0));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM certificate c JOIN event e ON e.id = c.event_id"
                + " WHERE e.event_key = ?", "it-bevis"), "only the one who attended has a certificate");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE verb_id = 'http://id.tincanapi.com/verb/earned'"
                + " AND object_activity_id LIKE ?", "%" + code + "%"));

        FacesClient.Page eventPage = attendee.get("webinar/arrangement.xhtml?key=it-bevis");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"attendance-certificate-link\"[^>]*href=\"[^\"]*/kursbevis/last-ned\\?id=(\\d+)\"")
                .matcher(eventPage.body());
        assertTrue(link.find(), "the participant downloads the certificate from the event page: " + eventPage.body());
        String download = "kursbevis/last-ned?id=" + link.group(1);
        assertTrue(attendee.get("min-side.xhtml").contains(download), "and from Min side");
        FacesClient.Download pdf = attendee.download(download);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (String expected : List.of("Kursbevis", "Deltaker it-bevis 0", "har deltatt på", "Testwebinar it-bevis",
                    "Varighet: 1,5 timer", "Utstedt av Læringsarena", code)) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
        assertEquals(404, absent.download(download).status(), "someone else's certificate is not found");
        assertEquals(404, trainer.download(download).status(), "not even for the trainer");
        assertFalse(absent.get("webinar/arrangement.xhtml?key=it-bevis").contains("attendance-certificate-link"),
                "no certificate for a participant who did not attend");

        FacesClient guest = new FacesClient(base.toURI(), "nb");
        FacesClient.Page verified = guest.get("kursbevis/verifiser.xhtml?kode=" + code);
        assertTrue(verified.contains("Kursbeviset er gyldig"), verified.body());
        assertTrue(verified.contains("Kursbevis for deltakelse") && verified.contains("Testwebinar it-bevis")
                && verified.contains("Deltaker it-bevis 0"), verified.body());
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "UPDATE certificate SET revoked_at = now(), holder_name = '' WHERE verification_code = ?")) {
            s.setString(1, code);
            s.executeUpdate();
        }
        FacesClient.Page revoked = guest.get("kursbevis/verifiser.xhtml?kode=" + code);
        assertTrue(revoked.contains("Kursbeviset er trukket tilbake") && revoked.contains("Testwebinar it-bevis"),
                "a revoked attendance certificate is shown as revoked, as a course one is: " + revoked.body());
        assertFalse(revoked.contains("Deltaker it-bevis 0"));
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "UPDATE certificate SET revoked_at = NULL, holder_name = 'Deltaker it-bevis 0' WHERE verification_code = ?")) {
            s.setString(1, code);
            s.executeUpdate();
        }

        // the trainer turns certificates off for this event (withdrawn), then on again (issued anew, with a new code)
        FacesClient.Page off = trainer.submit(trainer.get("webinar/oppfolging.xhtml?key=it-bevis"), "certificate-form",
                Map.of(), "save-certificates");
        assertTrue(off.contains("1 kursbevis er trukket tilbake"), off.body());
        assertTrue(guest.get("kursbevis/verifiser.xhtml?kode=" + code).contains("Vi finner ikke noe kursbevis"));
        FacesClient.Page on = trainer.submit(trainer.get("webinar/oppfolging.xhtml?key=it-bevis"), "certificate-form",
                Map.of("offered", "on"), "save-certificates");
        assertTrue(on.contains("1 kursbevis er utstedt nå"), on.body());
        code = single("""
                SELECT c.verification_code FROM certificate c JOIN event e ON e.id = c.event_id
                JOIN user_account u ON u.id = c.user_id WHERE e.event_key = 'it-bevis' AND u.email = ?""", email("it-bevis", 0));
        download = "kursbevis/last-ned?id=" + TestDatabase.count("SELECT id FROM certificate WHERE verification_code = ?", code);
        assertEquals(200, attendee.download(download).status());
        assertTrue(guest.get("kursbevis/verifiser.xhtml?kode=" + code).contains("Kursbeviset er gyldig"));

        // the trainer unticks a mistaken mark: the certificate is withdrawn and the code no longer verifies
        FacesClient.Page unticked = trainer.submit(trainer.get("webinar/oppfolging.xhtml?key=it-bevis"), "attendance-form",
                Map.of(), "save");
        assertEquals(200, unticked.status());
        assertTrue(guest.get("kursbevis/verifiser.xhtml?kode=" + code).contains("Vi finner ikke noe kursbevis"));
        assertEquals(404, attendee.download(download).status());

        // the recording as a file: refused when it is not a video, kept when it is, and mailed about
        byte[] notVideo = java.util.Arrays.copyOf("%PDF-1.7 presentasjon".getBytes(StandardCharsets.US_ASCII), 2048);
        FacesClient.Page refused = trainer.submitWithFile(trainer.get("webinar/oppfolging.xhtml?key=it-bevis"),
                "recording-form", Map.of(), "recording-file", "opptak.mp4", "video/mp4", notVideo, "upload-recording");
        assertTrue(refused.contains("Filen er ikke en video"), refused.body());
        byte[] video = new byte[300_000];
        byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
        System.arraycopy(head, 0, video, 0, head.length);
        for (int i = head.length; i < video.length; i++) {
            video[i] = (byte) (i * 31);
        }
        FacesClient.Page uploaded = trainer.submitWithFile(trainer.get("webinar/oppfolging.xhtml?key=it-bevis"),
                "recording-form", Map.of(), "recording-file", "Opptak it-bevis.mp4", "video/mp4", video, "upload-recording");
        assertTrue(uploaded.contains("Opptaket er lagret. 2 deltakere er varslet"), uploaded.body());
        assertTrue(uploaded.contains("Opptak it-bevis.mp4"), "the trainer sees which file is kept");
        assertTrue(text(awaitMail(email("it-bevis", 1), "Opptak og presentasjon: Testwebinar it-bevis"))
                .contains("webinar/arrangement.xhtml?key=it-bevis"), "the mail points to the event page, where it plays");

        FacesClient.Page withVideo = absent.get("webinar/arrangement.xhtml?key=it-bevis");
        assertTrue(withVideo.contains("id=\"recording-player\"") && withVideo.contains("/webinar/opptak/it-bevis"),
                withVideo.body());
        var range = absent.fetch("webinar/opptak/it-bevis", Map.of("Range", "bytes=1000-1099"));
        assertEquals(206, range.statusCode(), "a participant's player reads a range");
        assertEquals("bytes 1000-1099/300000", range.headers().firstValue("Content-Range").orElse(""));
        assertEquals("video/mp4", range.headers().firstValue("Content-Type").orElse(""));
        assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOfRange(video, 1000, 1100), range.body()));

        assertFalse(outsider.get("webinar/arrangement.xhtml?key=it-bevis").contains("recording-player"));
        assertEquals(404, outsider.fetch("webinar/opptak/it-bevis", Map.of("Range", "bytes=0-99")).statusCode(),
                "someone without a seat cannot play it");
        var asGuest = guest.fetch("webinar/opptak/it-bevis", Map.of("Range", "bytes=0-99"));
        assertTrue(asGuest.statusCode() != 206 && !asGuest.headers().firstValue("Content-Type").orElse("").startsWith("video"),
                "a guest is sent to log in");

        // the uploaded recording becomes a video lesson: copied into the course's own files
        FacesClient admin = new FacesClient(base.toURI(), "nb");
        admin.logIn("systemadmin@demo.laeringsarena.no", DemoData.PASSWORD);
        long module = TestDatabase.count("SELECT min(m.id) FROM course_module m JOIN course c ON c.id = m.course_id"
                + " WHERE c.course_key = ?", "anskaffelser-rundt-sammenslaing");
        FacesClient.Page added = admin.submit(admin.get("webinar/oppfolging.xhtml?key=it-bevis"), "lesson-form",
                Map.of("place", "anskaffelser-rundt-sammenslaing|" + module), "add-lesson");
        assertTrue(added.contains("«Opptak: Testwebinar it-bevis» er lagt til i kursets utkast."), added.body());
        assertEquals(1, TestDatabase.count("""
                SELECT COUNT(*) FROM lesson l JOIN course_media m ON l.media_url = 'media:' || m.id
                WHERE l.title = ? AND l.kind = 'VIDEO' AND m.size_bytes = 300000 AND m.content_type = 'video/mp4'""",
                "Opptak: Testwebinar it-bevis"));
    }

    @Test
    void theDevMailPageListsTheMailsForTheSystemAdministratorOnly() throws Exception {
        FacesClient admin = new FacesClient(base.toURI(), "nb");
        admin.logIn("systemadmin@demo.laeringsarena.no", DemoData.PASSWORD);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(6).truncatedTo(ChronoUnit.HOURS);
        insertEvent("it-utviklingspost", start, start.plusHours(1), start.minusDays(1), 5);
        FacesClient.Page page = admin.get("webinar/arrangement.xhtml?key=it-utviklingspost");
        admin.submit(page, "event-form", Map.of(), "register");
        awaitMail("systemadmin@demo.laeringsarena.no", "Du er påmeldt: Testwebinar it-utviklingspost");
        awaitTrue(() -> {
            try {
                return admin.get("admin/e-post.xhtml").contains("Du er påmeldt: Testwebinar it-utviklingspost");
            } catch (Exception e) {
                return false;
            }
        }, "the dev page lists the mail");
        FacesClient participant = new FacesClient(base.toURI(), "nb");
        participant.logIn("deltaker@demo.laeringsarena.no", DemoData.PASSWORD);
        assertEquals(403, participant.get("admin/e-post.xhtml").status());
    }

    // ---- mails as the local SMTP server received them ----

    private static List<MimeMessage> mailsTo(String address, String subjectStart) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : MailSession.server().messages()) {
            if (m.getAllRecipients()[0].toString().equalsIgnoreCase(address) && m.getSubject().startsWith(subjectStart)) {
                found.add(m);
            }
        }
        return found;
    }

    private static MimeMessage awaitMail(String address, String subject) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(45).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = mailsTo(address, subject);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail '" + subject + "' to " + address + " within 45 s");
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(45).toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within 45 s: " + what);
    }

    /** The first text/plain part. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String attachment(MimeMessage message, String suffix) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            Part part = mixed.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(suffix)) {
                try (java.io.InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + suffix + " attachment");
    }

    private static String feedPath(FacesClient.Page page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("value=\"https?://[^/\"]+/(webinar/min-kalender/[A-Za-z0-9_-]{43}\\.ics)\"")
                .matcher(page.body());
        assertTrue(m.find(), "the feed address is on Min side: " + page.body());
        return m.group(1);
    }

    private static void seat(String key, String email) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO event_registration (event_id, user_id, status, created_at, updated_at)
                SELECT e.id, u.id, 'REGISTERED', now() - interval '1 day', now() - interval '1 day'
                FROM event e, user_account u WHERE e.event_key = ? AND u.email = ?""")) {
            s.setString(1, key);
            s.setString(2, email);
            s.executeUpdate();
        }
    }

    private static long registrationId(String key, String email) throws SQLException {
        return TestDatabase.count("""
                SELECT r.id FROM event_registration r JOIN event e ON e.id = r.event_id JOIN user_account u ON u.id = r.user_id
                WHERE e.event_key = ? AND u.email = ?""", key, email);
    }

    private static long attendedStatements(String key) throws SQLException {
        return TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE verb_id = 'http://adlnet.gov/expapi/verbs/attended' "
                + "AND object_activity_id LIKE ?", "%" + key + "%");
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
