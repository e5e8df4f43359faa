package no.laeringsarena.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.laeringsarena.platform.web.Messages;
import org.owasp.html.Encoding;

/**
 * The text of notification e-mails in the recipient's language: one notification (sent at once) or a day's digest
 * grouped by why the user is told (mentions, replies on their own threads, replies in followed threads, new threads
 * in followed categories, idea statuses) and, within that, by thread. Always plain text plus an HTML alternative in
 * which every text that came from users (names, titles) is escaped; links are the platform's own. Every mail ends
 * with the link to change the choice and the one-click unsubscribe link.
 */
public final class NotificationMail {

    /** The order of the digest's sections. */
    static final List<NotificationKind> SECTIONS = List.of(NotificationKind.MENTION, NotificationKind.REPLY_ON_MY_THREAD,
            NotificationKind.REPLY_IN_FOLLOWED_THREAD, NotificationKind.THREAD_IN_FOLLOWED_CATEGORY,
            NotificationKind.IDEA_STATUS_CHANGED);

    /**
     * One notification as a mail shows it.
     *
     * @param url the absolute address of what it is about
     */
    public record Item(NotificationKind kind, String actorName, String subject, String url, OffsetDateTime createdAt) {
        public Item {
            Objects.requireNonNull(kind);
            actorName = actorName == null ? "" : actorName;
            subject = subject == null ? "" : subject;
            Objects.requireNonNull(url);
        }

        /** The thread's address without the post anchor: items about one thread are listed together. */
        String thread() {
            int hash = url.indexOf('#');
            return hash < 0 ? url : url.substring(0, hash);
        }
    }

    /** The recipient's own links: change the e-mail choice, and unsubscribe with one click. */
    public record Links(String preferencesUrl, String unsubscribeUrl) {
    }

    /** A composed mail: subject, plain text and the HTML alternative. */
    public record Composed(String subject, String text, String html) {
    }

    private NotificationMail() {
    }

    /** The mail for one notification, sent right away. */
    public static Composed immediate(Locale locale, String recipientName, Item item, Links links) {
        String line = Messages.text(locale, item.kind().messageKey(), item.actorName(), item.subject());
        String greeting = Messages.text(locale, "notification.mail.greeting", recipientName);
        StringBuilder text = new StringBuilder(greeting).append("\n\n").append(line).append("\n")
                .append(Messages.text(locale, "notification.mail.open")).append(": ").append(item.url()).append("\n");
        StringBuilder html = new StringBuilder("<p>").append(escape(greeting)).append("</p>\n<p>").append(escape(line))
                .append("</p>\n<p><a href=\"").append(escape(item.url())).append("\">")
                .append(escape(Messages.text(locale, "notification.mail.open"))).append("</a></p>\n");
        footer(locale, links, text, html);
        return new Composed(line, text.toString(), page(locale, html));
    }

    /** The digest of a day's notifications (at least one). */
    public static Composed digest(Locale locale, String recipientName, LocalDate day, List<Item> items, Links links) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a digest needs at least one notification");
        }
        String date = day.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", locale));
        String subject = Messages.text(locale, "notification.digest.subject", items.size(), date);
        String greeting = Messages.text(locale, "notification.mail.greeting", recipientName);
        String intro = Messages.text(locale, "notification.digest.intro");
        StringBuilder text = new StringBuilder(greeting).append("\n\n").append(intro).append("\n");
        StringBuilder html = new StringBuilder("<p>").append(escape(greeting)).append("</p>\n<p>").append(escape(intro))
                .append("</p>\n");
        for (NotificationKind kind : SECTIONS) {
            List<Item> ofKind = items.stream().filter(i -> i.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            String heading = Messages.text(locale, kind.digestSectionKey());
            text.append("\n").append(heading).append("\n");
            html.append("<h2>").append(escape(heading)).append("</h2>\n<ul>\n");
            for (ThreadLine line : byThread(ofKind)) {
                String summary = Messages.text(locale, "notification.digest.line", line.subject(), line.count(),
                        String.join(", ", line.actors()));
                text.append("- ").append(summary).append("\n  ").append(line.url()).append("\n");
                html.append("<li><a href=\"").append(escape(line.url())).append("\">").append(escape(summary))
                        .append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        footer(locale, links, text, html);
        return new Composed(subject, text.toString(), page(locale, html));
    }

    /** Items about one thread, as one line: its title, how many, who, and the first post to read. */
    record ThreadLine(String subject, int count, Set<String> actors, String url) {
    }

    static List<ThreadLine> byThread(List<Item> items) {
        Map<String, List<Item>> threads = new LinkedHashMap<>();
        items.stream().sorted((a, b) -> compareTimes(a.createdAt(), b.createdAt()))
                .forEach(i -> threads.computeIfAbsent(i.thread(), t -> new ArrayList<>()).add(i));
        List<ThreadLine> lines = new ArrayList<>();
        threads.values().forEach(list -> {
            Set<String> actors = new LinkedHashSet<>();
            list.forEach(i -> actors.add(i.actorName()));
            Item last = list.getLast();
            lines.add(new ThreadLine(last.subject(), list.size(), actors, list.getFirst().url()));
        });
        return lines;
    }

    private static int compareTimes(OffsetDateTime a, OffsetDateTime b) {
        return a == null || b == null ? 0 : a.compareTo(b);
    }

    private static void footer(Locale locale, Links links, StringBuilder text, StringBuilder html) {
        text.append("\n-- \n").append(Messages.text(locale, "notification.mail.why")).append("\n")
                .append(Messages.text(locale, "notification.mail.preferences")).append(": ").append(links.preferencesUrl())
                .append("\n").append(Messages.text(locale, "notification.mail.unsubscribe")).append(": ")
                .append(links.unsubscribeUrl()).append("\n");
        html.append("<hr>\n<p>").append(escape(Messages.text(locale, "notification.mail.why"))).append("</p>\n<p><a href=\"")
                .append(escape(links.preferencesUrl())).append("\">")
                .append(escape(Messages.text(locale, "notification.mail.preferences"))).append("</a> · <a href=\"")
                .append(escape(links.unsubscribeUrl())).append("\">")
                .append(escape(Messages.text(locale, "notification.mail.unsubscribe"))).append("</a></p>\n");
    }

    private static String page(Locale locale, StringBuilder body) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(locale.toLanguageTag()) + "\"><head><meta charset=\"UTF-8\">"
                + "<title>Læringsarena</title></head><body>\n" + body + "</body></html>\n";
    }

    /** Text as HTML text or attribute value: the sanitiser library's encoder, never hand-made escaping. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        try {
            Encoding.encodeRcdataOnto(text == null ? "" : text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
