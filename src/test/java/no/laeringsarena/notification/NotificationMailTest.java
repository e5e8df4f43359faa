package no.laeringsarena.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.owasp.html.Encoding;

/** The text of notification mails: language, grouping of the digest, escaping, and the links every mail has. */
class NotificationMailTest {

    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Locale EN = Locale.forLanguageTag("en");
    private static final NotificationMail.Links LINKS = new NotificationMail.Links("https://la.example/min-side/varsler.xhtml",
            "https://la.example/avmelding.xhtml?token=abc123");
    private static final OffsetDateTime T = OffsetDateTime.parse("2026-11-22T10:00:00Z");

    private static NotificationMail.Item item(NotificationKind kind, String actor, String title, long thread, long reply, int minutes) {
        return new NotificationMail.Item(kind, actor, title, "https://la.example/forum/trad.xhtml?id=" + thread + "#post-" + reply,
                T.plusMinutes(minutes));
    }

    @Test
    void anImmediateMailSaysWhatHappenedInTheUsersLanguageWithTheLinkAndTheUnsubscribeLink() {
        NotificationMail.Item mention = item(NotificationKind.MENTION, "Dina Deltaker", "Felles personvernombud", 5, 9, 0);
        NotificationMail.Composed nb = NotificationMail.immediate(NB, "Kari", mention, LINKS);
        assertEquals("Dina Deltaker nevnte deg i «Felles personvernombud»", nb.subject());
        assertTrue(nb.text().startsWith("Hei, Kari!"));
        assertTrue(nb.text().contains("https://la.example/forum/trad.xhtml?id=5#post-9"));
        assertTrue(nb.text().contains("https://la.example/avmelding.xhtml?token=abc123"), "one-click unsubscribe in every mail");
        assertTrue(Encoding.decodeHtml(nb.html()).contains("href=\"https://la.example/avmelding.xhtml?token=abc123\""), nb.html());
        assertTrue(nb.html().contains("lang=\"nb\""));

        NotificationMail.Composed en = NotificationMail.immediate(EN, "Kari", mention, LINKS);
        assertEquals("Dina Deltaker mentioned you in \"Felles personvernombud\"", en.subject());
        assertTrue(en.text().contains("Unsubscribe from e-mail notifications"));
    }

    @Test
    void userTextIsEscapedInTheHtmlAndLeftAsTextInThePlainPart() {
        String evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        NotificationMail.Composed mail = NotificationMail.immediate(NB, "Kari \"<b>\"",
                item(NotificationKind.REPLY_IN_FOLLOWED_THREAD, "Ond <i>Aktør</i>", evil, 1, 2, 0), LINKS);
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertFalse(mail.html().contains("<img"), mail.html());
        assertFalse(mail.html().contains("<i>"), mail.html());
        assertFalse(mail.html().contains("<b>"), mail.html());
        assertTrue(mail.html().contains("&lt;script&gt;"), "shown as text");
        assertTrue(mail.text().contains(evil), "the plain part is plain text");

        NotificationMail.Composed digest = NotificationMail.digest(NB, "Kari", LocalDate.of(2026, 11, 23),
                List.of(item(NotificationKind.MENTION, "Ond", evil, 1, 2, 0)), LINKS);
        assertFalse(digest.html().contains("<script>"), digest.html());
    }

    @Test
    void theDigestGroupsBySectionAndThreadInAFixedOrder() {
        List<NotificationMail.Item> items = List.of(
                item(NotificationKind.REPLY_IN_FOLLOWED_THREAD, "Rune Redaktør", "Lønnssystem", 7, 70, 3),
                item(NotificationKind.IDEA_STATUS_CHANGED, "Mona Moderator", "Felles chatbot", 8, 0, 4),
                item(NotificationKind.REPLY_IN_FOLLOWED_THREAD, "Kari Kursholder", "Lønnssystem", 7, 71, 5),
                item(NotificationKind.MENTION, "Dina Deltaker", "Arkivplan", 9, 90, 1),
                item(NotificationKind.REPLY_IN_FOLLOWED_THREAD, "Rune Redaktør", "Lønnssystem", 7, 72, 6),
                item(NotificationKind.REPLY_ON_MY_THREAD, "Lise Leder", "Mitt spørsmål", 10, 100, 2));
        NotificationMail.Composed mail = NotificationMail.digest(NB, "Kari", LocalDate.of(2026, 11, 23), items, LINKS);
        assertEquals("Læringsarena: 6 nye varsler – 23. november 2026", mail.subject());
        String text = mail.text();
        int mention = text.indexOf("Du er nevnt");
        int mine = text.indexOf("Svar i trådene dine");
        int followed = text.indexOf("Nye svar i tråder du følger");
        int ideas = text.indexOf("Ny status på idéer");
        assertTrue(mention > 0 && mention < mine && mine < followed && followed < ideas, text);
        assertFalse(text.contains("Nye tråder i kategorier du følger"), "empty sections are left out");
        assertTrue(text.contains("«Lønnssystem»: 3 fra Rune Redaktør, Kari Kursholder"), "one line per thread, each name once: " + text);
        assertTrue(text.contains("https://la.example/forum/trad.xhtml?id=7#post-70"), "the link goes to the first new post");
        assertFalse(text.contains("#post-71"));
        assertTrue(text.contains("https://la.example/avmelding.xhtml?token=abc123"));
        assertTrue(mail.html().contains("<h2>Svar i trådene dine</h2>"));
    }

    @Test
    void aDigestNeedsSomethingToTell() {
        assertThrows(IllegalArgumentException.class, () -> NotificationMail.digest(NB, "Kari", LocalDate.of(2026, 11, 23),
                List.of(), LINKS));
    }
}
