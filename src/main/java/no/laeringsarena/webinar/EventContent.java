package no.laeringsarena.webinar;

import java.time.OffsetDateTime;
import no.laeringsarena.content.ContentReference;

/** An event as written in {@code content/arrangementer/<key>.md}; times already converted from Oslo time. */
public record EventContent(EventKind kind, String title, String descriptionMarkdown, String speakers, String audience,
                           ContentReference sector, ContentReference theme, OffsetDateTime startsAt,
                           OffsetDateTime endsAt, OffsetDateTime registrationDeadline, int capacity,
                           boolean waitingList, String venue, String address, String room, String joinUrl,
                           EventStatus status) {
}
