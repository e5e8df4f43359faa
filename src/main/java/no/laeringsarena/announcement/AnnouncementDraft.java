package no.laeringsarena.announcement;

/**
 * An announcement as the editor typed it: the text in Markdown, the times as Oslo wall-clock text
 * ({@code 2027-03-10T10:00} from the date-time field, or {@code 10.03.2027 10:00}); an empty start means now.
 */
public record AnnouncementDraft(String title, String bodyMarkdown, String publishFrom, String publishUntil) {
}
